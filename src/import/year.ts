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

// A year that heads a clause later in the opening sentence: “根据…要求，2022年，XX街道…”.
const CLAUSE = new RegExp(`[，,；]\\s*${Y}年度?(?:以来|，|,|里|是|在|我|全|[\\p{Script=Han}]{2,16}?[，,])`, 'u');
// An opening that starts with a year and goes straight on (“2021年在市委、市政府的坚强领导下…”); not a date (2021年3月).
const PLAIN = new RegExp(`^${Y}年度?(?![\\d０-９一二三四五六七八九十]{1,2}月|[\\d—–-]|[\\p{Script=Han}]{0,12}(?:报告|总结|计划|要点))`, 'u');

/** The year an opening paragraph states, and how plainly. */
function openingYear(p: string | undefined): { year: number; confidence: 'high' | 'medium' } | undefined {
  if (!p) return undefined;
  const m = p.match(OPENING) ?? p.match(PLAIN);
  if (m) return { year: Number(m[1]), confidence: 'high' };
  // Only the first sentence: later ones recount earlier years (“2019年，我区被评为…”).
  const c = p.split(/。/)[0]!.match(CLAUSE);
  return c ? { year: Number(c[1]), confidence: 'medium' } : undefined;
}

/**
 * Every statement of the year, strongest first; the first plausible one is the answer, and one
 * that disagrees with it is reported, so that the import can warn and name --year.
 *
 * @param body simplified text, paragraphs separated by newlines
 * @param opening the first paragraphs after any addressee line, simplified
 * @param fallback the compilation's year, when the report is part of one
 */
export function yearSignals(opts: { title?: string; body: string; opening?: string[]; published?: string; fallback?: number }): YearFound[] {
  const publishedYear = opts.published ? Number(opts.published.slice(0, 4)) : undefined;
  const plausible = (y: number) => publishedYear === undefined || y <= publishedYear;
  const out: YearFound[] = [];
  const push = (f: YearFound) => plausible(f.year) && out.push(f);
  const t = opts.title ? yearFromTitle(opts.title) : undefined;
  if (t) push({ year: t, how: 'title', line: opts.title!, confidence: 'high' });
  // The opening's own statement outranks the date of the session it was read at, which is the
  // publisher's date and may be mistyped (2025年4月 for a report read in 2024 on 2023).
  const first = openingYear(opts.opening?.[0]);
  if (first) push({ year: first.year, how: 'opening', line: opts.opening![0]!.slice(0, 40), confidence: first.confidence });
  const speech = opts.body.slice(0, 600).match(SPEECH);
  if (speech) push({ year: Number(speech[1]) - 1, how: 'speech', line: speech[0], confidence: 'high' });
  for (const re of STRONG) {
    const m = opts.body.match(re);
    if (m) push({ year: Number(m[1]), how: 'text', line: m[0].slice(0, 60), confidence: 'high' });
  }
  // A compilation's stated year outranks passing mentions in one of its articles.
  if (opts.fallback) out.push({ year: opts.fallback, how: 'compilation', line: String(opts.fallback), confidence: 'medium' });
  // The opening paragraph may be a preamble (根据…，现将有关情况报告如下。); the next one then states the year.
  for (const p of opts.opening?.slice(1) ?? []) {
    const later = openingYear(p);
    if (later) {
      push({ year: later.year, how: 'opening', line: p.slice(0, 40), confidence: 'medium' });
      break;
    }
  }
  const m = opts.body.match(WEAK);
  if (m) push({ year: Number(m[1]), how: 'text', line: m[0], confidence: 'low' });
  return out;
}

export function findYear(opts: Parameters<typeof yearSignals>[0]): YearFound | undefined {
  return yearSignals(opts)[0];
}

/** A signal as strong as the chosen one that names another year: the import warns and names --year. */
export function disagreeingYear(signals: YearFound[]): YearFound | undefined {
  const [best, ...rest] = signals;
  if (!best) return undefined;
  return rest.find((s) => s.year !== best.year && s.confidence !== 'low' && s.how !== 'compilation');
}
