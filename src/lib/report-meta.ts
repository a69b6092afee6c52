/**
 * What the machine-readable descriptions of one report page are made from: the validated
 * frontmatter, the archive's absolute addresses for the page and its files, and the report's
 * region with the regions above it. The Highwire tags, the JSON-LD and the CSL-JSON all take this
 * one input, so that they cannot disagree. Pure.
 */
import type { Division } from './gazetteer.ts';
import type { ReportData } from './report-schema.ts';

export interface ReportMeta {
  id: string;
  data: ReportData;
  /** The archive page's absolute URL. */
  url: string;
  /** Absolute URLs of the Markdown text and of the published copy of the raw original. */
  markdownUrl: string;
  rawUrl: string;
  /** The report's region, province first (from the gazetteer's path), each with its region page's absolute URL. */
  places: (Pick<Division, 'code' | 'name' | 'level'> & { url: string })[];
  /** The report's first paragraph as plain text, when it has one. */
  abstract?: string;
}

/** BCP 47 tag of the report's text as published. */
export const languageTag = (d: Pick<ReportData, 'script'>) => (d.script === 'Hant' ? 'zh-Hant' : 'zh-Hans');

/** The person or body a citation names as author: a signed article's author, else the issuing body. */
export const citedAuthor = (d: Pick<ReportData, 'author' | 'publisher'>) => d.author ?? d.publisher;

/** True when the raw original is a PDF, the only case in which a reference manager should be offered it as the full text PDF. */
export const isPdfOriginal = (d: Pick<ReportData, 'source'>) => d.source.mediaType === 'application/pdf';
