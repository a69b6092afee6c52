/**
 * Builds the search index at astro:build:done through Pagefind's Node API (as Starlight does), in
 * parts and from the reports themselves (see src/search/build-index.ts), and fails the build on
 * any indexing error. The index is written into the build output, never into public/.
 *
 * CONTENT_DIR (default ./content) is the corpus; SEARCH_SKIP=1 leaves the index out; SEARCH_PART_SIZE bounds the reports per index
 * part, SEARCH_JOBS the parts indexed at once, and SEARCH_MAX_VERIFY the reports a search may check
 * against their text (src/search/limits.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { buildSearchIndex } from '../search/build-index.ts';

export function pagefindIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'fazhi-archive:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The benchmark builds pages and index as separate stages (npm run index:search).
        if (process.env.SEARCH_SKIP === '1') return logger.warn('SEARCH_SKIP=1: no search index built');
        const started = Date.now();
        const { manifest, indexed, cached } = await buildSearchIndex({
          contentDir: resolve(root, process.env.CONTENT_DIR || 'content'),
          siteDir: fileURLToPath(dir),
          cacheDir: resolve(root, 'node_modules/.cache/fazhi-search'),
          maxReports: Number(process.env.SEARCH_PART_SIZE) || undefined,
          maxVerify: Number(process.env.SEARCH_MAX_VERIFY) || undefined,
          jobs: Number(process.env.SEARCH_JOBS) || undefined,
          log: (m) => logger.info(m),
        });
        logger.info(
          `search index: ${manifest.reports} reports in ${manifest.partitions.length} parts ` +
            `(${indexed.length} indexed, ${cached.length} unchanged) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
