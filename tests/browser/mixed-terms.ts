/**
 * Terms that mix Han characters with numbers, Latin letters and symbols, drawn from the bundled
 * corpus by rules (not picked by hand), for tests/browser/exact-mixed.test.ts: every number
 * length before each counter, a Han character before a number, the number cut short (1件 from
 * 21件), Latin words beside characters, terms with + 、 and quotation marks inside, full-width
 * forms of them, and absent look-alikes whose pieces all occur in one report but never together.
 * Also Han characters alone (found as the prefix of an index word): the rarest, ones that in some
 * report stand only before a clause mark or at a stretch's end, one in half the reports, and one in none.
 */
import { hasTerm, REPORTS } from './corpus.ts';

export type Kind = 'number' | 'cut number' | 'latin' | 'symbol' | 'full-width' | 'one character' | 'absent';
export interface MixedTerm {
  /** As typed (half-width, simplified); the test also types it in traditional. */
  term: string;
  kind: Kind;
}

const COUNTERS = ['年度', '件', '个', '人次', '%'];
/** A letter or digit of a number or Latin word (not Han). */
const W = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}])`;
const NUMBER = new RegExp(String.raw`(?<!${W}|${W}\.)\d+(?:\.\d+)?(?!${W}|\.${W})`, 'gu');
const LATIN = new RegExp(String.raw`(?<!${W}|${W}\.)${W}*[a-z]${W}*(?!${W})`, 'gu');
const han = (c: string | undefined) => !!c && /\p{Script=Han}/u.test(c);
const present = (t: string) => REPORTS.some((r) => hasTerm(r, t));
const byId = [...REPORTS].sort((a, b) => a.id.localeCompare(b.id));

function numberTerms(): MixedTerm[] {
  const out: MixedTerm[] = [];
  for (const c of COUNTERS) {
    const byLength = new Map<number, { n: string; before: string }>();
    for (const r of byId) {
      for (const m of r.body.matchAll(NUMBER)) {
        if (!r.body.startsWith(c, m.index + m[0].length)) continue;
        if (!byLength.has(m[0].length)) byLength.set(m[0].length, { n: m[0], before: r.body[m.index - 1] ?? '' });
      }
    }
    const lengths = [...byLength.keys()].sort((a, b) => a - b);
    for (const len of lengths) out.push({ term: `${byLength.get(len)!.n}${c}`, kind: 'number' });
    // A Han character before the number, once per counter.
    const withHan = lengths.map((l) => byLength.get(l)!).find((x) => han(x.before));
    if (withHan) out.push({ term: `${withHan.before}${withHan.n}${c}`, kind: 'number' });
    // The longest integer cut to its last digit: a substring of the text, but not a whole number.
    const longest = lengths.map((l) => byLength.get(l)!.n).filter((n) => /^\d{2,}$/.test(n)).pop();
    if (longest) out.push({ term: `${longest.slice(-1)}${c}`, kind: 'cut number' });
  }
  return out;
}

function latinTerms(): MixedTerm[] {
  const seen = new Set<string>();
  for (const r of byId) {
    for (const m of r.body.matchAll(LATIN)) {
      const before = r.body[m.index - 1];
      const after = r.body[m.index + m[0].length];
      if (han(after)) seen.add(`${m[0]}${after}`);
      if (han(before)) seen.add(`${before}${m[0]}`);
    }
  }
  return [...seen].slice(0, 6).map((term) => ({ term, kind: 'latin' }));
}

function symbolTerms(): MixedTerm[] {
  const out: MixedTerm[] = [];
  // A clause mark (， after NFKC is ,) inside a term is checked against the text, not looked up as a pair.
  for (const re of [/\p{Script=Han}{2,4}\+\p{Script=Han}{2,4}/gu, /\p{Script=Han}{2,3}、\p{Script=Han}{2,3}/gu, /\p{Script=Han}{1,2}“[^”\s]{2,6}”/gu, /\d+(?:\.\d+)?%/gu, /\p{Script=Han}{2,3},\p{Script=Han}{2,3}/gu]) {
    const found = [...new Set(byId.flatMap((r) => [...r.body.matchAll(re)].map((m) => m[0])))].filter(present).slice(0, 3);
    out.push(...found.map((term) => ({ term, kind: 'symbol' as const })));
  }
  return out;
}

/** The same terms typed with full-width digits, letters and symbols. */
function fullWidth(terms: MixedTerm[]): MixedTerm[] {
  const wide = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return terms.filter((t) => /[!-~]/.test(t.term)).filter((_, i) => i % 3 === 0).map((t) => ({ term: wide(t.term), kind: 'full-width' }));
}

/**
 * Absent look-alikes: in one report, a whole number and a counter that never stand together; the
 * two sides of one + or 、 term joined to the other side of another; a symbol term without its symbol.
 */
function absentTerms(symbols: MixedTerm[]): MixedTerm[] {
  const out = new Set<string>();
  for (const r of byId) {
    const numbers = [...new Set([...r.body.matchAll(NUMBER)].map((m) => m[0]))];
    for (const c of COUNTERS) {
      if (!r.body.includes(c)) continue;
      // One whose digits stand before the counter inside a longer number, one never before it.
      const cut = numbers.find((x) => !present(`${x}${c}`) && r.body.includes(`${x}${c}`));
      const apart = numbers.find((x) => !r.body.includes(`${x}${c}`) && !present(`${x}${c}`));
      if (cut) out.add(`${cut}${c}`);
      if (apart) out.add(`${apart}${c}`);
    }
    if (out.size >= 6) break;
  }
  for (const sym of ['+', '、', ',']) {
    const pairs = symbols.map((t) => t.term.split(sym)).filter((p) => p.length === 2);
    for (const [a] of pairs) for (const [, b] of pairs) if (REPORTS.some((r) => r.body.includes(a!) && r.body.includes(b!)) && !present(`${a}${sym}${b}`)) out.add(`${a}${sym}${b}`);
  }
  for (const t of symbols) {
    const bare = t.term.replace(/[+、,]/g, '');
    if (bare !== t.term && !present(bare)) out.add(bare);
  }
  return [...out].filter((t) => !present(t)).slice(0, 12).map((term) => ({ term, kind: 'absent' }));
}

/** Clause marks and white space after NFKC: where a stretch of the index ends. */
const BREAK = /[\s,。;:!?]/u;

function oneCharacterTerms(): MixedTerm[] {
  const reportsWith = new Map<string, number>();
  const onlyBeforeBreak = new Set<string>();
  for (const r of byId) {
    const chars = new Set(r.text.match(/\p{Script=Han}/gu) ?? []);
    for (const c of chars) reportsWith.set(c, (reportsWith.get(c) ?? 0) + 1);
    // A character every occurrence of which, in this report, ends a stretch.
    for (const c of chars) {
      const at = [...r.text.matchAll(new RegExp(c, 'gu'))].map((m) => m.index + c.length);
      if (at.every((i) => i >= r.text.length || BREAK.test(r.text[i]!))) onlyBeforeBreak.add(c);
    }
  }
  const byCount = [...reportsWith].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const rare = byCount.slice(0, 3).map(([c]) => c);
  const ends = byCount.filter(([c, n]) => onlyBeforeBreak.has(c) && n >= 2 && !rare.includes(c)).slice(0, 3).map(([c]) => c);
  const half = byCount.find(([, n]) => n >= REPORTS.length / 2)![0];
  let absent = 0x4e00;
  while (reportsWith.has(String.fromCodePoint(absent))) absent++;
  return [
    ...[...rare, ...ends, half].map((term) => ({ term, kind: 'one character' as const })),
    { term: String.fromCodePoint(absent), kind: 'absent' as const },
  ];
}

export function mixedTerms(): MixedTerm[] {
  const numbers = numberTerms();
  const symbols = symbolTerms();
  const latin = latinTerms();
  return [...numbers, ...latin, ...symbols, ...fullWidth([...numbers.filter((t) => t.kind === 'number'), ...symbols, ...latin]), ...oneCharacterTerms(), ...absentTerms(symbols)];
}
