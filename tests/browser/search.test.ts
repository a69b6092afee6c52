/**
 * Search semantics on the built site (issue 4), on the partitioned index the build makes: for a
 * table of queries, each alone and with a year and a province filter, the reports listed must be
 * exactly the reports whose title or text contains every query term, computed here from the
 * Markdown files normalized to simplified script. Also: the total shown, a result link opening
 * the report at an existing section, the URL reproducing the search after a reload, back and
 * forward, and odd input.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromium } from './chromium.ts';
import { expected, listed, REPORTS, waitForSearch } from './corpus.ts';
import { type Served } from './serve.ts';
import { BUILDS } from './sites.ts';
import { planPartitions } from '../../src/search/partitions.ts';

/** The reports of one part of the /archive/ build, planned as the build plans them (the default size, two parts at least). */
function planned(name: string): string[] {
  return planPartitions(REPORTS.map((r) => ({ id: r.id, year: Number(r.year) })), undefined, 2).find((p) => p.name === name)?.ids ?? [];
}

const QUERIES: { q: string; why: string }[] = [
  { q: '行政复议', why: 'a phrase the traditional 滨江 2020 report has, typed in simplified' },
  { q: '行政複議', why: 'the same phrase typed in traditional' },
  { q: '持证率', why: 'a phrase Pagefind alone matched loosely (持, 证)' },
  { q: '量子纠缠态', why: 'a phrase in no report' },
  { q: '行政复议 纠错率', why: 'two terms, both required' },
  { q: '2.17', why: 'a number (not 2179.94)' },
  { q: '嵊泗', why: 'a place name' },
  { q: '滨江', why: 'a place name written 濱江 in its report (and not 浙江, 江夏)' },
  { q: '法治政府建设', why: 'a phrase in almost every report (more than one page of results)' },
];
const FILTERS: { year?: string; province?: string }[] = [{}, { year: '2020' }, { year: '2022' }, { province: '330000' }, { province: '410000', year: '2022' }];

let browser: Browser;
let site: Served;
let single: Served;
let page: Page;
const errors: string[] = [];

useChromium([BUILDS.root, BUILDS.sub], async (b, served) => {
  browser = b;
  site = served[0]!;
  single = served[1]!;
  page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
});

async function open(p: Page, params: Record<string, string>, on: Served = site): Promise<void> {
  await p.goto(`${on.url}/search/?${new URLSearchParams(params)}`);
}

describe.each([
  ['partitioned index (4 parts)', () => site],
  ['two parts (the default), site under /archive/', () => single],
])('search results equal the reports containing every term: %s', (_, on) => {
  for (const { q, why } of QUERIES) {
    for (const f of FILTERS) {
      it(`${q} ${JSON.stringify(f)} (${why})`, async () => {
        await open(page, { q, ...f }, on());
        const { total, ids } = await listed(page);
        const want = expected(q, f);
        expect([...ids].sort()).toEqual(want);
        expect(total).toBe(want.length);
        expect(await page.locator('#search-status').innerText()).toContain(`共 ${want.length} 篇`);
      });
    }
  }

  it('the table covers what it claims', () => {
    expect(expected('行政复议')).toContain('330108-2020-gov');
    expect(expected('量子纠缠态')).toEqual([]);
    expect(expected('2.17').length).toBeGreaterThan(0);
    expect(REPORTS.some((r) => r.text.includes('2179.94') && !r.text.includes('2.17'))).toBe(true);
    expect(expected('法治政府建设').length).toBeGreaterThan(20);
    const parts = (dir: string) => (JSON.parse(readFileSync(join(dir, 'pagefind/manifest.json'), 'utf8')) as { partitions: unknown[] }).partitions.length;
    expect(parts(BUILDS.root.dir)).toBe(4);
    expect(parts(BUILDS.sub.dir)).toBe(2);
    expect(errors).toEqual([]);
  });
});

