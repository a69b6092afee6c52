import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../src/lib/gazetteer-data.ts';
import { validateContent, type ContentFile } from '../../src/lib/validate-content.ts';
import { ROOT, runCheck, tempDir } from '../helpers.ts';

const dir = join(ROOT, 'content/reports');
const files: ContentFile[] = readdirSync(dir).map((f) => ({ path: `content/reports/${f}`, id: f.slice(0, -3), text: readFileSync(join(dir, f), 'utf8') }));
const shas = new Map(files.map((f) => [f.text.match(/raw: (\S+)/)![1]!, f.text.match(/sha256: (\w+)/)![1]!]));
const lookup = (raw: string) => shas.get(raw);
const zhongxian = files.find((f) => f.id === '500233-2021-gov')!;
const edit = (f: ContentFile, from: string | RegExp, to: string): ContentFile => ({ ...f, text: f.text.replace(from, to) });

describe('npm run check rules', () => {
  it('passes the bundled corpus', () => {
    expect(validateContent(files, lookup, gazetteer())).toEqual([]);
  });

  it('names the file and the field that breaks the schema', () => {
    const p = validateContent([edit(zhongxian, 'year: 2021', 'year: twenty')], lookup, gazetteer());
    expect(p).toEqual([expect.stringMatching(/^content\/reports\/500233-2021-gov\.md: year: /)]);
  });

  it('catches a missing or altered raw original', () => {
    expect(validateContent([zhongxian], () => undefined, gazetteer())[0]).toMatch(/raw original content\/raw\/003_ced26390e78030fa\.txt is missing/);
    expect(validateContent([zhongxian], () => 'a'.repeat(64), gazetteer())[0]).toMatch(/has sha256 a{64}, not 9b92/);
  });

  it('catches a region name or level that does not match the gazetteer', () => {
    expect(validateContent([edit(zhongxian, 'regionName: 重庆市忠县', 'regionName: 重庆市万州区')], lookup, gazetteer())[0]).toMatch(/regionName: “重庆市万州区” does not match region 500233 \(重庆市忠县\)/);
    expect(validateContent([edit(zhongxian, 'level: county', 'level: province')], lookup, gazetteer())[0]).toMatch(/level: province does not match/);
  });

  it('catches two reports of one publisher and year unless marked distinct', () => {
    const twin = { ...zhongxian, id: '500233-2021-gov-2', path: 'content/reports/500233-2021-gov-2.md' };
    expect(validateContent([zhongxian, twin], lookup, gazetteer())[0]).toMatch(/2 reports by 忠县人民政府 for 2021; .*distinct: true/);
    const marked = edit(twin, 'script: Hans', 'script: Hans\ndistinct: true');
    expect(validateContent([zhongxian, marked], lookup, gazetteer())).toEqual([]);
  });

  it('catches mojibake, non-NFC text and bad ids', () => {
    expect(validateContent([edit(zhongxian, '忠县坚持', '忠县\ufffd坚持')], lookup, gazetteer()).join()).toMatch(/U\+FFFD/);
    expect(validateContent([edit(zhongxian, '忠县坚持', '忠县e\u0301坚持')], lookup, gazetteer()).join()).toMatch(/NFC/);
    expect(validateContent([{ ...zhongxian, id: '忠县报告' }], lookup, gazetteer()).join()).toMatch(/not a report id/);
  });

  it('runs as a command that fails with the file named', () => {
    const root = tempDir();
    cpSync(join(ROOT, 'content'), root, { recursive: true });
    expect(runCheck(root).status).toBe(0);
    writeFileSync(join(root, 'raw/003_ced26390e78030fa.txt'), 'changed');
    const r = runCheck(root);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/500233-2021-gov\.md: source\.sha256: the raw original .* has sha256/);
  });
});
