/**
 * The content-layer loader of the reports collection: each content/reports/<id>.md becomes an
 * entry holding only its validated frontmatter and its file path. Astro's glob() loader would also
 * keep every body and its rendered HTML in the data store, which is held in memory and serialised
 * as one string on every build: 250 MB at 10,000 reports and past V8's longest string before
 * 50,000. Report pages render their Markdown when they are built (render-report.ts). An entry
 * whose file is unchanged (same digest) is kept from the previous build's store, so adding a
 * report re-reads one file.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMarkdownFile } from './frontmatter.ts';

export function reportsLoader(base: string): Loader {
  return {
    name: 'fazhi-reports',
    async load(ctx) {
      const dir = resolve(base);
      const root = fileURLToPath(ctx.config.root);
      const files = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
      const seen = new Set<string>();
      let read = 0;
      // Batches keep a few files open at once, not 50,000.
      for (let i = 0; i < files.length; i += 64) {
        const batch = await Promise.all(files.slice(i, i + 64).map((f) => syncFile(ctx, join(dir, f), root)));
        for (const [id, changed] of batch) {
          seen.add(id);
          if (changed) read++;
        }
      }
      for (const id of ctx.store.keys()) if (!seen.has(id)) ctx.store.delete(id);
      ctx.logger.info(`${files.length} reports, ${read} new or changed`);
      ctx.watcher?.add(dir);
      ctx.watcher?.on('all', (_event, path) => {
        if (!path.startsWith(dir) || !path.endsWith('.md')) return;
        void syncFile(ctx, path, root).catch((e: unknown) => ctx.logger.error(String(e)));
      });
    },
  };
}

/** Puts one file's entry in the store unless an entry with the same digest is there; returns its id and whether it was (re)parsed. */
async function syncFile(ctx: LoaderContext, path: string, root: string): Promise<[string, boolean]> {
  const id = basename(path, '.md');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    ctx.store.delete(id);
    return [id, false];
  }
  const digest = ctx.generateDigest(text);
  if (ctx.store.get(id)?.digest === digest) return [id, false];
  const filePath = relative(root, path);
  let frontmatter: Record<string, unknown>;
  try {
    frontmatter = parseMarkdownFile(text).data;
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message} (run npm run check to see every problem)`);
  }
  const data = await ctx.parseData({ id, data: frontmatter, filePath });
  ctx.store.set({ id, data, digest, filePath });
  return [id, true];
}
