/** What only a browser shows: navigation by links, the 简/繁 switch, TOC scrolling, copying a citation, the site under a sub-path. */
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { useChromium } from './chromium.ts';
import { type Served } from './serve.ts';
import { BUILDS } from './sites.ts';

/** Retries an assertion until it holds or 5 s pass: pages change after clicks and scripts. */
async function until(check: () => Promise<void>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
const hasText = (l: Locator, text: string) => until(async () => expect((await l.innerText()).trim()).toBe(text));
const hasAttribute = (l: Locator, name: string, value: string) => until(async () => expect(await l.getAttribute(name)).toBe(value));

let browser: Browser;
let root: Served;
let sub: Served;

useChromium([BUILDS.root, BUILDS.sub], (b, served) => {
  browser = b;
  root = served[0]!;
  sub = served[1]!;
});

async function newPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  return { context, page };
}

describe('browsing', () => {
  it('goes home → a province → a county → a report through links alone', async () => {
    const { context, page } = await newPage();
    await page.goto(`${root.url}/`);
    await page.getByRole('link', { name: '重庆市', exact: true }).first().click();
    await hasText(page.locator('h1'), '重庆市');
    await page.getByRole('link', { name: '忠县', exact: true }).click();
    await hasText(page.locator('h1'), '忠县');
    await page.getByRole('link', { name: '忠县人民政府2021年法治政府建设年度报告' }).click();
    await hasText(page.locator('h1'), '忠县人民政府2021年法治政府建设年度报告');
    expect(await page.locator('.breadcrumb').innerText()).toMatch(/全部地区\s*重庆市\s*忠县/);
    await context.close();
  });

  it('table-of-contents links scroll to their headings', async () => {
    const { context, page } = await newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${root.url}/reports/500233-2021-gov/`);
    const link = page.locator('.toc a').nth(3);
    const text = await link.innerText();
    await link.click();
    const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const heading = page.locator(`[id="${hash}"]`);
    await hasText(heading, text);
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(40);
    await context.close();
  });
});

describe('simplified / traditional', () => {
  it('converts a report page, and the choice persists on the next page and after a reload', async () => {
    const { context, page } = await newPage();
    await page.goto(`${root.url}/reports/500233-2021-gov/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
    await page.getByRole('button', { name: /[简簡]\/繁/ }).click();
    await hasAttribute(page.locator('html'), 'lang', 'zh-Hant');
    await hasText(page.locator('h1'), '忠縣人民政府2021年法治政府建設年度報告');
    expect(await page.locator('.report-body').innerText()).toContain('法治政府建設');

    await page.getByRole('link', { name: '重慶市', exact: true }).first().click();
    await hasText(page.locator('h1'), '重慶市');
    await hasAttribute(page.locator('html'), 'lang', 'zh-Hant');

    await page.reload();
    await hasText(page.locator('h1'), '重慶市');
    await hasAttribute(page.locator('html'), 'lang', 'zh-Hant');

    await page.getByRole('button', { name: /[简簡]\/繁/ }).click();
    await hasText(page.locator('h1'), '重庆市');
    await hasAttribute(page.locator('html'), 'lang', 'zh-Hans');
    await context.close();
  });

  it('shows a traditional report as published, switchable to simplified', async () => {
    const { context, page } = await newPage();
    await page.goto(`${root.url}/reports/330108-2020-gov/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
    expect(await page.locator('.report-body').innerText()).toContain('全麵履行政府職能');
    await page.getByRole('button', { name: /[简簡]\/繁/ }).click();
    await hasAttribute(page.locator('html'), 'lang', 'zh-Hans');
    expect(await page.locator('.report-body').innerText()).toContain('全面履行政府职能');
    await context.close();
  });

  it('does not flash simplified text before converting for a reader who chose traditional', async () => {
    const { context, page } = await newPage();
    await context.addInitScript(() => localStorage.setItem('zh-script', 'Hant'));
    // Record every h1 text the page paints: it must never be the simplified one while visible.
    await context.addInitScript(() => {
      (window as any).__seen = [];
      const check = () => {
        const h1 = document.querySelector('h1');
        if (h1 && getComputedStyle(document.body).visibility !== 'hidden') (window as any).__seen.push(h1.textContent);
        if (!(window as any).__done) requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    await page.goto(`${root.url}/regions/500000/`);
    await hasText(page.locator('h1'), '重慶市');
    await page.waitForTimeout(200);
    const seen: string[] = await page.evaluate(() => ((window as any).__done = true, (window as any).__seen));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen).not.toContain('重庆市');
    await context.close();
  });
});

describe('citation', () => {
  it('copies the GB/T 7714 citation with today as the access date', async () => {
    const { context, page } = await newPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: root.url });
    await page.goto(`${root.url}/reports/500233-2021-gov/`);
    await page.locator('button[data-copy="gbt7714"]').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(copied).toBe(`忠县人民政府. 忠县人民政府2021年法治政府建设年度报告[EB/OL]. (2022-02-14)[${today}]. https://archive.example.org/reports/500233-2021-gov/.`);
    await hasText(page.locator('button[data-copy="gbt7714"]'), '已复制');
    await context.close();
  });
});

describe('under a sub-path (/archive/)', () => {
  it('serves every page and asset a reader reaches under it', async () => {
    const { context, page } = await newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(sub.url) && !r.url().startsWith('data:')) failed.push(`outside: ${r.url()}`);
    });
    await page.goto(`${sub.url}/`);
    await page.getByRole('link', { name: '浙江省', exact: true }).first().click();
    await page.getByRole('link', { name: '舟山市', exact: true }).click();
    await page.getByRole('link', { name: '嵊泗县', exact: true }).click();
    await page.getByRole('link', { name: /嵊泗县人民政府2022年/ }).click();
    // The page had no title: the archive's supplied one is shown in ［］, as a catalogue shows it.
    await hasText(page.locator('h1'), '［嵊泗县人民政府2022年法治政府建设工作报告］');
    expect(new URL(page.url()).pathname).toBe('/archive/reports/330922-2022-gov/');
    await page.getByRole('button', { name: /[简簡]\/繁/ }).click();
    await hasAttribute(page.locator('html'), 'lang', 'zh-Hant');
    const raw = await page.request.get(`${sub.url}/raw/004_d9075f519bf93576.txt`);
    expect(raw.status()).toBe(200);
    expect(failed).toEqual([]);
    expect(sub.requests.filter((p) => !p.startsWith('/archive/'))).toEqual([]);
    await context.close();
  });
});
