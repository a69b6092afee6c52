/**
 * The smoke run's check that counts stay exact at a scale where a term's index words run over
 * several of Pagefind's chunks (the bundled corpus is too small for that): Han characters typed
 * alone whose pairs begin in one chunk and continue in the next, chosen from the built index's
 * chunks.json files by that rule, each searched in Chromium and its count compared with the
 * reports whose text (t2s, NFKC, lower case) holds the character.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js/t2cn';
import { readReportFile } from '../../src/search/read-report.ts';
import { readerText } from '../../src/search/report-text.ts';
import { CHUNKS_FILE } from '../../src/search/prefix-chunks.ts';
import { launchChromium } from '../../tests/browser/chromium.ts';
import { serveStatic } from '../../tests/browser/serve.ts';
import { measureSearch } from '../bench-search.ts';

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
  const t2s = Converter({ from: 't', to: 'cn' });
  const reports = readdirSync(join(corpus, 'reports'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const r = readReportFile(join(corpus, 'reports', f));
      return t2s(`${r.data.title}\n${readerText(r.body)}`).normalize('NFKC').toLowerCase();
    });
  const served = await serveStatic(site, '/', { gzip: true });
  const browser = await launchChromium();
  const lines: string[] = [];
  try {
    for (const c of chars) {
      const want = reports.filter((t) => t.includes(c)).length;
      const got = (await measureSearch(browser, served.url, c)).results;
      lines.push(`${c}: ${got} shown, ${want} hold it`);
      if (got !== want) throw new Error(`search for ${c} (its pairs run over a chunk boundary) shows ${got} reports, but ${want} hold it`);
    }
  } finally {
    await browser.close();
    await served.close();
  }
  return lines;
}
