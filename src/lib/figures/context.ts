/**
 * Whose figure, for which period: the time words, scope words and target words a sentence (and
 * its paragraph) writes before a number. Pure.
 */
import type { NotOwn } from './keys.ts';

export interface ReportContext {
  /** The report year. */
  year: number;
  /** The publication date (YYYY-MM-DD), which fixes what 今年 and 去年 mean. */
  published?: string;
  level: 'central' | 'province' | 'prefecture' | 'county' | 'township';
  /** The region's full name (浙江省温州市洞头区). */
  regionName: string;
}

/** When a figure is for: one year, several years, or not settled. */
export type Period = { year: number } | { multi: true } | { unknown: true };

const N = '[一二三四五六七八九十两\\d]+';
const TIME = new RegExp(
  [
    String.raw`(?<range>(?<from>\d{4})年?(?:度)?(?:—|－|-|–|至|到|~|～)(?<to>\d{4})年)`,
    String.raw`(?<since>(?<sinceYear>\d{4})年(?:度)?(?:以来|来))`,
    `(?<multi>(?:近|最近|前)${N}年|${N}年(?:来|以来|间|中)|连续(?:${N}|多)年|多年来|历年|近年来|累计|五年来|十年来|“十三五”|“十四五”|十三五|十四五)`,
    String.raw`(?<year>(?<y>\d{4})年(?:度)?)`,
    '(?<last>去年|上年|上一年|前一年)',
    '(?<this>今年|本年度|本年|全年|年内|当年|年度内|截至目前|目前)',
  ].join('|'),
  'g',
);

/**
 * The period the last time words before `end` in `text` put a figure in; `carried` is the period
 * the paragraph's earlier sentences left off with (2021年，… 其中，… is still 2021).
 */
export function periodBefore(text: string, end: number, ctx: ReportContext, carried?: Period): Period | undefined {
  let period = carried;
  // Most sentences name no time at all; the full pattern is slow to try at every character.
  if (!/[年前目累五]/.test(text.slice(0, end))) return period;
  for (const m of text.slice(0, end).matchAll(TIME)) {
    const g = m.groups!;
    if (g.range) period = Number(g.from) === Number(g.to) ? { year: Number(g.to) } : { multi: true };
    else if (g.since) period = Number(g.sinceYear) === ctx.year ? { year: ctx.year } : { multi: true };
    else if (g.multi) period = /累计/.test(g.multi) && period && 'year' in period ? period : { multi: true };
    else if (g.year) period = { year: Number(g.y) };
    else if (g.last) period = ctx.published ? { year: Number(ctx.published.slice(0, 4)) - 1 } : { unknown: true };
    else if (g.this) period = g.this === '今年' && ctx.published ? { year: Number(ctx.published.slice(0, 4)) } : { year: ctx.year };
  }
  return period;
}

const SCOPE = /(?:[市县区州省旗]|(?:区|市|县)政府)?本级|全(?:国|省|市|县|区|州|盟|旗|镇|乡)|[省市县区州]级|两级法院|两级|各级/g;

/**
 * The scope the sentence states before the number (本级, 全市, 全省 …), if any, as offsets into
 * the sentence (so a traditional sentence gives 區本級, not its simplified reading).
 */
export function scopeBefore(reading: string, end: number): [number, number] | undefined {
  // The first: 全省各级行政复议机关 is 全省's.
  const m = reading.slice(0, end).match(new RegExp(SCOPE.source));
  return m ? [m.index!, m.index! + m[0].length] : undefined;
}

const RANK = { central: 0, province: 1, prefecture: 2, county: 3, township: 4 } as const;

/**
 * True when the scope is a wider body's than the reporting body's: 全国 in a province's report,
 * 全省 in a city's, 全市 in a county's (but not in a county-level city's own report).
 */
export function scopeIsWider(scope: string | undefined, ctx: ReportContext): boolean {
  if (!scope) return false;
  scope = scope.replace(/[區]/g, '区');
  const rank = RANK[ctx.level];
  if (scope === '全国') return rank > 0;
  if (scope === '全省') return rank > 1;
  if (/^全(?:市|州|盟)$/.test(scope)) return rank > 2 && !(rank === 3 && /市$/.test(ctx.regionName));
  return false;
}

const TARGET_BEFORE = /目标|力争|争取|确保|预计|计划|要求|不低于|不少于|应当|应达|考核指标/;
const TARGET_AFTER = /^[^，；。]{0,6}(?:的)?(?:目标|以上的目标|的要求)/;

/** True when the number is a target or requirement, not a result (“达到100%的目标”). */
export function isTarget(clauseBefore: string, after: string): boolean {
  return TARGET_BEFORE.test(clauseBefore) || TARGET_AFTER.test(after);
}

/** Why a figure is not the reporting body's own figure for the report year, or undefined when it is. */
export function notOwnReason(period: Period | undefined, wider: boolean, target: boolean, ctx: ReportContext): NotOwn | undefined {
  if (target) return 'target';
  if (wider) return 'other-body';
  if (period && 'multi' in period) return 'multi-year';
  if (period && 'year' in period && period.year !== ctx.year) return 'other-year';
  return undefined;
}
