/**
 * npm run index:search -- [--content content] [--site dist] [--part-size 2000] [--jobs 2]
 *                          [--cache dir] [--shard k/n]
 *
 * Builds the search index of an already built site (what the build does at its end), for
 * benchmarks that time pages and index separately, and for CI machines that build index parts
 * on their own (see docs/search-index.md).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from '../src/search/build-index.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    site: { type: 'string', default: 'dist' },
    cache: { type: 'string', default: 'node_modules/.cache/fazhi-search' },
    'part-size': { type: 'string' },
    jobs: { type: 'string' },
    shard: { type: 'string' },
  },
});
const shard = values.shard ? /^(\d+)\/(\d+)$/.exec(values.shard) : undefined;
if (values.shard && (!shard || Number(shard[1]) < 1 || Number(shard[1]) > Number(shard[2]))) {
  console.error(`error: --shard ${values.shard}: expected k/n with 1 ≤ k ≤ n, e.g. --shard 2/4`);
  process.exit(2);
}
const started = Date.now();
const { manifest, indexed, cached } = await buildSearchIndex({
  contentDir: resolve(values.content!),
  siteDir: resolve(values.site!),
  cacheDir: resolve(values.cache!),
  maxReports: Number(values['part-size']) || undefined,
  jobs: Number(values.jobs) || undefined,
  ...(shard ? { shard: { k: Number(shard[1]), n: Number(shard[2]) } } : {}),
  log: (m) => console.log(m),
});
if (shard) console.log(`indexed ${indexed.length} parts (${cached.length} unchanged) of shard ${values.shard} into ${values.cache}`);
else console.log(`search index: ${manifest.reports} reports in ${manifest.partitions.length} parts (${indexed.length} indexed, ${cached.length} unchanged) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
