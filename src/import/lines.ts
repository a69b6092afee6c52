/** A line of the source text, with its 1-based line number so that every decision can be traced back. */
export interface SourceLine {
  n: number;
  text: string;
  /** A structure kept whole (a table from an HTML page); `text` is then its plain text. */
  node?: import('mdast').RootContent;
}

/** Splits text into trimmed, non-empty lines (ASCII, ideographic and no-break spaces count as blank). */
export function toLines(text: string): SourceLine[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((raw, i) => ({ n: i + 1, text: raw.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '') }))
    .filter((l) => l.text !== '');
}

/**
 * True once a line reads as report text rather than page furniture: it has a sentence end, or it is
 * long and has commas (a long line with none is a navigation bar). Chrome removal and title finding
 * both stop treating lines as the page's head at the first such line.
 */
export function isProseLine(text: string): boolean {
  return /[。；]/.test(text) || (text.length > 90 && /[，,]/.test(text));
}
