/**
 * A CSV cell, and the document writer the datasets share, on their own so that the search page's
 * export can use them without the catalogue's imports (the report schema and its validator would
 * add 20 KB to the search page).
 */
/** One RFC 4180 CSV cell; a text cell a spreadsheet would run as a formula is written as text. */
export const csvCell = (v: string | number | boolean | null) => {
  let s = v === null ? '' : String(v);
  // A text cell that a spreadsheet would run as a formula (=HYPERLINK(…), +, -, @, tab, CR) is
  // prefixed with ' (OWASP's guard); numbers and the id, date and code columns never start so.
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** An RFC 4180 CSV document: a UTF-8 BOM (so that spreadsheet programs read the Chinese text correctly), the header, one line per row, CRLF after each line. */
export function csvDocument<K extends string>(columns: readonly K[], rows: readonly Record<K, string | number | boolean | null>[]): string {
  return `\ufeff${[columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))].join('\r\n')}\r\n`;
}