describe('a term checked against the text, past the limit the build sets', () => {
  // ，的 holds a clause mark: its candidates are the reports holding 的, each to be read. The
  // /archive/ build allows 5 (SEARCH_MAX_VERIFY), the corpus has more, a year filter fewer.
  const term = '，的';
  it('is refused with the number of candidates and the limit, and no count', async () => {
    const candidates = expected('的').length;
    expect(candidates).toBeGreaterThan(5);
    await open(page, { q: term }, single);
    const status = page.locator('#search-status');
    await page.waitForFunction(() => document.querySelector('#search-status')?.getAttribute('data-refused') === 'verify');
    // Refused while older parts are still loading, it says “at least” the candidates found so far.
    const [, atLeast, n] = /候选报告(至少)?有 (\d+) 篇，超过 5 篇的上限/.exec(await status.innerText())!;
    if (atLeast) expect(Number(n)).toBeLessThanOrEqual(candidates);
    else expect(Number(n)).toBe(candidates);
    expect(Number(n)).toBeGreaterThan(5);
    expect(await status.innerText()).not.toMatch(/共 \d+ 篇/);
    expect(await page.locator('.search-hit').count()).toBe(0);
  });
  it('is counted exactly once a filter brings the candidates under the limit', async () => {
    const year = REPORTS.map((r) => r.year).find((y) => expected('的', { year: y }).length > 0 && expected('的', { year: y }).length <= 5)!;
    await open(page, { q: term, year }, single);
    const { total, ids } = await listed(page);
    expect([...ids].sort()).toEqual(expected(term, { year }));
    expect(total).toBe(expected(term, { year }).length);
  });
});

