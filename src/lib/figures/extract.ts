/**
 * The figures a report states: for each sentence, each indicator written against a number, with
 * its qualifier, scope, period and whether it is the reporting body's own figure for the report
 * year. A sentence that cannot be settled (分别为 a list, a relative year with no date to fix it,
 * a number that is not in the indicator's unit) gives nothing. Pure: text and metadata in.
 */
import { toSimplified } from '../script.ts';
import { KEY_INFO, type FigureKey, type NotOwn, type Qualifier } from './keys.ts';
import { asciiDigits, readNumberAt, type NumberRead } from './numbers.ts';
import { RULES } from './rules.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { isTarget, notOwnReason, periodBefore, scopeBefore, scopeIsWider, type Period, type ReportContext } from './context.ts';

export type { ReportContext };

export interface ExtractedFigure {
  key: FigureKey;
  value: number;
  /** The upper end, when the text gives a range. */
  max?: number;
  unit: '件' | '%';
  qualifier?: Qualifier[];
  scope?: string;
  /** True when it is the reporting body's own figure for the report year. */
  own: boolean;
  /** Why not, when own is false. */
  notOwn?: NotOwn;
  /** The year the figure is for, when the text says. */
  year?: number;
  /** The sentence as published (traditional stays traditional). */
  sentence: string;
  /** Offset of the sentence in the report body. */
  at: number;
}

export function extractFigures(body: string, ctx: ReportContext): ExtractedFigure[] {
  const out: ExtractedFigure[] = [];
  // The body's reading, made once when first needed; where conversion changes a length, per paragraph.
  let bodyReading: string | undefined;
  const readingOfBlock = (text: string, at: number) => {
    bodyReading ??= asciiDigits(toSimplified(body));
    return bodyReading.length === body.length ? bodyReading.slice(at, at + text.length) : asciiDigits(toSimplified(text));
  };
  // Paragraph by paragraph (a period carries within one only): a paragraph that names none of the
  // indicators' words, in either script, is passed over without being split or converted.
  for (const block of body.matchAll(/[^\n]+(?:\n[^\S\n]*[^\s][^\n]*)*/g)) {
    if (!ANY_SCRIPT.test(block[0])) continue;
    const whole = readingOfBlock(block[0], block.index);
    let carried: Period | undefined;
    for (const s of splitSentences(block[0])) {
      let reading: string | undefined = whole.slice(s.start, s.start + s.text.length);
      if (whole.length !== block[0].length) {
        // The conversion changed the length somewhere: read the sentence alone, if that keeps its offsets.
        reading = asciiDigits(toSimplified(s.text));
        if (reading.length !== s.text.length) reading = undefined;
      }
      if (!reading) continue;
      const sentence = { ...s, start: s.start + block.index };
      if (MAY_STATE.test(reading)) out.push(...figuresIn(sentence, reading, carried, ctx));
      carried = periodBefore(reading, reading.length, ctx, carried);
    }
  }
  return out;
}

// A sentence without one of these words states none of the indicators.
const MAY_STATE = /复议|诉讼|应诉|出庭|规范性文件/;
const ANY_SCRIPT = /复议|複議|诉讼|訴訟|应诉|應訴|出庭|规范性文件|規範性文件/;

