/**
 * The publication deadline and the dates the coverage ledger compares. Pure: dates are ISO
 * strings (YYYY-MM-DD), compared as text and counted in whole UTC days.
 *
 * 《法治政府建设与责任落实督察工作规定》(2019) art. 24: each year's report is due before 1 April of
 * the next year. The archive counts a report published on 1 April itself as on time.
 */

/** The first report year the rule applies to. */
export const FIRST_LEDGER_YEAR = 2019;

/** The last day a report on `year` counts as published on time. */
export const deadline = (year: number): string => `${year + 1}-04-01`;

const dayNumber = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) / 86_400_000;
};

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** Days past the deadline, 0 when on time. */
export const daysLate = (year: number, published: string): number => Math.max(0, daysBetween(deadline(year), published));

/**
 * The report years a ledger built on `today` covers: 2019 to the last year that has ended. The
 * last of them may still be before its deadline (between 1 January and 1 April): its cells are
 * 未到期 unless the archive already holds the report.
 */
export function ledgerYears(today: string): number[] {
  const first = FIRST_LEDGER_YEAR;
  const last = Number(today.slice(0, 4)) - 1;
  return last < first ? [] : Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** True once the deadline for `year` has passed on `today`. */
export const isDue = (year: number, today: string): boolean => today > deadline(year);

/**
 * Today's date in China (the deadline is a date in China's time zone), as the build's default
 * `today`. LEDGER_DATE=YYYY-MM-DD overrides it, for a reproducible build.
 */
export function chinaToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
