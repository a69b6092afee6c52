/**
 * Issue 12, what readers and journalists meet, in Chromium at a phone's 390×844 and a desktop's
 * 1280×800: results first, the contents above the text on a phone, browsing by filters alone,
 * exclusion and OR, hit lists to take away, excerpts as published, bad filters explained, and
 * the hit marked in the report.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useChromium } from './chromium.ts';
import { expected, listed, REPORTS, t2s } from './corpus.ts';
import { type Served } from './serve.ts';
import { BUILDS } from './sites.ts';


let browser: Browser;
let site: Served;
const errors: string[] = [];

useChromium([BUILDS.root], (b, served) => {
  browser = b;
  site = served[0]!;
});

async function pageAt(width: number, height: number, opts: { acceptDownloads?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, ...opts });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
}
const done = (p: Page) => p.waitForFunction(() => document.documentElement.dataset.searchDone);
const allHits = async (p: Page) => (await listed(p)).ids.sort();

describe.each([
  [390, 844],
  [1280, 800],
])('at %i×%i', (width, height) => {
  it('the first result starts inside the first screen', async () => {
    const p = await pageAt(width, height);
    await p.goto(`${site.url}/search/?q=行政复议`);
    await done(p);
    const box = await p.locator('.search-hit').first().boundingBox();
    expect(box!.y).toBeLessThan(height - 40);
    await p.context().close();
  });

  it('the contents (目录), or its toggle, comes before the report text', async () => {
    const p = await pageAt(width, height);
    await p.goto(`${site.url}/reports/500233-2021-gov/`);
    const toc = await p.locator('.toc > summary').boundingBox();
    const text = await p.locator('.report-body').boundingBox();
    if (width < 1000) expect(toc!.y).toBeLessThan(text!.y);
    expect(toc!.y).toBeLessThan(height);
    // One numbering: the list adds none to the headings' own 一、.
    expect(await p.locator('.toc li').first().evaluate((li) => getComputedStyle(li).listStyleType)).toBe('none');
    await p.context().close();
  });
});

describe('search', () => {
  let page: Page;
  beforeAll(async () => {
    page = await pageAt(1280, 800, { acceptDownloads: true });
  });

  it('/search/?year=2021 lists exactly the 2021 reports', async () => {
    await page.goto(`${site.url}/search/?year=2021`);
    const want = REPORTS.filter((r) => r.year === '2021').map((r) => r.id).sort();
    expect(want.length).toBeGreaterThan(0);
    expect(await allHits(page)).toEqual(want);
    expect(await page.locator('#search-status').innerText()).toContain(`共 ${want.length} 篇`);
  });

  it('-词 excludes and OR takes either', async () => {
    await page.goto(`${site.url}/search/?${new URLSearchParams({ q: '行政复议 -听证' })}`);
    const without = expected('行政复议').filter((id) => !expected('听证').includes(id)).sort();
    expect(without.length).toBeGreaterThan(0);
    expect(without.length).toBeLessThan(expected('行政复议').length);
    expect(await allHits(page)).toEqual(without);
    await page.goto(`${site.url}/search/?${new URLSearchParams({ q: '嵊泗 OR 滨江' })}`);
    expect(await allHits(page)).toEqual([...new Set([...expected('嵊泗'), ...expected('滨江')])].sort());
  });

  it('exports every hit, not only those on screen, as CSV and as GB/T 7714 citations matching 共 N 篇', async () => {
    await page.goto(`${site.url}/search/?q=法治政府建设`);
    await done(page);
    const total = Number(await page.locator('#search-status').getAttribute('data-total'));
    expect(total).toBeGreaterThan(10);
    expect(await page.locator('.search-hit').count()).toBeLessThan(total);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV 表格' }).click()]);
    const rows = readFileSync((await csv.path())!, 'utf8').replace(/^\ufeff/, '').trim().split('\r\n');
    expect(rows[0]).toBe('id,title,region,year,publisher,published,url,excerpt');
    expect(rows).toHaveLength(total + 1);
    const [cite] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'GB/T 7714 引文' }).click()]);
    const lines = readFileSync((await cite.path())!, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(total);
    expect(lines[0]).toMatch(/^\[1\] .+\[EB\/OL\]\. .*\[\d{4}-\d{2}-\d{2}\]\. http:\/\/127\.0\.0\.1:\d+\/reports\/.+\.$/);
  });

  it('shows a traditional report’s excerpt in traditional, as published', async () => {
    await page.goto(`${site.url}/search/?q=行政复议`);
    const hant = REPORTS.find((r) => r.script === 'Hant' && expected('行政复议').includes(r.id))!;
    await listed(page);
    const hit = page.locator(`.search-hit[data-report="${hant.id}"] .excerpt`);
    await hit.scrollIntoViewIfNeeded();
    await page.waitForFunction((id) => document.querySelector(`.search-hit[data-report="${id}"] .excerpt mark`), hant.id);
    const text = await hit.innerText();
    expect(text).toContain('行政複議');
    expect(t2s(text)).not.toBe(text);
  });

  it('explains year=9999 and offers a way out', async () => {
    await page.goto(`${site.url}/search/?q=行政复议&year=9999`);
    await done(page);
    const notice = page.locator('#search-notice');
    expect(await notice.innerText()).toContain('year=9999');
    expect(await notice.locator('a').count()).toBeGreaterThan(0);
    // The search itself still runs, without the filter that does not exist.
    expect(await page.locator('#search-status').innerText()).toContain(`共 ${expected('行政复议').length} 篇`);
    await page.goto(`${site.url}/search/?q=量子纠缠态&year=2022`);
    await done(page);
    expect(await page.locator('#search-status').innerText()).toContain('共 0 篇');
    expect(await page.locator('#search-help').getByRole('link', { name: '不加筛选再搜一次' }).getAttribute('href')).toBe('/search/?q=%E9%87%8F%E5%AD%90%E7%BA%A0%E7%BC%A0%E6%80%81');
  });

  it('marks the hit in the report after following a result, and steps through the hits', async () => {
    await page.goto(`${site.url}/search/?q=持证率`);
    await done(page);
    await page.waitForFunction(() => document.querySelector('.search-hit .excerpt mark'));
    await page.locator('.search-hit a').first().click();
    await page.waitForURL(/\/reports\/330305-2020-sfj\/\?hl=/);
    await page.waitForFunction(() => document.querySelector('.report-body mark.hit.current'));
    expect(await page.locator('.report-body mark.hit').first().innerText()).toBe('持证率');
    const count = await page.locator('.report-body mark.hit').count();
    expect(await page.locator('#hit-count').innerText()).toContain(`/ ${count} 处`);
    await page.getByRole('button', { name: '下一处' }).click();
    expect(await page.locator('#hit-count').innerText()).toMatch(/第 \d+ \//);
  });

  it('arrowing through a dropdown adds one history entry, not one per option', async () => {
    await page.goto(`${site.url}/search/?q=行政复议`);
    await done(page);
    const before = await page.evaluate(() => history.length);
    await page.evaluate(() => ((document.getElementById('search-options') as HTMLDetailsElement).open = true));
    await page.locator('#filter-year').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await page.waitForURL(/year=/);
    await done(page);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
  });

  it('moves focus to the first new hit after 更多', async () => {
    await page.goto(`${site.url}/search/?q=法治政府建设`);
    await done(page);
    await page.locator('#search-more').click();
    await page.waitForFunction(() => document.activeElement?.closest('.search-hit'));
    const index = await page.evaluate(() => [...document.querySelectorAll('.search-hit')].indexOf(document.activeElement!.closest('.search-hit')!));
    expect(index).toBe(10);
    expect(errors).toEqual([]);
  });
});
