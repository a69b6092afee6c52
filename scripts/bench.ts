/**
 * npm run bench -- --reports 10000        one size
 * npm run bench -- --reports 2000 --repeat 3   index stage and peer three times each, medians
 * npm run bench -- --series               1,000 / 5,000 / 10,000 / 20,000 / 50,000
 * npm run bench -- --smoke                200 reports, nothing written to docs/ (CI)
 *
 * For each size: generates a synthetic corpus (scripts/bench/generate.ts) under .bench/, imports a
 * sample of its raw files, builds the pages (astro build, SEARCH_SKIP=1) and then the search index
 * (npm run index:search) as separate stages, each sampled from /proc (process-tree.ts) for wall time, CPU time and the
 * peak resident memory of the largest single process; measures the output's size and file count,
 * a first and a filtered search in headless Chromium (scripts/bench-search.ts), and with
 * --incremental the rebuild after adding one report. Results are merged into
 * docs/benchmarks.json, from which docs/benchmarks.md's table and docs/benchmarks.svg are redrawn.
 */
import { execFileSync } from 'node:child_process';
import { runMeasured } from './bench/process-tree.ts';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchSearch } from './bench-search.ts';
import { GENERATOR_VERSION, generateCorpus, sampleCorpus } from './bench/generate.ts';
import { writePeerSite } from './bench/peer-site.ts';
import { checkPrefixCounts } from './bench/prefix-check.ts';
import { renderBenchmarks, type BenchRow, type Stage } from './bench/report.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, '.bench');
const NODE = process.execPath;

