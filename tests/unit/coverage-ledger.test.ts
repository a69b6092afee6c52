/** The coverage ledger: every government once per year, the bundled corpus in the right cells, the datasets. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/lib/archive.ts';
import { deadline, daysLate, isDue, ledgerYears } from '../../src/lib/coverage-dates.ts';
import { coverageCsv, coverageJson, coverageRows } from '../../src/lib/coverage-dataset.ts';
import { buildLedger, cellOf, timingOf } from '../../src/lib/coverage-ledger.ts';
import { cellWords } from '../../src/lib/coverage-text.ts';
import { heldTotals, levelTotals, provinceTotals, share } from '../../src/lib/coverage-totals.ts';
import { gazetteer } from '../../src/lib/gazetteer-data.ts';
import { Gazetteer } from '../../src/lib/gazetteer.ts';
import { entry } from './government-entry.ts';
import { readCorpus, ROOT } from '../helpers.ts';

const gaz = gazetteer();
const TODAY = '2026-12-05';

/** The bundled corpus, read by the one reader the site uses. */
const corpus: Entry[] = readCorpus(join(ROOT, 'content'));


describe('deadline and years', () => {
  it('is 1 April of the next year, which itself is on time', () => {
    expect(deadline(2022)).toBe('2023-04-01');
    expect(daysLate(2022, '2023-04-01')).toBe(0);
    expect(daysLate(2022, '2023-04-02')).toBe(1);
    expect(daysLate(2023, '2024-05-01')).toBe(30);
  });
  it('covers 2019 to the last year that has ended; the deadline passes after 1 April', () => {
    expect(ledgerYears('2026-12-05')).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(ledgerYears('2026-01-01')).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(ledgerYears('2019-06-30')).toEqual([]);
    expect(isDue(2025, '2026-04-01')).toBe(false);
    expect(isDue(2025, '2026-04-02')).toBe(true);
  });
});

describe('every government, once per year', () => {
  const ledger = buildLedger(corpus, gaz, TODAY);
  const governments = [...gaz.byCode.values()].filter((d) => ['province', 'prefecture', 'county'].includes(d.level));

  it('has one row per province, prefecture and county of the gazetteer, and one cell per year', () => {
    expect(governments.length).toBe(31 + 333 + 2851);
    expect(ledger.rows.map((r) => r.division.code)).toEqual(governments.map((d) => d.code).sort());
    expect(new Set(ledger.rows.map((r) => r.division.code)).size).toBe(ledger.rows.length);
    for (const row of ledger.rows) expect(row.cells.map((c) => c.year)).toEqual(ledger.years);
  });

  it('leaves out the centre and the statistics-only zones the gazetteer left out', () => {
    expect(ledger.byCode.has('100000')).toBe(false);
    // 经济技术开发区 codes (fifth digit 7) are statistics-only.
    expect(ledger.rows.some((r) => r.division.code[4] === '7' && r.division.level === 'county')).toBe(false);
  });

  it('lists a province’s prefectures, and a municipality’s districts, as its children', () => {
    expect(ledger.children.get('410000')!.map((r) => r.division.name)).toContain('洛阳市');
    expect(ledger.children.get('500000')!.map((r) => r.division.name)).toContain('忠县');
    expect(ledger.children.get('500000')!.every((r) => r.division.level === 'county')).toBe(true);
    // 济源市 is governed directly by 河南省.
    expect(ledger.children.get('410000')!.map((r) => r.division.name)).toContain('济源市');
  });
});

