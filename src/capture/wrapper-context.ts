/**
 * What a wrapper page says about the attachment it carries: its title, 发布时间, and the labelled
 * metadata (发布机构, 索引号, 来源 …) read by the importer's own chrome rules. Passed to the
 * attachment's import as evidence. Pure: the page's text and address in.
 */
import rehypeParse from 'rehype-parse';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { unified } from 'unified';
import { publishedFromPage, stripChrome } from '../import/chrome.ts';
import { extractHtml } from '../import/html.ts';
import { limitDepth } from '../import/html-depth.ts';
import { toLines } from '../import/lines.ts';

export interface WrapperContext {
  title?: string;
  published?: string;
  page?: Record<string, string>;
  url?: string;
}

export function wrapperContext(html: string, url: string): WrapperContext {
  const tree = unified().use(rehypeParse).parse(limitDepth(html));
  for (const el of selectAll('script, style, noscript, template', tree)) el.children = [];
  const body = select('body', tree) ?? tree;
  const { page } = stripChrome(toLines(toText(body as Parameters<typeof toText>[0]).normalize('NFC')));
  const { title, meta } = extractHtml(html);
  if (meta.PubDate && !page.PubDate) page.PubDate = meta.PubDate;
  if (meta.ContentSource && !page.信息来源) page.信息来源 = meta.ContentSource;
  const published = publishedFromPage(page);
  return {
    ...(title ? { title: title.normalize('NFC') } : {}),
    ...(published ? { published } : {}),
    ...(Object.keys(page).length ? { page } : {}),
    url,
  };
}
