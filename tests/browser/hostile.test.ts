/**
 * Issue 13, rows 1 and 2, in a browser: a site built from hostile input (see global-setup.ts and
 * tests/fixtures/hostile) runs nothing and loads nothing from another host — not on the report
 * pages, not from the raw originals, which are published as text for download.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useChromium } from './chromium.ts';
import { type Served } from './serve.ts';
import { HOSTILE, ROOT } from './sites.ts';

let browser: Browser;
let site: Served;

useChromium([HOSTILE], (b, served) => {
  browser = b;
  site = served[0]!;
});

/** Opens a page, records every dialog and every request that leaves the site, and gives the page time to misbehave. */
async function visit(path: string, act?: (page: Page) => Promise<void>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs: string[] = [];
  const outside: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(site.url) && !r.url().startsWith('data:')) outside.push(r.url());
  });
  const response = await page.goto(`${site.url}${path}`);
  await page.waitForTimeout(500);
  await act?.(page);
  const result = { status: response?.status(), type: response?.headers()['content-type'], text: await page.locator('body').innerText(), dialogs, outside };
  await context.close();
  return result;
}

describe('a site built from hostile input', () => {
  it('shows hand-written HTML in a report body as text, and runs none of it', async () => {
    const r = await visit('/reports/500233-2021-gov/', async (page) => {
      // A link with a javascript: address is not a link any more; click what is left of it.
      await page.getByText('原文', { exact: false }).last().click({ trial: false }).catch(() => {});
    });
    expect(r.status).toBe(200);
    expect(r.dialogs).toEqual([]);
    expect(r.outside).toEqual([]);
    expect(r.text).toContain('<script>alert(1)</script>');
    expect(r.text).toContain('<img src=x onerror=alert(2)>');
  });

  it('keeps no script, handler or remote resource from an imported page', async () => {
    const r = await visit('/reports/431225-2022-gov/');
    expect(r.status).toBe(200);
    expect(r.dialogs).toEqual([]);
    expect(r.outside).toEqual([]);
    expect(r.text).toContain('会同县坚持以习近平法治思想为指导');
  });

  it.each([
    ['/raw/hostile-page.html.txt', 'the saved HTML page'],
    ['/raw/hostile-image.svg.txt', 'the saved SVG'],
  ])('publishes %s (%s) as text: nothing runs, nothing loads', async (path) => {
    const r = await visit(path);
    expect(r.status).toBe(200);
    expect(r.type).toMatch(/^text\/plain/);
    expect(r.dialogs).toEqual([]);
    expect(r.outside).toEqual([]);
    expect(r.text).toContain('<script>');
  });

  it('builds a report whose title and publisher are YAML look-alikes (1_000, yes), and shows them as written', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/regions/431225/`);
    await page.getByRole('link', { name: '1_000' }).click();
    expect(await page.locator('h1').innerText()).toBe('1_000');
    expect(await page.locator('.meta').innerText()).toContain('yes');
    await context.close();
  });

  it('publishes no original under its active name', async () => {
    for (const path of ['/raw/hostile-page.html', '/raw/hostile-image.svg']) expect((await visit(path)).status).toBe(404);
  });

  it('publishes a PDF original as itself, byte for byte, to download: a document, never a page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/reports/500233-2020-gov/`);
    const link = page.getByRole('link', { name: '原始文件' });
    expect(await link.getAttribute('href')).toBe('/raw/zhongxian-2021.pdf');
    expect(await link.getAttribute('download')).not.toBeNull();
    expect(await page.locator('.downloads').innerText()).toContain('PDF');
    const res = await page.request.get(`${site.url}/raw/zhongxian-2021.pdf`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect(Buffer.from(await res.body()).equals(readFileSync(join(ROOT, 'tests/fixtures/documents/zhongxian-2021.pdf')))).toBe(true);
    expect((await page.request.get(`${site.url}/raw/zhongxian-2021.pdf.txt`)).status()).toBe(404);
    await context.close();
  });

  it('links the download of each original to its .txt copy', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/reports/431225-2022-gov/`);
    expect(await page.getByRole('link', { name: '原始文件' }).getAttribute('href')).toBe('/raw/hostile-page.html.txt');
    await context.close();
  });
});
