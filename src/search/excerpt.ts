/**
 * The excerpt shown under a search hit, and the section it links to: the paragraph of the report
 * that contains the most query terms, cut around the first hit, with every occurrence marked —
 * found by the search's own rule (tokens.ts findTerm: 1件 is not marked inside 21件). Headings
 * are slugged in order with github-slugger, as Astro does for the report page, so the anchor is
 * the section's own id. The excerpt is in the report's own script. Pure: the caller passes the
 * Markdown body and a t2cn converter.
 */
import GithubSlugger from 'github-slugger';
import { readerText } from './report-text.ts';
import { findTerms, findTermsInReading, normalizeText } from './tokens.ts';

export interface Excerpt {
  /** Id of the heading the hit is under (or is), when there is one. */
  anchor: string | null;
  /** The excerpt as text pieces; `mark` pieces are occurrences of a query term. */
  parts: { text: string; mark: boolean }[];
}

const BEFORE = 30;
const LENGTH = 110;

/** Removes the Markdown syntax a reader should not see in an excerpt. */
function plain(line: string): string {
  return readerText(line).replace(/^\s*\|?|\|?\s*$/g, '').replace(/\s*\|\s*/g, ' ').replace(/^[-:| ]+$/, '').trim();
}

/**
 * A line as shown (`text`) and the occurrences of the terms in it, as offsets into `text`. Terms
 * are found in the simplified, normalized reading, but the excerpt quotes the report as published
 * (traditional stays traditional) whenever t2cn keeps the line's length, which it nearly always
 * does; NFKC's changes (℃ → °c) are mapped back character by character.
 */
function lineHits(original: string, terms: string[], toSimplified: (s: string) => string): { text: string; hits: [number, number][][] } {
  const simplified = toSimplified(original);
  const hits = findTermsInReading(simplified, terms);
  if (!hits) {
    // A combining sequence: the reading's offsets are its own, so the reading is shown.
    const reading = normalizeText(simplified);
    return { text: reading, hits: findTerms(reading, terms) };
  }
  return { text: simplified.length === original.length ? original : simplified, hits };
}

export function excerptFor(body: string, terms: string[], toSimplified: (s: string) => string): Excerpt | null {
  const slugger = new GithubSlugger();
  let anchor: string | null = null;
  let best: { text: string; hits: [number, number][][]; anchor: string | null; found: number } | null = null;
  for (const line of body.split('\n')) {
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) anchor = slugger.slug(heading[1]!);
    const original = plain(line);
    if (!original) continue;
    const { text, hits } = lineHits(original, terms, toSimplified);
    const found = hits.filter((h) => h.length > 0).length;
    if (found > (best?.found ?? 0)) best = { text, hits, anchor, found };
    if (best && best.found === terms.length) break;
  }
  if (!best) return null;
  const all = best.hits.flat().sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const start = Math.max(0, all[0]![0] - BEFORE);
  const end = Math.min(best.text.length, start + LENGTH);
  const parts: Excerpt['parts'] = [];
  let at = start;
  if (start > 0) parts.push({ text: '…', mark: false });
  for (const [s, e0] of all) {
    if (s < at || s >= end) continue;
    const e = Math.min(end, e0);
    if (s > at) parts.push({ text: best.text.slice(at, s), mark: false });
    parts.push({ text: best.text.slice(s, e), mark: true });
    at = e;
  }
  if (at < end) parts.push({ text: best.text.slice(at, end), mark: false });
  if (end < best.text.length) parts.push({ text: '…', mark: false });
  return { anchor: best.anchor, parts };
}
