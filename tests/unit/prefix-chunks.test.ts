/** Prefix lookups over several index chunks: where each chunk begins (read from Pagefind's own metadata) and which chunks a prefix needs. */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { chunkStarts } from '../../src/search/pagefind-meta.ts';
import { compareCodePoints, prefixProbes } from '../../src/search/prefix-chunks.ts';
import { tempDir } from '../helpers.ts';

describe('prefixProbes', () => {
  it('preloads the prefix’s own chunk and every chunk that begins inside its range', () => {
    expect(prefixProbes('法', ['0', '江', '法', '法治', '法规', '泛', '注'])).toEqual(['法', '法治', '法规']);
    expect(prefixProbes('法', ['0', '江', '泛'])).toEqual(['法']);
  });
  it('orders by code point, as Pagefind orders its words (not by UTF-16 units)', () => {
    // U+20000 is above U+FFEF, though its first UTF-16 unit (D840) is below it.
    expect('𠀀' < '\uffef').toBe(true);
    expect(compareCodePoints('𠀀', '\uffef')).toBeGreaterThan(0);
    expect(prefixProbes('𠀀', ['\uffef', '𠀀甲', '𠀁'])).toEqual(['𠀀', '𠀀甲']);
  });
});

/** Word i written in letters only (Pagefind would split a word of letters and digits): waaa, waab, … */
const letters = (i: number) => `w${[676, 26, 1].map((d) => String.fromCharCode(97 + (Math.floor(i / d) % 26))).join('')}`;

describe('chunkStarts', () => {
  it('reads the first word of each chunk of an index Pagefind wrote', async () => {
    const out = tempDir('chunks-');
    try {
      const { index } = await pagefind.createIndex({ forceLanguage: 'zxx' });
      // 40 pages of 1,000 distinct words: more positions than one chunk holds (20,000).
      for (let p = 0; p < 40; p++) {
        const words = Array.from({ length: 1000 }, (_, i) => letters(i)).join(' ');
        await index!.addHTMLFile({ url: `/p${p}/`, content: `<html lang="zxx"><body><p>${words}</p></body></html>` });
      }
      await index!.writeFiles({ outputPath: out });
      await pagefind.close();
      const meta = readdirSync(out).find((f) => f.endsWith('.pf_meta'))!;
      const starts = chunkStarts(gunzipSync(readFileSync(join(out, meta))));
      expect(starts.length).toBe(readdirSync(join(out, 'index')).length);
      expect(starts.length).toBeGreaterThan(1);
      expect(starts[0]).toBe('waaa');
      expect([...starts].sort(compareCodePoints)).toEqual(starts);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
  it('refuses a file that is not Pagefind metadata', () => {
    expect(() => chunkStarts(new TextEncoder().encode('not a meta file'))).toThrow(/pagefind_dcd/);
  });
});
