/**
 * Issue 22: exact counts for terms that mix Han characters with numbers, Latin letters and
 * symbols. First the issue's own table, then terms drawn from the bundled corpus by rule
 * (tests/browser/mixed-terms.ts). For each, in simplified and traditional, with a filter and with
 * several terms: the count shown, the hit list and both bar charts' totals equal the rule applied
 * to the reports' text (tests/browser/corpus.ts: the term's characters in a row, a number or Latin
 * word at either end whole). Excerpts mark the term, and ?hl= marks its occurrences in a report.
 */
import * as OpenCC from 'opencc-js';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromium } from './chromium.ts';
import { expected, hasTerm, listed, norm, occurrences, REPORTS } from './corpus.ts';
import { mixedTerms } from './mixed-terms.ts';
import { type Served } from './serve.ts';
import { BUILDS } from './sites.ts';

const s2t = OpenCC.Converter({ from: 'cn', to: 'tw' });
const TERMS = mixedTerms();
const report = (id: string) => REPORTS.find((r) => r.id === id)!;

let browser: Browser;
let site: Served;
let page: Page;
const errors: string[] = [];
useChromium([BUILDS.root], async (b, served) => {
  browser = b;
  site = served[0]!;
  page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
});

/** Searches, and checks count, hit list and both charts' totals against `want`. */
async function check(params: Record<string, string>, want: string[]): Promise<void> {
  await page.goto(`${site.url}/search/?${new URLSearchParams(params)}`);
  const { total, ids } = await listed(page);
  expect([...ids].sort(), JSON.stringify(params)).toEqual([...want].sort());
  expect(total).toBe(want.length);
  if (!want.length) return;
  const charts = page.locator('#search-trend .trend-chart');
  for (const i of [0, 1]) {
    const bars = await charts.nth(i).locator('.bar-count').allInnerTexts();
    expect(bars.reduce((s, n) => s + Number(n), 0), `chart ${i} of ${JSON.stringify(params)}`).toBe(want.length);
  }
}

describe('the issue’s table', () => {
  const TABLE: [string, number][] = [
    ['2022年度', 2],
    ['98%', 3],
    ['互联网+政务服务', 1],
    ['1件', 5],
    ['双随机、一公开', 5],
    ['９８％', 3],
  ];
  for (const [q, n] of TABLE) {
    it(`${q}: ${n} reports`, async () => {
      expect(expected(q)).toHaveLength(n);
      await check({ q }, expected(q));
      expect(await page.locator('#search-status').innerText()).toContain(`共 ${n} 篇`);
    });
  }
});

describe('terms drawn from the corpus', () => {
  it('the generated table has every kind, present and absent terms', () => {
    for (const kind of ['number', 'cut number', 'latin', 'symbol', 'full-width', 'one character', 'absent']) expect(TERMS.some((t) => t.kind === kind), kind).toBe(true);
    // Characters alone: some in a single report, and some in many.
    const counts = TERMS.filter((t) => t.kind === 'one character').map((t) => expected(t.term).length);
    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(REPORTS.length / 2);
    for (const c of ['年度', '件', '个', '人次', '%']) expect(TERMS.some((t) => t.kind === 'number' && t.term.endsWith(c)), c).toBe(true);
    expect(TERMS.filter((t) => t.kind === 'number' && t.term.endsWith('件')).map((t) => t.term.length).length).toBeGreaterThanOrEqual(4);
    expect(TERMS.filter((t) => t.kind !== 'absent' && t.kind !== 'cut number').every((t) => expected(t.term).length > 0)).toBe(true);
    expect(TERMS.filter((t) => t.kind === 'absent').every((t) => expected(t.term).length === 0)).toBe(true);
    // A cut number's characters are in the text, inside a longer number, more often than the rule admits.
    expect(TERMS.filter((t) => t.kind === 'cut number').some((t) => REPORTS.filter((r) => r.text.includes(t.term)).length > expected(t.term).length)).toBe(true);
  });

  TERMS.forEach(({ term, kind }, i) => {
    it(`${term} (${kind}): both scripts, a filter, several terms`, async () => {
      const hant = s2t(term);
      await check({ q: term }, expected(term));
      await check({ q: hant }, expected(term));
      // A filter: the year, or the province, of the first report holding the term.
      const first = report(expected(term)[0] ?? '330108-2020-gov');
      const filter: { year?: string; province?: string } = i % 2 ? { year: first.year } : { province: first.province };
      const [key, value] = Object.entries(filter)[0]!;
      await check({ q: i % 4 < 2 ? term : hant, [key]: value! }, expected(term, filter));
      // Several terms: with a phrase in almost every report, and with the next generated term.
      await check({ q: `${i % 4 < 2 ? hant : term} 法治政府` }, expected(`${term} 法治政府`));
      const other = TERMS[(i + 1) % TERMS.length]!.term;
      await check({ q: `${term} ${other}`, sort: 'year' }, expected(`${term} ${other}`));
    });
  });
});

