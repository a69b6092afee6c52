/**
 * npm run deploy -- --remote <rclone remote:bucket/path> [--site dist] [--grace 24h] [--dry-run]
 *
 * Uploads a built site to S3-compatible object storage (or any rclone remote) in an order that
 * never leaves a reader with a page naming a missing file, and with a Cache-Control header per
 * file (scripts/lib/deploy-plan.ts): content-named files first, once, cached for a year; then the
 * other files that changed (compared by checksum, so a rebuild with new timestamps uploads nothing
 * new), the search manifest last; then files the site no longer has are deleted, content-named
 * ones only once superseded for longer than --grace (readers with a cached page may still ask
 * for them; the remote keeps when each was first seen superseded in _deploy/superseded.json).
 * Configure the remote with `rclone config` (docs/deploy.md); rclone must be installed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { commandLine, type Fail } from './lib/command-line.ts';
import { CACHE_CONTROL, planDeploy, staleImmutable, cacheClass } from './lib/deploy-plan.ts';

const cli = commandLine({
  usage: 'Usage: npm run deploy -- --remote <rclone remote:bucket/path> [--site dist] [--grace 24h] [--dry-run]',
  options: {
    remote: { type: 'string' },
    site: { type: 'string', default: 'dist' },
    grace: { type: 'string', default: '24h' },
    'dry-run': { type: 'boolean', default: false },
  },
});
const { values } = cli;
const fail: Fail = cli.fail;
if (!values.remote) fail('--remote is required (an rclone remote and path, as in s3:bucket/site; docs/deploy.md)');
const GRACE = /^(\d+)(ms|s|m|h|d)$/.exec(values.grace!);
if (!GRACE) fail(`--grace ${values.grace}: expected a duration such as 24h, 30m or 7d`);
const grace = Number(GRACE[1]) * { ms: 1, s: 1e3, m: 6e4, h: 3.6e6, d: 8.64e7 }[GRACE[2] as 'ms' | 's' | 'm' | 'h' | 'd'];
const site = resolve(values.site!);
const remote = values.remote;
const dry = values['dry-run'] ? ['--dry-run'] : [];

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

function rclone(args: string[]): string {
  try {
    return execFileSync('rclone', [...args, '-q'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { status?: number };
    if (err.code === 'ENOENT') console.error('error: rclone is not installed (https://rclone.org/install/, or apt-get install rclone)');
    else console.error(`error: rclone ${args[0]} failed (exit ${err.status})`);
    process.exit(1);
  }
}

let all: string[];
try {
  all = files(site);
} catch {
  console.error(`error: ${site}: no built site there (run npm run build first, or pass --site)`);
  process.exit(2);
}
if (!all.includes('index.html') || !all.includes('pagefind/manifest.json')) {
  console.error(`error: ${site} is not a complete build (no index.html or pagefind/manifest.json); refusing to deploy it`);
  process.exit(2);
}
const plan = planDeploy(all);
const work = mkdtempSync(join(tmpdir(), 'fazhi-deploy-'));
const list = (name: string, paths: string[]) => {
  const f = join(work, name);
  writeFileSync(f, paths.map((p) => `${p}\n`).join(''));
  return f;
};
/** When each superseded content-named file was first seen so (kept beside the site on the remote). */
const STATE = '_deploy/superseded.json';
const header = (c: keyof typeof CACHE_CONTROL) => ['--header-upload', `Cache-Control: ${CACHE_CONTROL[c]}`];
try {
  // 1. Content-named files: new ones only (a name never gets other content).
  rclone(['copy', site, remote, '--files-from', list('immutable', plan.immutable), '--ignore-existing', ...header('immutable'), ...dry]);
  // 2. Everything else that changed, the manifest (which names the search parts) last.
  const manifest = 'pagefind/manifest.json';
  rclone(['copy', site, remote, '--files-from', list('revalidate', plan.revalidate.filter((p) => p !== manifest)), '--checksum', ...header('revalidate'), ...dry]);
  rclone(['copy', site, remote, '--files-from', list('manifest', [manifest]), '--checksum', ...header('revalidate'), ...dry]);
  // 3. What the site no longer has.
  const listing = JSON.parse(rclone(['lsjson', '-R', '--files-only', remote])) as { Path: string; ModTime: string }[];
  const there = listing.map((f) => f.Path);
  const keep = new Set(all);
  const staleRevalidate = there.filter((p) => cacheClass(p) === 'revalidate' && !keep.has(p) && p !== STATE);
  if (staleRevalidate.length) rclone(['delete', remote, '--files-from', list('stale-revalidate', staleRevalidate), ...dry]);
  // A file's time on the remote is when it was built, not when it stopped being used, so the
  // remote keeps its own record of when each content-named file was first seen superseded.
  const since = there.includes(STATE) ? (JSON.parse(rclone(['cat', `${remote}/${STATE}`])) as Record<string, number>) : {};
  const now = Date.now();
  const superseded: Record<string, number> = {};
  for (const p of staleImmutable(there, all)) superseded[p] = since[p] ?? now;
  const staleContent = Object.keys(superseded).filter((p) => now - superseded[p]! >= grace);
  if (staleContent.length) rclone(['delete', remote, '--files-from', list('stale-immutable', staleContent), ...dry]);
  for (const p of staleContent) delete superseded[p];
  const state = join(work, 'superseded.json');
  writeFileSync(state, JSON.stringify(superseded));
  rclone(['copyto', state, `${remote}/${STATE}`, ...header('revalidate'), ...dry]);
  console.log(
    `${dry.length ? 'would deploy' : 'deployed'} ${site} to ${remote}: ${plan.immutable.length} content-named files (cached a year, new ones uploaded), ` +
      `${plan.revalidate.length} others (revalidated after 5 min, changed ones uploaded); ${staleRevalidate.length} stale files deleted, ` +
      `${staleContent.length} stale content-named files older than ${values.grace} deleted`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
