import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const BUILDS = {
  root: { dir: join(ROOT, '.tmp/site-root'), base: '/' },
  sub: { dir: join(ROOT, '.tmp/site-archive'), base: '/archive/' },
} as const;
