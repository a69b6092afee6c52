/**
 * The archive's own tokenization for search, shared by the indexer (Node) and the search page
 * (browser), so that what a query looks up is exactly what the index holds.
 *
 * Why not Pagefind's Chinese segmentation: the index is segmented by a dictionary (charabia) and
 * the query by the browser's Intl.Segmenter, and the two disagree (持证率 is one word on one side,
 * two on the other), so a phrase can be missed; it also costs ~1.9 MB of indexing memory per report
 * and stores every position of every word, so a common phrase downloads postings proportional to
 * the number of its occurrences. Instead each report is indexed as the set of distinct Han
 * character 1-, 2- and 3-grams and Latin/number words it contains (a "bag"), under a language code
 * Pagefind neither segments nor stems. A query term then becomes the n-grams that must all be
 * present: a term of 1–3 Han characters is one n-gram and matches exactly; a longer one matches
 * when all its overlapping trigrams occur, which on real text is the phrase itself.
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

/** Every distinct index token of a (normalized, simplified) text with its number of occurrences. */
export function textTokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (t: string) => counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const m of text.matchAll(PIECES)) {
    if (m[1]) {
      const chars = [...m[1]];
      for (let i = 0; i < chars.length; i++) {
        add(chars[i]!);
        if (i + 1 < chars.length) add(chars[i]! + chars[i + 1]!);
        if (i + 2 < chars.length) add(chars[i]! + chars[i + 1]! + chars[i + 2]!);
      }
    } else if (m[2]) {
      add(wordToken(m[2]));
    }
  }
  return counts;
}

/**
 * The text Pagefind is given for a report: each token once, repeated up to three times for
 * frequent tokens so that ranking still sees which reports use a phrase densely.
 */
export function bagOfTokens(text: string): string {
  const out: string[] = [];
  for (const [token, n] of textTokens(text)) {
    const repeat = n >= 4 ? 3 : n >= 2 ? 2 : 1;
    for (let i = 0; i < repeat; i++) out.push(token);
  }
  return out.join(' ');
}

/** One term of a query: what the user typed (normalized) and the tokens it requires. */
export interface QueryTerm {
  text: string;
  tokens: string[];
}

/** Tokens a term needs: every one must be in a report for the term to match. */
export function termTokens(term: string): string[] {
  const tokens: string[] = [];
  for (const m of term.matchAll(PIECES)) {
    if (m[1]) {
      const chars = [...m[1]];
      if (chars.length <= 3) tokens.push(chars.join(''));
      else for (let i = 0; i + 3 <= chars.length; i++) tokens.push(chars.slice(i, i + 3).join(''));
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
