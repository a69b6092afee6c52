import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const BUILDS = {
  // The root build splits the search index into parts of at most 10 reports (4 parts), the
  // /archive/ build keeps the default (two parts, one per indexing process): search must answer the same.
  // The /archive/ build may also check only 5 reports against their text, so that a search can pass
  // the limit on the bundled corpus (SEARCH_MAX_VERIFY; the default is 200).
  root: { dir: join(ROOT, '.tmp/site-root'), base: '/', searchPartSize: '10', searchMaxVerify: '' },
  sub: { dir: join(ROOT, '.tmp/site-archive'), base: '/archive/', searchPartSize: '', searchMaxVerify: '5' },
} as const;

/** A site built from hostile input (tests/fixtures/hostile), imported and hand-edited as an attacker would. */
export const HOSTILE = { content: join(ROOT, '.tmp/hostile-content'), dir: join(ROOT, '.tmp/site-hostile'), base: '/' } as const;
