/**
 * Is the page a 法治政府建设 annual report at all? Pages that look like one — the same words, the
 * same organs, often the same title inside quotation marks — are a 政府工作报告, a news item about a
 * report, a 政策解读 of it, an 实施方案 or 通知, a 通报 of assessment results, or a 政府信息公开工作
 * 年度报告. Each is told apart by what a reader sees first: the headline, the opening sentence.
 * Pure: simplified text in, a verdict with the line it rests on out.
 */

export type Genre = 'report' | '政府工作报告' | 'news' | '解读' | '方案' | '通报' | '信息公开年报';

export interface GenreVerdict {
  genre: Genre;
  /** The line or phrase the verdict rests on. */
  line: string;
  /** How plainly the page says it: a report title, or the text's own 现将…报告如下 is `high`. */
  confidence: 'high' | 'medium' | 'low';
}

/** What each genre is called in an error message. */
export const GENRE_NAMES: Record<Exclude<Genre, 'report'>, string> = {
  政府工作报告: 'a 政府工作报告 (the annual government work report to the people’s congress)',
  news: 'a news item about a report',
  解读: 'a 政策解读 (an explanation of a report or policy)',
  方案: 'an 实施方案 or the 通知 that issues one',
  通报: 'a 通报 (a notice of assessment results)',
  信息公开年报: 'a 政府信息公开工作年度报告 (an information-disclosure annual report)',
};

export interface GenreInput {
  /** The headline: the report title when one was found, else the first short line. Simplified. */
  headline?: string;
  /** Without a report title: the other short lines above the text, any of which may be the headline. Simplified. */
  headLines?: string[];
  /** True when the headline is a report title (isTitleLine). */
  headlineIsReportTitle: boolean;
  /** Page metadata (标题, 信息来源 …), simplified. */
  page: Record<string, string>;
  /** The text, simplified. */
  body: string;
}

const MEDIA = /日报|晚报|早报|商报|报社|新闻网|新闻中心|电视台|广播电视|融媒体|新华社|人民网|新华网|中新网|客户端/;
// Phrases of a report about a report: 报告显示, 会议听取和审议了…报告.
const REPORTED = /报告显示|报告指出|报告称|听取和审议了|听取并审议了|审议了[^。]{0,40}报告/;
// A report says what it is in its own words.
const SELF_REPORT = /现将[^。]{0,60}?(?:报告|汇报|报)(?:如下|予以公开)|特此报告|[现特]?报告如下/;

function fromHeadline(h: string): Exclude<Genre, 'report'> | undefined {
  if (/政府工作报告/.test(h) && !/法治政府/.test(h)) return '政府工作报告';
  if (/信息公开/.test(h) && /年度报告|年报/.test(h)) return '信息公开年报';
  if (/解读/.test(h)) return '解读';
  if (/印发|实施方案|工作方案|工作要点/.test(h) || /的通知$/.test(h)) return '方案';
  if (/通报/.test(h)) return '通报';
  return undefined;
}

export function classifyGenre(input: GenreInput): GenreVerdict {
  const head = input.body.slice(0, 1500);
  // A navigation bar (首页 新闻中心 政府工作报告 …) is several short words, not a headline.
  const heads = input.headlineIsReportTitle ? [] : (input.headLines ?? []).filter((l) => l.split(/\s+/).length < 3);
  const titles = [input.headline, input.page['标题'], input.page['名称'], ...heads].filter((t): t is string => !!t);
  for (const t of titles) {
    const g = fromHeadline(t);
    if (g) return { genre: g, line: t, confidence: 'high' };
  }
  const speech = head.match(/现在[，,]?我代表[^。]{0,20}人民政府[^。]{0,10}向大会报告[^。]*/);
  if (speech) return { genre: '政府工作报告', line: speech[0], confidence: 'high' };
  const notice = head.match(/现将[^。]{0,60}通报如下|予以通报表扬|特此通报/);
  if (notice) return { genre: '通报', line: notice[0], confidence: 'high' };
  const issuing = head.match(/现(?:印发|予印发)给你们[^。]*/);
  if (issuing) return { genre: '方案', line: issuing[0], confidence: 'high' };

  if (!input.headlineIsReportTitle) {
    const source = input.page['信息来源'] ?? input.page['来源'] ?? input.page['文章来源'] ?? '';
    const reporter = head.match(/[（(]\s*(?:记者|通讯员)[^）)]{1,20}[）)]|本报讯|[\p{Script=Han}]{1,6}网讯|日电[（(]记者/u);
    const reported = head.match(REPORTED);
    if (reported && (reporter || MEDIA.test(source) || !SELF_REPORT.test(head))) {
      return { genre: 'news', line: reporter?.[0] ?? reported[0], confidence: 'high' };
    }
  }

  if (input.headlineIsReportTitle) return { genre: 'report', line: input.headline!, confidence: 'high' };
  const own = head.match(SELF_REPORT);
  if (own) return { genre: 'report', line: own[0], confidence: 'high' };
  // No title and no 现将…报告如下 in what was kept: how much the text speaks of the subject.
  const count = (input.body.match(/法治政府|法治建设|依法行政/g) ?? []).length;
  const line = `法治政府/法治建设/依法行政 ×${count}`;
  return { genre: 'report', line, confidence: count >= 3 ? 'medium' : 'low' };
}
