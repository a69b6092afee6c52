/**
 * What the search tests compare the site with: the bundled reports read from their Markdown,
 * normalized as search normalizes (t2s, NFKC, lower case), the rule a hit obeys (written here
 * on its own, not taken from the code under test), and the helpers that wait for the search page
 * and read every hit it lists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import type { Page } from 'playwright-core';
import { parseMarkdownFile } from '../../src/lib/frontmatter.ts';
import { readerText } from '../../src/search/report-text.ts';
import { ROOT } from './sites.ts';

export const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
export const norm = (s: string) => t2s(s).normalize('NFKC').toLowerCase();

export const REPORTS = readdirSync(join(ROOT, 'content/reports')).map((f) => {
  const { data, body } = parseMarkdownFile(readFileSync(join(ROOT, 'content/reports', f), 'utf8'));
  const region = String(data.region);
  return {
    id: f.replace(/\.md$/, ''),
    year: String(data.year),
    province: region === '100000' ? region : `${region.slice(0, 2)}0000`,
    script: String(data.script),
    title: norm(String(data.title)),
    body: norm(readerText(body)),
    text: norm(`${String(data.title)}\n${readerText(body)}`),
  };
});

/** A number or a Latin word: letters and digits of any script but Han, with inner dots (2.17, v1.2). */
const WORD = /(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:\.(?:(?!\p{Script=Han})[\p{L}\p{N}])+)*/gu;

/**
 * Where a text (normalized) holds a term, by the archive's rule: the term's characters in a row,
 * white space of any length matching one space, and no occurrence starting or ending inside a
 * number or Latin word of the text (1件 is not in 21件, 98% not in 0.98%). Occurrences do not
 * overlap; offsets are into the text with its white space collapsed.
 */
export function occurrences(text: string, term: string): number[] {
  const t = text.replace(/\s+/g, ' ');
  const q = term.replace(/\s+/g, ' ').trim();
  if (!q) return [];
  const inside = new Set<number>();
  for (const m of t.matchAll(WORD)) for (let i = m.index + 1; i < m.index + m[0].length; i++) inside.add(i);
  const out: number[] = [];
  for (let i = t.indexOf(q); i >= 0; ) {
    const whole = !inside.has(i) && !inside.has(i + q.length);
    if (whole) out.push(i);
    i = t.indexOf(q, whole ? i + q.length : i + 1);
  }
  return out;
}

/** Whether a report (its title or its text) contains a term, by the rule above. */
export const hasTerm = (r: { title: string; body: string }, term: string): boolean => occurrences(r.title, term).length > 0 || occurrences(r.body, term).length > 0;

/** Reports containing every space-separated term of the query, optionally filtered. */
export function expected(q: string, filter: { year?: string; province?: string } = {}): string[] {
  const terms = norm(q).split(/\s+/).filter(Boolean);
  return REPORTS.filter((r) => terms.every((t) => hasTerm(r, t)))
    .filter((r) => (!filter.year || r.year === filter.year) && (!filter.province || r.province === filter.province))
    .map((r) => r.id)
    .sort();
}

export async function waitForSearch(p: Page): Promise<void> {
  await p.waitForFunction(() => document.documentElement.dataset.searchDone);
}

/** Every listed report, pressing 更多 until all are shown, and the total the page states. */
export async function listed(p: Page): Promise<{ total: number; ids: string[] }> {
  await waitForSearch(p);
  for (;;) {
    const more = p.locator('#search-more');
    if (!(await more.isVisible())) break;
    const before = await p.locator('.search-hit').count();
    await more.click();
    await p.waitForFunction((n) => document.querySelectorAll('.search-hit').length > n, before);
  }
  const total = Number((await p.locator('#search-status').getAttribute('data-total')) ?? '0');
  const ids = await p.locator('.search-hit').evaluateAll((els) => els.map((e) => e.getAttribute('data-report') ?? ''));
  return { total, ids };
}
