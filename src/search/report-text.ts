/**
 * The text of a report as its page shows it, from the Markdown body: what search indexes and what
 * a hit is checked against. Heading markers, bold markers and backslash escapes are Markdown, not text (the
 * importer writes `\*\*\*` for the *** a report prints, and a reader searching *** must find it).
 * Pure.
 */
export function readerText(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => line.replace(/^#{1,6}\s+(.*?)(?:\s+#+)?\s*$/, '$1').replace(/(?<!\\)(\*\*|__)/g, '').replace(/\\([!-/:-@[-`{-~])/g, '$1'))
    .join('\n');
}