const { values } = parseArgs({
  options: {
    reports: { type: 'string', multiple: true },
    series: { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
    incremental: { type: 'boolean', default: false },
    'part-size': { type: 'string', default: '' },
    jobs: { type: 'string', default: '2' },
    query: { type: 'string', default: '行政复议' },
    // This machine's speed varies from minute to minute: --repeat 3 runs the index stage and the
    // peer three times each, one after the other, and reports the median of each.
    repeat: { type: 'string', default: '1' },
  },
});

/** Runs a command: wall s, CPU s of its whole process tree, peak RSS of its largest process. */
async function timed(args: string[], env: NodeJS.ProcessEnv = {}, ok = [0]): Promise<Stage> {
  const r = await runMeasured(args[0]!, args.slice(1), { cwd: ROOT, env: { ...process.env, ...env } });
  if (!ok.includes(r.status ?? -1)) throw new Error(`${args.join(' ')} failed (${r.status}):\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  return { wallS: r.wallS, cpuS: r.cpuS, peakMB: r.peakMB };
}

/** Each measure's median over runs (wall, CPU and peak separately). */
function median(stages: Stage[]): Stage {
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { wallS: mid(stages.map((s) => s.wallS)), cpuS: mid(stages.map((s) => s.cpuS)), peakMB: mid(stages.map((s) => s.peakMB)) };
}

function sizeOf(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else {
        files++;
        bytes += statSync(join(d, e.name)).size;
      }
    }
  };
  walk(dir);
  return { bytes, files };
}

async function benchOne(n: number): Promise<BenchRow> {
  const corpus = join(WORK, `corpus-${n}`);
  const site = join(WORK, `site-${n}`);
  const cache = join(WORK, `cache-${n}`);
  const stamp = join(corpus, '.generated');
  const t0 = Date.now();
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== `${GENERATOR_VERSION} ${n}`) {
    generateCorpus(corpus, n, sampleCorpus(join(ROOT, 'content')));
    writeFileSync(stamp, `${GENERATOR_VERSION} ${n}`);
  }
  const generateS = (Date.now() - t0) / 1000;
  console.log(`[${n}] corpus ready (${generateS.toFixed(1)} s)`);

  // Import: a sample of the raw files through the real importer, into a scratch folder.
  const sample = readdirSync(join(corpus, 'raw')).slice(0, 50).map((f) => join(corpus, 'raw', f));
  const importDir = join(WORK, 'import-sample');
  rmSync(importDir, { recursive: true, force: true });
  // Synthetic sentences come from reports of many places, so the importer rightly refuses a few
  // texts as ambiguous (exit 1, each named); the timing covers every file it read.
  const importStage = await timed([NODE, 'scripts/import.ts', '--content', importDir, ...sample], {}, [0, 1]);
  const perReportMs = Math.round((importStage.wallS * 1000) / sample.length);
  console.log(`[${n}] import of ${sample.length} raw files: ${importStage.wallS} s`);

  rmSync(site, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  // A full build starts without Astro's content-layer cache; --incremental then rebuilds with it.
  const astroCache = join(WORK, `astro-cache-${n}`);
  rmSync(astroCache, { recursive: true, force: true });
  const env = { CONTENT_DIR: corpus, OUT_DIR: site, ASTRO_CACHE_DIR: astroCache, SEARCH_SKIP: '1', SITE_URL: 'http://127.0.0.1:4321', BASE_PATH: '/' };
  const astro = [NODE, 'node_modules/astro/bin/astro.mjs', 'build'];
  const pages = await timed(astro, env);
  console.log(`[${n}] pages: ${JSON.stringify(pages)}`);
  const indexArgs = [NODE, 'scripts/build-search-index.ts', '--content', corpus, '--site', site, '--cache', cache, '--jobs', values.jobs!];
  if (values['part-size']) indexArgs.push('--part-size', values['part-size']);
  // The peer, in the same run on the same reports: Pagefind's own CLI over minimal HTML pages.
  const peerSite = join(WORK, `peer-${n}`);
  // Pagefind's CLI holds the whole archive in one process (~1.5 MB a report at 2,000): past this
  // machine's memory it cannot run, and the row says so instead of swapping or being killed.
  const peerFits = n * 1.6 * 2 ** 20 < 0.8 * totalmem();
  if (!peerFits) console.log(`[${n}] peer (Pagefind CLI) not run: it would need ~${((n * 1.6) / 1024).toFixed(0)} GB in one process, this machine has ${(totalmem() / 2 ** 30).toFixed(0)} GB`);
  else writePeerSite(corpus, peerSite);
  const runs: { index: Stage; peer?: Stage }[] = [];
  for (let i = 0; i < Math.max(1, Number(values.repeat) || 1); i++) {
    rmSync(cache, { recursive: true, force: true });
    const index = await timed(indexArgs);
    console.log(`[${n}] index: ${JSON.stringify(index)}`);
    if (!peerFits) {
      runs.push({ index });
      continue;
    }
    rmSync(join(peerSite, 'pagefind'), { recursive: true, force: true });
    const peer = await timed([join(ROOT, 'node_modules/.bin/pagefind'), '--site', peerSite, '--quiet']);
    console.log(`[${n}] peer (Pagefind CLI): ${JSON.stringify(peer)}`);
    runs.push({ index, peer });
  }
  rmSync(peerSite, { recursive: true, force: true });
  const index = median(runs.map((r) => r.index));
  const peer = peerFits ? median(runs.map((r) => r.peer!)) : undefined;
  if (peer) console.log(`[${n}] this index / peer${runs.length > 1 ? ` (medians of ${runs.length} runs)` : ''}: wall ×${(index.wallS / peer.wallS).toFixed(2)}, peak ×${(index.peakMB / peer.peakMB).toFixed(2)}`);
  const manifest = JSON.parse(readFileSync(join(site, 'pagefind/manifest.json'), 'utf8')) as { partitions: unknown[] };
  const out = sizeOf(site);
  const idx = sizeOf(join(site, 'pagefind'));

  let incremental: BenchRow['incremental'];
  if (values.incremental) {
    const reports = join(corpus, 'reports');
    const first = readdirSync(reports).filter((f) => f.endsWith('.md')).sort().at(-1)!;
    const added = join(reports, 'zz-bench-added.md');
    const text = readFileSync(join(reports, first), 'utf8').replace(/^title: (.*)$/m, 'title: $1（增补）').replace(/\nsource:/, '\ndistinct: true\nsource:');
    writeFileSync(added, text);
    try {
      const p2 = await timed(astro, env);
      const i2 = await timed(indexArgs);
      incremental = { pages: p2, index: i2 };
      console.log(`[${n}] +1 report: pages ${p2.wallS} s, index ${i2.wallS} s`);
    } finally {
      rmSync(added);
    }
  }

  const search = await benchSearch(site, [values.query!], ['year', '2022']);
  console.log(`[${n}] search: ${JSON.stringify(search)}`);
  if (values.smoke) for (const line of await checkPrefixCounts(corpus, site)) console.log(`[${n}] exact at scale: ${line}`);
  return {
    reports: n,
    command: `npm run bench -- --reports ${n}${values.incremental ? ' --incremental' : ''}${values['part-size'] ? ` --part-size ${values['part-size']}` : ''}${runs.length > 1 ? ` --repeat ${runs.length}` : ''}`,
    date: new Date().toISOString().slice(0, 10),
    generateS: +generateS.toFixed(1),
    importPerReportMs: perReportMs,
    pages,
    index,
    ...(peer ? { peer } : {}),
    ...(runs.length > 1 ? { runs } : {}),
    totalWallS: +(pages.wallS + index.wallS).toFixed(1),
    parts: manifest.partitions.length,
    outputMB: +(out.bytes / 2 ** 20).toFixed(1),
    outputFiles: out.files,
    indexMB: +(idx.bytes / 2 ** 20).toFixed(1),
    indexFiles: idx.files,
    search,
    ...(incremental ? { incremental } : {}),
  };
}

mkdirSync(WORK, { recursive: true });
const sizes = values.smoke ? [200] : values.series ? [1000, 5000, 10000, 20000, 50000] : (values.reports ?? ['1000']).flatMap((s) => s.split(',')).map(Number);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${execFileSync('uname', ['-sr'], { encoding: 'utf8' }).trim()}`;
for (const n of sizes) {
  const row = await benchOne(n);
  if (values.smoke) {
    console.log(JSON.stringify(row, null, 2));
    const s = row.search[0]!;
    console.log(`smoke: ${n} reports, pages ${row.pages.wallS} s, index ${row.index.wallS} s (peak ${row.index.peakMB} MB; Pagefind CLI ${row.peer?.wallS} s, ${row.peer?.peakMB} MB), first hits after ${((s.bytesToResults ?? 0) / 1024).toFixed(0)} KB and ${s.msToResults} ms, exact count at ${s.msToCount} ms, ${s.results} results`);
    continue;
  }
  const file = join(ROOT, 'docs/benchmarks.json');
  const data = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { machine: string; rows: BenchRow[] }) : { machine, rows: [] };
  data.machine = machine;
  data.rows = [...data.rows.filter((r) => r.reports !== n), row].sort((a, b) => a.reports - b.reports);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  renderBenchmarks(join(ROOT, 'docs'), data);
  console.log(`[${n}] written to docs/benchmarks.json, docs/benchmarks.md, docs/benchmarks.svg`);
}

