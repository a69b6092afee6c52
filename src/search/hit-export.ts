/**
 * A search's hit list to take away: CSV (id, title, region, year, publisher, URL, excerpt) and
 * GB/T 7714-2015 citations, one per hit, in the order shown. Pure: rows in, file text out.
 */
import { csvCell } from '../lib/csv-cell.ts';
import { gbt7714 } from '../lib/citation.ts';
import type { DisplayRecord } from './documents.ts';

export interface ExportRow {
  record: DisplayRecord;
  /** The report page's absolute URL (with the section of the hit, when known). */
  url: string;
  excerpt: string;
}

export const EXPORT_COLUMNS = ['id', 'title', 'region', 'year', 'publisher', 'published', 'url', 'excerpt'] as const;

/** CSV with a UTF-8 BOM, so that spreadsheet programs read the Chinese text. */
export function hitsCsv(rows: ExportRow[]): string {
  const lines = rows.map(({ record: r, url, excerpt }) =>
    [r.id, r.titleSupplied ? `［${r.title}］` : r.title, r.regionName, r.year, r.publisher, r.published ?? '', url, excerpt].map(csvCell).join(','),
  );
  return `\ufeff${[EXPORT_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}

/** Numbered GB/T 7714 [EB/OL] citations with today's access date. */
export function hitsCitations(rows: ExportRow[], accessed: string): string {
  return `${rows
    .map(({ record: r, url }, i) => `[${i + 1}] ${gbt7714({ id: r.id, data: { title: r.title, publisher: r.publisher, year: r.year, ...(r.published ? { published: r.published } : {}) }, url, accessed })}`)
    .join('\n')}\n`;
}
