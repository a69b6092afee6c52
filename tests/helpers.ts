import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readReport, type Report } from '../src/lib/read-report.ts';

export const ROOT = join(import.meta.dirname, '..');

/** Runs the import CLI as a maintainer would; never throws, returns what it printed. */
export function runImport(args: string[], cwd = ROOT): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), ...args], { cwd, encoding: 'utf8' });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function runCheck(contentDir: string): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts'), contentDir], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export const tempDir = (prefix = 'archive-test-') => mkdtempSync(join(tmpdir(), prefix));

/** Every file below a folder with its bytes, to prove that nothing was written. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    let names: string[] = [];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const n of names) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[p] = readFileSync(p).toString('base64');
    }
  };
  walk(dir);
  return out;
}

/** The reading text of a Markdown body: what a reader sees, without markup or white space. */
export function markdownText(md: string): string {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(md);
  return toString(tree).replace(/\s+/g, '');
}

export { execFileSync };

/** Every report of a content folder, read by the archive's one reader (read-report.ts); throws on a bad file. */
export function readCorpus(contentDir: string): Report[] {
  const dir = join(contentDir, 'reports');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const r = readReport(readFileSync(join(dir, f), 'utf8'), f.replace(/\.md$/, ''));
      if (!r.ok) throw new Error(`${f}: ${r.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
      return r.report;
    });
}
