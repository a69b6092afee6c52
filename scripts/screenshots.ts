/**
 * npm run screenshots: builds nothing; serves dist/ and saves PNGs of the home, report and search
 * pages at 1280 px and 390 px wide, for a reader of 简 and for one who chose 繁, into screenshots/
 * (Debian's Chromium through playwright-core).
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
  ['search', '/search/?q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE'],
];
for (const script of ['Hans', 'Hant'] as const) {
  for (const width of [1280, 390]) {
    const context = await browser.newContext({ viewport: { width, height: width > 500 ? 800 : 844 }, deviceScaleFactor: 1 });
    if (script === 'Hant') await context.addInitScript(() => localStorage.setItem('zh-script', 'Hant'));
    const page = await context.newPage();
    for (const [name, path] of pages) {
      await page.goto(server.url + path);
      if (name === 'search') await page.waitForFunction(() => document.documentElement.dataset.searchDone);
      await page.waitForTimeout(300);
      const file = join(out, `${name}-${width}-${script}.png`);
      await page.screenshot({ path: file, fullPage: false });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
await server.close();
