/**
 * The year a report covers, which is not the year it was published: a “2021年法治政府建设年度报告”
 * comes out in early 2022. Explicit statements win over dates.
 */

const Y = String.raw`((?:19|20)\d{2})\s*`;

// Statements of the year being reported, strongest first: “现将2020年…报告如下”, a first section
// headed “一、2022年工作成效”, a text that opens “2020年，我区…”.
const STRONG: RegExp[] = [
  new RegExp(`现将(?:我[局市区县省州委厅])?(?:${Y}年度?)[^。]{0,30}?(?:报告|情况|总结)`),
  new RegExp(`(?:^|\\n)[一1][、.．]\\s*${Y}年`),
  new RegExp(`^${Y}年(?:以来|，|,|度，|里)`),
];
// Weaker: a report named in the text may be an earlier one (审议通过《2019年法治政府建设情况报告》).
const WEAK = new RegExp(`(?<!《)${Y}年度?(?:推进)?法治政府建设(?:工作)?(?:年度)?(?:报告|情况|工作报告|工作总结)`);

export interface YearFound {
  year: number;
  how: 'title' | 'text' | 'compilation' | 'published';
}

export function yearFromTitle(title: string): number | undefined {
  const m = title.match(new RegExp(`${Y}年度?`));
  return m ? Number(m[1]) : undefined;
}

/**
 * @param body simplified text, paragraphs separated by newlines
 * @param fallback the compilation's year, when the report is part of one
 */
export function findYear(opts: { title?: string; body: string; published?: string; fallback?: number }): YearFound | undefined {
  const publishedYear = opts.published ? Number(opts.published.slice(0, 4)) : undefined;
  const plausible = (y: number) => publishedYear === undefined || y <= publishedYear;
  const t = opts.title ? yearFromTitle(opts.title) : undefined;
  if (t && plausible(t)) return { year: t, how: 'title' };
  for (const re of STRONG) {
    const m = opts.body.match(re);
    if (m && plausible(Number(m[1]))) return { year: Number(m[1]), how: 'text' };
  }
  // A compilation's stated year outranks passing mentions in one of its articles.
  if (opts.fallback) return { year: opts.fallback, how: 'compilation' };
  const m = opts.body.match(WEAK);
  if (m && plausible(Number(m[1]))) return { year: Number(m[1]), how: 'text' };
  return undefined;
}
