/**
 * HTML pages: find the article body in a government CMS page, take the page's metadata from its
 * <meta> tags, and turn the body into blocks (lines of text, tables kept as tables).
 * unified: rehype-parse → the content element → rehype-remark → mdast.
 * Scripts, styles, event handlers, forms and images never reach the archive.
 */
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root as MdastRoot, RootContent } from 'mdast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { toString } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { InputError } from './decode.ts';
import { limitDepth } from './html-depth.ts';
import type { Block } from './markdown.ts';

// Content containers of common government CMSs (TRS, 政府网站集约化平台, 大汉, 拓尔思 …), most specific first.
const CONTENT_SELECTORS = [
  '#UCAP-CONTENT', '.TRS_Editor', '.TRS_UEDITOR', '#zoom', '.zoom', '#Zoom', '#fontzoom', '.view.TRS_UEDITOR',
  '.article-content', '.article_content', '.articleContent', '#article-content', '.pages_content', '.content_text',
  '#xxgk_content', '.xxgk_content', '.news_content', '.main-txt', '.wzy_content', '.detail-content', '#content',
  'article', '.content', '#main', 'main',
];

const DROP = 'script, style, noscript, iframe, frame, form, nav, header, footer, button, input, select, textarea, object, embed, svg, canvas, img, picture, video, audio, link, meta, template';
const DROP_CLASS = /(?:^|[-_\s])(?:share|print|fontsize|font-size|breadcrumb|crumb|location|position|nav|menu|footer|header|toolbar|related|pager|pagination|tools|bdshare)(?:$|[-_\s])/i;

export interface HtmlExtract {
  blocks: Block[];
  /** <meta> data and the <title>, by the page's own names (ArticleTitle, PubDate, ContentSource …). */
  meta: Record<string, string>;
  title?: string;
  url?: string;
}

function metaContent(tree: HastRoot, name: string): string | undefined {
  const el = select(`meta[name="${name}" i], meta[property="${name}" i]`, tree);
  const v = el?.properties?.content;
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** The element holding the most paragraph text, for pages no selector knows. */
function densest(tree: HastRoot): Element | undefined {
  let best: Element | undefined;
  let bestScore = 0;
  for (const el of selectAll('div, td, section, article', tree)) {
    let score = 0;
    for (const child of el.children) {
      if (child.type === 'element' && (child.tagName === 'p' || child.tagName === 'table')) score += toText(child).length;
      if (child.type === 'text') score += child.value.trim().length;
    }
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

function prune(node: Element | HastRoot, drop: Set<Element>): void {
  node.children = node.children.filter((c: HastContent) => {
    if (c.type === 'comment') return false;
    if (c.type !== 'element') return true;
    if (drop.has(c)) return false;
    const cls = [c.properties?.className, c.properties?.id].flat().filter(Boolean).join(' ');
    if (DROP_CLASS.test(cls)) return false;
    return true;
  }) as typeof node.children;
  for (const c of node.children) if (c.type === 'element') prune(c, drop);
}

export function extractHtml(html: string): HtmlExtract {
  const tree = unified().use(rehypeParse).parse(limitDepth(html));
  const drop = new Set(selectAll(DROP, tree));

  const meta: Record<string, string> = {};
  for (const name of ['ArticleTitle', 'PubDate', 'ContentSource', 'SiteName', 'ColumnName', 'Keywords', 'Url', 'og:url', 'og:title']) {
    const v = metaContent(tree, name);
    if (v) meta[name] = v;
  }
  const canonical = select('link[rel="canonical"]', tree)?.properties?.href;
  const url = [meta.Url, meta['og:url'], typeof canonical === 'string' ? canonical : undefined].find((u) => u && /^https?:\/\//.test(u));
  const docTitle = select('title', tree);
  const title = meta.ArticleTitle ?? meta['og:title'] ?? (docTitle ? toText(docTitle).split(/\s*[_|｜—–-]\s*/)[0]?.trim() : undefined);

  let content: Element | undefined;
  for (const sel of CONTENT_SELECTORS) {
    const el = select(sel, tree);
    if (el && toText(el).trim().length > 50) {
      content = el;
      break;
    }
  }
  content ??= densest(tree) ?? (select('body', tree) as Element | undefined);
  const root: HastRoot = { type: 'root', children: content ? [content] : [] };
  prune(root, drop);

  let mdast: MdastRoot;
  try {
    mdast = { type: 'root', children: groupsOf(root).flatMap((g) => (unified().use(rehypeRemark).runSync(g) as MdastRoot).children) };
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    throw new InputError('the page’s HTML is too deeply nested or too large to convert', 'save the report’s text as a .txt file and import that');
  }
  const blocks: Block[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const n of nodes) {
      if (n.type === 'table') blocks.push({ type: 'node', node: stripLinks(n) });
      else if (n.type === 'paragraph' || n.type === 'heading') {
        for (const line of toString(n).split(/\n+/)) if (line.trim()) blocks.push({ type: 'line', text: line.trim() });
      } else if (n.type === 'list' || n.type === 'listItem' || n.type === 'blockquote') walk(n.children as RootContent[]);
      // Code, raw HTML, images and rules are page furniture, not report text.
    }
  };
  walk(mdast.children);
  return { blocks, meta, ...(title ? { title } : {}), ...(url ? { url } : {}) };
}

/** Children converted at once: hast-util-to-mdast spreads a node's converted children into one call. */
const GROUP = 1000;

/**
 * The content split into groups of at most GROUP blocks, so that a page of 130,000 <p> converts
 * (the conversion spreads all of an element's children as arguments, past the stack's limit).
 * The wrappers around a single big element are looked through; its children are grouped.
 */
function groupsOf(root: HastRoot): HastRoot[] {
  let node: HastRoot | Element = root;
  for (;;) {
    const elements: Element[] = (node.children as HastContent[]).filter((c): c is Element => c.type === 'element');
    const text = node.children.some((c) => c.type === 'text' && c.value.trim());
    if (elements.length !== 1 || text || elements[0]!.children.length <= GROUP) break;
    node = elements[0]!;
  }
  if (node.children.length <= GROUP) return [root];
  const groups: HastRoot[] = [];
  for (let i = 0; i < node.children.length; i += GROUP) groups.push({ type: 'root', children: node.children.slice(i, i + GROUP) as HastRoot['children'] });
  return groups;
}

/** Tables keep their text; links inside them are reduced to their text, images to nothing. */
function stripLinks<T extends RootContent>(node: T): T {
  const visit = (n: any): any => {
    if (n.type === 'link' || n.type === 'linkReference') return { type: 'text', value: toString(n) };
    if (n.type === 'image' || n.type === 'imageReference' || n.type === 'html') return { type: 'text', value: '' };
    if (Array.isArray(n.children)) return { ...n, children: n.children.map(visit) };
    return n;
  };
  return visit(node);
}
