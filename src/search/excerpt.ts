/**
 * The excerpt shown under a search hit, and the section it links to: the paragraph of the report
 * that contains the most query terms, cut around the first hit, with every term marked. Headings
 * are slugged in order with github-slugger, as Astro does for the report page, so the anchor is
 * the section's own id. The excerpt is in the report's own script. Pure: the caller passes the
 * Markdown body and a t2cn converter.
 */
import GithubSlugger from 'github-slugger';
import { normalizeText } from './tokens.ts';

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
  return line.replace(/^#{1,6}\s+/, '').replace(/\*\*|__/g, '').replace(/^\s*\|?|\|?\s*$/g, '').replace(/\s*\|\s*/g, ' ').replace(/^[-:| ]+$/, '').trim();
}

export function excerptFor(body: string, terms: string[], toSimplified: (s: string) => string): Excerpt | null {
  const slugger = new GithubSlugger();
  let anchor: string | null = null;
  let best: { text: string; norm: string; anchor: string | null; found: number } | null = null;
  for (const line of body.split('\n')) {
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) anchor = slugger.slug(heading[1]!);
    const original = plain(line);
    const simplified = toSimplified(original);
    if (!simplified) continue;
    const norm = normalizeText(simplified);
    // Terms are found in the simplified, normalized reading, but the excerpt quotes the report as
    // published (traditional stays traditional) whenever the reading keeps the line's length,
    // which t2cn nearly always does; NFKC may not (㎡ → m2), and then the reading is shown.
    const text = norm.length === original.length ? original : norm.length === simplified.length ? simplified : norm;
    const found = terms.filter((t) => norm.includes(t)).length;
    if (found > (best?.found ?? 0)) best = { text, norm, anchor, found };
    if (best && best.found === terms.length) break;
  }
  if (!best) return null;
  const first = Math.min(...terms.map((t) => best.norm.indexOf(t)).filter((i) => i >= 0));
  const start = Math.max(0, first - BEFORE);
  const end = Math.min(best.text.length, start + LENGTH);
  const marks: [number, number][] = [];
  for (const t of terms) {
    for (let i = best.norm.indexOf(t, start); i >= 0 && i < end; i = best.norm.indexOf(t, i + t.length)) marks.push([i, Math.min(end, i + t.length)]);
  }
  marks.sort((a, b) => a[0] - b[0]);
  const parts: Excerpt['parts'] = [];
  let at = start;
  if (start > 0) parts.push({ text: '…', mark: false });
  for (const [s, e] of marks) {
    if (s < at) continue;
    if (s > at) parts.push({ text: best.text.slice(at, s), mark: false });
    parts.push({ text: best.text.slice(s, e), mark: true });
    at = e;
  }
  if (at < end) parts.push({ text: best.text.slice(at, end), mark: false });
  if (end < best.text.length) parts.push({ text: '…', mark: false });
  return { anchor: best.anchor, parts };
}
