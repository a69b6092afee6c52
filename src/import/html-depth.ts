/**
 * Limits how deeply a page's elements nest before it is parsed. The HTML tools this archive uses
 * (hast-util-from-parse5, hast-util-to-mdast) recurse once per level, so 2,000 nested <div>s
 * overflow the stack; no real report nests more than a few dozen levels. Tags past the limit are
 * dropped and their text kept in place. A page within the limit is returned unchanged. Pure.
 */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/g;

function depthOf(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(TAG)) {
    if (!m[2] || VOID.has(m[2].toLowerCase()) || m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

export const MAX_DEPTH = 200;

export function limitDepth(html: string, max = MAX_DEPTH): string {
  if (depthOf(html) <= max) return html;
  const stack: string[] = [];
  // Per tag name, how many opening tags were dropped and so how many closing tags to drop.
  const dropped = new Map<string, number>();
  return html.replace(TAG, (tag, close: string | undefined, rawName: string | undefined, selfClose: string | undefined) => {
    if (!rawName || selfClose) return tag;
    const name = rawName.toLowerCase();
    if (VOID.has(name)) return tag;
    if (!close) {
      if (stack.length >= max) {
        dropped.set(name, (dropped.get(name) ?? 0) + 1);
        return '';
      }
      stack.push(name);
      return tag;
    }
    const d = dropped.get(name) ?? 0;
    if (d > 0 && stack.at(-1) !== name) {
      dropped.set(name, d - 1);
      return '';
    }
    if (d > 0 && stack.length >= max) {
      dropped.set(name, d - 1);
      return '';
    }
    const at = stack.lastIndexOf(name);
    if (at >= 0) stack.length = at;
    return tag;
  });
}
