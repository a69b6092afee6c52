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

/** What a character is to the units: a Han letter or number, a letter or digit of a number or
 * Latin word (any script but Han), white space, or anything else (a symbol; Han radicals too). */
const Kind = { Han: 0, Word: 1, Space: 2, Symbol: 3 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];
const HAN_RE = /^(?=[\p{L}\p{N}])\p{Script=Han}$/u;
const WORD_RE = /^[\p{L}\p{N}]$/u;
const SPACE_RE = /^\s$/u;
const kinds = new Map<number, Kind>();
/** A character's kind; ASCII and the common CJK block without a regular expression (the indexer reads millions). */
function kindOf(cp: number): Kind {
  if (cp < 128) {
    if ((cp >= 48 && cp <= 57) || (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90)) return Kind.Word;
    return cp === 32 || (cp >= 9 && cp <= 13) ? Kind.Space : Kind.Symbol;
  }
  if (cp >= 0x4e00 && cp <= 0x9fff) return Kind.Han;
  let k = kinds.get(cp);
  if (k === undefined) {
    const c = String.fromCodePoint(cp);
    k = HAN_RE.test(c) ? Kind.Han : WORD_RE.test(c) ? Kind.Word : SPACE_RE.test(c) ? Kind.Space : Kind.Symbol;
    kinds.set(cp, k);
  }
  return k;
}

/** The comparison form of a text (the caller has already converted it to simplified). */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

interface Unit {
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

/**
 * Units that end a stretch of pairs instead of joining it: white space and the clause and
 * sentence marks (，。；：！？ after NFKC). They are a third of all symbols in these reports; as
 * pairs they cost a fifth more index words (measured: docs/search-index.md), so a term holding
 * one is looked up by the stretches around it and checked against the report's text (`verify`).
 */
const BREAKS = new Set([SPACE, ...[',', '。', ';', ':', '!', '?'].map(symbolCode)]);

/**
 * Reads a normalized text unit by unit: a Han character, a word (letters and digits of other
 * scripts, a dot inside kept), a run of white space, or one other character.
 */
function scan(text: string, unit: (code: string, start: number, end: number, kind: Kind) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const k = kindOf(cp);
    if (k === Kind.Word) {
      let j = i + width;
      for (;;) {
        if (j >= n) break;
        const c = text.codePointAt(j)!;
        if (kindOf(c) === Kind.Word) j += c > 0xffff ? 2 : 1;
        else if (c === 46 && j + 1 < n && kindOf(text.codePointAt(j + 1)!) === Kind.Word) j += 1;
        else break;
      }
      const word = text.slice(i, j);
      unit(word.includes('.') ? word.replace(/\./g, DOT) : word, i, j, k);
      i = j;
    } else if (k === Kind.Space) {
      let j = i + 1;
      while (j < n && kindOf(text.codePointAt(j)!) === Kind.Space) j++;
      unit(SPACE, i, j, k);
      i = j;
    } else {
      const c = text.slice(i, i + width);
      unit(k === Kind.Han ? c : symbolCode(c), i, i + width, k);
      i += width;
    }
  }
}

/** The units of a normalized text; white space at either end is not a unit. */
function units(text: string): Unit[] {
  const out: Unit[] = [];
  scan(text, (code, start, end) => out.push({ code, start, end }));
  while (out[0]?.code === SPACE) out.shift();
  while (out.at(-1)?.code === SPACE) out.pop();
  return out;
}

/**
 * Written after the last unit of a stretch (before a break or at the end of a text): the pair
 * "X" + STRETCH_END. So every unit of a text, except a break, begins exactly one pair, and a
 * Han character alone is found as the prefix of a pair. It is the white-space letter, which is a
 * break itself and so in no other pair. Because a stretch's last pair ends in it and no term's
 * pairs hold it except last, no phrase runs across a break, from the title into the text, or into
 * the list of units after the text.
 */
export const STRETCH_END = SPACE;

/**
 * Hands over, in order, each word of the sequence (for each unit but a break, its pair with the
 * next unit or the stretch's end) and, to `unit`, each unit that is not a Han character.
 */
function pairsOf(text: string, word: (w: string) => void, unit?: (code: string) => void): void {
  let prev = '';
  scan(text, (code, _start, _end, kind) => {
    if (kind !== Kind.Han && (kind === Kind.Space || BREAKS.has(code))) {
      if (prev) word(prev + STRETCH_END);
      prev = '';
    } else {
      if (prev) word(prev + code);
      prev = code;
    }
    if (kind !== Kind.Han) unit?.(code);
  });
  if (prev) word(prev + STRETCH_END);
}

/** The text as the index holds it, in order: for each unit but a break, its pair with the next unit (or the stretch's end). */
export function sequenceTokens(text: string): string[] {
  const out: string[] = [];
  pairsOf(text, (w) => out.push(w));
  return out;
}

const isHan = (code: string) => code.length <= 2 && kindOf(code.codePointAt(0)!) === Kind.Han;

