/**
 * npm run watch -- [options]
 *
 * Re-checks the source address of every archived report with a conditional GET through the same
 * polite fetcher as capture, classifies each answer (live, changed, moved, gone, unreachable),
 * keeps the exchanges of every check that found a change as WARC evidence, and appends one line
 * per check to content/watch/checks.jsonl. Report files are only read, never written.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, truncateSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { hashHex } from '../src/import/report-id.ts';
import { pool } from '../src/lib/pool.ts';
import { describeProblems, readReport, type Report } from '../src/lib/read-report.ts';
import { LEDGER_PATH } from '../src/lib/watch-data.ts';
import { classify, lacksReport, pageTitle, type Observation } from '../src/watch/classify.ts';
import { ledgerLine, readLedger, type Check } from '../src/watch/ledger.ts';
import { escalate } from '../src/watch/source-state.ts';
import { commandLine, type Fail } from './lib/command-line.ts';
import { FETCH_HELP, FETCH_OPTIONS, fetchPolicyFrom, operatorOf } from './lib/fetch-options.ts';
import { header } from './lib/http-exchange.ts';
import { FetchError, PoliteFetcher } from './lib/polite-fetcher.ts';
import { buildWarc, freeWarcPath } from './lib/warc-file.ts';
import { tidyStaging, writeFileAtomic } from './lib/write-atomic.ts';

const HELP = `Usage: npm run watch -- [options]

Checks the source address (source.url) of every report in content/reports and appends one line
per check to content/watch/checks.jsonl. Reports without an address are skipped and counted.

Options:
  --content DIR        the content folder (default: content)
  --report ID          check only this report (repeatable)
  --now DATETIME       the time to record checks at (ISO 8601; for tests and replays; default: now)
${FETCH_HELP}
`;
const cli = commandLine({
  usage: 'Usage: npm run watch -- [options] (--help for options)',
  help: HELP,
  options: { ...FETCH_OPTIONS, content: { type: 'string' }, report: { type: 'string', multiple: true }, now: { type: 'string' } },
});
const { values } = cli;
const fail: Fail = cli.fail;
const fixed = values.now === undefined ? undefined : Date.parse(values.now);
if (Number.isNaN(fixed)) fail(`--now takes an ISO 8601 time (2026-12-12T08:00:00Z), not “${values.now}”`);
const policy = fetchPolicyFrom(values, fail);
const root = resolve(values.content ?? 'content');
const ledgerPath = join(root, LEDGER_PATH);

// The time checks are recorded at: --now records every check of the run at that instant, so that
// a replay's spans are exactly the days between its runs, whatever each run's own duration; the
// fetcher's pauses between requests are real time either way.
const now = () => fixed ?? Date.now();
const fetcher = new PoliteFetcher(policy);

// The ledger so far. A line cut short by a killed watch is removed before anything is appended.
const ledgerText = existsSync(ledgerPath) ? readFileSync(ledgerPath, 'utf8') : '';
const ledger = readLedger(ledgerText);
if (ledger.problems.length) {
  for (const p of ledger.problems) console.error(`error: ${ledgerPath}:${p.line}: ${p.message}. Fix: correct or remove the line (git log -p shows what it was).`);
  process.exit(1);
}
if (ledger.torn) {
  truncateSync(ledgerPath, Buffer.byteLength(ledgerText.slice(0, ledgerText.lastIndexOf('\n') + 1)));
  console.error(`warning: ${ledgerPath}:${ledger.torn}: an incomplete last line (a watch killed while writing) was removed`);
}
const history = new Map<string, Check[]>();
for (const c of ledger.checks) history.set(c.report, [...(history.get(c.report) ?? []), c]);

const reportsDir = join(root, 'reports');
const reports: Report[] = [];
let skipped = 0;
let invalid = 0;
for (const f of existsSync(reportsDir) ? readdirSync(reportsDir).filter((f) => f.endsWith('.md')).sort() : []) {
  const id = f.slice(0, -3);
  if (values.report && !values.report.includes(id)) continue;
  const read = readReport(readFileSync(join(reportsDir, f), 'utf8'), id);
  if (!read.ok) {
    for (const line of describeProblems(join(reportsDir, f), read.problems)) console.error(`error: ${line}`);
    invalid++;
    continue;
  }
  if (!read.report.data.source.url) skipped++;
  else reports.push(read.report);
}

function append(c: Check): void {
  mkdirSync(dirname(ledgerPath), { recursive: true });
  // One write per line: a kill leaves at most one incomplete last line, which the reader sets aside.
  appendFileSync(ledgerPath, ledgerLine(c));
}

/** Each site's home page, fetched at most once a run and only to name a soft 404. */
const homes = new Map<string, Promise<{ sha256: string; title: string } | undefined>>();
function homePage(origin: string) {
  let p = homes.get(origin);
  if (!p) {
    p = fetcher.get(`${origin}/`).then(
      (f) => (f.response.status === 200 ? { sha256: hashHex(f.response.body), title: pageTitle(f.response.body) } : undefined),
      () => undefined,
    );
    homes.set(origin, p);
  }
  return p;
}

