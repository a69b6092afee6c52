/**
 * npm run figures [-- --dry-run] [ids…]: extracts the indicator figures of existing reports again
 * and writes them into each report's frontmatter. Figures a maintainer marked `checked: true` are
 * kept as written. Every other frontmatter field and the body are left byte for byte as they were
 * read; a report that would not pass `npm run check` afterwards is not written.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseMarkdownFile, toMarkdownFile } from '../src/lib/frontmatter.ts';
import { describeProblems, ID_PATTERN, readReport } from '../src/lib/read-report.ts';
import { figuresFor } from '../src/lib/figures/for-report.ts';
import { commandLine } from './lib/command-line.ts';
import { writeFileAtomic, tidyStaging } from './lib/write-atomic.ts';

const cli = commandLine({
  usage: 'Usage: npm run figures -- [--dry-run] [--content DIR] [report ids…]',
  options: { 'dry-run': { type: 'boolean', default: false }, content: { type: 'string', default: 'content' } },
  positionals: true,
});
const { values, positionals } = cli;
const root = resolve(values.content);
const dir = join(root, 'reports');
if (!existsSync(dir)) {
  console.error(`error: ${dir}: no reports folder. Fix: --content <folder holding reports/>.`);
  process.exit(2);
}
const ids = positionals.length ? positionals : readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
let changed = 0;
let failed = 0;
let total = 0;
for (const id of ids) {
  const path = join(dir, `${id}.md`);
  const shown = relative(process.cwd(), path);
  if (!ID_PATTERN.test(id)) {
    console.error(`error: ${id}: not a report id (region-year-issuer, as in 500233-2021-gov). Fix: give the file name without .md.`);
    failed++;
    continue;
  }
  if (!existsSync(path)) {
    console.error(`error: ${shown}: no such report. Fix: give ids of files in ${relative(process.cwd(), dir)}/.`);
    failed++;
    continue;
  }
  const text = readFileSync(path, 'utf8');
  let parsed: ReturnType<typeof parseMarkdownFile>;
  try {
    parsed = parseMarkdownFile(text);
  } catch (e) {
    console.error(`error: ${shown}: ${(e as Error).message}. Fix: repair the frontmatter (npm run check names the problem).`);
    failed++;
    continue;
  }
  const read = readReport(text, id);
  // A report whose only problem is a stale figure can be repaired here; any other problem is check's to name.
  if (!read.ok && read.problems.some((p) => !p.field.startsWith('figures.'))) {
    console.error(describeProblems(shown, read.problems).map((l) => `error: ${l}`).join('\n'));
    failed++;
    continue;
  }
  const data = read.ok ? read.report.data : (parsed.data as Parameters<typeof figuresFor>[0]);
  const figures = figuresFor(data, parsed.body);
  total += figures.length;
  const next = toMarkdownFile({ ...parsed.data, figures }, parsed.body);
  if (next === text) continue;
  const back = readReport(next, id);
  if (!back.ok) {
    console.error(describeProblems(shown, back.problems).map((l) => `error: ${l} (not written)`).join('\n'));
    failed++;
    continue;
  }
  changed++;
  console.log(`${values['dry-run'] ? 'would update' : 'updated'} ${shown}: ${figures.length} figures`);
  if (!values['dry-run']) writeFileAtomic(path, next, root);
}
tidyStaging(root);
console.log(`${ids.length} reports, ${total} figures, ${changed} ${values['dry-run'] ? 'to update' : 'updated'}${failed ? `, ${failed} failed` : ''}`);
process.exit(failed ? 1 : 0);
