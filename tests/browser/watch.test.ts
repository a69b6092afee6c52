/**
 * Issue 21 in a browser: a report whose source the watch found gone says so in its provenance
 * panel, is listed on /gone/ (newest first, with a feed), and links its WARC evidence as a
 * download. Built into the hostile corpus from tests/fixtures/watch.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { useChromium } from './chromium.ts';
import { type Served } from './serve.ts';
import { HOSTILE } from './sites.ts';

const ID = '350100-2025-gov';
let browser: Browser;
let site: Served;

useChromium([HOSTILE], (b, served) => {
  browser = b;
  site = served[0]!;
});

describe('a report whose source is gone', () => {
  it('says so on its page, with when it was last seen and when it was found gone', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/reports/${ID}/`);
    const state = page.locator('[data-source-state]');
    await expect(state.getAttribute('data-source-state')).resolves.toBe('gone');
    expect(await state.innerText()).toBe('原网页已无法访问：最后可访问 2026-11-27，首次发现 2026-12-04');
    const label = await page.locator('dt', { hasText: '原网页状态' }).isVisible();
    expect(label).toBe(true);
    // The archived copy, as WARC: a download of gzip data, not a page.
    const warc = page.getByRole('link', { name: 'WARC 文件' });
    const href = await warc.getAttribute('href');
    expect(href).toMatch(/^\/warc\/\d{4}-\d{2}-\d{2}\/.+\.warc\.gz$/);
    expect(await warc.getAttribute('download')).not.toBeNull();
    const bytes = readFileSync(join(HOSTILE.dir, href!));
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    await page.close();
  });

  it('is listed on /gone/, with a feed', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/gone/`);
    const items = page.locator('.gone-list li');
    expect(await items.count()).toBe(1);
    expect(await items.first().innerText()).toMatch(/首次发现无法访问：2026-12-04；最后可访问：2026-11-27；原因：404/);
    await items.first().getByRole('link').click();
    await page.waitForURL(`**/reports/${ID}/`);
    expect(existsSync(join(HOSTILE.dir, 'gone.xml'))).toBe(true);
    expect(readFileSync(join(HOSTILE.dir, 'gone.xml'), 'utf8')).toMatch(new RegExp(`<link href="https://archive.example.org/reports/${ID}/"`));
    await page.close();
  });
});