describe('the search page', () => {
  it('shows trend bars per year and per province that apply their filter', async () => {
    await open(page, { q: '行政复议' });
    await waitForSearch(page);
    const bar = page.locator('.trend-chart a', { hasText: '2020年' });
    expect(await bar.getAttribute('aria-label')).toBe(`2020年：${expected('行政复议', { year: '2020' }).length} 篇`);
    await bar.click();
    await page.waitForURL(/year=2020/);
    const { ids } = await listed(page);
    expect(ids.sort()).toEqual(expected('行政复议', { year: '2020' }));
    const zj = page.locator('.trend-chart a', { hasText: '浙江省' });
    expect(await zj.getAttribute('aria-label')).toBe(`浙江省：${expected('行政复议', { year: '2020', province: '330000' }).length} 篇`);
  });

  it('a search filtered by year downloads only the index parts holding that year, and the rest when the filter is cleared', async () => {
    const fresh = await browser.newPage();
    const parts = new Set<string>();
    fresh.on('request', (r) => {
      const m = /\/pagefind\/(y[\d-p]+)\//.exec(new URL(r.url()).pathname);
      if (m && !r.url().endsWith('/pagefind.js')) parts.add(m[1]!);
    });
    await open(fresh, { q: '行政复议', year: '2020' });
    expect((await listed(fresh)).ids.sort()).toEqual(expected('行政复议', { year: '2020' }));
    expect([...parts]).toEqual(['y2020-2021']);
    await fresh.selectOption('#filter-year', '');
    await fresh.waitForURL((u) => !u.search.includes('year='));
    expect((await listed(fresh)).ids.sort()).toEqual(expected('行政复议'));
    expect([...parts].sort()).toEqual(['y2020-2021', 'y2022-p1', 'y2022-p2', 'y2022-p3']);
    await fresh.close();
  });

  it('shows the newest part\'s hits while older parts load, says the count is not final, then gives the exact total and the bars', async () => {
    const fresh = await browser.newPage();
    const manifest = JSON.parse(readFileSync(join(BUILDS.sub.dir, 'pagefind/manifest.json'), 'utf8')) as { partitions: { name: string; years: [number, number] }[] };
    const [newest, ...older] = manifest.partitions.map((p) => p.name);
    // Hold the older parts back until the first hits are checked.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await fresh.route(new RegExp(`/pagefind/(${older.join('|')})/`), async (route) => {
      await held;
      await route.continue();
    });
    await open(fresh, { q: '法治政府建设' }, single);
    await fresh.waitForFunction(() => document.querySelector('#search-status')?.getAttribute('data-partial'));
    const status = await fresh.locator('#search-status').innerText();
    expect(status).toMatch(/^已找到 \d+ 篇，正在检索更早年度（2020—2021年）/);
    const shownFirst = Number(/^已找到 (\d+) 篇/.exec(status)?.[1]);
    // The first hits are the newest part's: the reports of its year (2022) that contain the phrase.
    const inNewest = planned(newest!);
    expect(inNewest.length).toBeGreaterThan(0);
    expect(shownFirst).toBe(expected('法治政府建设').filter((id) => inNewest.includes(id)).length);
    await fresh.waitForFunction(() => document.querySelectorAll('.search-hit').length > 0);
    const first = await fresh.locator('.search-hit').evaluateAll((els) => els.map((e) => e.getAttribute('data-report') ?? ''));
    expect(first.length).toBe(Math.min(10, shownFirst));
    for (const id of first) expect(inNewest).toContain(id);
    expect(await fresh.locator('#search-status').getAttribute('data-total')).toBeNull();
    expect(await fresh.locator('#search-trend').isHidden()).toBe(true);
    release();
    const { total, ids } = await listed(fresh);
    expect(total).toBe(expected('法治政府建设').length);
    expect(ids.sort()).toEqual(expected('法治政府建设'));
    expect(await fresh.locator('#search-status').innerText()).toContain(`共 ${total} 篇`);
    expect(await fresh.locator('#search-trend').isVisible()).toBe(true);
    await fresh.close();
  });

  it('a result opens the report at the section holding the hit', async () => {
    await open(page, { q: '持证率' });
    await waitForSearch(page);
    const link = page.locator('.search-hit a').first();
    await page.waitForFunction(() => document.querySelector('.search-hit .excerpt mark'));
    expect(await page.locator('.search-hit .excerpt mark').first().innerText()).toBe('持证率');
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/reports\/330305-2020-sfj\/\?hl=%E6%8C%81%E8%AF%81%E7%8E%87#.+/);
    await link.click();
    await page.waitForURL(/\/reports\/330305-2020-sfj\//);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    expect(await page.locator('h1').innerText()).toContain('洞头区司法局');
  });

  it('the URL reproduces the search after a reload, and back and forward replay it', async () => {
    await open(page, { q: '行政复议 纠错率', province: '330000' });
    const first = await listed(page);
    expect(first.ids.sort()).toEqual(expected('行政复议 纠错率', { province: '330000' }));
    await page.reload();
    expect((await listed(page)).ids.sort()).toEqual(first.ids.sort());
    expect(await page.locator('#search-q').inputValue()).toBe('行政复议 纠错率');
    expect(await page.locator('#filter-province').inputValue()).toBe('330000');
    await page.selectOption('#filter-year', '2020');
    await page.waitForURL(/year=2020/);
    expect((await listed(page)).ids.sort()).toEqual(expected('行政复议 纠错率', { province: '330000', year: '2020' }));
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('year='));
    expect((await listed(page)).ids.sort()).toEqual(first.ids.sort());
  });

  it('filter values are data: ?province=constructor, __proto__, toString and unknown codes are ignored, and the page says so', async () => {
    for (const bad of ['constructor', '__proto__', 'toString', '999999']) {
      await open(page, { q: '行政复议', province: bad, prefecture: 'hasOwnProperty', year: '9999' });
      const { total, ids } = await listed(page);
      expect([...ids].sort()).toEqual(expected('行政复议'));
      expect(total).toBe(expected('行政复议').length);
      const notice = await page.locator('#search-notice').innerText();
      expect(notice).toContain(`province=${bad}`);
      expect(notice).toContain('year=9999');
    }
    expect(errors).toEqual([]);
  });

  it('odd input is harmless: no error, nothing injected', async () => {
    const odd = ['', '   ', '，。！？', '“”', 'a'.repeat(1000), '行政'.repeat(500), '<script>window.__x=1</script><img src=x onerror="window.__x=2">', '.*+?^${}()|[]\\', '行政複议 ＡＢＣ', '"行政复议"'];
    for (const q of odd) {
      await open(page, { q });
      await waitForSearch(page);
      expect(await page.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined();
      expect(await page.locator('#search-results img, #search-status *').count()).toBe(0);
    }
    await open(page, { q: '"行政复议"' });
    expect((await listed(page)).ids.sort()).toEqual(expected('行政复议'));
    expect(errors).toEqual([]);
  });
});
