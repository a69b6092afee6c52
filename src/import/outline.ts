/**
 * Outline detection: Chinese reports number their sections 一、 / （一） / 1. ; these become
 * Markdown headings of level 2, 3 and 4. 一是…二是… enumerations stay in their paragraphs.
 * A numbered line that continues into prose (“（一）深学笃用…工作。一是开展…”) is split after its
 * first sentence: the heading, then the paragraph.
 */

export interface OutlineItem {
  kind: 'heading' | 'paragraph';
  depth?: 2 | 3 | 4;
  text: string;
}

const MARKERS: [RegExp, 2 | 3 | 4][] = [
  [/^[一二三四五六七八九十]{1,3}、/u, 2],
  [/^[（(][一二三四五六七八九十]{1,3}[）)]/u, 3],
  [/^\d{1,2}[.．、](?!\d)/u, 4],
];

/** A heading is a short line; longer than this it is prose that happens to start with a number. */
export const MAX_HEADING_LENGTH = 40;

export function headingDepth(text: string): 2 | 3 | 4 | undefined {
  return MARKERS.find(([re]) => re.test(text))?.[1];
}

export function classifyLine(text: string): OutlineItem[] {
  const depth = headingDepth(text);
  if (!depth) return [{ kind: 'paragraph', text }];
  if ([...text].length <= MAX_HEADING_LENGTH && !/[；;]$/.test(text)) return [{ kind: 'heading', depth, text }];
  const end = text.search(/[。！？]/);
  if (end > 0 && end + 1 <= MAX_HEADING_LENGTH && end + 1 < text.length) {
    return [
      { kind: 'heading', depth, text: text.slice(0, end + 1) },
      { kind: 'paragraph', text: text.slice(end + 1) },
    ];
  }
  return [{ kind: 'paragraph', text }];
}

// Lines that stand on their own in a report as printed and are never the half of a broken paragraph:
const STANDALONE: RegExp[] = [
  // the speech line under a title: （2025年4月29日在…人民代表大会常务委员会…会议上）
  /^[（(]\s*\d{4}年\d{1,2}月\d{1,2}日在.{2,80}[）)]$/,
  // a date line: （2022年10月21日） or 2023年3月1日
  /^[（(]?\s*\d{4}年\d{1,2}月\d{1,2}日\s*[）)]?$/,
  // a subtitle: ——我省法治政府建设进入发展新阶段
  /^(?:——|--)/,
  // a salutation: 各位代表： / 主任、各位副主任、秘书长、各位委员：
  /^[^。；]{0,40}(?:各位代表|各位委员|同志们)[：:]$/,
  // a byline: 甘肃省司法厅厅长  王明
  /^[\p{Script=Han}]{2,24}(?:省长|市长|县长|区长|主任|局长|厅长|部长|书记|署长)\s+[\p{Script=Han}]{2,4}$/u,
  // a photo caption: 图为… / （记者 李华 摄）
  /^图[为：:]|[（(][^）)]{0,30}摄[）)]?$|摄影[：:]/,
];

/** A line that is a paragraph of its own whatever its punctuation: speech line, byline, caption … */
export function isStandalone(text: string): boolean {
  return STANDALONE.some((re) => re.test(text));
}

/**
 * Joins lines that a copy broke inside a paragraph: after a semicolon (“…内生动力；” / “督察则重在…”)
 * or mid-sentence (“…依法满足人民” / “群众合理信息需求。”). A line that ends a sentence, any
 * numbered heading, and the lines that stand alone (speech line, byline, caption, salutation) stay
 * on their own.
 */
export function joinBrokenLines(lines: string[]): string[] {
  const out: string[] = [];
  let prevAlone = false;
  for (const line of lines) {
    const prev = out[out.length - 1];
    const alone = isStandalone(line);
    const open = prev !== undefined && !prevAlone && !headingDepth(prev) && (/[；;]$/.test(prev) || !/[。！？：…”」』!?:]$/.test(prev));
    if (open && !alone && !headingDepth(line)) out[out.length - 1] = prev + line;
    else out.push(line);
    prevAlone = alone;
  }
  return out;
}
