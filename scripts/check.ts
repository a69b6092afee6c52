/** npm run check: validates every report in content/ (schema, raw originals, ids, duplicates, leftovers). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gazetteer } from '../src/lib/gazetteer-data.ts';
import { validateContent } from '../src/lib/validate-content.ts';
import { LEDGER_PATH } from '../src/lib/watch-data.ts';
import { hashHex } from '../src/import/report-id.ts';
import { STAGING } from './lib/write-atomic.ts';
import { readLedger } from '../src/watch/ledger.ts';

const root = resolve(process.argv[2] ?? 'content');
const reportsDir = join(root, 'reports');
const rawDir = join(root, 'raw');
const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);
const show = (p: string) => relative(process.cwd(), p) || p;
const files = list(reportsDir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => ({ path: show(join(reportsDir, f)), id: f.slice(0, -3), text: readFileSync(join(reportsDir, f), 'utf8') }));
/** Whether content/<path> is present as a regular file; WARC files are only checked for this, never read. */
const isFile = (path: string) => {
  const p = join(root, path);
  return existsSync(p) && statSync(p).isFile();
};
const rawSha = (raw: string) => (isFile(raw) ? hashHex(readFileSync(join(root, raw))) : undefined);
const stray = [
  ...list(join(root, STAGING)).map((f) => show(join(root, STAGING, f))),
  ...list(reportsDir).filter((f) => f.endsWith('.tmp')).map((f) => show(join(reportsDir, f))),
  ...list(rawDir).filter((f) => f.endsWith('.tmp')).map((f) => show(join(rawDir, f))),
];
const raw = list(rawDir).filter((f) => !f.endsWith('.tmp') && statSync(join(rawDir, f)).isFile());
const problems = validateContent(files, rawSha, gazetteer(), { raw, stray }, isFile);
// The watch ledger, through its one reader: every line a valid check, every WARC it names present.
const ledgerPath = join(root, LEDGER_PATH);
if (existsSync(ledgerPath)) {
  const ledger = readLedger(readFileSync(ledgerPath, 'utf8'));
  for (const p of ledger.problems) problems.push(`${show(ledgerPath)}:${p.line}: ${p.message}`);
  for (const c of ledger.checks) if (c.warc && !isFile(c.warc)) problems.push(`${show(ledgerPath)}: the check of ${c.report} at ${c.checked} names ${c.warc}, which is missing`);
  if (ledger.torn) console.error(`warning: ${show(ledgerPath)}:${ledger.torn}: an incomplete last line (a watch killed while writing); the next npm run watch removes it`);
}
for (const p of problems) console.error(`error: ${p}`);
console.log(`checked ${files.length} reports: ${problems.length ? `${problems.length} problems` : 'all valid'}`);
process.exit(problems.length ? 1 : 0);
