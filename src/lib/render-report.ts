/**
 * Renders a report's Markdown file when its page is built, with Astro's own Markdown processor
 * and its default options (GFM, smart punctuation, heading ids by github-slugger), so the HTML and
 * heading ids are what Astro's render() gave when bodies were kept in the content layer.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseMarkdownFile } from './frontmatter.ts';

export interface RenderedReport {
  html: string;
  headings: { depth: number; slug: string; text: string }[];
}

let renderer: ReturnType<ReturnType<typeof satteri>['createRenderer']> | undefined;

export async function renderReport(filePath: string): Promise<RenderedReport> {
  renderer ??= satteri().createRenderer({});
  const path = resolve(filePath);
  const { data, body } = parseMarkdownFile(await readFile(path, 'utf8'));
  const r = await (await renderer).render(body.trim(), { frontmatter: data, fileURL: pathToFileURL(path) });
  return { html: r.code, headings: r.metadata.headings };
}
