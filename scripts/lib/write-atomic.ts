import { mkdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The folder under content/ where an import stages its files; anything left in it is a crash's leftover, which check reports. */
export const STAGING = '.staging';

/**
 * Writes into content/.staging/ first, then renames into place: readers never see half a file,
 * and a crash leaves its temporary file where `npm run check` looks for it.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, contentRoot: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const staging = join(contentRoot, STAGING);
  mkdirSync(staging, { recursive: true });
  const tmp = join(staging, `${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Removes the staging folder once an import has nothing left in it. */
export function tidyStaging(contentRoot: string): void {
  try {
    rmdirSync(join(contentRoot, STAGING));
  } catch {
    // not empty (another import is running, or one crashed: check reports it) or not there
  }
}
