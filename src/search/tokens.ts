/**
 * The archive's own tokenization for search, shared by the indexer (Node) and the search page
 * (browser), so that what a query looks up is exactly what the index holds.
 *
 * Why not Pagefind's Chinese segmentation: the index is segmented by a dictionary (charabia) and
 * the query by the browser's Intl.Segmenter, and the two disagree (持证率 is one word on one side,
 * two on the other), so a phrase can be missed. Instead each run of Han characters is indexed as
 * the sequence of its overlapping character bigrams, in order (行政复议 → 行政 政复 复议), with a
 * separator between runs (a position with no word), under a language code Pagefind neither segments nor stems; a
 * run of one character is that character, and each distinct character is also listed once for
 * one-character terms. A term of two or more Han characters is then Pagefind's quoted phrase of
 * its bigrams, which matches only where they stand one after another: exactly where the text
 * contains the term. Latin letters and numbers are words of their own.
 *
 * Text is compared in one normal form: NFKC (full-width digits and letters become ASCII),
 * lower-case, traditional characters converted to simplified by the caller (opencc t2cn).
 */

/** A Han run, or a Latin/digit word whose parts may be joined by '.' (2.17, v1.2). */
const PIECES = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:\.(?:(?!\p{Script=Han})[\p{L}\p{N}])+)*)/gu;

/** The comparison form of a text (the caller has already converted it to simplified). */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * A Latin/number word as an index token. The '.' inside a number must survive Pagefind, which
 * strips non-word characters from indexed words (2.17 would become 217 and also match 21.7), so
 * it becomes '_', which Pagefind keeps.
 */
function wordToken(word: string): string {
  return word.replace(/\./g, '_');
}

/**
 * A word between runs of text, so that no phrase matches across punctuation or from one run into
 * the next (行政，复议 must not match 行政复议). It has no letter or digit, so Pagefind indexes
 * nothing for it but still counts its position: the runs' words are not adjacent, and no posting
 * list is spent on it (a letters-only word here was a tenth of all postings, in one huge list).
 */
export const RUN_BREAK = '|';

/** Every distinct token of a (normalized, simplified) text with its number of occurrences. */
export function textTokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of sequenceTokens(text)) if (t !== RUN_BREAK) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** The text as the index holds it, in order: each Han run's bigrams (or its one character), words, breaks. */
export function sequenceTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PIECES)) {
    if (m[1]) {
      const chars = [...m[1]];
      if (chars.length === 1) out.push(chars[0]!);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    } else if (m[2]) {
      out.push(wordToken(m[2]));
    }
    out.push(RUN_BREAK);
  }
  return out;
}

/**
 * The text Pagefind is given for a report: the token sequence (for phrases), then every distinct
 * Han character once (for one-character terms).
 */
export function indexText(text: string): string {
  const chars = new Set<string>();
  for (const m of text.matchAll(PIECES)) if (m[1]) for (const c of m[1]) chars.add(c);
  return `${sequenceTokens(text).join(' ')} ${[...chars].join(' ')}`;
}

/**
 * One term of a query: what the user typed (normalized) and the lookups it requires. A lookup is
 * an index word, or several separated by spaces, which Pagefind must find one after another.
 */
export interface QueryTerm {
  text: string;
  tokens: string[];
}

/** Lookups a term needs: every one must be in a report for the term to match. */
export function termTokens(term: string): string[] {
  const tokens: string[] = [];
  for (const m of term.matchAll(PIECES)) {
    if (m[1]) {
      const chars = [...m[1]];
      if (chars.length === 1) tokens.push(chars[0]!);
      else tokens.push(chars.slice(0, -1).map((c, i) => c + chars[i + 1]!).join(' '));
    } else if (m[2]) {
      tokens.push(wordToken(m[2]));
    }
  }
  return [...new Set(tokens)];
}

/** Upper bounds that keep a pasted page of text from turning into hundreds of lookups. */
export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_TOKENS = 24;

/**
 * Parses a query (already converted to simplified): terms are separated by spaces, a quoted
 * stretch is one term, and every term must appear. Terms with nothing searchable (punctuation,
 * symbols) are dropped; duplicate terms are merged.
 */
export function parseQuery(query: string): QueryTerm[] {
  const q = normalizeText(query).slice(0, MAX_QUERY_CHARS);
  const raw = [...q.matchAll(/"([^"]*)"|“([^”]*)”|(\S+)/g)].map((m) => (m[1] ?? m[2] ?? m[3] ?? '').trim());
  const terms: QueryTerm[] = [];
  let budget = MAX_QUERY_TOKENS;
  for (const text of raw) {
    if (!text || terms.some((t) => t.text === text)) continue;
    const tokens = termTokens(text).slice(0, budget);
    if (!tokens.length) continue;
    budget -= tokens.length;
    terms.push({ text, tokens });
    if (budget <= 0) break;
  }
  return terms;
}
