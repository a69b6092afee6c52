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
import { describeProblems, readReport } from './read-report.ts';

export function reportsLoader(base: string): Loader {
  return {
    name: 'fazhi-reports',
    async load(ctx) {
      const dir = resolve(base);
      const root = fileURLToPath(ctx.config.root);
      const files = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
      const seen = new Set<string>();
      const problems: string[] = [];
      let read = 0;
      // Batches keep a few files open at once, not 50,000.
      for (let i = 0; i < files.length; i += 64) {
        const batch = await Promise.all(files.slice(i, i + 64).map((f) => syncFile(ctx, join(dir, f), root, problems)));
        for (const [id, changed] of batch) {
          seen.add(id);
          if (changed) read++;
        }
      }
      // Every bad file at once, each problem as npm run check names it, then the build stops.
      if (problems.length) throw new Error(`${problems.length} problems in the reports (npm run check shows the same):\n${problems.join('\n')}`);
      for (const id of ctx.store.keys()) if (!seen.has(id)) ctx.store.delete(id);
      ctx.logger.info(`${files.length} reports, ${read} new or changed`);
      ctx.watcher?.add(dir);
      ctx.watcher?.on('all', (_event, path) => {
        if (!path.startsWith(dir) || !path.endsWith('.md')) return;
        const problems: string[] = [];
        void syncFile(ctx, path, root, problems).then(() => problems.forEach((p) => ctx.logger.error(p)), (e: unknown) => ctx.logger.error(String(e)));
      });
    },
  };
}

/** Puts one file's entry in the store unless an entry with the same digest is there; returns its id and whether it was (re)parsed. */
async function syncFile(ctx: LoaderContext, path: string, root: string, problems: string[]): Promise<[string, boolean]> {
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
  // The archive's one reader decides; parseData then applies the same schema's defaults for Astro.
  const result = readReport(text, id);
  if (!result.ok) {
    problems.push(...describeProblems(filePath, result.problems));
    ctx.store.delete(id);
    return [id, false];
  }
  const data = await ctx.parseData({ id, data: result.report.data as unknown as Record<string, unknown>, filePath });
  ctx.store.set({ id, data, digest, filePath });
  return [id, true];
}
