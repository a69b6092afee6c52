/** Counts over the coverage ledger: per level and year, per province and year, and of held department reports. Pure. */
import type { Division, Gazetteer } from './gazetteer.ts';
import { isLedgerLevel, LEDGER_LEVELS, STATUS_ORDER, type HeldReport, type Ledger, type LedgerLevel, type LedgerRow, type LedgerStatus } from './coverage-ledger.ts';

export interface StatusCounts {
  /** Governments counted (the denominator of every share). */
  total: number;
  counts: Record<LedgerStatus, number>;
}

const empty = (): StatusCounts => ({ total: 0, counts: Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<LedgerStatus, number> });

function countRows(ledger: Ledger, rows: LedgerRow[]): StatusCounts[] {
  const out = ledger.years.map(empty);
  for (const row of rows) {
    row.cells.forEach((cell, i) => {
      out[i]!.total++;
      out[i]!.counts[cell.status]++;
    });
  }
  return out;
}

/** Per level (and all levels together, `all`): one count per ledger year. */
export function levelTotals(ledger: Ledger): { level: LedgerLevel | 'all'; governments: number; years: StatusCounts[] }[] {
  const groups: { level: LedgerLevel | 'all'; rows: LedgerRow[] }[] = [
    ...LEDGER_LEVELS.map((level) => ({ level, rows: ledger.rows.filter((r) => r.division.level === level) })),
    { level: 'all', rows: ledger.rows },
  ];
  return groups.map((g) => ({ level: g.level, governments: g.rows.length, years: countRows(ledger, g.rows) }));
}

/** Per province, its own government and every government below it. */
export function provinceTotals(ledger: Ledger, gaz: Gazetteer): { province: Division; governments: number; years: StatusCounts[] }[] {
  const byProvince = new Map<string, LedgerRow[]>();
  for (const row of ledger.rows) {
    const province = gaz.path(row.division.code)[0]!;
    const list = byProvince.get(province.code) ?? [];
    byProvince.set(province.code, list);
    list.push(row);
  }
  return [...byProvince.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([code, rows]) => ({ province: gaz.get(code)!, governments: rows.length, years: countRows(ledger, rows) }));
}

export type HeldLevel = 'central' | LedgerLevel;

/**
 * Departments' (and townships') reports held, per the level of the government they come under and
 * year. These are counts of what the archive holds, not shares: there is no list to count against.
 */
export function heldTotals(ledger: Ledger, role: HeldReport['role'][]): { level: HeldLevel; years: StatusCounts[] }[] {
  const levels: HeldLevel[] = ['central', ...LEDGER_LEVELS];
  const out = new Map(levels.map((l) => [l, ledger.years.map(empty)]));
  for (const [code, list] of ledger.held) {
    const d = ledger.byCode.get(code)?.division;
    const level: HeldLevel = d && isLedgerLevel(d.level) ? d.level : 'central';
    for (const h of list) {
      if (!role.includes(h.role)) continue;
      const c = out.get(level)![ledger.years.indexOf(h.year)]!;
      c.total++;
      c.counts[h.timing.status]++;
    }
  }
  return levels.map((level) => ({ level, years: out.get(level)! }));
}

/** A share as the pages print it: one decimal, or 0 / 100 exactly. */
export function share(n: number, of: number): string {
  if (of === 0) return '—';
  const p = (100 * n) / of;
  if (p === 0 || p === 100) return `${p}%`;
  // Never round a few governments to 0% or nearly all to 100%.
  if (p < 0.1) return '<0.1%';
  if (p > 99.9) return '>99.9%';
  return `${p.toFixed(1)}%`;
}