describe('the bundled corpus in the ledger', () => {
  const ledger = buildLedger(corpus, gaz, TODAY);
  const cell = (code: string, year: number) => cellOf(ledger, code, year)!;

  it('puts each government report in its government’s cell with the status its publication date gives', () => {
    expect(cell('500233', 2021)).toMatchObject({ status: 'on_time', timing: { report: '500233-2021-gov', published: '2022-02-14' } });
    expect(cell('330922', 2022)).toMatchObject({ status: 'on_time', timing: { report: '330922-2022-gov', published: '2023-03-29' } });
    expect(cell('410000', 2022)).toMatchObject({ status: 'on_time', timing: { report: '410000-2022-gov', published: '2022-10-11' } });
    expect(cell('410300', 2022).timing!.report).toBe('410300-2022-gov');
  });

  it('gives an undated report 发布日期不详 with its capture date as the upper bound', () => {
    expect(cell('330108', 2020)).toMatchObject({ status: 'date_unknown', timing: { report: '330108-2020-gov', notLaterThan: '2026-11-21' } });
    expect(cell('330108', 2020).timing!.published).toBeUndefined();
  });

  it('settles a year with two reports by the first published', () => {
    expect(cell('341100', 2022).reports).toEqual(['341100-2022-gov', '341100-2022-gov-2']);
    expect(cell('341100', 2022).timing).toMatchObject({ report: '341100-2022-gov-2', published: '2022-11-04' });
    expect(cell('540100', 2022).timing).toMatchObject({ report: '540100-2022-gov-2', published: '2022-06-23' });
  });

  it('flags a report published before its year ended', () => {
    expect(cell('620700', 2022).timing!.beforeYearEnd).toBe(true);
    expect(cell('330922', 2022).timing!.beforeYearEnd).toBeUndefined();
  });

  it('does not fill a government’s cell with a department report or an article', () => {
    expect(cell('110000', 2022).status).toBe('not_held');
    expect(ledger.held.get('110000')!.map((h) => [h.id, h.role, h.timing.status])).toEqual([['110000-2022-sfj', 'department', 'date_unknown']]);
    expect(ledger.held.get('370600')!.map((h) => [h.id, h.timing.status])).toEqual([['370600-2022-fgw', 'on_time']]);
    expect(cell('220000', 2022).status).toBe('not_held'); // 吉林省委党校's article
    expect(cell('420500', 2022).status).toBe('not_held');
  });

  it('holds every government report of the corpus in exactly one cell, and nothing else', () => {
    const inCells = ledger.rows.flatMap((r) => r.cells.flatMap((c) => c.reports));
    const expected = corpus.filter((e) => e.data.kind === 'report' && e.data.issuer === 'government').map((e) => e.id);
    expect(inCells.sort()).toEqual(expected.sort());
  });

  it('says 未收录 for every other cell whose deadline has passed', () => {
    expect(cell('330108', 2019).status).toBe('not_held');
    expect(cell('330000', 2025).status).toBe('not_held');
  });
});

describe('statuses from publication dates', () => {
  it('is late by the days after 1 April, and late only when no undated report could be first', () => {
    const late = entry('330100-2023-gov', '330100', 2023, { published: '2024-05-01' });
    const ledger = buildLedger([late], gaz, TODAY);
    expect(cellOf(ledger, '330100', 2023)).toMatchObject({ status: 'late', timing: { daysLate: 30, published: '2024-05-01' } });
    const undated = entry('330100-2023-gov-2', '330100', 2023, { source: { ...late.data.source, archived: '2025-01-10' } });
    expect(timingOf(2023, [late, undated])).toMatchObject({ status: 'date_unknown', report: '330100-2023-gov-2', notLaterThan: '2024-05-01' });
    const onTime = entry('330100-2023-gov-3', '330100', 2023, { published: '2024-03-31' });
    expect(timingOf(2023, [late, undated, onTime])).toMatchObject({ status: 'on_time', report: '330100-2023-gov-3' });
  });

  it('is 未到期 before the deadline, unless the report is already held', () => {
    const held = entry('330100-2025-gov', '330100', 2025, { published: '2026-02-10' });
    const ledger = buildLedger([held], gaz, '2026-03-15');
    expect(ledger.years.at(-1)).toBe(2025);
    expect(cellOf(ledger, '330100', 2025)!.status).toBe('on_time');
    expect(cellOf(ledger, '330200', 2025)!.status).toBe('not_due');
    expect(cellOf(ledger, '330200', 2024)!.status).toBe('not_held');
  });

  it('counts a renamed county’s report, filed as the importer files it, for today’s code', () => {
    // 横县 became 横州市 (450181) in 2021; the importer resolves the former name to today's code
    // and keeps the name the publisher used.
    expect(gaz.lookup('横县')!.codes).toEqual(['450181']);
    const hengxian = entry('450181-2020-gov', '450181', 2020, { publisher: '横县人民政府', published: '2021-03-20' });
    const ledger = buildLedger([hengxian], gaz, TODAY);
    expect(cellOf(ledger, '450181', 2020)).toMatchObject({ status: 'on_time', reports: ['450181-2020-gov'] });
    expect(ledger.byCode.get('450181')!.division.name).toBe('横州市');
  });

  it('refuses a report whose region the gazetteer does not know, naming it', () => {
    const stray = entry('330100-2023-gov', '330100', 2023);
    stray.data.region = '330199';
    expect(() => buildLedger([stray], gaz, TODAY)).toThrow(/330100-2023-gov: region 330199 is not in the gazetteer/);
  });
});

describe('townships', () => {
  // The archive's gazetteer holds the townships: 330108001 is 西兴街道, under 滨江区 (330108).
  const street = entry('330108-2022-xxjd', '330108', 2022, { level: 'township', publisher: '西兴街道办事处', published: '2023-02-01' });
  street.data.region = '330108001';
  const townshipAtCounty = entry('330108-2022-zhen', '330108', 2022, { level: 'township', publisher: '某镇人民政府' });

  it('lists a township’s report under its county, never as the county’s own', () => {
    const ledger = buildLedger([street, townshipAtCounty], gaz, TODAY);
    expect(ledger.rows).toHaveLength(3215);
    expect(ledger.byCode.has('330108001')).toBe(false);
    expect(cellOf(ledger, '330108', 2022)!.status).toBe('not_held');
    expect(ledger.held.get('330108')!.map((h) => [h.id, h.role, h.region]).sort()).toEqual([
      ['330108-2022-xxjd', 'township', '330108001'],
      ['330108-2022-zhen', 'township', '330108'],
    ]);
  });
});

