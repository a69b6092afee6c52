/**
 * Site-wide structures built once per build from all reports: the region tree with counts, the
 * year index, the level groups, the coverage matrix and each publisher's series. Pure.
 */
import type { Division, Gazetteer } from './gazetteer.ts';
import type { ReportData } from './report-schema.ts';

export interface Entry {
  id: string;
  data: ReportData;
}

export interface RegionNode {
  division: Division;
  /** Reports issued by this region's government or departments. */
  own: Entry[];
  /** Reports of this region and every region below it. */
  total: number;
  children: RegionNode[];
}

const byYearThenTitle = (a: Entry, b: Entry) => b.data.year - a.data.year || a.data.title.localeCompare(b.data.title, 'zh-Hans-CN');

/** One node per division that has a report at or below it, linked province → prefecture → county. */
export function regionTree(entries: Entry[], gaz: Gazetteer): { roots: RegionNode[]; byCode: Map<string, RegionNode> } {
  const byCode = new Map<string, RegionNode>();
  const node = (d: Division): RegionNode => {
    let n = byCode.get(d.code);
    if (!n) {
      n = { division: d, own: [], total: 0, children: [] };
      byCode.set(d.code, n);
      const parent = d.parent ? gaz.get(d.parent) : undefined;
      if (parent) node(parent).children.push(n);
    }
    return n;
  };
  for (const e of entries) {
    const d = gaz.get(e.data.region);
    if (!d) throw new Error(`report ${e.id}: region ${e.data.region} is not in the gazetteer`);
    node(d).own.push(e);
    for (const a of gaz.path(d.code)) node(a).total++;
  }
  for (const n of byCode.values()) {
    n.own.sort(byYearThenTitle);
    n.children.sort((a, b) => a.division.code.localeCompare(b.division.code));
  }
  const roots = [...byCode.values()].filter((n) => !n.division.parent).sort((a, b) => a.division.code.localeCompare(b.division.code));
  return { roots, byCode };
}

/** Reports grouped by year (newest first), and within a year by province. */
export function yearIndex(entries: Entry[], gaz: Gazetteer): { year: number; total: number; provinces: { province: Division; entries: Entry[] }[] }[] {
  const years = new Map<number, Map<string, Entry[]>>();
  for (const e of entries) {
    const province = gaz.path(e.data.region)[0]!;
    const y = years.get(e.data.year) ?? new Map<string, Entry[]>();
    years.set(e.data.year, y);
    y.set(province.code, [...(y.get(province.code) ?? []), e]);
  }
  return [...years.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([year, provinces]) => ({
      year,
      total: [...provinces.values()].reduce((s, l) => s + l.length, 0),
      provinces: [...provinces.entries()]
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map(([code, list]) => ({ province: gaz.get(code)!, entries: list.sort(byYearThenTitle) })),
    }));
}

export interface LevelGroup {
  slug: string;
  name: string;
  description: string;
  test: (d: ReportData) => boolean;
}

/** The ways in by level and issuer type. */
export const LEVEL_GROUPS: LevelGroup[] = [
  { slug: 'central', name: '中央', description: '国务院部门及全国性文章', test: (d) => d.level === 'central' },
  { slug: 'province-government', name: '省级政府', description: '省、自治区、直辖市人民政府', test: (d) => d.level === 'province' && d.issuer === 'government' },
  { slug: 'prefecture-government', name: '市级政府', description: '地级市、自治州、地区、盟人民政府', test: (d) => d.level === 'prefecture' && d.issuer === 'government' },
  { slug: 'county-government', name: '县级政府', description: '县、县级市、市辖区、旗人民政府', test: (d) => (d.level === 'county' || d.level === 'township') && d.issuer === 'government' },
  { slug: 'department', name: '政府部门', description: '各级政府工作部门（司法局、发改委等）', test: (d) => d.level !== 'central' && d.issuer === 'department' },
  { slug: 'other', name: '其他', description: '党校、学者等的评论文章', test: (d) => d.level !== 'central' && d.issuer === 'other' },
];

export function levelGroups(entries: Entry[]): { group: LevelGroup; entries: Entry[] }[] {
  return LEVEL_GROUPS.map((group) => ({ group, entries: entries.filter((e) => group.test(e.data)).sort(byYearThenTitle) }));
}

export interface Coverage {
  years: number[];
  rows: { division: Division; counts: number[]; total: number }[];
}

/**
 * Provinces (and the centre) × report years, each cell the number of reports of that province and
 * year at every level. Every province appears, so that empty rows show what is missing.
 */
export function coverageMatrix(entries: Entry[], gaz: Gazetteer, opts: { fromYear?: number } = {}): Coverage {
  const reportYears = entries.map((e) => e.data.year);
  const last = Math.max(...reportYears, opts.fromYear ?? 2019);
  const first = Math.min(...reportYears, opts.fromYear ?? 2019);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const provinces = [...gaz.byCode.values()]
    .filter((d) => d.level === 'province' || d.level === 'central')
    .sort((a, b) => (a.level === 'central' ? -1 : b.level === 'central' ? 1 : a.code.localeCompare(b.code)));
  // One pass over the reports, not one per province.
  const counts = new Map(provinces.map((d) => [d.code, years.map(() => 0)]));
  for (const e of entries) counts.get(gaz.path(e.data.region)[0]!.code)![e.data.year - first]!++;
  const rows = provinces.map((division) => {
    const row = counts.get(division.code)!;
    return { division, counts: row, total: row.reduce((a, b) => a + b, 0) };
  });
  return { years, rows };
}

export interface Neighbours {
  previous?: Entry;
  next?: Entry;
}

/**
 * Each report's previous and next report by the same publisher (by year), for every report at
 * once: one grouping per build instead of a scan of the whole archive per report page.
 */
export function publisherSeries(entries: Entry[]): Map<string, Neighbours> {
  const groups = new Map<string, Entry[]>();
  for (const e of entries) {
    const key = `${e.data.region} ${e.data.publisher}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const series = new Map<string, Neighbours>();
  for (const list of groups.values()) {
    list.sort((a, b) => a.data.year - b.data.year || a.id.localeCompare(b.id));
    list.forEach((e, i) => series.set(e.id, { ...(i > 0 ? { previous: list[i - 1]! } : {}), ...(i < list.length - 1 ? { next: list[i + 1]! } : {}) }));
  }
  return series;
}

/** Most recently archived first. */
export function latestAdditions(entries: Entry[], n: number): Entry[] {
  // Reports archived on the same day: newest report year first, then in the gazetteer's order of regions.
  return [...entries]
    .sort((a, b) => b.data.source.archived.localeCompare(a.data.source.archived) || b.data.year - a.data.year || a.data.region.localeCompare(b.data.region) || a.id.localeCompare(b.id))
    .slice(0, n);
}

export const LEVEL_NAMES: Record<ReportData['level'], string> = {
  central: '中央',
  province: '省级',
  prefecture: '市级',
  county: '县级',
  township: '乡级',
};

export const ISSUER_NAMES: Record<ReportData['issuer'], string> = {
  government: '人民政府',
  department: '政府部门',
  other: '其他',
};
