/**
 * Issue 11: exact matches. Phrases of 4 to 10 characters generated from the bundled corpus: some
 * present, and some that a bag of trigrams would admit (every trigram occurs in one report) but
 * that no report contains. For each, in simplified and traditional, with and without a year
 * filter: the count shown, the hit list and the year bars' total equal grep over the t2s text.
 */
import * as OpenCC from 'opencc-js';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromium } from './chromium.ts';
import { listed, REPORTS } from './corpus.ts';
import { type Served } from './serve.ts';
import { BUILDS } from './sites.ts';

const s2t = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** A small deterministic generator, so the phrases are the same on every run. */
function random(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const runs = REPORTS.map((r) => ({ id: r.id, runs: r.text.match(/\p{Script=Han}{12,}/gu) ?? [] }));
const contains = (p: string) => REPORTS.filter((r) => r.text.includes(p)).map((r) => r.id);

function present(n: number): string[] {
  const rnd = random(7);
  const out = new Set<string>();
  while (out.size < n) {
    const r = runs[Math.floor(rnd() * runs.length)]!;
    const run = r.runs[Math.floor(rnd() * r.runs.length)];
    if (!run) continue;
    const len = 4 + Math.floor(rnd() * 7);
    const at = Math.floor(rnd() * (run.length - len));
    out.add(run.slice(at, at + len));
  }
  return [...out];
}

/** Phrases whose every trigram occurs in one report, which no report contains. */
function trigramBagOnly(n: number): string[] {
  const rnd = random(11);
  const out = new Set<string>();
  for (let tries = 0; out.size < n && tries < 20000; tries++) {
    const r = runs[Math.floor(rnd() * runs.length)]!;
    const text = r.runs.join('|');
    const next = new Map<string, Set<string>>();
    for (const run of r.runs) for (let i = 0; i + 2 < run.length; i++) next.set(run.slice(i, i + 2), (next.get(run.slice(i, i + 2)) ?? new Set()).add(run[i + 2]!));
    const run = r.runs[Math.floor(rnd() * r.runs.length)];
    if (!run) continue;
    const at = Math.floor(rnd() * (run.length - 3));
    let phrase = run.slice(at, at + 3);
    const len = 4 + Math.floor(rnd() * 7);
    while (phrase.length < len) {
      const options = [...(next.get(phrase.slice(-2)) ?? [])];
      if (!options.length) break;
      // Prefer a continuation that leaves the report's own text.
      const away = options.filter((c) => !text.includes(phrase + c));
      const pool = away.length ? away : options;
      phrase += pool[Math.floor(rnd() * pool.length)]!;
    }
    if (phrase.length >= 4 && contains(phrase).length === 0) out.add(phrase);
  }
  return [...out];
}

const PHRASES = [...present(6).map((p) => [p, 'present'] as const), ...trigramBagOnly(6).map((p) => [p, 'absent, every trigram in one report'] as const)];

let browser: Browser;
let site: Served;
let page: Page;
useChromium([BUILDS.root], async (b, served) => {
  browser = b;
  site = served[0]!;
  page = await browser.newPage();
});

describe('exact phrase matches on the 4-part index', () => {
  it('the generated table has both kinds', () => {
    expect(PHRASES.filter(([, k]) => k === 'present')).toHaveLength(6);
    expect(PHRASES.filter(([, k]) => k !== 'present').length).toBeGreaterThanOrEqual(4);
  });

  for (const [phrase, kind] of PHRASES) {
    for (const script of ['Hans', 'Hant'] as const) {
      for (const year of ['', '2022']) {
        const q = script === 'Hant' ? s2t(phrase) : phrase;
        it(`${q} (${kind}${year ? `, year ${year}` : ''})`, async () => {
          await page.goto(`${site.url}/search/?${new URLSearchParams({ q, ...(year ? { year } : {}) })}`);
          const want = contains(phrase)
            .filter((id) => !year || REPORTS.find((r) => r.id === id)!.year === year)
            .sort();
          const { total, ids } = await listed(page);
          expect([...ids].sort()).toEqual(want);
          expect(total).toBe(want.length);
          const bars = await page.locator('#search-trend .trend-chart').first().locator('.bar-count').allInnerTexts();
          expect(bars.reduce((s, n) => s + Number(n), 0)).toBe(want.length);
        });
      }
    }
  }
});

describe('several terms, both scripts, sorted by relevance and by year', () => {
  const yearOf = (id: string) => REPORTS.find((r) => r.id === id)!.year;
  const cases = PHRASES.filter(([, k]) => k === 'present')
    .slice(0, 3)
    .map(([p]) => [p, '法治政府'] as const);
  for (const [a, b] of cases) {
    for (const script of ['Hans', 'Hant'] as const) {
      for (const sort of ['', 'year']) {
        const q = script === 'Hant' ? `${s2t(a)} ${s2t(b)}` : `${a} ${b}`;
        it(`${q}${sort ? ' (sort by year)' : ''}`, async () => {
          await page.goto(`${site.url}/search/?${new URLSearchParams({ q, ...(sort ? { sort } : {}) })}`);
          const want = contains(a).filter((id) => contains(b).includes(id)).sort();
          expect(want.length).toBeGreaterThan(0);
          const { total, ids } = await listed(page);
          expect([...ids].sort()).toEqual(want);
          expect(total).toBe(want.length);
          const charts = page.locator('#search-trend .trend-chart');
          for (const i of [0, 1]) {
            const bars = await charts.nth(i).locator('.bar-count').allInnerTexts();
            expect(bars.reduce((s, n) => s + Number(n), 0)).toBe(want.length);
          }
          if (sort) expect(ids.map(yearOf)).toEqual([...ids.map(yearOf)].sort().reverse());
        });
      }
    }
  }
});
