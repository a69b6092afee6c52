import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSource } from '../../src/import/import-source.ts';
import { toLines } from '../../src/import/lines.ts';
import { fullWidthPunctuation } from '../../src/import/punctuation.ts';
import { gazetteer } from '../../src/lib/gazetteer-data.ts';
import { CHROME, RAW, SEED_FILES } from '../fixtures/seeds.ts';
import { markdownText } from '../helpers.ts';

const opts = (f: string) => ({ fileName: f, rawPath: `raw/${f}`, archived: '2026-11-21' });

describe.each(SEED_FILES)('%s: chrome removed, no report sentence lost', (file) => {
  const bytes = readFileSync(join(RAW, file));
  const result = importSource(bytes, gazetteer(), opts(file));
  const lines = toLines(new TextDecoder().decode(bytes));

  it('removes exactly the expected chrome lines', () => {
    expect(result.removed.map((l) => l.text)).toEqual(CHROME[file]);
  });

  it('accounts for every source line exactly once: a report body, metadata, or chrome', () => {
    const owners = new Map<number, string[]>();
    const own = (n: number, who: string) => owners.set(n, [...(owners.get(n) ?? []), who]);
    // A partial removal (residue cut from the start of a line) leaves the line to its report.
    for (const l of result.removed) if (!l.partial) own(l.n, `chrome:${l.rule}`);
    for (const l of result.consumed) own(l.n, l.as);
    for (const r of result.reports) for (const n of r.bodyLines) own(n, r.id);
    for (const l of lines) expect(owners.get(l.n), `line ${l.n}: ${l.text}`).toHaveLength(1);
  });

  it('keeps every body line, in order, in its report', () => {
    const byNumber = new Map(lines.map((l) => [l.n, l.text]));
    for (const r of result.reports) {
      const expected = r.bodyLines.map((n) => fullWidthPunctuation(byNumber.get(n)!)).join('').replace(/\s+/g, '');
      expect(markdownText(r.body)).toBe(expected);
    }
  });

  it('leaves no chrome in any report body', () => {
    for (const r of result.reports) {
      for (const chrome of CHROME[file]) expect(r.body).not.toContain(chrome);
      expect(r.body).not.toMatch(/朗读|您当前的位置|字体大小|访问次数|扫一扫在手机|推荐访问|下面是小编|索引号/);
    }
  });
});

describe('compilation metadata lines', () => {
  const file = '001_e4f711ee96b42b0a.txt';
  const result = importSource(readFileSync(join(RAW, file)), gazetteer(), opts(file));
  it('turns the 24 article titles, 21 date lines and 3 bylines into metadata', () => {
    const as = (kind: string) => result.consumed.filter((c) => c.as === kind).length;
    expect(as('title')).toBe(24);
    expect(as('date')).toBe(21);
    expect(as('byline')).toBe(3);
    expect(result.consumed.filter((c) => c.as === 'contents').map((c) => c.text)).toContain('目  录');
  });
});
