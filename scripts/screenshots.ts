/**
 * npm run screenshots: builds nothing; serves dist/ and saves PNGs of the home page and a report
 * page at 1280 px and 390 px wide into screenshots/ (Debian's Chromium through playwright-core).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../tests/browser/chromium.ts';
import { serveStatic } from '../tests/browser/serve.ts';

const out = resolve(process.argv[2] ?? 'screenshots');
mkdirSync(out, { recursive: true });
const server = await serveStatic(resolve('dist'));
const browser = await launchChromium();
const pages: [string, string][] = [
  ['home', '/'],
  ['report', '/reports/500233-2021-gov/'],
  ['report-hant', '/reports/330108-2020-gov/'],
];
for (const width of [1280, 390]) {
  const context = await browser.newContext({ viewport: { width, height: width > 500 ? 900 : 844 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const [name, path] of pages) {
    await page.goto(server.url + path);
    const file = join(out, `${name}-${width}.png`);
    await page.screenshot({ path: file, fullPage: false });
    console.log(file);
  }
  await context.close();
}
await browser.close();
await server.close();
