/** The search's pure core: tokens, query parsing, parts and excerpts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../../src/lib/frontmatter.ts';
import { excerptFor } from '../../src/search/excerpt.ts';
import { readerText } from '../../src/search/report-text.ts';
import { planPartitions, shardDigits } from '../../src/search/partitions.ts';
import { hlParam, parseBooleanQuery } from '../../src/search/boolean-query.ts';
import { CODE_LETTERS, findTerm, indexText, MAX_QUERY_WORDS, normalizeText, readingOf, sequenceTokens, STRETCH_END as E } from '../../src/search/tokens.ts';

const t2s = OpenCC.Converter({ from: 't', to: 'cn' });

describe('tokens', () => {
  const lookup = (q: string) => parseBooleanQuery(q).groups.flat().map((t) => t.lookups);
  const words = (text: string) => new Set(indexText(text).split(' '));
  /** Whether the index words of a text hold a lookup's words one after another, as Pagefind's phrase search does. */
  const phraseIn = (text: string, q: string) => {
    const seq = indexText(normalizeText(text)).split(' ');
    const [term] = parseBooleanQuery(q).groups.flat();
    expect(term!.verify).toBe(false);
    const want = term!.lookups[0]!.replace(/^"|"$/g, '').split(' ');
    return seq.some((_, i) => want.every((w: string, j: number) => seq[i + j] === w));
  };

  it('indexes adjacent units as pairs, Han characters, numbers, Latin words and symbols in one sequence', () => {
    // Every unit but a break begins one pair: with the next unit, or with the stretch's end.
    expect(sequenceTokens('行政复议')).toEqual(['行政', '政复', '复议', `议${E}`]);
    expect(sequenceTokens('2022年度')).toEqual(['2022年', '年度', `度${E}`]);
    // White space and clause marks end a stretch: no phrase runs across them.
    expect(sequenceTokens(normalizeText('行政，复议 听证'))).toEqual(['行政', `政${E}`, '复议', `议${E}`, '听证', `证${E}`]);
    // A symbol is a unit written in letters Pagefind keeps; a word keeps its inner dot.
    const pct = sequenceTokens('98%');
    expect(pct).toHaveLength(2);
    expect(pct[1]).toMatch(new RegExp(`${E}$`));
    expect(pct[0]).toMatch(/^98[\p{L}\p{N}]+$/u);
    expect(words('2.17').has('2ŀ17')).toBe(true);
    // One-unit terms: a Han character begins a pair wherever it stands, so it is looked up as a
    // prefix; other units are listed once each after the sequence, to be looked up whole.
    expect(indexText('行政复议').split(' ')).toEqual(['行政', '政复', '复议', `议${E}`]);
    expect(indexText('共98件').split(' ')).toEqual(['共98', '98件', `件${E}`, '98']);
    expect(words('败诉率至2.17%').has('2ŀ17')).toBe(true);
    expect(words('2179.94').has('2ŀ17')).toBe(false);
    expect(words('217').has('2ŀ17')).toBe(false);
  });

  it('writes units in characters no normalized text holds, so an encoded unit is never a word of the text', () => {
    const code = new Set(CODE_LETTERS);
    expect(code.size).toBe(CODE_LETTERS.length);
    const leaks: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      for (const c of normalizeText(String.fromCodePoint(cp))) if (code.has(c)) leaks.push(cp);
    }
    expect(leaks).toEqual([]);
  });

  it('reproductions of issue 22: a term is found exactly where the text holds it, numbers and Latin words whole', () => {
    expect(phraseIn('编制2022年度报告', '2022年度')).toBe(true);
    expect(phraseIn('2022年，年度报告', '2022年度')).toBe(false);
    expect(phraseIn('12022年度', '2022年度')).toBe(false);
    expect(phraseIn('达到98%以上', '98%')).toBe(true);
    expect(phraseIn('98，2%', '98%')).toBe(false);
    expect(phraseIn('198%', '98%')).toBe(false);
    expect(phraseIn('0.98%', '98%')).toBe(false);
    expect(phraseIn('推进互联网+政务服务', '互联网+政务服务')).toBe(true);
    expect(phraseIn('互联网政务服务', '互联网+政务服务')).toBe(false);
    expect(phraseIn('互联网、政务服务', '互联网+政务服务')).toBe(false);
    expect(phraseIn('办结1件事', '1件')).toBe(true);
    expect(phraseIn('办结21件', '1件')).toBe(false);
    expect(phraseIn('办结2.1件', '1件')).toBe(false);
    expect(phraseIn('落实双随机、一公开', '双随机、一公开')).toBe(true);
    expect(phraseIn('双随机一公开', '双随机、一公开')).toBe(false);
    expect(phraseIn('5g网络', '5g网')).toBe(true);
    expect(phraseIn('15g网络', '5g网')).toBe(false);
    // Full-width and half-width are the same (NFKC), in the text and in the query.
    expect(lookup('９８％')).toEqual(lookup('98%'));
    expect(lookup('互联网＋监管')).toEqual(lookup('互联网+监管'));
    expect(phraseIn('ＡＢＣ１２项', 'abc12项')).toBe(true);
  });

  it('finds a Han character alone, as the prefix Pagefind matches, exactly where the text holds it', () => {
    // Pagefind matches an unquoted word as the prefix of index words.
    const prefixIn = (text: string, q: string) => {
      const [term] = parseBooleanQuery(q).groups.flat();
      expect(term!.lookups).toEqual([q]);
      return indexText(normalizeText(text)).split(' ').some((w) => w.startsWith(term!.lookups[0]!));
    };
    for (const text of ['法', '依法行政', '行政执法。', '执法 检查', '法，治', '“法”', '98法', 'abc法']) expect(prefixIn(text, '法')).toBe(true);
    for (const text of ['依规行政', '灋', '98', 'abc', '。，']) expect(prefixIn(text, '法')).toBe(false);
  });

  it('finds occurrences by the same rule, for excerpts and hit marking', () => {
    expect(findTerm('共1件，21件，1件事', '1件')).toEqual([[1, 3], [8, 10]]);
    expect(findTerm('98%与198%', '98%')).toEqual([[0, 3]]);
    expect(findTerm('行政  复议', '行政 复议')).toEqual([[0, 6]]);
    expect(findTerm('行政复议', '行政 复议')).toEqual([]);
    const r = readingOf('气温３０℃')!;
    expect(r.reading).toBe('气温30°c');
    const [[s, e]] = findTerm(r.reading, '30°c');
    expect([r.from[s!], r.to[e! - 1]]).toEqual([2, 5]);
  });

  it('turns a query into terms, each one lookup: a phrase of its pairs, or one unit', () => {
    expect(parseBooleanQuery('行政复议  持证率 率').groups).toEqual([
      [{ text: '行政复议', lookups: ['"行政 政复 复议"'], verify: false }],
      [{ text: '持证率', lookups: ['"持证 证率"'], verify: false }],
      [{ text: '率', lookups: ['率'], verify: false }],
    ]);
    // A number, word or symbol alone is looked up whole, in the list after the sequence.
    expect(lookup('98')).toEqual([['"98"']]);
    // A quoted stretch is one term, its space included: the stretches around a break are looked
    // up, and the candidates are checked against their text.
    // A stretch that a break follows inside the term ends in the stretch's end.
    expect(parseBooleanQuery('"行政 复议"').groups).toEqual([[{ text: '行政 复议', lookups: [`"行政 政${E}"`, '"复议"'], verify: true }]]);
    expect(parseBooleanQuery('依法行政，建设').groups[0]![0]).toEqual({ text: '依法行政,建设', lookups: [`"依法 法行 行政 政${E}"`, '"建设"'], verify: true });
    expect(parseBooleanQuery('"法 治"').groups[0]![0]!.lookups).toEqual([`"法${E}"`, '治']);
    // 、 + % and the like are pairs like any unit: no check needed.
    expect(parseBooleanQuery('双随机、一公开').groups[0]![0]!.verify).toBe(false);
    // Quotation marks standing alone quote; inside a term they are part of it.
    expect(parseBooleanQuery('“八五”').groups[0]![0]!.text).toBe('八五');
    expect(parseBooleanQuery('开展“八五”普法').groups[0]![0]!.text).toBe('开展“八五”普法');
    expect(parseBooleanQuery('“”  ""').groups).toEqual([]);
    expect(lookup('ＡＢＣ１２')).toEqual([['"abc12"']]);
    // A pasted page is cut, and the query says so.
    const long = parseBooleanQuery('行政 复议 '.repeat(50));
    expect(long.groups.flat().reduce((n, t) => n + t.lookups.join(' ').split(' ').length, 0)).toBeLessThanOrEqual(MAX_QUERY_WORDS);
    expect(long.cut).toBe(true);
    const one = parseBooleanQuery('法'.repeat(120));
    expect(one.cut).toBe(true);
    expect(one.groups[0]![0]!.lookups[0]!.split(' ')).toHaveLength(MAX_QUERY_WORDS);
    expect(one.groups[0]![0]!.text).toBe('法'.repeat(MAX_QUERY_WORDS + 1));
  });

  it('the ?hl= parameter reads back as the same terms', () => {
    const terms = ['1件', '行政 复议', 'or', '-5%'];
    expect(parseBooleanQuery(hlParam(terms)).groups.flat().map((t) => t.text)).toEqual(terms);
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
  it('marks a number term whole, not inside a longer number, and reads the text as its page shows it', () => {
    const ex = excerptFor('## 一、办案\n\n受理21件，办结1件，\\*\\*\\*思想。', ['1件', '***思想'], (s) => s)!;
    expect(ex.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['1件', '***思想']);
    expect(ex.parts.map((p) => p.text).join('')).toBe('受理21件，办结1件，***思想。');
    expect(readerText('## 一、标题 ##\n\\*\\*\\*法治思想')).toBe('一、标题\n***法治思想');
  });

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
