/** Title and byline lines: recognised so that they become metadata, not body text. */
import { toSimplified } from '../lib/script.ts';
import { isProseLine, type SourceLine } from './lines.ts';

/**
 * A report's own title line: short, no sentence punctuation, and says what it is — a report
 * (报告, 情况, 总结 …) on building law-based government. A copy that dropped the word 法治 still
 * reads “关于2020年度政府建设情况的报告”, so a year with 建设 also counts. Simplified or traditional.
 */
export function isTitleLine(text: string): boolean {
  const t = toSimplified(text);
  return (
    [...t].length <= 80 &&
    !/[。；，！？]/.test(t) &&
    !/^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[）)]|^\d+[.．、]/.test(t) &&
    /(?:报告|总结|情况|汇报|述职)(?:[（(][^）)]{1,12}[）)])?$/.test(t) &&
    (/法治|依法行政/.test(t) || (/\d{4}年/.test(t) && /建设/.test(t)))
  );
}

/** A title candidate without the bullets, 【权威发布】 tags and bars a page puts around it. */
export function cleanTitle(text: string): string {
  return text
    .replace(/^[•·●◆■▪\-*]\s*/, '')
    .replace(/^[【\[][^】\]]{1,8}[】\]]\s*/, '')
    .replace(/\s*[|｜]+\s*$/, '')
    .trim();
}

// The organ line above a title that starts 关于: “中共海南省委 海南省人民政府”.
const ORGAN_LINE = /^(?:中共)?[\p{Script=Han}\s、]{2,40}(?:政府|委|委员会|局|厅|部|署|办|办公室|党组|党委)$/u;

export interface TitleFound {
  text: string;
  /** The source lines the title was read from (two for a title split over lines). */
  lines: SourceLine[];
  /** Later lines in the head that only repeat the title. */
  repeats: SourceLine[];
}

/** How many lines at the head of a page are searched for its title. */
const HEAD_LINES = 15;

/**
 * The title wherever it stands among the first lines, before the text starts: alone on its line,
 * split over two lines, or below the organ that issued it.
 */
export function findTitle(lines: SourceLine[]): TitleFound | undefined {
  const head: SourceLine[] = [];
  for (const l of lines.slice(0, HEAD_LINES)) {
    if (l.node || isProseLine(l.text)) break;
    head.push(l);
  }
  for (let i = 0; i < head.length; i++) {
    const c = cleanTitle(head[i]!.text);
    let found: { text: string; lines: SourceLine[] } | undefined;
    if (isTitleLine(c)) {
      const prev = head[i - 1];
      if (prev && /^关于/.test(c) && ORGAN_LINE.test(cleanTitle(prev.text))) {
        found = { text: `${cleanTitle(prev.text)}${c}`, lines: [prev, head[i]!] };
      } else found = { text: c, lines: [head[i]!] };
    } else if (head[i + 1]) {
      const joined = c + cleanTitle(head[i + 1]!.text);
      if (isTitleLine(joined) && !isTitleLine(cleanTitle(head[i + 1]!.text))) found = { text: joined, lines: [head[i]!, head[i + 1]!] };
    }
    if (!found) continue;
    const parts = new Set(found.lines.map((l) => cleanTitle(l.text)));
    const after = head.slice(head.indexOf(found.lines.at(-1)!) + 1);
    const repeats = after.filter((l) => parts.has(cleanTitle(l.text)) || cleanTitle(l.text) === found.text);
    return { ...found, repeats };
  }
  return undefined;
}

/** The title a copying site quotes in its own lead sentence: “《…报告》是2019年…发布的通知。”. */
export function titleFromLead(text: string): string | undefined {
  const m = text.match(/^《([^》]{6,80})》是/);
  return m && isTitleLine(m[1]!) ? m[1] : undefined;
}

/** The short lines above the text, the first of which is usually the page's headline, whatever kind of page it is. */
export function headLines(lines: SourceLine[]): string[] {
  const out: string[] = [];
  for (const l of lines.slice(0, HEAD_LINES)) {
    if (l.node) continue;
    if (isProseLine(l.text)) break;
    if (/\p{Script=Han}{4}/u.test(l.text)) out.push(l.text);
  }
  return out;
}

/** A date line under an article title: （2022年10月21日）. */
export function dateLine(text: string): string | undefined {
  const m = text.match(/^[（(]\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*[）)]$/);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : undefined;
}

export interface Byline {
  organ: string;
  role?: string;
  name: string;
}

/** A byline: the author's body, maybe a post, and a name (北京市司法局局长 崔杨; 吉林省委党校  魏芙蓉). */
export function byline(text: string): Byline | undefined {
  const m = text.match(
    /^([\p{Script=Han}]{2,20}?(?:党校|局|厅|委员会|办公室|研究院|研究中心|学院|大学|法院|检察院))\s*(局长|副局长|厅长|副厅长|主任|副主任|书记|教授|副教授|讲师|研究员|副研究员|院长)?\s+([\p{Script=Han}]{1,4})$/u,
  );
  return m ? { organ: m[1]!, ...(m[2] ? { role: m[2] } : {}), name: m[3]! } : undefined;
}
