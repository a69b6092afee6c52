/**
 * The coverage ledger as datasets (/coverage.csv, /coverage.json): one row per government and
 * report year, so the rows are exactly governments × years. Pure.
 */
import { csvDocument } from './csv-cell.ts';
import { deadline } from './coverage-dates.ts';
import { STATUS_LABELS, type HeldReport, type Ledger } from './coverage-ledger.ts';

export const COVERAGE_COLUMNS = [
  'code', 'name', 'level', 'parent', 'year', 'deadline', 'status', 'status_label', 'report_id', 'published', 'days_late', 'not_later_than', 'before_year_end', 'report_ids', 'report_url',
] as const;

export type CoverageRow = Record<(typeof COVERAGE_COLUMNS)[number], string | number | null>;

/** `absolute` turns a site path into the report's public address. */
export function coverageRows(ledger: Ledger, absolute: (path: string) => string): CoverageRow[] {
  return ledger.rows.flatMap(({ division: d, cells }) =>
    cells.map((c) => ({
      code: d.code,
      name: d.name,
      level: d.level,
      parent: d.parent ?? null,
      year: c.year,
      deadline: deadline(c.year),
      status: c.status,
      status_label: STATUS_LABELS[c.status],
      report_id: c.timing?.report ?? null,
      published: c.timing?.published ?? null,
      days_late: c.timing?.daysLate ?? null,
      not_later_than: c.timing?.notLaterThan ?? null,
      before_year_end: c.timing?.beforeYearEnd ? 'yes' : null,
      // Every government report held for the cell, space-separated (the first settles the status).
      report_ids: c.reports.length ? c.reports.join(' ') : null,
      report_url: c.timing ? absolute(`reports/${c.timing.report}/`) : null,
    })),
  );
}

/** RFC 4180 with a UTF-8 BOM, text cells guarded against formulas (as catalog.csv). */
export function coverageCsv(rows: CoverageRow[]): string {
  return csvDocument(COVERAGE_COLUMNS, rows);
}

const NOTE =
  '未收录 (not_held) means this archive holds no report of the government for the year; it does not mean the government did not publish one. ' +
  'before_year_end marks a report published before its report year ended (a mid-year summary, or a misread year). ' +
  'Reports are due on or before 1 April of the following year. Departments and townships are listed as held, not counted: there is no complete list of them to count against.';

/** The whole ledger as one JSON document: the government rows, and the departments' and townships' reports held. */
export function coverageJson(ledger: Ledger, rows: CoverageRow[], absolute: (path: string) => string): string {
  const held = [...ledger.held.entries()].flatMap(([government, list]) =>
    list.map((h: HeldReport) => ({
      government,
      role: h.role,
      region: h.region,
      publisher: h.publisher,
      year: h.year,
      status: h.timing.status,
      status_label: STATUS_LABELS[h.timing.status],
      report_id: h.id,
      published: h.timing.published ?? null,
      days_late: h.timing.daysLate ?? null,
      not_later_than: h.timing.notLaterThan ?? null,
      before_year_end: h.timing.beforeYearEnd ?? false,
      report_url: absolute(`reports/${h.id}/`),
    })),
  );
  return JSON.stringify({
    as_of: ledger.today,
    years: ledger.years,
    note: NOTE,
    statuses: STATUS_LABELS,
    count: rows.length,
    // One array per row in the order of `columns` (as coverage.csv): 22,000 objects would repeat every key.
    columns: COVERAGE_COLUMNS,
    governments: rows.map((r) => COVERAGE_COLUMNS.map((c) => r[c])),
    departments_and_townships: held.sort((a, b) => a.government.localeCompare(b.government) || b.year - a.year || a.report_id.localeCompare(b.report_id)),
  });
}