/**
 * The text Pagefind is given for a report's title or text: the sequence of pairs (terms of two
 * units or more, and a Han character alone, as a prefix), then once each the units that are not
 * Han characters (a number, word or symbol alone is looked up whole: 98 must not find 980).
 *
 * Why not every distinct unit, Han too: a report holds some 600 distinct Han characters, each
 * a word of its own in Pagefind's index with its own page list, which made a quarter of the
 * words per page and a third of the index's build time (docs/search-index.md).
 */
export function indexText(text: string): string {
  // Written as it is read, in one pass: the indexer reads millions of units.
  let out = '';
  const distinct = new Set<string>();
  pairsOf(
    text,
    (w) => (out += `${w} `),
    (code) => distinct.add(code),
  );
  distinct.delete(SPACE);
  for (const code of distinct) out += `${code} `;
  return out.slice(0, -1);
}

/**
 * One term of a query: what the user typed (normalized, white space collapsed), and its
 * lookups, each a Pagefind query: a quoted phrase of index words that must stand one after
 * another, or a Han character alone, unquoted, which Pagefind finds as the prefix of a word.
 * Without `verify` the reports holding the one lookup are exactly the term's; with it (a break
 * inside the term), the reports holding every lookup are candidates, to check against their text.
 */
export interface QueryTerm {
  text: string;
  lookups: string[];
  verify: boolean;
}

/** Index words a query may look up in all: a pasted page must not become hundreds of chunk requests. */
export const MAX_QUERY_WORDS = 48;
export const MAX_QUERY_CHARS = 200;

/** Whether a lookup is a Han character alone, which Pagefind matches as the prefix of index words. */
export const isPrefixLookup = (lookup: string): boolean => !lookup.startsWith('"');

/** The Pagefind query for a stretch of units: its pairs as a phrase, or one unit alone. */
function lookupOf(words: string[], unit: string): string {
  if (words.length) return `"${words.join(' ')}"`;
  return isHan(unit) ? unit : `"${unit}"`;
}

/**
 * The term for a stretch of a query (normalized), or null when it holds no unit. With `budget`
 * (index words left, at least 1), a longer term is cut to its first units, and `cut` says so.
 */
export function queryTerm(stretch: string, budget: number): (QueryTerm & { cut: boolean; words: number }) | null {
  const text = stretch.replace(/\s+/g, ' ').trim();
  const all = units(text);
  if (!all.length) return null;
  // Each stretch between breaks is looked up by its pairs, with the stretch's end when a break
  // follows it inside the term; the term is cut before the unit whose pair would pass the budget.
  const lookups: string[] = [];
  let words: string[] = [];
  let first = '';
  let prev = '';
  let used = 0;
  let end = all.length;
  const close = () => {
    if (first) lookups.push(lookupOf(words, first));
    words = [];
    first = '';
  };
  for (let i = 0; i < all.length; i++) {
    const code = all[i]!.code;
    // A pair, or a stretch's end, is one index word: cut before the unit that would pass the budget.
    if (first && used >= budget) {
      end = i;
      break;
    }
    if (BREAKS.has(code)) {
      if (first) {
        words.push(prev + STRETCH_END);
        used++;
      }
      close();
    } else if (first) {
      words.push(prev + code);
      used++;
    } else first = code;
    prev = code;
  }
  close();
  // A term of breaks only (，。) is looked up by its first, which every report holding it lists.
  const codes = all.slice(0, end).map((x) => x.code);
  if (!lookups.length) lookups.push(`"${codes.find((c) => c !== SPACE)!}"`);
  const verify = codes.some((c) => BREAKS.has(c));
  return { text: text.slice(0, all[end - 1]!.end), lookups: [...new Set(lookups)], verify, cut: end < all.length, words: Math.max(1, used) };
}

/**
 * Where a normalized text holds a term, by the rule above: [start, end) of each occurrence, found
 * as the term's units in a row among the text's units (as the index finds them).
 */
export function findTerm(text: string, term: string): [number, number][] {
  return findTerms(text, [term])[0]!;
}

/** findTerm for several terms in one text, which is read into units once. */
export function findTerms(text: string, terms: string[]): [number, number][][] {
  // A term's white space needs no collapsing: a run of it is one unit, and none is at either end.
  const wants = terms.map((term) => units(term).map((x) => x.code));
  const have = wants.some((want) => want.length) ? units(text) : [];
  return wants.map((want) => {
    const out: [number, number][] = [];
    if (!want.length) return out;
    for (let i = 0; i + want.length <= have.length; i++) {
      let j = 0;
      while (j < want.length && have[i + j]!.code === want[j]) j++;
      if (j === want.length) {
        out.push([have[i]!.start, have[i + j - 1]!.end]);
        i += j - 1;
      }
    }
    return out;
  });
}

/**
 * Where a text (simplified, not yet normalized) holds each of some terms: found in its normalized
 * reading, given as offsets into the text itself. Null when the reading cannot share the text's
 * offsets (readingOf).
 */
export function findTermsInReading(text: string, terms: string[]): [number, number][][] | null {
  const r = readingOf(text);
  if (!r) return null;
  return findTerms(r.reading, terms).map((found) => found.map(([s, e]) => [r.from[s]!, r.to[e - 1]!] as [number, number]));
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
