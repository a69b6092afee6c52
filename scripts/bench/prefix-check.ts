/**
 * The smoke run's check that counts stay exact at a scale where a term's index words run over
 * several of Pagefind's chunks (the bundled corpus is too small for that): Han characters typed
 * alone whose pairs begin in one chunk and continue in the next, chosen from the built index's
 * chunks.json files by that rule, each searched in Chromium and its count compared with the
 * reports whose text (t2s, NFKC, lower case) holds the character.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toSimplified } from '../../src/lib/script.ts';
import { readReportFile } from '../../src/search/read-report.ts';
import { readerText } from '../../src/search/report-text.ts';
import { CHUNKS_FILE } from '../../src/search/prefix-chunks.ts';
import { normalizeText } from '../../src/search/tokens.ts';
import { benchSearch } from '../bench-search.ts';

/** Han characters whose pairs run over a chunk boundary in some part, in the index's order. */
export function straddling(site: string, most = 3): string[] {
  const dir = join(site, 'pagefind');
  const out = new Set<string>();
  for (const part of readdirSync(dir).filter((d) => d.startsWith('y')).sort()) {
    for (const start of JSON.parse(readFileSync(join(dir, part, CHUNKS_FILE), 'utf8')) as string[]) {
      const [first, ...rest] = [...start];
      if (rest.length && /^\p{Script=Han}$/u.test(first!)) out.add(first!);
    }
  }
  return [...out].slice(0, most);
}

export async function checkPrefixCounts(corpus: string, site: string): Promise<string[]> {
  const chars = straddling(site);
  if (!chars.length) throw new Error(`${site}: no Han character's pairs run over a chunk boundary; the check needs a larger corpus`);
  const reports = readdirSync(join(corpus, 'reports'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const r = readReportFile(join(corpus, 'reports', f));
      return normalizeText(toSimplified(`${r.data.title}\n${readerText(r.body)}`));
    });
  const measured = await benchSearch(site, chars);
  const lines: string[] = [];
  chars.forEach((c, i) => {
    const want = reports.filter((t) => t.includes(c)).length;
    const got = measured[i]!.results;
    lines.push(`${c}: ${got} shown, ${want} hold it`);
    if (got !== want) throw new Error(`search for ${c} (its pairs run over a chunk boundary) shows ${got} reports, but ${want} hold it`);
  });
  return lines;
}
