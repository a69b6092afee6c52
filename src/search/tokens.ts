/**
 * The archive's own tokenization for search, shared by the indexer (Node) and the search page
 * (browser), so that what a query looks up is exactly what the index holds.
 *
 * The rule it implements: a report is a hit for a term exactly when its text contains the term,
 * compared after t2s (by the caller), NFKC and lower-casing, white space of any length counting as
 * one space, and with a number or Latin word at either end of the term matching whole (1件 is not
 * in 21件, 98% is not in 198%). Every character typed is part of the term: 互联网+监管 needs the +.
 *
 * How: a text is a sequence of units — a Han character, a number or Latin word (letters and digits
 * of other scripts, inner dots kept: 2.17, v1.2), a run of white space, or any other single
 * character (% + 、 “ ， …). The index holds the sequence of adjacent unit pairs (行政复议 →
 * 行政 政复 复议; 2022年度 → 2022年 年度; 98% → one pair), and a term of two or more units is Pagefind's
 * quoted phrase of its pairs, which matches only where they stand one after another: exactly where
 * the text holds the term's units in a row. Because a word is one unit, 1件 (pair 1件) never
 * matches 21件 (pair 21件). A term of one unit is looked up in the list of the report's distinct
 * units, indexed after the sequence.
 *
 * Why not Pagefind's own words: it segments Chinese with a dictionary at index time and with
 * Intl.Segmenter at query time (the two disagree), and it drops symbols and splits words at ASCII
 * punctuation. Every unit is therefore written in letters Pagefind keeps as they are and that no
 * normalized text contains (CODE_LETTERS), so no encoded unit can equal a word of the text.
 */

