/**
 * What the search tests compare the site with: the bundled reports read from their Markdown,
 * normalized as search normalizes (t2s, NFKC, lower case), and the helpers that wait for the
 * search page and read every hit it lists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import type { Page } from 'playwright-core';
import { parseMarkdownFile } from '../../src/lib/frontmatter.ts';
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
    text: norm(`${String(data.title)}\n${body}`),
  };
});

/** Reports containing every space-separated term of the query, optionally filtered. */
export function expected(q: string, filter: { year?: string; province?: string } = {}): string[] {
  const terms = norm(q).split(/\s+/).filter(Boolean);
  return REPORTS.filter((r) => terms.every((t) => r.text.includes(t)))
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
