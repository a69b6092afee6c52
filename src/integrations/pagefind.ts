/**
 * Builds the Pagefind search index from the built pages at astro:build:done, through Pagefind's
 * Node API (as Starlight does), and fails the build on any indexing error. The index is written
 * into the build output, never into public/.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'fazhi-archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors: createErrors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not create an index: ${createErrors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages into ${written.outputPath}`);
        } finally {
          await index.deleteIndex();
          await pagefind.close();
        }
      },
    },
  };
}
