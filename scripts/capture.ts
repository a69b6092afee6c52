/**
 * npm run capture -- [options] <addresses…> | --list FILE
 *
 * Fetches report pages from their addresses, politely, keeps every HTTP exchange as WARC evidence
 * under content/warc/, and imports each report through the same importer and write path as
 * `npm run import`. Run with --help.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkAddress, parseAddressList } from '../src/capture/address-list.ts';
import { InputError } from '../src/import/decode.ts';
import { gazetteer } from '../src/lib/gazetteer-data.ts';
import { pool } from '../src/lib/pool.ts';
import { FETCH_HELP, FETCH_OPTIONS, fetchPolicyFrom, operatorOf } from './lib/fetch-options.ts';
import { CaptureError, captureOne, type CaptureOutcome } from './lib/capture-one.ts';
import { store } from './lib/content-store.ts';
import { commandLine, type Fail } from './lib/command-line.ts';
import { IMPORT_OPTIONS, OVERRIDES_HELP, overridesFrom } from './lib/import-options.ts';
import { reviewRow } from './lib/import-write.ts';
import { PoliteFetcher } from './lib/polite-fetcher.ts';

const HELP = `Usage: npm run capture -- [options] <addresses…>
       npm run capture -- [options] --list FILE

Fetches each address (robots.txt obeyed, one request at a time per host), keeps the HTTP
exchanges as WARC under content/warc/<date>/, finds the report (the page itself, or the PDF or
Word attachment of a wrapper page) and imports it as npm run import does, with --url set.

Addresses:
  --list FILE          one address per line; # starts a comment

Review:
  --dry-run            fetch, but write nothing
  --json               print a JSON array, one object per report found, with what was fetched

${OVERRIDES_HELP}
  (--url records another address than the one fetched; only with a single address)

Output:
  --replace            overwrite a report of the same id from a different source
  --archived DATE      the date archived (default: today)
  --content DIR        the content folder (default: content)

${FETCH_HELP}
`;

const cli = commandLine({
  usage: 'Usage: npm run capture -- [options] <addresses…> | --list FILE (--help for options)',
  help: HELP,
  options: { ...IMPORT_OPTIONS, ...FETCH_OPTIONS, list: { type: 'string' } },
  positionals: true,
});
const { values, positionals } = cli;
const fail: Fail = cli.fail;

const overrides = overridesFrom(values, fail);

// Addresses: the command line's, then the list's; a junk line is named by its number and skipped.
const addresses: string[] = [];
let failed = 0;
for (const a of positionals) {
  const problem = checkAddress(a);
  if (problem) {
    console.error(`error: ${a}: ${problem}. Fix: give a full http(s) address.`);
    failed++;
  } else addresses.push(a);
}
if (values.list !== undefined) {
  let text: string;
  try {
    text = readFileSync(values.list, 'utf8');
  } catch (e) {
    fail(`--list ${values.list} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const list = parseAddressList(text);
  for (const p of list.problems) {
    console.error(`error: ${values.list}:${p.line}: “${p.text}” ${p.message}. Fix: correct the line, or comment it out with #.`);
    failed++;
  }
  addresses.push(...list.addresses.map((a) => a.url));
}
if (addresses.length === 0 && failed === 0) fail('no addresses (give them on the command line or with --list FILE)');
if (values.url !== undefined && addresses.length > 1) fail('--url names the address of one report; give one address with it');

const policy = fetchPolicyFrom(values, fail);

const dryRun = values['dry-run'] ?? false;
const s = store(resolve(values.content ?? 'content'));
const archived = values.archived ?? new Date().toISOString().slice(0, 10);
const fetcher = new PoliteFetcher(policy);
const settings = {
  store: s,
  gaz: gazetteer(),
  fetcher,
  overrides,
  archived,
  dryRun,
  replace: values.replace ?? false,
  operator: operatorOf(policy),
};

// Different hosts are fetched side by side (the fetcher keeps each host to one request at a
// time); results are printed in the order the addresses were given.
const CONCURRENT_HOSTS = 4;
const outcomes: (CaptureOutcome | undefined)[] = new Array(addresses.length);
await pool(
  addresses.map((address, i) => async () => {
    try {
      const o = await captureOne(address, settings);
      outcomes[i] = o;
      for (const p of o.reports) for (const w of p.report.warnings) console.error(`warning: ${address}: ${p.report.id}: ${w}`);
    } catch (e) {
      failed++;
      if (e instanceof CaptureError || e instanceof InputError) console.error(`error: ${address}: ${e.message}. Fix: ${e.fix}.`);
      else console.error(`error: ${address}: ${(e as Error).stack ?? e}`);
    }
  }),
  CONCURRENT_HOSTS,
);

const done = outcomes.filter((o): o is CaptureOutcome => o !== undefined);
if (values.json) {
  const rows = done.flatMap((o) => o.reports.map((p) => ({ ...reviewRow(p, settings.gaz), fetched: o.fetched, ...(o.attachment ? { attachment: o.attachment } : {}) })));
  console.log(JSON.stringify(rows, null, 2));
}
const reports = done.flatMap((o) => o.reports);
const count = (st: string) => reports.filter((r) => r.status === st).length;
console.error(
  `${dryRun ? 'would capture' : 'captured'} ${count('new') + count('replaced')} reports (${count('replaced')} replaced, ${count('unchanged')} already archived with the same sha256) from ${done.length} addresses; ${failed} failed`,
);
process.exitCode = failed > 0 ? 1 : 0;
