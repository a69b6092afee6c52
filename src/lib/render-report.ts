/**
 * Renders a report's Markdown file when its page is built, with Astro's own Markdown processor
 * and its default options (GFM, smart punctuation, heading ids by github-slugger), so the HTML and
 * heading ids are what Astro's render() gave when bodies were kept in the content layer. One mdast
 * plugin (inert-markdown.ts) keeps hand-written HTML, script: links and remote images out of a page.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { splitMarkdownFile } from './frontmatter.ts';
import { inertMarkdown } from './inert-markdown.ts';

export interface RenderedReport {
  html: string;
  headings: { depth: number; slug: string; text: string }[];
  /** The file's Markdown body as read (before trimming), for loadReportMeta, so a page reads its file once. */
  body: string;
}

let renderer: ReturnType<ReturnType<typeof satteri>['createRenderer']> | undefined;

/** `frontmatter` is the entry's validated data, which the loader already parsed from the same file. */
export async function renderReport(filePath: string, frontmatter: Record<string, unknown>): Promise<RenderedReport> {
  // Astro's defaults, plus the plugin that keeps a body inert text (no HTML, no script: links, no remote images).
  renderer ??= satteri({ mdastPlugins: [inertMarkdown as never] }).createRenderer({});
  const path = resolve(filePath);
  const { body } = splitMarkdownFile(await readFile(path, 'utf8'));
  const r = await (await renderer).render(body.trim(), { frontmatter, fileURL: pathToFileURL(path) });
  return { html: r.code, headings: r.metadata.headings, body };
}