async function check(report: Report): Promise<Check> {
  const url = report.data.source.url!;
  const earlier = history.get(report.id) ?? [];
  const previous = earlier.at(-1);
  let observation: Observation;
  let exchanges: FetchError['exchanges'] = [];
  // The validators the last check recorded: sent for a conditional GET, and kept when it answers 304.
  const previousValidators = { ...(previous?.etag ? { etag: previous.etag } : {}), ...(previous?.lastModified ? { lastModified: previous.lastModified } : {}) };
  let validators: { etag?: string; lastModified?: string } = {};
  try {
    const f = await fetcher.get(url, previousValidators);
    exchanges = f.exchanges;
    const etag = header(f.response.headers, 'etag');
    const lastModified = header(f.response.headers, 'last-modified');
    validators = f.response.status === 304 ? previousValidators : { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
    observation = { kind: 'response', status: f.response.status, url: f.url, body: f.response.body, sha256: hashHex(f.response.body) };
  } catch (e) {
    if (!(e instanceof FetchError)) throw e;
    exchanges = e.exchanges;
    observation = { kind: 'error', message: e.message, ...(e.kind === 'robots' ? { robots: true } : {}) };
  }
  if (observation.kind === 'response' && lacksReport(observation, { url, sha256: report.data.source.sha256, body: report.body })) {
    const home = await homePage(new URL(observation.url).origin);
    if (home) observation.home = home;
  }
  const checked = new Date(now()).toISOString();
  const verdict = classify(observation, { url, sha256: report.data.source.sha256, body: report.body }, previous);
  const { state, reason } = escalate({ ...verdict, checked }, earlier);
  const c: Check = {
    checked,
    report: report.id,
    url,
    state,
    reason,
    ...(observation.kind === 'response' ? { status: observation.status } : {}),
    ...(verdict.location ? { location: verdict.location } : {}),
    ...(observation.kind === 'response' && observation.status !== 304 ? { sha256: observation.sha256 } : {}),
    ...validators,
  };
  // A change is kept as evidence: what the server answered when the page changed, moved or went.
  const answered = exchanges.some((x) => x.response && !x.url.endsWith('/robots.txt'));
  if ((state === 'changed' || state === 'moved' || state === 'gone') && answered && observation.kind === 'response' && observation.status !== 304) {
    const warc = await buildWarc(freeWarcPath(root, new URL(url).host, exchanges), exchanges, policy.userAgent, operatorOf(policy));
    writeFileAtomic(join(root, warc.path), warc.bytes, root);
    c.warc = warc.path;
  }
  return c;
}

const counts: Record<string, number> = { live: 0, changed: 0, moved: 0, gone: 0, unreachable: 0 };
await pool(
  reports.map((report) => async () => {
    const c = await check(report);
    append(c);
    counts[c.state]!++;
    if (c.state !== 'live') console.error(`${c.state}: ${report.id}: ${c.url}: ${c.reason}${c.location ? ` → ${c.location}` : ''}`);
  }),
  4,
);
tidyStaging(root);
console.error(
  `checked ${reports.length} sources: ${counts.live} live, ${counts.changed} changed, ${counts.moved} moved, ${counts.gone} gone, ${counts.unreachable} unreachable; ${skipped} reports without a source address skipped${invalid ? `; ${invalid} reports invalid (npm run check)` : ''}`,
);
process.exitCode = invalid ? 1 : 0;
