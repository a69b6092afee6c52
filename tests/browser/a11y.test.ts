/** axe-core in Chromium on the pages most readers see: no serious or critical violations. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { useChromium } from './chromium.ts';
import { type Served } from './serve.ts';
import { BUILDS } from './sites.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;
let site: Served;
useChromium([BUILDS.root], (b, served) => {
  browser = b;
  site = served[0]!;
});

describe.each([
  ['home', '/'],
  ['a region page', '/regions/330000/'],
  ['a municipality’s coverage ledger', '/regions/500000/'],
  ['the coverage ledger', '/coverage/'],
  ['a report page', '/reports/500233-2021-gov/'],
  ['a traditional report page', '/reports/330108-2020-gov/'],
  ['the catalogue', '/catalogue/'],
  ['an indicator page, chart and table', '/indicators/review_correction_rate/'],
  ['search results', '/search/?q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE'],
  ['a report opened from a result, hits marked', '/reports/330305-2020-sfj/?hl=%E6%8C%81%E8%AF%81%E7%8E%87'],
])('%s', (_name, path) => {
  it.each([1280, 360])('has no serious or critical accessibility violations at %i px', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.url + path);
    if (path.startsWith('/search/')) await page.waitForFunction(() => document.documentElement.dataset.searchDone);
    if (path.includes('?hl=')) await page.waitForFunction(() => document.querySelector('mark.hit.current'));
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => (window as any).axe.run(document, { resultTypes: ['violations'] }));
    const bad = (result.violations as any[])
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    expect(bad).toEqual([]);
    // Usable at this width: nothing wider than the viewport.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await context.close();
  });
});
