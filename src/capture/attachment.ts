/**
 * Is this page a wrapper around the report (附件：XX县2023年法治政府建设年度报告.pdf)? A short page
 * whose attachment link or file name says it is the report, or whose only substantial content is
 * one attachment, is; a page that carries the report's text itself is not, whatever it links to.
 * Pure: the page's text and address in, the attachment's address out.
 */
import rehypeParse from 'rehype-parse';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { unified } from 'unified';
import { extractHtml } from '../import/html.ts';
import { limitDepth } from '../import/html-depth.ts';

export interface Attachment {
  url: string;
  /** The link's text, or its file name when the link has no text. */
  label: string;
  format: 'pdf' | 'docx' | 'doc';
}

/** A page with fewer Han characters than this in its article body carries no report of its own. */
export const WRAPPER_MAX_CHARS = 400;

const EXT = /\.(pdf|docx|doc)$/i;
const SAYS_REPORT = /法治政府建设|法治建设.{0,12}(?:报告|情况)|依法行政.{0,12}(?:报告|情况)/;

function formatOf(url: URL, label: string): Attachment['format'] | undefined {
  const m = decodeURIComponent(url.pathname).match(EXT) ?? label.trim().match(EXT);
  return m ? (m[1]!.toLowerCase() as Attachment['format']) : undefined;
}

export function attachmentLinks(html: string, base: URL): Attachment[] {
  const tree = unified().use(rehypeParse).parse(limitDepth(html));
  const seen = new Set<string>();
  const out: Attachment[] = [];
  for (const a of selectAll('a[href]', tree)) {
    const href = a.properties?.href;
    if (typeof href !== 'string') continue;
    let url: URL;
    try {
      url = new URL(href.trim(), base);
    } catch {
      continue;
    }
    if (!/^https?:$/.test(url.protocol)) continue;
    url.hash = '';
    const text = toText(a).replace(/\s+/g, ' ').trim();
    const label = text || decodeURIComponent(url.pathname.split('/').pop() ?? '');
    const format = formatOf(url, label);
    if (!format || seen.has(url.href)) continue;
    seen.add(url.href);
    out.push({ url: url.href, label, format });
  }
  return out;
}

/** The Han characters of the page's article body, as the importer reads it. */
export function bodyHanChars(html: string): number {
  const { blocks } = extractHtml(html);
  let n = 0;
  for (const b of blocks) if (b.type === 'line') n += (b.text.match(/\p{Script=Han}/gu) ?? []).length;
  return n;
}

export function findReportAttachment(html: string, base: URL): Attachment | undefined {
  const links = attachmentLinks(html, base);
  if (links.length === 0) return undefined;
  if (bodyHanChars(html) >= WRAPPER_MAX_CHARS) return undefined;
  const fileName = (a: Attachment) => {
    try {
      return decodeURIComponent(new URL(a.url).pathname.split('/').pop() ?? '');
    } catch {
      return '';
    }
  };
  const named = links.find((a) => SAYS_REPORT.test(a.label) || SAYS_REPORT.test(fileName(a)));
  if (named) return named;
  return links.length === 1 ? links[0] : undefined;
}
