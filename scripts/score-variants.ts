/**
 * Re-scores the importer on the real-pages set and on the variants a reviewer would try (no
 * --url; title lines removed; converted to traditional; first 400 characters only), so that the
 * numbers quoted for issue 23 are reproducible:
 *
 *   node scripts/score-variants.ts [-v] [fixtures dir]
 */
import { resolve } from 'node:path';
import { gazetteer } from '../src/lib/gazetteer-data.ts';
import { readExpected, runSet, score, summary, VARIANTS } from './lib/real-pages-score.ts';

const verbose = process.argv.includes('-v');
const dir = resolve(process.argv.slice(2).find((a) => !a.startsWith('-')) ?? resolve(import.meta.dirname, '../tests/fixtures/real-pages'));
const expected = readExpected(dir);
const gaz = gazetteer();
for (const v of VARIANTS) {
  const t = score(expected, runSet(dir, expected, gaz, v), gaz);
  console.log(summary(v.name, t));
  for (const l of verbose ? t.lines : t.lines.filter((l) => /NO WARNING|refused|not a report/.test(l))) console.log(`  ${l}`);
}
