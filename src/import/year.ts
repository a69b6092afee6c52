/**
 * The year a report covers, which is not the year it was published: a “2021年法治政府建设年度报告”
 * comes out in early 2022. Explicit statements win over dates.
 */

const Y = String.raw`((?:19|20)\d{2})\s*`;

// Statements of the year being reported, strongest first: “现将2020年…报告如下”, a first section
// headed “一、2022年工作成效”, a text that opens “2020年，我区…”.
const STRONG: RegExp[] = [
  new RegExp(`现将[^。，]{0,20}?${Y}年度?[^。]{0,30}?(?:报告|情况|总结)`),
  new RegExp(`(?:^|\\n)[一1][、.．]\\s*${Y}年`),
  new RegExp(`^${Y}年(?:以来|，|,|度，|里)`),
];
// Weaker: a report named in the text may be an earlier one (审议通过《2019年法治政府建设情况报告》).
const WEAK = new RegExp(`(?<!《)${Y}年度?(?:推进)?法治政府建设(?:工作)?(?:年度)?(?:报告|情况|工作报告|工作总结)`);

export interface YearFound {
  year: number;
  how: 'title' | 'text' | 'opening' | 'speech' | 'compilation' | 'published';
  /** The text the year was read from. */
  line: string;
  confidence: 'high' | 'medium' | 'low';
}

export function yearFromTitle(title: string): number | undefined {
  const m = title.match(new RegExp(`${Y}年度?`));
  return m ? Number(m[1]) : undefined;
}

// A speech to the people's congress or its standing committee reports on the year before it:
// （2025年4月29日在…人民代表大会常务委员会第…次会议上）.
const SPEECH = new RegExp(`[（(]\\s*${Y}年\\d{1,2}月\\d{1,2}日在[^）)]{0,80}?(?:人民代表大会|人大常委会)[^）)]{0,60}[）)]`);
// An opening that states the year: “2023年，杭州市坚持…”, “2018年是…开局之年”, “2021年以来”.
const OPENING = new RegExp(`^${Y}年度?(?:以来|，|,|、|里|是|\\s|[\\p{Script=Han}]{2,16}?[，,])`, 'u');

/**
 * @param body simplified text, paragraphs separated by newlines
 * @param opening the first paragraphs after any addressee line, simplified
 * @param fallback the compilation's year, when the report is part of one
 */
export function findYear(opts: { title?: string; body: string; opening?: string[]; published?: string; fallback?: number }): YearFound | undefined {
  const publishedYear = opts.published ? Number(opts.published.slice(0, 4)) : undefined;
  const plausible = (y: number) => publishedYear === undefined || y <= publishedYear;
  const t = opts.title ? yearFromTitle(opts.title) : undefined;
  if (t && plausible(t)) return { year: t, how: 'title', line: opts.title!, confidence: 'high' };
  const speech = opts.body.slice(0, 600).match(SPEECH);
  if (speech && plausible(Number(speech[1]) - 1)) return { year: Number(speech[1]) - 1, how: 'speech', line: speech[0], confidence: 'high' };
  const opening = (p: string | undefined): YearFound | undefined => {
    const m = p?.match(OPENING);
    return m && plausible(Number(m[1])) ? { year: Number(m[1]), how: 'opening', line: p!.slice(0, 40), confidence: 'high' } : undefined;
  };
  const first = opening(opts.opening?.[0]);
  if (first) return first;
  for (const re of STRONG) {
    const m = opts.body.match(re);
    if (m && plausible(Number(m[1]))) return { year: Number(m[1]), how: 'text', line: m[0].slice(0, 60), confidence: 'high' };
  }
  // A compilation's stated year outranks passing mentions in one of its articles.
  if (opts.fallback) return { year: opts.fallback, how: 'compilation', line: String(opts.fallback), confidence: 'medium' };
  // The opening paragraph may be a preamble (根据…，现将有关情况报告如下。); the next one then states the year.
  for (const p of opts.opening?.slice(1) ?? []) {
    const later = opening(p);
    if (later) return { ...later, confidence: 'medium' };
  }
  const m = opts.body.match(WEAK);
  if (m && plausible(Number(m[1]))) return { year: Number(m[1]), how: 'text', line: m[0], confidence: 'low' };
  return undefined;
}
