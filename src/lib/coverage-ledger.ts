/**
 * The coverage ledger: for every local government in the gazetteer (province, prefecture,
 * county) and every report year since 2019, whether the archive holds its report and whether that
 * report was published by the deadline. Pure: reports, gazetteer and `today` in, ledger out.
 *
 * What a cell says is only what the archive knows. 未收录 means the archive holds no report, never
 * that the government published none; the pages and datasets say so in the same words.
 *
 * Departments and townships are not counted against a list (there is no complete list of either):
 * their reports are listed under the government they belong to, each with the same deadline rule.
 */
import type { Entry } from './archive.ts';
import { daysLate, deadline, isDue, ledgerYears } from './coverage-dates.ts';
import { CENTRAL_CODE, type Division, type Gazetteer } from './gazetteer.ts';
import { shownTitle } from './shown-title.ts';

export type LedgerStatus = 'on_time' | 'late' | 'date_unknown' | 'not_held' | 'not_due';

/** The statuses as the site writes them. */
export const STATUS_LABELS: Record<LedgerStatus, string> = {
  on_time: '按期发布',
  late: '逾期发布',
  date_unknown: '发布日期不详',
  not_held: '未收录',
  not_due: '未到期',
};

export const STATUS_ORDER: LedgerStatus[] = ['on_time', 'late', 'date_unknown', 'not_held', 'not_due'];

/** The levels of government the ledger counts, each against the gazetteer's full list. */
export const LEDGER_LEVELS = ['province', 'prefecture', 'county'] as const;
export type LedgerLevel = (typeof LEDGER_LEVELS)[number];

export const isLedgerLevel = (level: string): level is LedgerLevel => (LEDGER_LEVELS as readonly string[]).includes(level);

/** When a held report (or the first of several) was published, as far as the archive knows. */
export interface Timing {
  status: 'on_time' | 'late' | 'date_unknown';
  /** The report that settles the status. */
  report: string;
  published?: string;
  /** Days after the deadline, for a late report. */
  daysLate?: number;
  /** For an unknown date: the earliest date the archive shows the report existed (its capture). */
  notLaterThan?: string;
  /**
   * Published before the report year ended: a mid-year summary, or a report whose year was read
   * wrongly. It is on time, but the pages say so, as it may not be the annual report.
   */
  beforeYearEnd?: true;
}

export interface LedgerCell {
  year: number;
  status: LedgerStatus;
  /** Present when the archive holds the government's report for the year. */
  timing?: Timing;
  /** Every government report held for the cell (a few governments publish two), oldest first. */
  reports: string[];
}

export interface LedgerRow {
  division: Division;
  /** One cell per ledger year, in year order. */
  cells: LedgerCell[];
}

/** A department's or a township's report, listed under its government (or the centre's). */
export interface HeldReport {
  id: string;
  year: number;
  publisher: string;
  /** As the site shows it (a supplied title in ［］). */
  title: string;
  role: 'department' | 'township' | 'central';
  /** The region code the report is filed under (a township's own code, when the gazetteer has it). */
  region: string;
  timing: Timing;
}

export interface Ledger {
  today: string;
  years: number[];
  /** Every government, in code order: provinces, prefectures and counties interleaved as GB/T 2260 orders them. */
  rows: LedgerRow[];
  byCode: Map<string, LedgerRow>;
  /** A government's child governments (a province's prefectures, a municipality's districts …). */
  children: Map<string, LedgerRow[]>;
  /** Departments' and townships' reports by the government code they come under; the centre's under 100000. */
  held: Map<string, HeldReport[]>;
}

interface Dated {
  id: string;
  data: { published?: string | undefined; source: { archived: string } };
}

/**
 * The status of one government's (or department's) reports for one year. The first publication
 * counts: any report dated by the deadline makes the year on time; a late date stands only when no
 * undated report could have come before it.
 */