/** Letters and digits that are not Han: the characters of a number or Latin word. */
const W = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}])`;
/** A Han letter or number (radicals and strokes of the Han script are symbols here). */
const HAN = String.raw`(?:(?=[\p{L}\p{N}])\p{Script=Han})`;
/** Units, in order: Han character, word (inner dots kept), white space run, any other character. */
const UNIT = new RegExp(String.raw`(${HAN})|(${W}+(?:\.${W}+)*)|(\s+)|([\s\S])`, 'gu');

/** The comparison form of a text (the caller has already converted it to simplified). */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export interface Unit {
  /** The unit as the index writes it. */
  code: string;
  /** Offsets of the unit in the text it was read from. */
  start: number;
  end: number;
}

/**
 * The letters units are written in: each has a compatibility decomposition, so NFKC never leaves
 * one in a text (tests/unit/search.test.ts checks every code point), each is two bytes in UTF-8,
 * and Pagefind keeps each as it is (a letter or digit, lower case, no combining mark). The most
 * frequent symbols have a letter of their own; any other is MARK and its code point in HEX digits.
 */
const SHORT: Record<string, string> = { ' ': 'ʰ', ',': 'ʲ', '。': 'ʳ', '、': 'ʷ', '“': 'ʸ', '”': 'ˠ', '(': 'ˡ', ')': 'ˢ', ';': 'ˤ', ':': 'ª', '%': 'º', '+': 'ĳ', '-': 'ŉ', '.': 'ſ', '《': '¹', '》': '²', '·': '³' };
const MARK = 'ˣ';
const HEX = 'ϐϑϕϖϰϱϲϵǆǉǌǳʱʴʵʶ';
/** A word's inner dot (2.17 → 2ŀ17). */
const DOT = 'ŀ';
/** Every letter above, for the test that no normalized text holds one. */
export const CODE_LETTERS = `${Object.values(SHORT).join('')}${MARK}${HEX}${DOT}`;
const symbolCode = (c: string) => SHORT[c] ?? `${MARK}${[...c.codePointAt(0)!.toString(16)].map((d) => HEX[parseInt(d, 16)]).join('')}`;
const SPACE = symbolCode(' ');

/** The units of a normalized text; white space at either end is not a unit. */
export function units(text: string): Unit[] {
  const out: Unit[] = [];
  for (const m of text.matchAll(UNIT)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1]) out.push({ code: m[1], start, end });
    else if (m[2]) out.push({ code: m[2].replace(/\./g, DOT), start, end });
    else if (m[3]) out.push({ code: SPACE, start, end });
    else out.push({ code: symbolCode(m[4]!), start, end });
  }
  while (out[0]?.code === SPACE) out.shift();
  while (out.at(-1)?.code === SPACE) out.pop();
  return out;
}

/**
 * A position Pagefind counts but indexes nothing for (it has no letter or digit): it ends the
 * title's and the text's sequences, so that no phrase runs from one into the other or into the
 * list of distinct units.
 */
export const RUN_BREAK = '|';

/** The text as the index holds it, in order: each pair of adjacent units (a text of one unit: that unit). */
export function sequenceTokens(text: string): string[] {
  const u = units(text).map((x) => x.code);
  if (u.length === 1) return u;
  return u.slice(1).map((c, i) => u[i]! + c);
}

/**
 * The text Pagefind is given for a report's title or text: the sequence of pairs (for terms of
 * two units or more), a break, every distinct unit once (for one-unit terms), a break.
 */
export function indexText(text: string): string {
  const distinct = new Set(units(text).map((x) => x.code));
  distinct.delete(SPACE);
  return `${sequenceTokens(text).join(' ')} ${RUN_BREAK} ${[...distinct].join(' ')} ${RUN_BREAK}`;
}

/**
 * One term of a query: what the user typed (normalized, white space collapsed) and its lookup,
 * the index words Pagefind must find one after another (a quoted phrase).
 */
export interface QueryTerm {
  text: string;
  lookup: string;
}

/** Index words a query may look up in all: a pasted page must not become hundreds of chunk requests. */
export const MAX_QUERY_WORDS = 48;
export const MAX_QUERY_CHARS = 200;

/**
 * The term for a stretch of a query (normalized), or null when it holds no unit. With `budget`
 * (index words left), a longer term is cut to its first units, and `cut` says so.
 */
export function queryTerm(stretch: string, budget = MAX_QUERY_WORDS): (QueryTerm & { cut: boolean; words: number }) | null {
  const text = stretch.replace(/\s+/g, ' ').trim();
  let u = units(text);
  if (!u.length || budget < 1) return null;
  const cut = u.length - 1 > budget;
  if (cut) u = u.slice(0, budget + 1);
  const words = u.length === 1 ? [u[0]!.code] : u.slice(1).map((x, i) => u[i]!.code + x.code);
  return { text: text.slice(0, u.at(-1)!.end), lookup: words.join(' '), cut, words: words.length };
}

/**
 * Where a normalized text holds a term, by the rule above: [start, end) of each occurrence, found
 * as the term's units in a row among the text's units (as the index finds them).
 */
export function findTerm(text: string, term: string): [number, number][] {
  const want = units(term.replace(/\s+/g, ' ').trim()).map((x) => x.code);
  if (!want.length) return [];
  const have = units(text);
  const out: [number, number][] = [];
  for (let i = 0; i + want.length <= have.length; i++) {
    let j = 0;
    while (j < want.length && have[i + j]!.code === want[j]) j++;
    if (j === want.length) {
      out.push([have[i]!.start, have[i + j - 1]!.end]);
      i += j - 1;
    }
  }
  return out;
}

/**
 * A text's normalized reading (NFKC, lower case) with, for each of its UTF-16 units, the offsets
 * of the character of the original it comes from, so that what is found in the reading can be
 * marked in the original (℃ reads °c, ９ reads 9). Null when the reading character by character
 * differs from the reading of the whole (a combining sequence): then offsets cannot be shared.
 */
export function readingOf(text: string): { reading: string; from: number[]; to: number[] } | null {
  let reading = '';
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  for (const c of text) {
    const r = normalizeText(c);
    reading += r;
    for (let k = 0; k < r.length; k++) {
      from.push(at);
      to.push(at + c.length);
    }
    at += c.length;
  }
  return reading === normalizeText(text) ? { reading, from, to } : null;
}
