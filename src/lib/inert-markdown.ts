/**
 * A Sätteri mdast plugin that keeps a report body what the archive promises it is: text. Raw HTML
 * (a hand-edited <script>, an <iframe>) is shown as the text it is; a link is kept only when it
 * goes to an http(s) or mailto address; an image becomes its alt text, since the site loads
 * nothing from another host; and an address written into a sentence (www.hzbj.gov.cn政务公开栏目)
 * links the address alone, not the Chinese words that follow it.
 */
import type { Link, PhrasingContent } from 'mdast';

/** An href the archive will publish: http(s), mailto, or a path within the site. */
export function isSafeHref(url: string): boolean {
  const u = url.trim();
  if (/^(?:https?:|mailto:)/i.test(u)) return true;
  // No scheme at all (a relative or fragment link); anything else (javascript:, data:, vbscript:, file:) is refused.
  return !/^[^/?#]*:/.test(u.replace(/[\u0000-\u0020]/g, ''));
}

const textOf = (children: PhrasingContent[]): string =>
  children.map((c) => ('value' in c ? c.value : 'children' in c ? textOf(c.children as PhrasingContent[]) : '')).join('');

interface Ctx {
  replaceNode(node: unknown, replacement: unknown): void;
  insertAfter(node: unknown, inserted: unknown): void;
}

export const inertMarkdown = {
  name: 'fazhi-inert-markdown',
  html(node: { value: string }, ctx: Ctx) {
    ctx.replaceNode(node, { type: 'text', value: node.value });
  },
  image(node: { alt?: string | null }, ctx: Ctx) {
    ctx.replaceNode(node, { type: 'text', value: node.alt ?? '' });
  },
  link(node: Link, ctx: Ctx) {
    const text = textOf(node.children);
    if (!isSafeHref(node.url)) {
      ctx.replaceNode(node, { type: 'text', value: text });
      return;
    }
    // A literal autolink runs on through CJK text; an address ends at the first non-ASCII character.
    const literal = text === node.url || `http://${text}` === node.url || `https://${text}` === node.url;
    const cut = text.search(/[^\x21-\x7e]/);
    if (literal && cut > 0) {
      const address = text.slice(0, cut).replace(/[.,;:!?)]+$/, '');
      const rest = text.slice(address.length);
      ctx.replaceNode(node, { type: 'link', url: node.url.slice(0, node.url.length - rest.length), children: [{ type: 'text', value: address }] });
      ctx.insertAfter(node, { type: 'text', value: rest });
    }
  },
};
