/** Figures in a browser: a figure's link marks its sentence; an indicator page draws its chart and table at phone and desk widths. */
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

describe('a report page’s figures', () => {
  it.each([
    ['330922-2022-gov', '行政规范性文件35件'],
    // Traditional script: the link carries the simplified reading, the page marks the sentence as published.
    ['330108-2020-gov', '審結61件'],
  ])('%s: the figure link opens the report with its sentence marked and in view', async (id, words) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${root.url}/reports/${id}/`);
    const row = page.locator('.figures-table tr', { hasText: words.replace(/^.*?(\d+)件$/, '$1件') }).first();
    await row.locator('a.figure-link').click();
    await page.waitForURL(new RegExp(`/reports/${id}/\\?hl=`));
    const mark = page.locator('.report-body mark.hit.current');
    await mark.waitFor();
    expect(await mark.innerText()).toContain(words);
    expect(await page.locator('.report-body mark.hit').count()).toBe(1);
    const box = (await mark.boundingBox())!;
    expect(box.y + box.height).toBeGreaterThan(0);
    expect(box.y).toBeLessThan(800);
    expect(await page.locator('#hit-count').innerText()).toMatch(/第 1 \/ 1 处/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('an indicator page', () => {
  it.each([390, 1280])('renders its chart and table without errors at %i px', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${root.url}/indicators/head_appearance_rate/`);
    const svg = page.locator('figure.indicator-chart svg');
    const box = (await svg.boundingBox())!;
    // The chart fits the screen: no wider than the viewport, and scaled, not clipped.
    expect(box.width).toBeGreaterThan(200);
    expect(box.width).toBeLessThanOrEqual(width);
    expect(box.height / box.width).toBeCloseTo(300 / 440, 1);
    const rows = page.locator('.indicator-table tbody tr');
    // One dot per own figure, one table row per own figure.
    expect(await svg.locator('circle').count()).toBe(await rows.count());
    expect(await rows.count()).toBeGreaterThan(1);
    await expect(rows.first().innerText()).resolves.toMatch(/%/);
    // The page does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(errors).toEqual([]);
    await context.close();
  });
});
