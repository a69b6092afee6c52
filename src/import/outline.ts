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

/**
 * Joins lines that a copy broke inside a paragraph: after a semicolon (“…内生动力；” / “督察则重在…”)
 * or mid-sentence (“…依法满足人民” / “群众合理信息需求。”). A line that ends a sentence, and any
 * numbered heading, stays on its own.
 */
export function joinBrokenLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const open = prev !== undefined && !headingDepth(prev) && (/[；;]$/.test(prev) || !/[。！？：…”」』!?:]$/.test(prev));
    if (open && !headingDepth(line)) out[out.length - 1] = prev + line;
    else out.push(line);
  }
  return out;
}
