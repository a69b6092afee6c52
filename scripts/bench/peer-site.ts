/**
 * The peer the benchmark compares the search index with: what a user who picked Pagefind alone
 * would build. Every report of the corpus becomes a minimal HTML page (lang zh, the title and the
 * text's paragraphs inside data-pagefind-body), for Pagefind's own CLI to index with its default
 * Chinese segmentation.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReportFile } from '../../src/search/read-report.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Writes the peer's site for the reports under `contentDir`; returns how many pages it wrote. */
export function writePeerSite(contentDir: string, siteDir: string): number {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  const dir = join(contentDir, 'reports');
  const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
  for (const f of files) {
    const { id, data, body } = readReportFile(join(dir, f));
    const paragraphs = body
      .split(/\n+/)
      .map((l) => l.replace(/^#{1,6}\s+/, '').trim())
      .filter(Boolean)
      .map((l) => `<p>${escape(l)}</p>`)
      .join('');
    writeFileSync(
      join(siteDir, `${id}.html`),
      `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>${escape(data.title)}</title></head><body><main data-pagefind-body><h1>${escape(data.title)}</h1>${paragraphs}</main></body></html>`,
    );
  }
  return files.length;
}
