/**
 * Builds the site before the tests, exactly as `npm run build` does, each into its own folder: at
 * the domain root, under /archive/, and from a hostile corpus.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILDS, HOSTILE, ROOT } from './sites.ts';

/** The environment as a shell has it: vitest puts BASE_URL, MODE, DEV, PROD, SSR into process.env, and Astro would take them. */
function shellEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(k)) delete env[k];
  return env;
}

function build(env: Record<string, string>, dir: string, what: string): void {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env: { ...shellEnv(), OUT_DIR: dir, SITE_URL: 'https://archive.example.org', ...env },
    encoding: 'utf8',
  });
  if (r.status !== 0 || !existsSync(join(dir, 'index.html'))) throw new Error(`site build for ${what} failed:\n${r.stdout}\n${r.stderr}`);
}

function run(script: string, args: string[]): void {
  const r = spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

/**
 * The hostile corpus: one bundled report with hand-written HTML, a script: link and a remote image
 * appended to its Markdown, plus the hostile page and SVG imported by the real importer, and a PDF. It must
 * pass npm run check (the body's HTML is rendered inert, not refused), and build.
 */
function hostileContent(): void {
  const c = HOSTILE.content;
  rmSync(c, { recursive: true, force: true });
  mkdirSync(join(c, 'reports'), { recursive: true });
  mkdirSync(join(c, 'raw'), { recursive: true });
  // Its title is hand-edited to try to end the page's JSON-LD script element and run its own.
  const zhongxian = readFileSync(join(ROOT, 'content/reports/500233-2021-gov.md'), 'utf8');
  writeFileSync(join(c, 'reports/500233-2021-gov.md'), zhongxian.replace(/^title: .*$/m, `title: "忠县人民政府2021年法治政府建设年度报告</script><script>alert('ld')</script><!--"`));
  cpSync(join(ROOT, 'content/raw/003_ced26390e78030fa.txt'), join(c, 'raw/003_ced26390e78030fa.txt'));
  appendFileSync(
    join(c, 'reports/500233-2021-gov.md'),
    '\n<script>alert(1)</script>\n\n手工加入：<img src=x onerror=alert(2)> [原文](javascript:alert(document.domain)) ![](https://evil.example/x.png)\n\n<iframe src="https://evil.example/"></iframe>\n',
  );
  const fixtures = join(ROOT, 'tests/fixtures/hostile');
  run('scripts/import.ts', ['--content', c, '--archived', '2026-12-04', join(fixtures, 'hostile-page.html')]);
  // Its title and publisher are YAML look-alikes (1_000 is a number and yes a boolean to YAML 1.1): they must stay text.
  run('scripts/import.ts', ['--content', c, '--archived', '2026-12-04', '--year', '2022', '--publisher=yes', '--title=1_000', '--issuer', 'department', join(fixtures, 'hostile-image.svg')]);
  // A captured report with its WARC evidence, whose source the watch found gone (tests/fixtures/watch-make.ts made it).
  cpSync(join(ROOT, 'tests/fixtures/watch'), c, { recursive: true });
  // A PDF original, published as itself to download (imported as another year, so that its id is free).
  run('scripts/import.ts', ['--content', c, '--archived', '2026-12-05', '--year', '2020', join(ROOT, 'tests/fixtures/documents/zhongxian-2021.pdf')]);
  run('scripts/check.ts', [c]);
}

export default function setup(): void {
  // SITE_BUILD=0 npx vitest run tests/unit/…: a run of tests that read no built site skips the three builds.
  if (process.env.SITE_BUILD === '0') return;
  for (const b of Object.values(BUILDS)) build({ BASE_PATH: b.base, SEARCH_PART_SIZE: b.searchPartSize, SEARCH_MAX_VERIFY: b.searchMaxVerify }, b.dir, b.base);
  hostileContent();
  build({ BASE_PATH: HOSTILE.base, CONTENT_DIR: HOSTILE.content }, HOSTILE.dir, 'the hostile corpus');
}
