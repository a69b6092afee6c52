/**
 * The deploy recipe (docs/deploy.md, npm run deploy) against an rclone remote on this machine (a
 * local folder stands in for the bucket: this machine reaches no object storage): what goes up,
 * in which cache class, and what is deleted when, across two deploys of different builds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheClass, planDeploy } from '../../scripts/lib/deploy-plan.ts';
import { BUILDS, ROOT } from '../browser/sites.ts';

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
/** The bucket's site files (without the deploy's own record of superseded files). */
const inBucket = (dir: string) => files(dir).filter((p) => !p.startsWith('_deploy/'));
const bucket = mkdtempSync(join(tmpdir(), 'fazhi-bucket-'));
afterAll(() => rmSync(bucket, { recursive: true, force: true }));

function deploy(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/deploy.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('deploying to object storage', () => {
  it('caches content-named files for a year and revalidates everything that names them', () => {
    const site = files(BUILDS.root.dir);
    const plan = planDeploy(site);
    expect(plan.immutable.length + plan.revalidate.length).toBe(site.length);
    for (const p of site.filter((p) => /\.(pf_index|pf_filter|pf_meta)$/.test(p))) expect(cacheClass(p)).toBe('immutable');
    expect(plan.immutable.some((p) => p.startsWith('_astro/'))).toBe(true);
    for (const p of ['index.html', 'search/index.html', 'pagefind/manifest.json', 'feed.xml', 'catalog.csv']) expect(cacheClass(p)).toBe('revalidate');
    for (const p of site.filter((p) => /pagefind-entry\.json$|\/pagefind\.js$|wasm\.[^/]+\.pagefind$|^pagefind\/records\/|^reports\/|^raw\//.test(p))) expect(cacheClass(p)).toBe('revalidate');
  });

  it('refuses a folder that is not a build, naming it and the fix', () => {
    const r = deploy('--remote', bucket, '--site', join(ROOT, 'content'));
    expect(r.status).toBe(2);
    expect(r.out).toContain('not a complete build');
    expect(deploy('--site', BUILDS.root.dir).out).toContain('--remote is required');
  });

  it('uploads a build, then a changed build: stale pages go at once, stale index files only after the grace period', () => {
    const a = deploy('--remote', bucket, '--site', BUILDS.root.dir);
    expect(a.status, a.out).toBe(0);
    expect(inBucket(bucket)).toEqual(files(BUILDS.root.dir));
    expect(readFileSync(join(bucket, 'pagefind/manifest.json'), 'utf8')).toBe(readFileSync(join(BUILDS.root.dir, 'pagefind/manifest.json'), 'utf8'));

    // A dry run changes nothing.
    expect(deploy('--remote', bucket, '--site', BUILDS.sub.dir, '--dry-run').status).toBe(0);
    expect(inBucket(bucket)).toEqual(files(BUILDS.root.dir));

    // Files on a bucket carry the time they were built: make the first build's two days old.
    const old = new Date(Date.now() - 2 * 86400e3);
    for (const p of files(bucket)) utimesSync(join(bucket, p), old, old);

    // The next build (here: the same corpus split into other parts, under another base path).
    const b = deploy('--remote', bucket, '--site', BUILDS.sub.dir, '--grace', '1h');
    expect(b.status, b.out).toBe(0);
    const now = inBucket(bucket);
    const next = files(BUILDS.sub.dir);
    const oldContent = files(BUILDS.root.dir).filter((p) => cacheClass(p) === 'immutable' && !next.includes(p));
    expect(oldContent.length).toBeGreaterThan(0);
    expect(now).toEqual([...next, ...oldContent].sort());
    for (const p of ['pagefind/manifest.json', 'index.html']) expect(readFileSync(join(bucket, p), 'utf8')).toBe(readFileSync(join(BUILDS.sub.dir, p), 'utf8'));

    // Their grace runs from when they were superseded, not from when they were built.
    expect(deploy('--remote', bucket, '--site', BUILDS.sub.dir, '--grace', '1h').status).toBe(0);
    expect(inBucket(bucket)).toEqual([...next, ...oldContent].sort());
    // Past the grace period the superseded index files go too.
    expect(deploy('--remote', bucket, '--site', BUILDS.sub.dir, '--grace', '1ms').status).toBe(0);
    expect(inBucket(bucket)).toEqual(next);
  });
});