function figuresIn(s: Sentence, reading: string, carried: Period | undefined, ctx: ReportContext): ExtractedFigure[] {
  const found = new Map<number, ExtractedFigure>();
  const inward = new Set<ExtractedFigure>();
  for (const rule of RULES) {
    for (const m of reading.matchAll(rule.before)) {
      const at = m.index + m[0].length;
      const clauseStart = Math.max(reading.lastIndexOf('，', m.index), reading.lastIndexOf(',', m.index), reading.lastIndexOf('：', m.index)) + 1;
      const clause = reading.slice(clauseStart, at);
      if (rule.topic && !rule.topic.test(reading.slice(0, at))) continue;
      if (rule.not?.test(clause)) continue;
      // 分别为 gives a list of numbers for a list of things: which is which is not ours to guess.
      if (/分别/.test(clause)) continue;
      for (const { n, year } of numbersAfter(reading, at, ctx.year)) {
        if (n.unit !== KEY_INFO[rule.key].unit) continue;
        // A number that heads a list (16%、12%) or a comparison (20%下降到15%) is not settled either.
        if (year === undefined && /^\s*(?:、|和|及|与|下降|上升|提高|降低|增长|减少|到|至)/.test(reading.slice(n.end))) continue;
        const period = year !== undefined ? { year } : periodBefore(reading, at, ctx, carried);
        if (period && 'unknown' in period) continue;
        const span = scopeBefore(reading, at);
        const target = isTarget(clause, reading.slice(n.end));
        const why = notOwnReason(period, scopeIsWider(span && reading.slice(...span), ctx), target, ctx);
        const qualifier = qualifiersOf(m.groups?.q, clause, rule.key, n.approx);
        const figure: ExtractedFigure = {
          key: rule.key,
          value: n.value,
          ...(n.max !== undefined ? { max: n.max } : {}),
          unit: KEY_INFO[rule.key].unit,
          ...(qualifier.length ? { qualifier } : {}),
          ...(span ? { scope: s.text.slice(...span) } : {}),
          own: why === undefined,
          ...(why ? { notOwn: why } : {}),
          ...(period && 'year' in period ? { year: period.year } : {}),
          sentence: s.text,
          at: s.start,
        };
        found.set(n.start, figure);
        if (/^(?:收到|新收|接收)/.test(m[0])) inward.add(figure);
      }
    }
  }
  return settle([...found.entries()].sort((a, b) => a[0] - b[0]).map(([, f]) => f), inward);
}

/**
 * One sentence, one value per indicator and year: where it gives two (收到申请123件，受理115件),
 * the received count is what was 收到 (applications in), and any other pair is not ours to
 * choose between, so neither is kept.
 */
function settle(figures: ExtractedFigure[], inward: Set<ExtractedFigure>): ExtractedFigure[] {
  const groups = new Map<string, ExtractedFigure[]>();
  for (const f of figures) {
    const k = `${f.key} ${f.year ?? ''} ${f.notOwn ?? ''} ${f.qualifier?.filter((q) => q === '直接' || q === '综合' || q === '一审').join('') ?? ''}`;
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  const keep = new Set<ExtractedFigure>();
  for (const group of groups.values()) {
    if (new Set(group.map((f) => f.value)).size === 1) group.forEach((f) => keep.add(f));
    else if (group[0]!.key === 'review_received') {
      const received = group.filter((f) => inward.has(f));
      if (received.length === 1) keep.add(received[0]!);
    }
  }
  return figures.filter((f) => keep.has(f));
}

/**
 * The number written against an indicator: the one right after it, or the two ends of a trend
 * with their own years (从2018年的1798件降低到2021年的623件), each then that year's figure.
 */
function numbersAfter(reading: string, at: number, year: number): { n: NumberRead; year?: number }[] {
  const n = readNumberAt(reading, at);
  if (n) return [{ n }];
  const from = reading.slice(at).match(/^[^，。；\d]{0,10}[，,]?(?:从|由)(?:(\d{4})年|(上年|上一年|去年))(?:度)?(?:的)?/);
  if (!from) return [];
  const a = readNumberAt(reading, at + from[0].length);
  if (!a) return [];
  const to = reading.slice(a.end).match(/^(?:降低|下降|减少|增加|上升|增长|提高|提升|降)?(?:到|至)(?:(\d{4})年(?:度)?(?:的)?)?/);
  const b = to ? readNumberAt(reading, a.end + to[0].length) : undefined;
  if (!to || !b) return [];
  // 由上年的15%下降到7.5%: the first is the year before the report's, the second the report year's.
  const fromYear = from[1] ? Number(from[1]) : year - 1;
  const toYear = to[1] ? Number(to[1]) : from[2] ? year : undefined;
  if (toYear === undefined) return [];
  return [
    { n: a, year: fromYear },
    { n: b, year: toYear },
  ];
}

function qualifiersOf(written: string | undefined, clause: string, key: FigureKey, approx: Qualifier | undefined): Qualifier[] {
  const q: Qualifier[] = [];
  if (written === '直接' || written === '综合') q.push(written);
  if ((key === 'litigation_cases' || key === 'litigation_loss_rate') && /一审/.test(clause)) q.push('一审');
  if (approx) q.push(approx);
  return q;
}
