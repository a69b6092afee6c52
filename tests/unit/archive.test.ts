import { describe, expect, it } from 'vitest';
import { coverageMatrix, LEVEL_NAMES, levelGroups, publisherSeries, regionTree, yearIndex, type Entry } from '../../src/lib/archive.ts';
import { catalogRows, toCsv } from '../../src/lib/catalog.ts';
import { bibtex, gbt7714 } from '../../src/lib/citation.ts';
import { gazetteer } from '../../src/lib/gazetteer-data.ts';
import { entry } from './government-entry.ts';

const gaz = gazetteer();
const entries = [
  entry('330922-2022-gov', '330922', 2022),
  entry('330922-2021-gov', '330922', 2021),
  entry('330305-2020-sfj', '330305', 2020, { issuer: 'department', publisher: '洞头区司法局' }),
  entry('330000-2022-gov', '330000', 2022),
  entry('500233-2021-gov', '500233', 2021),
];

describe('region tree', () => {
  const { roots, byCode } = regionTree(entries, gaz);
  it('counts each region’s reports and those below it', () => {
    expect(roots.map((r) => [r.division.name, r.total])).toEqual([['浙江省', 4], ['重庆市', 1]]);
    expect(byCode.get('330000')!.own.map((e) => e.id)).toEqual(['330000-2022-gov']);
    expect(byCode.get('330900')!.total).toBe(2);
    expect(byCode.get('330000')!.children.map((c) => c.division.name)).toEqual(['温州市', '舟山市']);
  });
  it('goes straight from a municipality to its counties', () => {
    expect(byCode.get('500000')!.children.map((c) => c.division.name)).toEqual(['忠县']);
  });
  it('puts a township’s report under its county, at level 乡级', () => {
    const town = entry('330106004-2023-gov', '330106004', 2023, { publisher: '西溪街道办事处' });
    const tree = regionTree([...entries, town], gaz);
    expect(town.data.level).toBe('township');
    expect(tree.byCode.get('330106')!.children.map((c) => [c.division.name, c.total])).toEqual([['西溪街道', 1]]);
    expect(tree.byCode.get('330100')!.total).toBe(1);
    expect(tree.byCode.get('330106004')!.own.map((e) => e.id)).toEqual(['330106004-2023-gov']);
    expect(LEVEL_NAMES[town.data.level]).toBe('乡级');
  });
  it('has no node for a region with no report at or below it', () => {
    expect(byCode.has('330100')).toBe(false);
  });
});

describe('year index and levels', () => {
  it('groups by year, newest first, then by province', () => {
    const years = yearIndex(entries, gaz);
    expect(years.map((y) => [y.year, y.total])).toEqual([[2022, 2], [2021, 2], [2020, 1]]);
    expect(years[1]!.provinces.map((p) => [p.province.name, p.entries.length])).toEqual([['浙江省', 1], ['重庆市', 1]]);
  });
  it('sorts reports into level and issuer groups', () => {
    const groups = Object.fromEntries(levelGroups(entries).map((g) => [g.group.slug, g.entries.map((e) => e.id)]));
    expect(groups['province-government']).toEqual(['330000-2022-gov']);
    expect(groups['county-government']).toEqual(['330922-2022-gov', '330922-2021-gov', '500233-2021-gov']);
    expect(groups.department).toEqual(['330305-2020-sfj']);
  });
});

describe('coverage matrix', () => {
  const m = coverageMatrix(entries, gaz);
  it('spans every report year from 2019 and lists every province, empty ones too', () => {
    expect(m.years).toEqual([2019, 2020, 2021, 2022]);
    expect(m.rows).toHaveLength(32);
    expect(m.rows[0]!.division.name).toBe('中央');
    expect(m.rows.find((r) => r.division.name === '北京市')!.counts).toEqual([0, 0, 0, 0]);
  });
  it('counts a province’s reports at every level per year', () => {
    expect(m.rows.find((r) => r.division.name === '浙江省')!.counts).toEqual([0, 1, 1, 2]);
  });
});

describe('series', () => {
  it('links a publisher’s reports of other years', () => {
    const s = publisherSeries(entries).get('330922-2022-gov')!;
    expect(s.previous?.id).toBe('330922-2021-gov');
    expect(s.next).toBeUndefined();
    expect(publisherSeries(entries).get('330922-2021-gov')!.next?.id).toBe('330922-2022-gov');
  });
});

describe('citations', () => {
  const c = { id: '500233-2021-gov', data: { title: '忠县人民政府2021年法治政府建设年度报告', publisher: '忠县人民政府', year: 2021, published: '2022-02-14' }, url: 'https://a.org/reports/500233-2021-gov/', accessed: '2026-11-21' };
  it('formats GB/T 7714-2015 for an electronic resource', () => {
    expect(gbt7714(c)).toBe('忠县人民政府. 忠县人民政府2021年法治政府建设年度报告[EB/OL]. (2022-02-14)[2026-11-21]. https://a.org/reports/500233-2021-gov/.');
    expect(gbt7714({ ...c, data: { ...c.data, published: undefined, author: '魏芙蓉' } })).toBe('魏芙蓉. 忠县人民政府2021年法治政府建设年度报告[EB/OL]. [2026-11-21]. https://a.org/reports/500233-2021-gov/.');
  });
  it('formats BibTeX with the corporate author braced', () => {
    const b = bibtex(c);
    expect(b).toMatch(/^@misc\{fzzf-500233-2021-gov,/);
    expect(b).toContain('author = {{忠县人民政府}}');
    expect(b).toContain('urldate = {2026-11-21}');
    expect(b).toContain('howpublished = {\\url{https://a.org/reports/500233-2021-gov/}}');
  });
});

describe('catalogue export', () => {
  it('writes one CSV row per report, quoting what needs it', () => {
    const rows = catalogRows([entry('330922-2022-gov', '330922', 2022, { title: '报告, "第一"' })], gaz, (p) => `https://a.org/${p}`);
    expect(rows[0]).toMatchObject({ province: '浙江省', prefecture: '舟山市', county: '嵊泗县', page_url: 'https://a.org/reports/330922-2022-gov/' });
    const csv = toCsv(rows);
    expect(csv.startsWith('\ufeffid,title,')).toBe(true);
    expect(csv).toContain('"报告, ""第一"""');
    expect(csv.trim().split('\r\n')).toHaveLength(2);
  });
});
