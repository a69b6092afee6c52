/**
 * What the search index holds for one report: the document Pagefind indexes (title and body as
 * token bags, filters, sort) and the small display record the search page shows for a hit. Pure:
 * the caller supplies the report's frontmatter, its body and a t2cn converter.
 */
import type { Gazetteer } from '../lib/gazetteer.ts';
import { readerText } from './report-text.ts';
import { indexText, normalizeText } from './tokens.ts';

export interface ReportForSearch {
  id: string;
  title: string;
  region: string;
  regionName: string;
  level: string;
  issuer: string;
  publisher: string;
  year: number;
  /** Publication date, YYYY-MM-DD, when the page gave one (for citations of a hit list). */
  published?: string;
  /** Whether the archive supplied the title (shown in ［］). */
  titleSupplied?: boolean;
  script: 'Hans' | 'Hant';
  body: string;
}

/** Filter keys, in the order the search page offers them. Values are codes, not names. */
export const FILTER_KEYS = ['year', 'province', 'prefecture', 'level', 'issuer'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Shown for a hit without loading the report: enough for a result line and its link. */
export interface DisplayRecord {
  id: string;
  title: string;
  regionName: string;
  publisher: string;
  year: number;
  published?: string;
  titleSupplied?: boolean;
  script: 'Hans' | 'Hant';
}

export function searchFilters(r: ReportForSearch, gaz: Gazetteer): Record<FilterKey, string> {
  const path = gaz.path(r.region);
  const province = path.find((d) => d.level === 'province' || d.level === 'central')?.code ?? r.region;
  const prefecture = path.find((d) => d.level === 'prefecture')?.code ?? '';
  return { year: String(r.year), province, prefecture, level: r.level, issuer: r.issuer };
}

/**
 * A report's title and text as search reads them (simplified, normalized; the text as its page
 * shows it): what the index is built from, and what the search page checks a term against.
 */
export function searchReading(title: string, body: string, toSimplified: (s: string) => string): { title: string; body: string } {
  return { title: normalizeText(toSimplified(title)), body: normalizeText(toSimplified(readerText(body))) };
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The HTML page Pagefind indexes for a report (never served): the title's tokens weighted like a
 * heading, the tokens of the text as its page shows it (readerText), filters and the year sort as Pagefind attributes.
 * `lang="zxx"` (no linguistic content) keeps Pagefind from segmenting or stemming the tokens.
 */
export function searchDocument(r: ReportForSearch, gaz: Gazetteer, toSimplified: (s: string) => string): string {
  const reading = searchReading(r.title, r.body, toSimplified);
  const title = indexText(reading.title);
  const body = indexText(reading.body);
  const filters = Object.entries(searchFilters(r, gaz))
    .filter(([, v]) => v)
    .map(([k, v]) => `<span data-pagefind-filter="${k}">${escape(v)}</span>`)
    .join('');
  return (
    `<!doctype html><html lang="zxx"><head><title>${escape(r.id)}</title></head>` +
    // Pagefind takes the first h1 as the page's meta title and indexes meta words as well: the
    // title's tokens would be indexed twice. Records carry the title; its meta is a non-word.
    `<body data-pagefind-sort="year:${r.year}"><main data-pagefind-body data-pagefind-meta="title:·">` +
    `<h1 data-pagefind-weight="5">${escape(title)}</h1><p>${escape(body)}</p>` +
    `<div data-pagefind-ignore="index">${filters}</div></main></body></html>`
  );
}

export function displayRecord(r: ReportForSearch): DisplayRecord {
  return {
    id: r.id,
    title: r.title,
    regionName: r.regionName,
    publisher: r.publisher,
    year: r.year,
    ...(r.published ? { published: r.published } : {}),
    ...(r.titleSupplied ? { titleSupplied: true } : {}),
    script: r.script,
  };
}
