/**
 * Builds the site twice before the tests: at the domain root and under /archive/, each into its
 * own folder, exactly as `npm run build` does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUILDS, ROOT } from './sites.ts';

/** The environment as a shell has it: vitest puts BASE_URL, MODE, DEV, PROD, SSR into process.env, and Astro would take them. */
function shellEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(k)) delete env[k];
  return env;
}

export default function setup(): void {
  for (const b of Object.values(BUILDS)) {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env: { ...shellEnv(), OUT_DIR: b.dir, BASE_PATH: b.base, SITE_URL: 'https://archive.example.org', SEARCH_PART_SIZE: b.searchPartSize },
      encoding: 'utf8',
    });
    if (r.status !== 0 || !existsSync(join(b.dir, 'index.html'))) throw new Error(`site build for ${b.base} failed:\n${r.stdout}\n${r.stderr}`);
  }
}
