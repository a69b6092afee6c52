/**
 * Sentences of a report body with their offsets, for figures to point back into the text. A
 * sentence ends at 。！？； or a line end; headings and list markers are left outside it. Pure.
 */
export interface Sentence {
  text: string;
  /** Offset of the sentence's first character in the body. */
  start: number;
  /** Index of the paragraph (block of lines without a blank line) the sentence stands in. */
  paragraph: number;
}

const END = /[。！？；!?;]/;
// Markdown a line may start with: heading marks, list and quote markers.
const LINE_MARK = /^(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)*/;

export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let offset = 0;
  for (const line of body.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (!line.trim()) {
      paragraph++;
      continue;
    }
    let i = lineStart + (line.match(LINE_MARK)?.[0].length ?? 0);
    const lineEnd = lineStart + line.length;
    while (i < lineEnd) {
      let j = i;
      while (j < lineEnd && !END.test(body[j]!)) j++;
      // Closing quotes and brackets after the stop belong to the sentence.
      if (j < lineEnd) j++;
      while (j < lineEnd && /[”’」』）)]/.test(body[j]!)) j++;
      const raw = body.slice(i, j);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text) out.push({ text, start: i + lead, paragraph });
      i = j;
    }
  }
  return out;
}
