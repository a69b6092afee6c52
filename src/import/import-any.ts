/**
 * One entry for every kind of original the archive imports: dispatches on the bytes (and file
 * name) to the reader of its format. Today only pages and text (importSource); the PDF and Word
 * readers plug in here, so capture and import need no change when they do.
 */
import type { Gazetteer } from '../lib/gazetteer.ts';
import { importSource, type ImportOptions, type ImportResult } from './import-source.ts';

export async function importAny(bytes: Uint8Array, gaz: Gazetteer, opts: ImportOptions): Promise<ImportResult> {
  return importSource(bytes, gaz, opts);
}
