/**
 * The query language of the search page: terms separated by spaces must all appear; `A OR B` (or
 * `A | B`) needs either; `-词` excludes the reports that contain 词. A quoted stretch ("…" or
 * “…” standing alone) is one term, spaces included; quotation marks inside a term (开展“八五”普法)
 * are part of it. Pure: the query (simplified) in, the groups out.
 */
import { MAX_QUERY_CHARS, MAX_QUERY_WORDS, normalizeText, queryTerm, type QueryTerm } from './tokens.ts';

export interface BooleanQuery {
  /** Every group must match; a group matches when any of its alternatives does. */
  groups: QueryTerm[][];
  /** Reports containing any of these are left out. */
  exclude: QueryTerm[];
  /** True when the query was longer than MAX_QUERY_CHARS or MAX_QUERY_WORDS and only its start was read. */
  cut: boolean;
}

/** A quoted stretch ends at its closing mark followed by a space or the end; anything else is a plain item. */
const ITEM = /"([^"]*)"(?=\s|$)|“([^”]*)”(?=\s|$)|(\S+)/g;

export function parseBooleanQuery(query: string): BooleanQuery {
  const q = normalizeText(query);
  let cut = [...q].length > MAX_QUERY_CHARS;
  const items = [...q.slice(0, MAX_QUERY_CHARS).matchAll(ITEM)].map((m) => ({ quoted: m[3] === undefined, text: m[1] ?? m[2] ?? m[3] ?? '' }));
  const groups: QueryTerm[][] = [];
  const exclude: QueryTerm[] = [];
  let joinNext = false;
  let budget = MAX_QUERY_WORDS;
  for (const item of items) {
    if (!item.quoted && (item.text === 'or' || item.text === '|')) {
      joinNext = groups.length > 0;
      continue;
    }
    if (budget < 1) {
      cut = true;
      break;
    }
    const negative = !item.quoted && /^-./.test(item.text);
    const found = queryTerm(negative ? item.text.slice(1) : item.text, budget);
    if (!found) continue;
    const term: QueryTerm = { text: found.text, lookups: found.lookups, verify: found.verify };
    budget -= found.words;
    cut ||= found.cut;
    if (negative) {
      if (!exclude.some((t) => t.text === term.text)) exclude.push(term);
      joinNext = false;
      continue;
    }
    if (joinNext) groups[groups.length - 1]!.push(term);
    else if (!groups.some((g) => g.length === 1 && g[0]!.text === term.text)) groups.push([term]);
    joinNext = false;
  }
  return { groups, exclude, cut };
}

/** How the query reads back to a person, for the result count: “行政复议”和“听证”或“复议”，不含“听证会”. */
export function describeQuery(b: BooleanQuery): string {
  const group = (g: QueryTerm[]) => g.map((t) => `“${t.text}”`).join('或');
  const must = b.groups.map(group).join('和');
  const not = b.exclude.length ? `，不含${b.exclude.map((t) => `“${t.text}”`).join('或')}` : '';
  return `${must}${not}`;
}

/**
 * The terms of a search as the report page's ?hl= carries them: separated by spaces, a term
 * quoted when it would otherwise read differently (a space inside, OR, a leading - or quote).
 */
export function hlParam(terms: string[]): string {
  return terms.map((t) => (/\s|^(or|\|)$|^[-"“]/.test(t) ? `"${t.replace(/"/g, '')}"` : t)).join(' ');
}
