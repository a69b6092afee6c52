/**
 * Township reports (街道办事处, 镇人民政府, 乡人民政府), from pages made in the shape of the real ones
 * (tests/fixtures/townships, expected.json says what each tests). A township resolves with its
 * county, written before it, named in the text or served by the host; a name found once in the
 * gazetteer is taken with a warning; a name several counties share, with nothing to choose, is
 * refused with the flag that settles it. Never is a township's report filed as its county's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/import/decode.ts';
import { importSource, type ImportedReport } from '../../src/import/import-source.ts';
import { gazetteer } from '../../src/lib/gazetteer-data.ts';
import { ROOT, runCheck, runImport, tempDir } from '../helpers.ts';

const DIR = join(ROOT, 'tests/fixtures/townships');
interface Case {
  file: string;
  source?: string;
  note: string;
  region_code?: string;
  publisher?: string;
  year?: number;
  warned?: boolean;
  refused?: string;
}
const cases = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Case[];

const run = (c: Case): { report: ImportedReport } | { error: InputError } => {
  try {
    const r = importSource(readFileSync(join(DIR, c.file)), gazetteer(), {
      fileName: c.file,
      rawPath: `raw/${c.file}`,
      archived: '2026-12-04',
      overrides: c.source ? { url: c.source } : {},
    });
    return { report: r.reports[0]! };
  } catch (e) {
    if (e instanceof InputError) return { error: e };
    throw e;
  }
};

describe('township reports', () => {
  it.each(cases.map((c) => [`${c.file}${c.source ? ' (with its address)' : ''}: ${c.note}`, c] as const))('%s', (_, c) => {
    const o = run(c);
    if (c.refused) {
      expect('error' in o, JSON.stringify(o)).toBe(true);
      const err = (o as { error: InputError }).error;
      expect(err.fix).toContain(c.refused);
      expect(err.fix).toMatch(/nine-digit township code/);
      expect(err.message).toMatch(/township/);
      return;
    }
    expect('report' in o, 'error' in o ? o.error.message : '').toBe(true);
    const { data, warnings } = (o as { report: ImportedReport }).report;
    expect([data.region, data.level, data.issuer, data.publisher, data.year]).toEqual([c.region_code, 'township', 'government', c.publisher, c.year]);
    expect(warnings.length > 0, warnings.join(' | ')).toBe(c.warned);
    if (c.warned) expect(warnings.join(' ')).toMatch(/--region/);
  });

  it('names the counties a shared township name could be in when it refuses', () => {
    const o = run(cases.find((c) => c.file === 'zhen-no-county.txt')!);
    expect((o as { error: InputError }).error.message).toMatch(/“城关镇” is a township in 88 counties \(\d{9} [^;]+;/);
  });

  it('prints the township with its county in the JSON review, and writes a file the check accepts', () => {
    const content = tempDir();
    const file = join(DIR, 'jiedao-county.txt');
    const dry = runImport(['--dry-run', '--json', '--content', content, file]);
    expect(dry.status, dry.stderr).toBe(0);
    const [got] = JSON.parse(dry.stdout);
    expect(got.region).toEqual({ code: '330106002', name: '北山街道', province: '浙江省', prefecture: '杭州市', county: '西湖区', township: '北山街道' });
    expect(got.level).toBe('township');
    const real = runImport(['--content', content, '--archived', '2026-12-04', file]);
    expect(real.status, real.stderr).toBe(0);
    const md = readFileSync(join(content, 'reports', `${got.id}.md`), 'utf8');
    expect(md).toMatch(/^region: "330106002"$/m);
    expect(md).toMatch(/^regionName: 浙江省杭州市西湖区北山街道$/m);
    const check = runCheck(content);
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });
});
