/**
 * Builds the report body as an mdast tree and serialises it with remark-stringify, which takes care
 * of escaping (a paragraph that starts “1.” must not turn into a list).
 */
import type { Root, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { classifyLine, joinBrokenLines } from './outline.ts';
import { fullWidthPunctuation } from './punctuation.ts';

/** A block of report text: a line of prose, or a structure kept whole (a table from an HTML page). */
export type Block = { type: 'line'; text: string } | { type: 'node'; node: RootContent };

export function bodyTree(blocks: Block[]): Root {
  const children: RootContent[] = [];
  let run: string[] = [];
  const flush = () => {
    for (const line of joinBrokenLines(run)) {
      for (const item of classifyLine(line)) {
        const text = { type: 'text' as const, value: item.text };
        children.push(item.kind === 'heading' ? { type: 'heading', depth: item.depth!, children: [text] } : { type: 'paragraph', children: [text] });
      }
    }
    run = [];
  };
  for (const b of blocks) {
    if (b.type === 'line') run.push(fullWidthPunctuation(b.text));
    else {
      flush();
      children.push(b.node);
    }
  }
  flush();
  return { type: 'root', children };
}

export function toMarkdown(tree: Root): string {
  return String(
    unified()
      .use(remarkGfm)
      .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', fences: true, rule: '-' })
      .stringify(tree),
  );
}
