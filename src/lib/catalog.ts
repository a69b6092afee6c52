/** The machine-readable catalogue (/catalog.json, /catalog.csv): one row per report. Pure. */
import type { Entry } from './archive.ts';
import type { Gazetteer } from './gazetteer.ts';
import { rawPublishedName } from './read-report.ts';
import { csvDocument } from './csv-cell.ts';

export const CATALOG_COLUMNS = [
  'id', 'title', 'title_supplied', 'kind', 'region_code', 'region_name', 'province', 'prefecture', 'county', 'level', 'issuer',
  'publisher', 'author', 'year', 'published', 'script', 'source_url', 'archived', 'sha256', 'raw_url', 'markdown_url', 'page_url',
] as const;

export type CatalogRow = Record<(typeof CATALOG_COLUMNS)[number], string | number | boolean | null>;

export function catalogRows(entries: Entry[], gaz: Gazetteer, absolute: (path: string) => string): CatalogRow[] {
  return [...entries]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, data: d }) => {
      const names = gaz.levelNames(d.region);
      return {
        id,
        title: d.title,
        title_supplied: d.titleSupplied,
        kind: d.kind,
        region_code: d.region,
        region_name: d.regionName,
        ...names,
        level: d.level,
        issuer: d.issuer,
        publisher: d.publisher,
        author: d.author ?? null,
        year: d.year,
        published: d.published ?? null,
        script: d.script,
        source_url: d.source.url ?? null,
        archived: d.source.archived,
        sha256: d.source.sha256,
        raw_url: absolute(`raw/${rawPublishedName(d.source.raw)}`),
        markdown_url: absolute(`reports/${id}.md`),
        page_url: absolute(`reports/${id}/`),
      };
    });
}

/** RFC 4180 CSV with a UTF-8 BOM, so that spreadsheet programs read the Chinese text correctly. */
export function toCsv(rows: CatalogRow[]): string {
  return csvDocument(CATALOG_COLUMNS, rows);
}
