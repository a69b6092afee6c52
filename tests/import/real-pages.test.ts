/**
 * The importer scored on real government pages (tests/fixtures/real-pages: the openings of 53
 * reports and 6 pages that are not reports, with the metadata a person reads off them), field by
 * field, the way a maintainer would import them: each page with its recorded address as --url.
 * No rule here or in the importer is specific to one of these files; the floors are the issue's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/import/decode.ts';
import { importSource, type ImportedReport } from '../../src/import/import-source.ts';
import { gazetteer } from '../../src/lib/gazetteer-data.ts';
import { ROOT, runImport, tempDir } from '../helpers.ts';

const DIR = join(ROOT, 'tests/fixtures/real-pages');

interface Expected {
  file: string;
  source: string;
  region_code: string;
  level: string;
  issuer: string;
  report_year: number | null;
  is_report: boolean;
}
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Expected[];
const urlOf = (e: Expected) => (/^https?:/.test(e.source) ? e.source : undefined);

type Outcome = { report: ImportedReport } | { error: InputError };
const outcomes = new Map<string, Outcome>();
for (const e of expected) {
  const url = urlOf(e);
  try {
    const r = importSource(readFileSync(join(DIR, 'pages', e.file)), gazetteer(), {
      fileName: e.file,
      rawPath: `raw/${e.file}`,
      archived: '2026-12-04',
      overrides: url ? { url } : {},
    });
    outcomes.set(e.file, { report: r.reports[0]! });
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    outcomes.set(e.file, { error: err });
  }
}

const reports = expected.filter((e) => e.is_report);
const negatives = expected.filter((e) => !e.is_report);
const right = (e: Expected, r: ImportedReport) => ({
  region: r.data.region === e.region_code,
  year: r.data.year === e.report_year,
  level: r.data.level === e.level,
  issuer: r.data.issuer === e.issuer,
});

describe('the importer on 53 real report pages and 6 look-alikes', () => {
  const scored = reports.map((e) => {
    const o = outcomes.get(e.file)!;
    return { e, o, ok: 'report' in o ? right(e, o.report) : undefined };
  });
  const allRight = scored.filter((s) => s.ok && Object.values(s.ok).every(Boolean));
  const refused = scored.filter((s) => !s.ok);
  const summary = () =>
    scored
      .filter((s) => !s.ok || !Object.values(s.ok).every(Boolean))
      .map((s) => ('error' in s.o ? `${s.e.file}: refused: ${s.o.error.message}` : `${s.e.file}: ${JSON.stringify(s.ok)}`))
      .join('\n');

  it('gets region, year, level and issuer all right on at least 95% of the reports', () => {
    expect(allRight.length / reports.length, summary()).toBeGreaterThanOrEqual(0.95);
  });

  it('is never wrong about a region or year without a warning', () => {
    const silent = scored.filter((s) => s.ok && (!s.ok.region || !s.ok.year) && 'report' in s.o && s.o.report.warnings.length === 0);
    expect(silent.map((s) => s.e.file)).toEqual([]);
  });

  it('refuses at most 2, each naming the missing fact and the flag that supplies it', () => {
    expect(refused.length, summary()).toBeLessThanOrEqual(2);
    for (const s of refused) {
      const err = (s.o as { error: InputError }).error;
      expect(err.fix).toMatch(/--(region|year|publisher|kind)\b/);
      expect(err.message).toMatch(/names no|does not say|more than one|equally often/);
    }
  });

  it('refuses or flags all 6 pages that are not reports, and never invents a title for one', () => {
    for (const e of negatives) {
      const o = outcomes.get(e.file)!;
      if ('error' in o) {
        expect(o.error.message, e.file).toMatch(/looks like (a|an) /);
        expect(o.error.fix, e.file).toMatch(/--kind/);
      } else {
        expect(o.report.warnings.length > 0 || o.report.data.kind !== 'report', e.file).toBe(true);
        expect(o.report.data.titleSupplied, e.file).toBe(false);
      }
    }
  });

  it('names the genre a look-alike has: 政府工作报告, news, 解读, 方案, 通报, 信息公开年报', () => {
    const messages = negatives.map((e) => {
      const o = outcomes.get(e.file)!;
      return 'error' in o ? o.error.message : '';
    });
    for (const genre of ['政府工作报告', 'news item', '政策解读', '实施方案', '通报', '信息公开工作年度报告']) {
      expect(messages.some((m) => m.includes(genre)), genre).toBe(true);
    }
  });

  it('marks a title it had to supply as supplied, and takes a title from the page whenever it has one', () => {
    for (const s of scored) {
      if (!('report' in s.o)) continue;
      const { data, evidence } = s.o.report;
      expect(evidence.title.from.startsWith('supplied'), s.e.file).toBe(data.titleSupplied);
    }
    const page = (f: string) => (outcomes.get(f) as { report: ImportedReport }).report.data;
    // A split title (organ and year on one line, 情况报告 on the next) is one title.
    expect(page('020.txt').title).toBe('贵州省2023年度法治政府建设工作情况报告');
    expect(page('023.txt').title).toBe('关于那曲市色尼区2025年度法治政府建设情况的报告');
    expect(page('018.txt').title).toBe('中共海南省委 海南省人民政府关于2022年法治政府建设情况的报告');
  });
});

describe('reading the issuer as a person would', () => {
  const data = (f: string) => (outcomes.get(f) as { report: ImportedReport }).report.data;
  it('reads a district below its city, a county branch of a city bureau, and a central ministry named in the opening', () => {
    expect([data('024.txt').region, data('024.txt').level]).toEqual(['120102', 'county']);
    expect([data('057.txt').region, data('057.txt').publisher]).toEqual(['330329', '温州市生态环境局泰顺分局']);
    expect([data('034.txt').region, data('034.txt').publisher, data('034.txt').issuer]).toEqual(['100000', '自然资源部', 'department']);
    expect([data('055.txt').region, data('055.txt').publisher]).toEqual(['100000', '海关总署']);
  });

  it('does not take an addressee line for the issuer', () => {
    expect(data('011.txt').region).toBe('350123'); // 福州市人民政府： → 罗源县
    expect(data('059.txt').region).toBe('532530'); // 中共红河州委、红河州人民政府： → 金平县
  });

  it('reads a joint report of the party committee and the government as the government', () => {
    expect([data('002.txt').issuer, data('002.txt').publisher]).toEqual(['government', '中共河北省委、河北省人民政府']);
  });
});

describe('npm run import -- --dry-run --json', () => {
  it('prints, for region, year, issuer, genre and title, the line each came from and a confidence', () => {
    const e = expected.find((x) => x.file === '045.txt')!;
    const r = runImport(['--dry-run', '--json', '--content', tempDir(), '--url', urlOf(e)!, join(DIR, 'pages', e.file)]);
    expect(r.status, r.stderr).toBe(0);
    const [got] = JSON.parse(r.stdout);
    for (const field of ['region', 'year', 'issuer', 'genre', 'title']) {
      expect(got.evidence[field], field).toEqual({ from: expect.any(String), line: expect.any(String), confidence: expect.stringMatching(/^(high|medium|low)$/) });
    }
    // 老边区 is known here only from the page's host and the text's 我区: the import says so.
    expect(got.region.code).toBe('210811');
    expect(got.evidence.region.confidence).toBe('low');
    expect(got.warnings.join(' ')).toMatch(/laobian\.gov\.cn.*--region/);
  });
});
