/**
 * Reading a number as reports write it: Arabic digits (1,234 / 16.9 / １２３), Chinese numerals
 * (一百二十三, 两千零五十, 十二), with 万/亿 (1.2万件, 三万), and the words around it that make it
 * approximate (余/多 after, 近/约/超过/逾 before). Pure.
 */
const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** The value of a Chinese numeral (一百二十三 → 123, 十二 → 12, 三万五千 → 35000), or undefined. */
export function chineseNumeral(s: string): number | undefined {
  if (!s || !/^[零〇一二两三四五六七八九十百千万亿]+$/.test(s)) return undefined;
  // Digit strings without units (二〇二二) read digit by digit.
  if (!/[十百千万亿]/.test(s)) return Number([...s].map((c) => DIGIT[c]).join(''));
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const c of s) {
    if (c in DIGIT) digit = DIGIT[c];
    else if (c in SMALL_UNIT) {
      section += (digit ?? 1) * SMALL_UNIT[c]!;
      digit = undefined;
    } else {
      total = (total + section + (digit ?? 0)) * BIG_UNIT[c]!;
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

export interface NumberRead {
  value: number;
  /** The upper end, for a range (10至15件, 10-15%). */
  max?: number;
  /** Offsets of the number (with its prefix and suffix words) in the text read. */
  start: number;
  end: number;
  unit: '件' | '%' | string;
  approx?: '余' | '近' | '约' | '超过' | '以上';
}

const ARABIC = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const CHINESE = '[零〇一二两三四五六七八九十百千]+';
const ONE = `(?:${ARABIC}|${CHINESE})(?:[万亿])?`;
const PREFIX = '((?:近|约|逾|超过)(?:为|达)?|(?:实现|达到|保持|稳定|降|提高|提升|上升|下降|降低)?(?:了|在|至|到)?|达|为|是)?';
/** A number with its unit, anchored at the start of `rest`. */
const NUMBER_AT = new RegExp(
  String.raw`^${PREFIX}(${ONE})(?:\s*(?:至|到|-|—|~|～)\s*(${ONE}))?\s*(余|多)?\s*(件|%|个|次|份|条|人|家|项|万元|元|起|名|年|户|天|倍|篇|期|场|所)(以上)?`,
);

function valueOf(s: string): number | undefined {
  const t = s.replace(/,/g, '');
  const m = t.match(/^([\d.]+|[零〇一二两三四五六七八九十百千]+)([万亿])?$/);
  if (!m) return undefined;
  const base = /^[\d.]+$/.test(m[1]!) ? Number(m[1]) : chineseNumeral(m[1]!);
  if (base === undefined || !Number.isFinite(base)) return undefined;
  const scaled = base * (m[2] === '万' ? 1e4 : m[2] === '亿' ? 1e8 : 1);
  // 1.2万 is 12000 exactly, not 12000.000000000002.
  return Math.round(scaled * 1e6) / 1e6;
}

/** Full-width digits, ％ and ． as ASCII, so １２３ and ％ read like 123 and % (not the full-width comma: it ends clauses). Length-preserving. */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９％．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * The number that starts at `at` in `text` (after an optional 近/约/达/为 …), with its unit, or
 * undefined when none does. `百分之十二` reads as 12 %.
 */
export function readNumberAt(text: string, at: number): NumberRead | undefined {
  const rest = asciiDigits(text.slice(at, at + 40));
  const pct = rest.match(new RegExp(`^${PREFIX}百分之(${ONE})`));
  if (pct) {
    const value = valueOf(pct[2]!);
    if (value === undefined) return undefined;
    return { value, start: at, end: at + pct[0].length, unit: '%', ...approxOf(pct[1]) };
  }
  const m = rest.match(NUMBER_AT);
  if (!m) return undefined;
  // A range's upper end may carry the 万 that both ends share (1-1.5万件).
  const shared = m[3]?.match(/[万亿]$/) && !/[万亿]$/.test(m[2]!) ? m[3].slice(-1) : '';
  const value = valueOf(m[2]! + shared);
  if (value === undefined) return undefined;
  const max = m[3] ? valueOf(m[3]) : undefined;
  const approx = m[4] ? '余' : m[6] ? '以上' : approxOf(m[1]).approx;
  return {
    value,
    ...(max !== undefined && max > value ? { max } : {}),
    start: at,
    end: at + m[0].length,
    unit: m[5]!,
    ...(approx ? { approx } : {}),
  };
}

function approxOf(prefix: string | undefined): { approx?: NumberRead['approx'] } {
  prefix = prefix?.replace(/[为达]$/, '');
  if (prefix === '近') return { approx: '近' };
  if (prefix === '约') return { approx: '约' };
  if (prefix === '逾' || prefix === '超过') return { approx: '超过' };
  return {};
}
