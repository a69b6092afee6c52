/**
 * npm run bench:search [-- --site dist --query 行政复议 --filter year=2022 --json out.json]
 *
 * Measures a first search on a built site in headless Chromium, as a reader meets it: the site is
 * served with gzip for text (as static hosts do), each measurement starts with an empty cache,
 * the search page is loaded and idle ("warm page"), the query is typed and submitted, and we
 * record the time until the first hits are on screen (a batch of up to 10, shown at once) with the
 * bytes transferred until then (page included, from the Resource Timing entries), the time until
 * the exact count is shown, and every byte transferred by the end (page, scripts, WebAssembly,
 * index chunks, records, excerpts). A filtered search is measured the same way with the filter
 * chosen before submitting.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/browser/chromium.ts';
import { serveStatic } from '../tests/browser/serve.ts';

export interface SearchMeasure {
  query: string;
  filter: string | null;
  results: number;
  pageBytes: number;
  searchBytes: number;
  totalBytes: number;
  requests: number;
  msToResults: number;
  /** Bytes transferred (page included) when the first hits are on screen (absent in rows measured before it was). */
  bytesToResults?: number;
  /** When the exact count (共 N 篇) is on screen. */
  msToCount?: number;
  msToDone: number;
}

export async function measureSearch(browser: Browser, url: string, query: string, filter?: [string, string]): Promise<SearchMeasure> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
    requests++;
  });
  await page.goto(`${url}/search/`, { waitUntil: 'networkidle' });
  const pageBytes = bytes;
  if (filter) await page.selectOption(`#filter-${filter[0]}`, filter[1]);
  await page.waitForLoadState('networkidle');
  await page.fill('#search-q', query);
  const timing = page.evaluate(
    () =>
      new Promise<{ results: number; bytes: number; count: number; done: number }>((done) => {
        performance.setResourceTimingBufferSize(10000);
        const t0 = performance.now();
        let results = 0;
        let bytes = 0;
        let count = 0;
        const transferred = () =>
          [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].reduce((n, e) => n + (e as PerformanceResourceTiming).transferSize, 0);
        const seen = () => {
          if (!results && (document.querySelector('.search-hit') || document.documentElement.dataset.searchDone)) {
            results = performance.now() - t0;
            bytes = transferred();
          }
          if (!count && document.querySelector('#search-status')?.hasAttribute('data-total')) count = performance.now() - t0;
          if (document.documentElement.dataset.searchDone) {
            done({ results, bytes, count: count || performance.now() - t0, done: performance.now() - t0 });
            return;
          }
          requestAnimationFrame(seen);
        };
        delete document.documentElement.dataset.searchDone;
        document.querySelector<HTMLFormElement>('#search-form')!.requestSubmit();
        requestAnimationFrame(seen);
      }),
  );
  const t = await timing;
  await page.waitForLoadState('networkidle');
  const results = Number((await page.locator('#search-status').getAttribute('data-total')) ?? 0);
  await context.close();
  return {
    query,
    filter: filter ? filter.join('=') : null,
    results,
    pageBytes,
    searchBytes: bytes - pageBytes,
    totalBytes: bytes,
    requests,
    msToResults: Math.round(t.results),
    bytesToResults: t.bytes,
    msToCount: Math.round(t.count),
    msToDone: Math.round(t.done),
  };
}

export async function benchSearch(site: string, queries: string[], filter?: [string, string]): Promise<SearchMeasure[]> {
  const served = await serveStatic(site, '/', { gzip: true });
  const browser = await launchChromium();
  try {
    const out: SearchMeasure[] = [];
    for (const q of queries) {
      out.push(await measureSearch(browser, served.url, q));
      if (filter) out.push(await measureSearch(browser, served.url, q, filter));
    }
    return out;
  } finally {
    await browser.close();
    await served.close();
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { site: { type: 'string', default: 'dist' }, query: { type: 'string', multiple: true }, filter: { type: 'string', default: 'year=2022' }, json: { type: 'string' } },
  });
  const queries = values.query?.length ? values.query : ['行政复议', '持证率', '行政复议 纠错率'];
  const [k, v] = values.filter!.split('=') as [string, string];
  const rows = await benchSearch(resolve(values.site!), queries, [k, v]);
  console.log('| query | filter | results | page KB | KB to first hits | ms to first hits | ms to count | total KB | requests | ms to done |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const kb = (n = 0) => (n / 1024).toFixed(1);
    console.log(`| ${r.query} | ${r.filter ?? '—'} | ${r.results} | ${kb(r.pageBytes)} | ${kb(r.bytesToResults)} | ${r.msToResults} | ${r.msToCount} | ${kb(r.totalBytes)} | ${r.requests} | ${r.msToDone} |`);
  }
  if (values.json) writeFileSync(values.json, JSON.stringify(rows, null, 2));
}
