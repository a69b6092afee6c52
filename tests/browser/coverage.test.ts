/** The coverage ledger as a reader meets it: a province's missing governments per year, links to held reports, the datasets. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { useChromium } from './chromium.ts';
import { type Served } from './serve.ts';
import { BUILDS } from './sites.ts';

let browser: Browser;
let site: Served;
useChromium([BUILDS.root], (b, served) => {
  browser = b;
  site = served[0]!;
});

describe('a province page', () => {
  it('lists the prefectures whose 2022 report the archive does not hold, and links to a held one', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/regions/410000/`);
    const missing2022 = await page.locator('#missing-2022').innerText();
    // 河南省 holds 洛阳 and 平顶山 for 2022, and its own report; the other 15 prefectures and 济源 are missing.
    expect(missing2022).toMatch(/本档案未收录以下 16 个政府的报告（共 19 个）/);
    expect(missing2022).toContain('郑州市');
    expect(missing2022).toContain('济源市');
    expect(missing2022).not.toContain('洛阳市');
    expect(missing2022).not.toContain('河南省');
    expect(missing2022).not.toMatch(/未发布/);
    // 2019: nothing held, so all 19 are listed, the province itself first.
    expect(await page.locator('#missing-2019').innerText()).toMatch(/19 个政府的报告（共 19 个）：河南省、郑州市/);

    const row = page.getByRole('row', { name: /^洛阳市/ });
    expect(await row.getByRole('cell').nth(3).innerText()).toMatch(/^按期/);
    await row.getByRole('link', { name: /洛阳市2022年度：按期发布（2022-09-02 发布/ }).click();
    await page.waitForURL(/\/reports\/410300-2022-gov\/$/);
    expect(await page.locator('h1').innerText()).toContain('洛阳市');
    await page.close();
  });

  it('lists a municipality’s districts and counties, and says 未收录 without claiming they did not publish', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/regions/500000/`);
    const missing2021 = await page.locator('#missing-2021').innerText();
    expect(missing2021).toContain('万州区');
    expect(missing2021).not.toContain('忠县');
    expect(await page.locator('#coverage-heading + p').innerText()).toContain('不表示未发布');
    const zhong = page.getByRole('row', { name: /^忠县/ });
    expect(await zhong.getByRole('link', { name: /忠县2021年度：按期发布/ }).getAttribute('href')).toBe('/reports/500233-2021-gov/');
    await page.close();
  });

  it('is reached from the home page’s matrix, and the national page links every province', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    await page.getByRole('link', { name: '收录核查' }).click();
    await page.waitForURL(/\/coverage\/$/);
    expect(await page.locator('h1').innerText()).toBe('收录核查：各级政府年度报告');
    expect(await page.locator('#provinces + p + .ledger tbody tr').count()).toBe(31);
    await page.getByRole('link', { name: '河南省' }).click();
    expect(await page.locator('h1').innerText()).toBe('河南省');
    await page.close();
  });
});

describe('the ledger datasets', () => {
  const csv = readFileSync(join(BUILDS.root.dir, 'coverage.csv'), 'utf8').replace(/^\ufeff/, '').trimEnd().split('\r\n');
  const json = JSON.parse(readFileSync(join(BUILDS.root.dir, 'coverage.json'), 'utf8'));

  it('has one row per government and year, in both', () => {
    expect(json.years[0]).toBe(2019);
    expect(csv.length - 1).toBe(3215 * json.years.length);
    expect(json.governments).toHaveLength(3215 * json.years.length);
  });

  it('links a held report by its public address', () => {
    expect(csv.find((l) => l.startsWith('410300,洛阳市,prefecture,410000,2022,'))).toMatch(/,on_time,按期发布,410300-2022-gov,2022-09-02,.*https:\/\/archive\.example\.org\/reports\/410300-2022-gov\/$/);
  });
});
