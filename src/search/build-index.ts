/**
 * Builds the archive's search index into <site>/pagefind/: one Pagefind index per part
 * (partitions.ts), each made by a separate worker process with at most `jobs` running at once,
 * plus the display records and a manifest the search page reads. A part whose reports did not
 * change since the last build is copied from the cache instead of being indexed again.
 */
import { createHash } from 'node:crypto';
import { fork } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { DisplayRecord } from './documents.ts';
import { DEFAULT_MAX_REPORTS, partitionLanguage, planPartitions, shardDigits, shardOf, type Partition } from './partitions.ts';
import type { WorkerReply, WorkerTask } from './index-worker.ts';
import { pool } from '../lib/pool.ts';
import { ID_PATTERN } from '../lib/read-report.ts';
import { readReportFile } from './read-report.ts';
import { DEFAULT_MAX_VERIFY } from './limits.ts';

/** Bump when the indexed document or the output layout changes, to invalidate cached parts. */
const INDEX_FORMAT = 6; // 6: chunks.json (each chunk's first word) beside each part; 5: every unit but a break begins one pair (a stretch ends in STRETCH_END), only non-Han units listed alone; 4: pairs of adjacent units (Han characters, words, symbols, white space) in one sequence; 3: run breaks are positions without a word; 2: Han runs as ordered bigram sequences (exact phrases), was a bag of 1-3-grams
/** Indexing processes at once: the machines this archive is built on have two cores. */
const DEFAULT_JOBS = 2;
/** Parts even a small archive is split into, so both cores index. Not tied to --jobs: the plan
 * must be the same on every machine that builds a share of the parts. */
const MIN_PARTS = 2;
/** Files of Pagefind's bundle the search page never loads (it uses its own UI and no web worker). */
const UNUSED = [/^pagefind-(component-|modular-)?ui\./, /^pagefind-highlight\.js$/, /^pagefind-worker\.js$/];
/** The script is loaded from the primary part only. Every part keeps the WebAssembly, which
 * Pagefind loads from whichever part a page's first search opens. */
const PRIMARY_ONLY = [/^pagefind\.js$/];

export interface SearchIndexOptions {
  /** The folder holding reports/ (content/). */
  contentDir: string;
  /** The built site; the index goes into <siteDir>/pagefind/. */
  siteDir: string;
  /** Where indexed parts are kept between builds. */
  cacheDir: string;
  maxReports?: number;
  /** Reports a search may check against their text (limits.ts). */
  maxVerify?: number;
  jobs?: number;
  log?: (message: string) => void;
  /** Index only the parts whose position in the plan is `k` modulo `n` into the cache, and stop
   * there (one CI machine of several; a final run assembles every part from the caches). */
  shard?: { k: number; n: number };
}

export interface Manifest {
  format: number;
  reports: number;
  /** The part whose folder holds pagefind.js (the newest). */
  primary: string;
  partitions: { name: string; language: string; reports: number; years: [number, number] }[];
  shardDigits: number;
  /** Reports a search may check against their text (limits.ts). */
  maxVerify: number;
}

export interface SearchIndexSummary {
  manifest: Manifest;
  indexed: string[];
  cached: string[];
}