describe('totals and datasets', () => {
  const ledger = buildLedger(corpus, gaz, TODAY);
  const absolute = (p: string) => `https://archive.example.org/${p}`;
  const data = coverageRows(ledger, absolute);

  it('counts every government once per level and year', () => {
    const totals = levelTotals(ledger);
    expect(totals.map((t) => [t.level, t.governments])).toEqual([['province', 31], ['prefecture', 333], ['county', 2851], ['all', 3215]]);
    const prefectures2022 = totals[1]!.years[ledger.years.indexOf(2022)]!;
    const heldPrefectures2022 = corpus.filter((e) => e.data.year === 2022 && e.data.issuer === 'government' && e.data.kind === 'report' && e.data.level === 'prefecture');
    // 滁州 and 拉萨 have two reports each for 2022: governments, not reports, are counted.
    expect(prefectures2022.counts.on_time).toBe(new Set(heldPrefectures2022.map((e) => e.data.region)).size);
    expect(prefectures2022.counts.not_held).toBe(333 - prefectures2022.counts.on_time);
    const p = provinceTotals(ledger, gaz).find((t) => t.province.code === '330000')!;
    expect(p.years[ledger.years.indexOf(2020)]!.counts.date_unknown).toBe(1);
    expect(heldTotals(ledger, ['department'])[1]!.years[ledger.years.indexOf(2022)]!.total).toBe(1);
    expect(share(1, 3)).toBe('33.3%');
    expect(share(1, 3215)).toBe('<0.1%');
  });

  it('has as many CSV rows as governments × years', () => {
    const csv = coverageCsv(data);
    const lines = csv.replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('code,name,level,parent,year,deadline,status,status_label,report_id,published,days_late,not_later_than,before_year_end,report_ids,report_url');
    expect(lines.length - 1).toBe(3215 * ledger.years.length);
    expect(lines).toContain('500233,忠县,county,500000,2021,2022-04-01,on_time,按期发布,500233-2021-gov,2022-02-14,,,,500233-2021-gov,https://archive.example.org/reports/500233-2021-gov/');
    expect(lines).toContain('110000,北京市,province,,2019,2020-04-01,not_held,未收录,,,,,,,');
  });

  it('keeps a formula-like name from running in a spreadsheet', () => {
    const ledger2 = buildLedger([], new Gazetteer([{ code: '990000', name: '=HYPERLINK("x")', level: 'province' }], { divisions: [], aliases: [], notShortForms: [], ambiguousFullNames: [] }), TODAY);
    expect(coverageCsv(coverageRows(ledger2, absolute))).toContain(`'=HYPERLINK(""x"")`);
  });

  it('publishes the same rows as JSON, with the departments held and the caveat', () => {
    const json = JSON.parse(coverageJson(ledger, data, absolute));
    expect(json.count).toBe(3215 * ledger.years.length);
    expect(json.governments).toHaveLength(json.count);
    const zhong = json.governments.map((r: unknown[]) => Object.fromEntries(json.columns.map((c: string, i: number) => [c, r[i]]))).find((r: { code: string; year: number }) => r.code === '500233' && r.year === 2021);
    expect(zhong).toMatchObject({ status: 'on_time', report_id: '500233-2021-gov', published: '2022-02-14', days_late: null, parent: '500000' });
    expect(json.note).toMatch(/does not mean the government did not publish/);
    expect(json.departments_and_townships.map((d: { report_id: string }) => d.report_id).sort()).toEqual(['110000-2022-sfj', '330305-2020-sfj', '370600-2022-fgw', '530102-2022-sfj']);
  });
});

describe('the words the pages use', () => {
  it('never says a government did not publish', () => {
    const words = [
      cellWords(2022, 'not_held'),
      cellWords(2025, 'not_due'),
      cellWords(2022, 'date_unknown', { status: 'date_unknown', report: 'x', notLaterThan: '2026-11-21' }),
      cellWords(2022, 'late', { status: 'late', report: 'x', published: '2023-05-02', daysLate: 31 }),
    ];
    for (const w of words) expect(w.long.replace('不表示未发布', '')).not.toMatch(/未发布|没有发布|未公开/);
    expect(words[0]!.long).toBe('未收录（本档案未收录其报告，不表示未发布）');
    expect(words[1]!.long).toBe('未到期（发布期限为 2026-04-01）');
    expect(words[2]).toMatchObject({ short: '日期不详', note: '不晚于2026-11-21', long: '发布日期不详（不晚于 2026-11-21）' });
    expect(words[3]).toMatchObject({ short: '逾期31天', long: '逾期发布（2023-05-02 发布，逾期 31 天）' });
  });
});