describe('OR, exclusion and quotes keep the rule', () => {
  const a = '1件';
  const b = '98%';
  it(`${a} OR ${b}`, async () => {
    await check({ q: `${a} OR ${b}` }, [...new Set([...expected(a), ...expected(b)])]);
  });
  it(`法治政府 -${a}`, async () => {
    await check({ q: `法治政府 -${a}` }, expected('法治政府').filter((id) => !expected(a).includes(id)));
  });
  it('a character alone, excluded and in OR', async () => {
    const [c, d] = TERMS.filter((t) => t.kind === 'one character').map((t) => t.term);
    await check({ q: `法治政府 -${c}` }, expected('法治政府').filter((id) => !expected(c!).includes(id)));
    await check({ q: `${c} OR ${d}` }, [...new Set([...expected(c!), ...expected(d!)])]);
  });
  it(`"${a}" quoted, and a quoted term with a symbol inside`, async () => {
    await check({ q: `"${a}"` }, expected(a));
    await check({ q: '"互联网+监管"' }, expected('互联网+监管'));
  });
  it('a quoted term with a space inside is checked against the text: only where the words stand that way', async () => {
    // A heading's number and its text, separated by a space in no report; and two words with a space between.
    const spaced = REPORTS.flatMap((r) => r.body.match(/\p{Script=Han}{2} \p{Script=Han}{2}/gu) ?? [])[0];
    await check({ q: '"法治 政府"' }, REPORTS.filter((r) => hasTerm(r, '法治 政府')).map((r) => r.id));
    if (spaced) await check({ q: `"${spaced}"` }, REPORTS.filter((r) => hasTerm(r, spaced)).map((r) => r.id));
  });
});

describe('excerpts and the report page mark the term itself', () => {
  const marked = TERMS.filter((t) => ['number', 'cut number', 'latin', 'symbol', 'full-width'].includes(t.kind) && expected(t.term).length > 0).filter((_, i) => i % 3 === 0);
  for (const { term } of marked) {
    it(`${term}`, async () => {
      const want = norm(term);
      const id = expected(term).find((x) => occurrences(report(x).body, want).length > 0)!;
      await page.goto(`${site.url}/search/?${new URLSearchParams({ q: term })}`);
      await listed(page);
      const hit = page.locator(`.search-hit[data-report="${id}"]`);
      await hit.scrollIntoViewIfNeeded();
      await page.waitForFunction((x) => document.querySelector(`.search-hit[data-report="${x}"] .excerpt mark`), id);
      const marks = await hit.locator('.excerpt mark').allInnerTexts();
      expect(marks.map(norm)).toContain(want);
      // The result's link opens the report with ?hl=: every occurrence by the rule, and only those, is marked.
      const href = (await hit.locator('a').first().getAttribute('href'))!;
      await page.goto(`${site.url}${href}`);
      await page.waitForFunction(() => document.querySelector('#hit-count')?.textContent);
      const hits = await page.locator('.report-body mark.hit').allInnerTexts();
      expect(hits.map(norm).every((h) => h === want)).toBe(true);
      expect(hits).toHaveLength(occurrences(report(id).body, want).length);
    });
  }
  it('no page error', () => {
    expect(errors).toEqual([]);
    // The rule's first report with 1件 has it as a whole number by a plain pattern too (not by the rule itself).
    expect(report(expected('1件')[0]!).body).toMatch(/(?<![\d.])1件/);
  });
});
