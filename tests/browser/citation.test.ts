/** Issue 24 in a browser: the CSL-JSON download carries the reader's own access date. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { useChromium } from './chromium.ts';
import { type Served } from './serve.ts';
import { BUILDS } from './sites.ts';

let browser: Browser;
let root: Served;

useChromium([BUILDS.root], (b, served) => {
  browser = b;
  root = served[0]!;
});

describe('the CSL-JSON download', () => {
  it('gives a file named for the report, with today as the access date', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${root.url}/reports/500233-2021-gov/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载 CSL-JSON' }).click()]);
    expect(download.suggestedFilename()).toBe('500233-2021-gov.csl.json');
    const items = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Record<string, unknown>[];
    const today = await page.evaluate(() => {
      const d = new Date();
      return [d.getFullYear(), d.getMonth() + 1, d.getDate()];
    });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ type: 'report', title: '忠县人民政府2021年法治政府建设年度报告', author: [{ literal: '忠县人民政府' }], accessed: { 'date-parts': [today] } });
    await context.close();
  });

  it('keeps the citation meta tags as published when a reader switches the page to the other script', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${root.url}/reports/500233-2021-gov/`);
    await page.evaluate(() => localStorage.setItem('zh-script', 'Hant'));
    await page.reload();
    await expect.poll(() => page.locator('h1').innerText()).toBe('忠縣人民政府2021年法治政府建設年度報告');
    expect(await page.locator('meta[name="citation_title"]').getAttribute('content')).toBe('忠县人民政府2021年法治政府建设年度报告');
    await context.close();
  });
});