export function timingOf(year: number, reports: Dated[]): Timing {
  if (reports.length === 0) throw new Error(`timingOf: no reports for ${year}`);
  const dated = reports.filter((r) => r.data.published).sort((a, b) => a.data.published!.localeCompare(b.data.published!) || a.id.localeCompare(b.id));
  const undated = reports.filter((r) => !r.data.published).sort((a, b) => a.data.source.archived.localeCompare(b.data.source.archived) || a.id.localeCompare(b.id));
  const first = dated[0];
  if (first && first.data.published! <= deadline(year)) {
    const early = first.data.published! < `${year + 1}-01-01`;
    return { status: 'on_time', report: first.id, published: first.data.published!, ...(early ? { beforeYearEnd: true as const } : {}) };
  }
  if (undated.length > 0) {
    const bound = [undated[0]!.data.source.archived, ...(first ? [first.data.published!] : [])].sort()[0]!;
    return { status: 'date_unknown', report: undated[0]!.id, notLaterThan: bound };
  }
  return { status: 'late', report: first!.id, published: first!.data.published!, daysLate: daysLate(year, first!.data.published!) };
}

/** The government a township (or a report of township level) comes under: its nearest ledger-level ancestor. */
function governmentAbove(gaz: Gazetteer, d: Division): Division | undefined {
  return gaz
    .path(d.code)
    .filter((a) => a.code !== d.code && isLedgerLevel(a.level))
    .at(-1);
}

function placeReport(e: Entry, gaz: Gazetteer): { government: Division; role: HeldReport['role'] | 'government' } | undefined {
  const d = gaz.get(e.data.region);
  if (!d) throw new Error(`report ${e.id}: region ${e.data.region} is not in the gazetteer; the coverage ledger cannot place it (run npm run check)`);
  if (d.code === CENTRAL_CODE || d.level === 'central') return e.data.issuer === 'other' ? undefined : { government: d, role: 'central' };
  if (e.data.issuer === 'other') return undefined;
  // A township's report (its own nine-digit code, or level township under its county's code) is
  // listed under the county; it never fills the county's own cell.
  const township = !isLedgerLevel(d.level) || e.data.level === 'township';
  const government = township && !isLedgerLevel(d.level) ? governmentAbove(gaz, d) : d;
  if (!government) throw new Error(`report ${e.id}: region ${d.code} (${d.name}) lies under no province, prefecture or county in the gazetteer`);
  if (township) return { government, role: 'township' };
  return { government, role: e.data.issuer };
}

/**
 * Builds the ledger. Only reports (not articles about them) count, and only for the ledger's
 * years; a joint report of the Party committee and the government has issuer `government`.
 */
export function buildLedger(entries: Entry[], gaz: Gazetteer, today: string): Ledger {
  const years = ledgerYears(today);
  const inYears = new Set(years);
  const own = new Map<string, Entry[]>();
  const held = new Map<string, HeldReport[]>();
  for (const e of entries) {
    if (e.data.kind !== 'report' || !inYears.has(e.data.year)) continue;
    const place = placeReport(e, gaz);
    if (!place) continue;
    const code = place.government.code;
    if (place.role === 'government') {
      const key = `${code} ${e.data.year}`;
      own.set(key, [...(own.get(key) ?? []), e]);
      continue;
    }
    const list = held.get(code) ?? [];
    held.set(code, list);
    list.push({ id: e.id, year: e.data.year, publisher: e.data.publisher, title: shownTitle(e.data), role: place.role, region: e.data.region, timing: timingOf(e.data.year, [e]) });
  }
  for (const list of held.values()) list.sort((a, b) => b.year - a.year || a.publisher.localeCompare(b.publisher, 'zh-Hans-CN') || a.id.localeCompare(b.id));

  const rows: LedgerRow[] = [...gaz.byCode.values()]
    .filter((d) => isLedgerLevel(d.level))
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((division) => ({
      division,
      cells: years.map((year): LedgerCell => {
        const reports = own.get(`${division.code} ${year}`) ?? [];
        if (reports.length === 0) return { year, status: isDue(year, today) ? 'not_held' : 'not_due', reports: [] };
        const timing = timingOf(year, reports);
        return { year, status: timing.status, timing, reports: reports.map((r) => r.id).sort() };
      }),
    }));
  const byCode = new Map(rows.map((r) => [r.division.code, r]));
  const children = new Map<string, LedgerRow[]>();
  for (const row of rows) {
    const parent = row.division.parent;
    if (!parent || !byCode.has(parent)) continue;
    const list = children.get(parent) ?? [];
    children.set(parent, list);
    list.push(row);
  }
  return { today, years, rows, byCode, children, held };
}

/** The cell of a government for a year. */
export function cellOf(ledger: Ledger, code: string, year: number): LedgerCell | undefined {
  const i = ledger.years.indexOf(year);
  return i < 0 ? undefined : ledger.byCode.get(code)?.cells[i];
}