export async function buildSearchIndex(o: SearchIndexOptions): Promise<SearchIndexSummary> {
  const log = o.log ?? (() => {});
  const reportsDir = join(o.contentDir, 'reports');
  const files = readdirSync(reportsDir).filter((f) => f.endsWith('.md')).sort();
  const digests = new Map<string, string>();
  const items = files.map((f) => {
    const text = readFileSync(join(reportsDir, f));
    // The year is the file name's, which the one reader requires to be the frontmatter's: each
    // file is read and validated once, by the process that indexes it (a bad file stops the
    // build there, named). A name that is not an id is refused here, by the same reader.
    const id = basename(f, '.md');
    const year = ID_PATTERN.test(id) ? Number(id.split('-')[1]) : readReportFile(join(reportsDir, f), text.toString('utf8')).data.year;
    digests.set(id, createHash('sha256').update(text).digest('hex'));
    return { id, year };
  });
  const parts = planPartitions(items, o.maxReports ?? DEFAULT_MAX_REPORTS, MIN_PARTS);
  const out = join(o.siteDir, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  mkdirSync(o.cacheDir, { recursive: true });

  const keyOf = (p: Partition) => {
    const h = createHash('sha256').update(`${INDEX_FORMAT}\n${pagefindVersion()}\n${p.name}\n`);
    for (const id of p.ids) h.update(`${id} ${digests.get(id)}\n`);
    return `${p.name}-${h.digest('hex').slice(0, 16)}`;
  };
  const indexed: string[] = [];
  const cached: string[] = [];
  const records: [string, DisplayRecord][] = [];
  const mine = parts.filter((_, i) => !o.shard || i % o.shard.n === o.shard.k - 1);
  const jobs = o.jobs ?? DEFAULT_JOBS;
  // Pagefind writes an index with a thread per core; with several parts written side by side that
  // oversubscribes the cores (two parts on two cores wrote ~10 % slower), so each gets its share.
  const toIndex = mine.filter((p) => !existsSync(join(o.cacheDir, keyOf(p), 'records.json'))).length;
  const threads = process.env.RAYON_NUM_THREADS ?? String(Math.max(1, Math.floor(availableParallelism() / Math.max(1, Math.min(jobs, toIndex)))));
  // Largest parts first, so that the last part to finish is a small one and no core idles long
  // beside it (at 10,000 reports in 7 parts, plan order left a 2,000-report part to run alone).
  const tasks = [...mine].sort((a, b) => b.ids.length - a.ids.length).map((p) => async () => {
    const dir = join(o.cacheDir, keyOf(p));
    if (existsSync(join(dir, 'records.json'))) {
      cached.push(p.name);
      records.push(...(JSON.parse(readFileSync(join(dir, 'records.json'), 'utf8')) as [string, DisplayRecord][]));
    } else {
      const tmp = `${dir}.tmp`;
      rmSync(tmp, { recursive: true, force: true });
      const started = Date.now();
      const reply = await runWorker({ files: p.ids.map((id) => join(reportsDir, `${id}.md`)), outDir: tmp, language: partitionLanguage(p.name) }, threads);
      if (!reply.ok) throw new Error(`search index part ${p.name}: ${reply.error}`);
      for (const f of readdirSync(tmp)) if (UNUSED.some((re) => re.test(f))) rmSync(join(tmp, f));
      writeFileSync(join(tmp, 'records.json'), JSON.stringify(reply.records));
      rmSync(dir, { recursive: true, force: true });
      renameSync(tmp, dir);
      indexed.push(p.name);
      records.push(...reply.records);
      log(`indexed part ${p.name}: ${reply.pages} reports in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  });
  await pool(tasks, jobs);
  if (o.shard) {
    const manifest = { format: INDEX_FORMAT, reports: 0, primary: '', partitions: [], shardDigits: 0, maxVerify: 0 };
    return { manifest, indexed, cached };
  }

  const keep = new Set(parts.map(keyOf));
  for (const d of readdirSync(o.cacheDir)) if (!keep.has(d)) rmSync(join(o.cacheDir, d), { recursive: true, force: true });

  const primary = parts[0]?.name ?? '';
  for (const p of parts) {
    cpSync(join(o.cacheDir, keyOf(p)), join(out, p.name), {
      recursive: true,
      filter: (src) => basename(src) !== 'records.json' && (p.name === primary || !PRIMARY_ONLY.some((re) => re.test(basename(src)))),
    });
  }
  const digits = shardDigits(records.length);
  const shards = new Map<string, Record<string, DisplayRecord>>();
  // Parts finish in any order: sort, so that an unchanged archive writes the same record files
  // (a deploy compares them by checksum).
  records.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [id, record] of records) {
    const key = shardOf(id, digits);
    if (!shards.has(key)) shards.set(key, {});
    shards.get(key)![id] = record;
  }
  mkdirSync(join(out, 'records'));
  for (const [key, shard] of shards) writeFileSync(join(out, 'records', `${key}.json`), JSON.stringify(shard));
  const manifest: Manifest = {
    format: INDEX_FORMAT,
    reports: records.length,
    primary,
    partitions: parts.map((p) => ({ name: p.name, language: partitionLanguage(p.name), reports: p.ids.length, years: p.years })),
    shardDigits: digits,
    maxVerify: o.maxVerify ?? DEFAULT_MAX_VERIFY,
  };
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest));
  return { manifest, indexed, cached };
}

function pagefindVersion(): string {
  const pkg = fileURLToPath(new URL('../../node_modules/pagefind/package.json', import.meta.url));
  return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
}

function runWorker(task: WorkerTask, threads: string): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    // Pagefind's indexer (a child of the worker) inherits the environment, RAYON_NUM_THREADS too.
    const child = fork(fileURLToPath(new URL('./index-worker.ts', import.meta.url)), [], { serialization: 'advanced', env: { ...process.env, RAYON_NUM_THREADS: threads } });
    let reply: WorkerReply | undefined;
    child.once('message', (m) => (reply = m as WorkerReply));
    child.once('error', reject);
    child.once('exit', (code) => (reply ? resolve(reply) : reject(new Error(`the indexing process for ${task.outDir} exited with ${code} before replying`))));
    child.send(task);
  });
}
