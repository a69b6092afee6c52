/**
 * A report's first paragraph as plain text, for the abstract of its citation metadata
 * (citation_abstract, JSON-LD description, CSL abstract). Reports have no abstract of their own;
 * their opening paragraph (“2021年，忠县坚持…”) says what the year's report covers. Pure.
 */
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Longer openings are cut at the last full stop within this many characters. */
export const ABSTRACT_MAX = 400;

// Blocks that are not running text: headings, lists, quotes, tables, code, thematic breaks, HTML.
const NOT_PROSE = /^(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\||```|~~~|<|(?:[-*_]\s*){3,}$)/;

export function firstParagraph(markdown: string, max = ABSTRACT_MAX): string | undefined {
  // Only the first prose block is parsed: a whole report is parsed once already, when its page is rendered.
  const block = markdown
    .split(/\n[ \t]*\n/)
    .map((b) => b.trim())
    .find((b) => b && !NOT_PROSE.test(b) && /\p{Script=Han}/u.test(b));
  if (!block) return undefined;
  const text = toString(unified().use(remarkParse).parse(block)).replace(/\s*\n\s*/g, '').trim();
  if (!text) return undefined;
  if ([...text].length <= max) return text;
  const head = [...text].slice(0, max).join('');
  const stop = Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf('！'), head.lastIndexOf('？'));
  return stop > max / 3 ? `${head.slice(0, stop + 1)}…` : `${head}…`;
}
