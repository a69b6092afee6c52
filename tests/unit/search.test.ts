/** The search's pure core: tokens, query parsing, parts and excerpts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../../src/lib/frontmatter.ts';
import { excerptFor } from '../../src/search/excerpt.ts';
import { planPartitions, shardDigits } from '../../src/search/partitions.ts';
import { indexText, parseQuery, RUN_BREAK, sequenceTokens, textTokens } from '../../src/search/tokens.ts';

const t2s = OpenCC.Converter({ from: 't', to: 'cn' });

describe('tokens', () => {
  it('indexes Han runs as ordered bigrams and numbers as whole words, so a query finds what the text holds', () => {
    const tokens = textTokens('败诉率至2.17%，持证率92.60%');
    for (const t of ['持证', '证率', '2_17', '92_60']) expect(tokens.has(t)).toBe(true);
    expect(tokens.has('217')).toBe(false);
    expect(parseQuery('2.17')[0]!.tokens).toEqual(['2_17']);
    expect(textTokens('2179.94').has('2_17')).toBe(false);
    // Runs are kept apart, so no phrase matches across punctuation.
    expect(sequenceTokens('行政，复议')).toEqual(['行政', RUN_BREAK, '复议', RUN_BREAK]);
    expect(indexText('行政复议').split(' ')).toEqual(['行政', '政复', '复议', RUN_BREAK, '行', '政', '复', '议']);
  });

  it('turns a query into terms that must all match, a Han term as the phrase of its bigrams', () => {
    expect(parseQuery('行政复议  持证率 率')).toEqual([
      { text: '行政复议', tokens: ['行政 政复 复议'] },
      { text: '持证率', tokens: ['持证 证率'] },
      { text: '率', tokens: ['率'] },
    ]);
    expect(parseQuery('"行政 复议"')).toEqual([{ text: '行政 复议', tokens: ['行政', '复议'] }]);
    expect(parseQuery('，。！ <> ""')).toEqual([]);
    expect(parseQuery('ＡＢＣ１２')).toEqual([{ text: 'abc12', tokens: ['abc12'] }]);
    expect(parseQuery('行政 复议 '.repeat(50)).flatMap((t) => t.tokens).length).toBeLessThanOrEqual(24);
  });
});

describe('parts', () => {
  it('packs consecutive years up to the part size and splits a larger year', () => {
    const items = [
      ...Array.from({ length: 3 }, (_, i) => ({ id: `a${i}`, year: 2015 })),
      ...Array.from({ length: 4 }, (_, i) => ({ id: `b${i}`, year: 2016 })),
      ...Array.from({ length: 12 }, (_, i) => ({ id: `c${String(i).padStart(2, '0')}`, year: 2017 })),
      { id: 'd0', year: 2018 },
    ];
    const parts = planPartitions(items, 8);
    expect(parts.map((p) => [p.name, p.ids.length, p.years])).toEqual([
      ['y2018', 1, [2018, 2018]],
      ['y2017-p2', 6, [2017, 2017]],
      ['y2017-p1', 6, [2017, 2017]],
      ['y2015-2016', 7, [2015, 2016]],
    ]);
    expect(parts.flatMap((p) => p.ids).sort()).toEqual(items.map((i) => i.id).sort());
    expect(shardDigits(28)).toBe(1);
    expect(shardDigits(50000)).toBe(3);
  });

  it('splits a small archive so that both indexing processes have a part of about the same size', () => {
    const items = [2015, 2016, 2017, 2018, 2019].flatMap((year, y) => Array.from({ length: 100 + 10 * y }, (_, i) => ({ id: `${year}-${i}`, year })));
    expect(planPartitions(items, 2000).length).toBe(1);
    const parts = planPartitions(items, 2000, 2);
    expect(parts.map((p) => [p.name, p.ids.length])).toEqual([
      ['y2018-2019', 270],
      ['y2015-2017', 330],
    ]);
    // A large archive keeps year-packed parts of the full size, so a new report re-indexes one part.
    expect(planPartitions(items, 200, 2).map((p) => p.ids.length)).toEqual([140, 130, 120, 110, 100]);
  });
});

describe('excerpts', () => {
  const file = (id: string) => parseMarkdownFile(readFileSync(join(import.meta.dirname, '../../content/reports', `${id}.md`), 'utf8'));

  it('cuts around the hit, marks every term, and links the section by its heading id', () => {
    const ex = excerptFor(file('330305-2020-sfj').body, ['持证率'], t2s)!;
    expect(ex.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['持证率']);
    expect(ex.parts.map((p) => p.text).join('')).toContain('全区行政执法持证率92.60%');
    expect(ex.anchor).toBe('二坚持示范创建引领纵深推进法治政府建设');
  });

  it('finds a simplified term in a traditional report, quotes it as published, and links the traditional heading id', () => {
    const ex = excerptFor(file('330108-2020-gov').body, ['行政复议'], t2s)!;
    expect(ex.parts.some((p) => p.mark && p.text === '行政複議')).toBe(true);
    expect(ex.parts.map((p) => p.text).join('')).toMatch(/審結|糾錯率|複議/);
    expect(ex.anchor).toBe('五依法有效化解社會矛盾糾紛');
  });
});
