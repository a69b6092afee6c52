import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RAW } from '../fixtures/seeds.ts';
import { runImport, snapshot, tempDir } from '../helpers.ts';

const GOOD = join(RAW, '003_ced26390e78030fa.txt');
const FILLER = '深入推进依法行政，严格规范公正文明执法，全面提升政府工作法治化水平。'.repeat(4);

const CASES: { name: string; file: string; bytes: Uint8Array; problem: RegExp; fix: RegExp }[] = [
  { name: 'an empty file', file: 'empty.txt', bytes: new Uint8Array(), problem: /the file is empty/, fix: /download/ },
  {
    name: 'a binary file',
    file: 'scan.txt',
    bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    problem: /binary/,
    fix: /\.html|\.txt/,
  },
  {
    name: 'an undecodable file',
    file: 'broken.txt',
    bytes: Buffer.concat([Buffer.from('法治政府建设', 'utf8'), Buffer.from([0xff, 0xff, 0xfe, 0xff])]),
    problem: /could not be decoded as UTF-8, GB18030\/GBK or Big5/,
    fix: /--encoding/,
  },
  {
    name: 'a page with no text',
    file: 'index.html',
    bytes: Buffer.from('<!doctype html><html><head><title>政务公开</title></head><body><div class="nav"><a href="/">首页</a><a href="/a">政务公开</a></div><div id="zoom"><p>暂无内容</p></div></body></html>'),
    problem: /no report text/,
    fix: /report page itself/,
  },
  {
    name: 'a report whose region cannot be found',
    file: 'noregion.txt',
    bytes: Buffer.from(`2022年，我们认真贯彻落实上级部署。${FILLER}\n一、2022年工作成效\n${FILLER}`),
    problem: /does not say which region|names no/,
    fix: /--region/,
  },
  {
    name: 'a report whose year cannot be found',
    file: 'noyear.txt',
    bytes: Buffer.from(`嵊泗县人民政府法治政府建设工作报告\n我县坚持以习近平法治思想为指导。${FILLER}\n一、主要成效\n${FILLER}`),
    problem: /does not say which year/,
    fix: /--year/,
  },
];

describe.each(CASES)('bad input: $name', ({ file, bytes, problem, fix }) => {
  const dir = tempDir();
  const content = join(dir, 'content');
  mkdirSync(content);
  const path = join(dir, file);
  writeFileSync(path, bytes);
  const r = runImport(['--content', content, '--archived', '2026-11-21', path, GOOD]);
  const errorLine = r.stderr.split('\n').find((l) => l.startsWith('error:')) ?? '';

  it('exits non-zero with a message naming the file, the problem and the fix', () => {
    expect(r.status).toBe(1);
    expect(errorLine).toContain(path);
    expect(errorLine).toMatch(problem);
    expect(errorLine).toMatch(/Fix: /);
    expect(errorLine.split('Fix: ')[1]).toMatch(fix);
  });

  it('writes nothing for the bad file, and still imports the good one in the same run', () => {
    const files = Object.keys(snapshot(content)).map((p) => p.slice(content.length + 1)).sort();
    expect(files).toEqual(['raw/003_ced26390e78030fa.txt', 'reports/500233-2021-gov.md']);
    expect(r.stderr).toMatch(/imported 1 reports \(0 replaced, 0 unchanged\) from 1 files; 1 files failed/);
  });
});

describe('overrides and conflicts', () => {
  it('--region and --year rescue a report extraction cannot place', () => {
    const dir = tempDir();
    const path = join(dir, 'noregion.txt');
    writeFileSync(path, CASES[4]!.bytes);
    const r = runImport(['--dry-run', '--json', '--content', join(dir, 'c'), '--region', '330922', '--year', '2022', path]);
    expect(r.status, r.stderr).toBe(0);
    const [report] = JSON.parse(r.stdout);
    expect(report.region.code).toBe('330922');
    expect(report.publisher).toBe('嵊泗县人民政府');
    expect(report.title).toBe('嵊泗县人民政府2022年法治政府建设工作报告');
  });

  it('rejects an unknown --region code and names the gazetteer', () => {
    const r = runImport(['--dry-run', '--region', '999999', GOOD]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--region 999999 is not a GB\/T 2260 code.*gazetteer/);
  });

  it('refuses a different file that maps to an existing id unless --replace is given', () => {
    const dir = tempDir();
    const content = join(dir, 'content');
    expect(runImport(['--content', content, GOOD]).status).toBe(0);
    const edited = join(dir, 'zhongxian-copy.txt');
    writeFileSync(edited, `${readFileSync(GOOD, 'utf8')}\n附:本报告另有附件。`);
    const before = snapshot(content);
    const refused = runImport(['--content', content, edited]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/500233-2021-gov already exists .* from a different source\. Fix: pass --replace/);
    expect(snapshot(content)).toEqual(before);
    const replaced = runImport(['--content', content, '--replace', edited]);
    expect(replaced.status).toBe(0);
    expect(replaced.stderr).toMatch(/imported 1 reports \(1 replaced/);
  });
});
