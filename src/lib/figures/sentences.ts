/**
 * Sentences of a report body with their offsets, for figures to point back into the text. A
 * sentence ends at 。！？； or a line end; headings and list markers are left outside it. Pure.
 */
export interface Sentence {
  text: string;
  /** Offset of the sentence's first character in the body. */
  start: number;
}

// A run up to and including a stop, with the closing quotes and brackets that follow it.
const SENTENCE = /[^。！？；!?;]+(?:[。！？；!?;][”’」』）)]*)?|[。！？；!?;][”’」』）)]*/g;
// Markdown a line may start with: heading marks, list and quote markers.
const LINE_MARK = /^(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)*/;

export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  let offset = 0;
  for (const line of body.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (!line.trim()) continue;
    const mark = line.match(LINE_MARK)![0].length;
    for (const m of line.slice(mark).matchAll(SENTENCE)) {
      const lead = m[0].length - m[0].trimStart().length;
      const text = m[0].trim();
      if (text) out.push({ text, start: lineStart + mark + m.index + lead });
    }
  }
  return out;
}
