/**
 * npm run bench:script [-- --site dist --report 500233-2021-gov --json docs/script-switch.json]
 *
 * What the 简/繁 switch costs a reader, on a slow 4G profile (1.6 Mbps down, 750 kbps up, 150 ms
 * latency, as Lighthouse's "slow 4G"), in headless Chromium with an empty cache: a report page
 * for a reader with no preference (简), the same page for a reader who chose 繁 (the first page
 * of a visit), and the next page that reader opens (cache warm). For each: bytes transferred,
 * first contentful paint, and how long the page stayed blank (hidden until converted).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../tests/browser/chromium.ts';
import { serveStatic } from '../tests/browser/serve.ts';

const { values } = parseArgs({ options: { site: { type: 'string' }, report: { type: 'string' }, next: { type: 'string' }, json: { type: 'string' } } });
const site = resolve(values.site ?? 'dist');
const report = values.report ?? '500233-2021-gov';
const next = values.next ?? '330305-2020-sfj';

interface Row {
  case: string;
  bytes: number;
  requests: number;
  /** First contentful paint, from navigation start. */
  fcpMs: number;
  /** How long the page was kept hidden (html.script-pending) so as not to flash the other script. */
  hiddenMs: number;
}

async function measure(context: BrowserContext, path: string, label: string): Promise<Row> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 });
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
    requests++;
  });
  // When the page is hidden (html.script-pending added by the head script) and shown again.
  await page.addInitScript(() => {
    const w = window as unknown as { __hiddenAt?: number; __shownAt?: number };
    // The init script runs before <html> exists: watch the whole document for its class changing.
    new MutationObserver(() => {
      const pending = document.documentElement?.classList.contains('script-pending') ?? false;
      if (pending && w.__hiddenAt === undefined) w.__hiddenAt = performance.now();
      if (!pending && w.__hiddenAt !== undefined && w.__shownAt === undefined) w.__shownAt = performance.now();
    }).observe(document, { attributes: true, subtree: true, childList: true, attributeFilter: ['class'] });
  });
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  const t = await page.evaluate(() => {
    const w = window as unknown as { __hiddenAt?: number; __shownAt?: number };
    return {
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
      hidden: w.__hiddenAt === undefined ? 0 : (w.__shownAt ?? performance.now()) - w.__hiddenAt,
    };
  });
  await page.close();
  return { case: label, bytes, requests, fcpMs: Math.round(t.fcp), hiddenMs: Math.round(t.hidden) };
}

const server = await serveStatic(site, '/', { gzip: true });
const browser = await launchChromium();
const rows: Row[] = [];
try {
  const plain = await browser.newContext();
  rows.push(await measure(plain, `/reports/${report}/`, '简 (no preference), first page'));
  await plain.close();
  const hant = await browser.newContext();
  await hant.addInitScript(() => localStorage.setItem('zh-script', 'Hant'));
  rows.push(await measure(hant, `/reports/${report}/`, '繁 (reader chose 繁), first page'));
  rows.push(await measure(hant, `/reports/${next}/`, '繁, next page (cache warm)'));
  await hant.close();
} finally {
  await browser.close();
  await server.close();
}
const [hans, first] = rows;
console.log('| case | transferred | requests | first contentful paint | kept hidden |');
console.log('|---|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.case} | ${(r.bytes / 1000).toFixed(1)} kB | ${r.requests} | ${r.fcpMs} ms | ${r.hiddenMs} ms |`);
console.log(
  `繁 first page: ${((first!.bytes - hans!.bytes) / 1000).toFixed(1)} kB more than 简 (budget 100 kB); first paint ${first!.fcpMs - hans!.fcpMs} ms later than 简; kept hidden ${first!.hiddenMs} ms (budget 300 ms).`,
);
if (values.json) writeFileSync(values.json, `${JSON.stringify({ report, next, profile: 'slow 4G: 1.6 Mbps down, 750 kbps up, 150 ms', rows }, null, 2)}\n`);
