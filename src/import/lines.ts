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
