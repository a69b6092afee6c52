/**
 * Indexes one part of the search index in its own process (forked by build-index.ts), so the
 * memory Pagefind's indexer needs is bounded by the part, and is returned to the system when the
 * process ends. Receives { files, outDir, language } on IPC; replies with the display records
 * keyed by Pagefind's result id, or with the first error.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { Converter } from 'opencc-js/t2cn';
import { gazetteer } from '../lib/gazetteer-data.ts';
import { displayRecord, searchDocument, type DisplayRecord } from './documents.ts';
import { chunkStarts } from './pagefind-meta.ts';
import { CHUNKS_FILE } from './prefix-chunks.ts';
import { readReport } from './read-report.ts';

export interface WorkerTask {
  files: string[];
  outDir: string;
  language: string;
}
export type WorkerReply = { ok: true; records: [string, DisplayRecord][]; pages: number } | { ok: false; error: string };

async function indexPart({ files, outDir, language }: WorkerTask): Promise<WorkerReply> {
  const toSimplified = Converter({ from: 't', to: 'cn' });
  const gaz = gazetteer();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) return { ok: false, error: `Pagefind could not create an index: ${errors.join('; ')}` };
  const byUrl = new Map<string, DisplayRecord>();
  try {
    for (const file of files) {
      const report = readReport(file);
      const url = `/reports/${report.id}/`;
      const added = await index.addHTMLFile({ url, content: searchDocument(report, gaz, toSimplified) });
      if (added.errors.length) return { ok: false, error: `${file}: ${added.errors.join('; ')}` };
      byUrl.set(url, displayRecord(report));
    }
    const written = await index.writeFiles({ outputPath: outDir });
    if (written.errors.length) return { ok: false, error: `Pagefind could not write ${outDir}: ${written.errors.join('; ')}` };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
  // Pagefind's fragments would carry the token bags (tens of KB a report); the search page shows
  // the small display records instead, so map each fragment's result id to its record and drop them.
  const records: [string, DisplayRecord][] = [];
  const fragments = join(outDir, 'fragment');
  for (const name of readdirSync(fragments)) {
    const json = gunzipSync(readFileSync(join(fragments, name))).subarray('pagefind_dcd'.length).toString('utf8');
    const { url } = JSON.parse(json) as { url: string };
    const record = byUrl.get(url);
    if (!record) return { ok: false, error: `Pagefind wrote a fragment for an unknown page ${url}` };
    records.push([name.replace(/\.pf_fragment$/, ''), record]);
  }
  rmSync(fragments, { recursive: true });
  // Where each chunk begins, for the search page's prefix lookups (prefix-chunks.ts).
  const meta = readdirSync(outDir).filter((f) => /^pagefind\..+\.pf_meta$/.test(f));
  if (meta.length !== 1) return { ok: false, error: `Pagefind wrote ${meta.length} metadata files in ${outDir}, expected one` };
  writeFileSync(join(outDir, CHUNKS_FILE), JSON.stringify(chunkStarts(gunzipSync(readFileSync(join(outDir, meta[0]!))))));
  return { ok: true, records, pages: records.length };
}

process.once('message', (task: WorkerTask) => {
  indexPart(task)
    .catch((e: unknown): WorkerReply => ({ ok: false, error: e instanceof Error ? e.message : String(e) }))
    .then((reply) => process.send!(reply, () => process.exit(0)));
});
