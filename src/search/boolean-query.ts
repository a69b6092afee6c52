/**
 * The query language of the search page, on top of parseQuery's terms: words separated by spaces
 * must all appear; `A OR B` (or `A | B`) needs either; `-词` excludes the reports that contain
 * 词. A quoted stretch is one term. Pure: the query (simplified) in, the groups out.
 */
import { MAX_QUERY_CHARS, normalizeText, parseQuery, type QueryTerm } from './tokens.ts';

export interface BooleanQuery {
  /** Every group must match; a group matches when any of its alternatives does. */
  groups: QueryTerm[][];
  /** Reports containing any of these are left out. */
  exclude: QueryTerm[];
  /** True when the query was longer than MAX_QUERY_CHARS and only its start was read. */
  cut: boolean;
}

const ITEM = /"([^"]*)"|“([^”]*)”|(\S+)/g;

export function parseBooleanQuery(query: string): BooleanQuery {
  const q = normalizeText(query);
  const cut = [...q].length > MAX_QUERY_CHARS;
  const items = [...q.slice(0, MAX_QUERY_CHARS).matchAll(ITEM)].map((m) => ({ quoted: m[3] === undefined, text: (m[1] ?? m[2] ?? m[3] ?? '').trim() }));
  const groups: QueryTerm[][] = [];
  const exclude: QueryTerm[] = [];
  let joinNext = false;
  for (const item of items) {
    if (!item.quoted && (item.text === 'or' || item.text === '|')) {
      joinNext = groups.length > 0;
      continue;
    }
    const negative = !item.quoted && /^-./.test(item.text);
    const text = negative ? item.text.slice(1) : item.text;
    const [term] = parseQuery(`"${text.replace(/"/g, '')}"`);
    if (!term) continue;
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
