/**
 * The one write path of import and capture: plan each report's fate (new, unchanged, replaced, or
 * refused), validate what would be written with the same reader as check and the build, then
 * write evidence, raw original and reports together. Every file is staged in content/.staging
 * first and renamed into place only when all are staged, evidence first and reports last: a crash
 * leaves either nothing visible or files that `npm run check` names.
 */
import { mkdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { InputError } from '../../src/import/decode.ts';
import type { ImportedReport } from '../../src/import/import-source.ts';
import { toMarkdownFile } from '../../src/lib/frontmatter.ts';
import { figuresFor } from '../../src/lib/figures/for-report.ts';
import type { Gazetteer } from '../../src/lib/gazetteer.ts';
import { describeProblems, readReport } from '../../src/lib/read-report.ts';
import { existingReport, rawReferenced, type Store } from './content-store.ts';
import { STAGING, tidyStaging } from './write-atomic.ts';

export interface PlannedReport {
  /** The file or address the report came from, as the user gave it. */
  input: string;
  report: ImportedReport;
  status: 'new' | 'unchanged' | 'replaced';
  /** The raw original of the report this one replaces, when it is another file. */
  oldRaw?: string;
}

export interface Plan {
  reports: PlannedReport[];
  /** The Markdown file of every report that is written. */
  texts: Map<string, string>;
}

/** Decides every report's fate and renders it, before anything is written: a refusal leaves no trace. */
export function planImport(s: Store, input: string, reports: ImportedReport[], replace: boolean): Plan {
  const planned: PlannedReport[] = reports.map((report) => {
    const existing = existingReport(s, report.id);
    if (!existing) return { input, report, status: 'new' };
    const same = existing.sha256 === report.data.source.sha256 && existing.part === report.data.source.part?.index;
    if (same && !replace) return { input, report, status: 'unchanged' };
    if (!same && !replace) {
      throw new InputError(
        `report ${report.id} already exists in ${relative(process.cwd(), join(s.reports, `${report.id}.md`))} from a different source`,
        'pass --replace to overwrite it, or --publisher/--year if this is a different report',
      );
    }
    return { input, report, status: 'replaced', ...(existing.raw && existing.raw !== report.data.source.raw ? { oldRaw: existing.raw } : {}) };
  });
  // What is written must read back as written: the same reader as check and the build.
  const texts = new Map<string, string>();
  for (const p of planned) {
    // The indicator figures are extracted once, here, for every report import and capture write.
    p.report.data.figures = figuresFor(p.report.data, p.report.body);
    const text = toMarkdownFile(p.report.data, p.report.body);
    const read = readReport(text, p.report.id);
    if (!read.ok) {
      throw new InputError(
        `the report it makes would not pass npm run check: ${describeProblems(p.report.id, read.problems).join('; ')}`,
        'pass --title, --publisher or --published to give the field a valid value',
      );
    }
    texts.set(p.report.id, text);
  }
  return { reports: planned, texts };
}

export const writesAnything = (plan: Plan) => plan.reports.some((p) => p.status !== 'unchanged');

export interface FileToWrite {
  /** Relative to content/. */
  path: string;
  data: string | Uint8Array;
}

/** Stages every file, then renames them into place in the order given. */
export function writeTogether(root: string, files: FileToWrite[]): void {
  const staging = join(root, STAGING);
  mkdirSync(staging, { recursive: true });
  const staged: { tmp: string; dest: string }[] = [];
  try {
    for (const f of files) {
      const tmp = join(staging, `${basename(f.path)}.${process.pid}.tmp`);
      writeFileSync(tmp, f.data);
      staged.push({ tmp, dest: join(root, f.path) });
    }
  } catch (e) {
    for (const { tmp } of staged) rmSync(tmp, { force: true });
    throw e;
  }
  for (const { tmp, dest } of staged) {
    mkdirSync(dirname(dest), { recursive: true });
    renameSync(tmp, dest);
  }
}

/**
 * Writes a planned import: its evidence (WARC files) first, then the raw original, then the
 * reports; then removes the originals that --replace left without a report.
 */
export function commitImport(s: Store, plan: Plan, raw: { name: string; bytes: Uint8Array }, evidence: FileToWrite[] = []): void {
  if (!writesAnything(plan)) return;
  const reports = plan.reports.filter((p) => p.status !== 'unchanged');
  writeTogether(s.root, [
    ...evidence,
    { path: `raw/${raw.name}`, data: raw.bytes },
    ...reports.map((p) => ({ path: `reports/${p.report.id}.md`, data: plan.texts.get(p.report.id)! })),
  ]);
  for (const p of reports) {
    if (p.oldRaw && !rawReferenced(s, p.oldRaw)) unlinkSync(join(s.root, p.oldRaw));
  }
  tidyStaging(s.root);
}

/** The review JSON of `--dry-run --json`, one object per report, the same for import and capture. */
export function reviewRow(p: PlannedReport, gaz: Gazetteer): Record<string, unknown> {
  const { report, status } = p;
  const d = report.data;
  return {
    id: report.id,
    file: p.input,
    status,
    title: d.title,
    titleSupplied: d.titleSupplied,
    kind: d.kind,
    region: { code: d.region, name: gaz.get(d.region)?.name, ...gaz.levelNames(d.region) },
    level: d.level,
    issuer: d.issuer,
    publisher: d.publisher,
    author: d.author ?? null,
    year: d.year,
    published: d.published ?? null,
    script: d.script,
    source: {
      sha256: d.source.sha256,
      url: d.source.url ?? null,
      raw: d.source.raw,
      encoding: d.source.encoding ?? null,
      mediaType: d.source.mediaType ?? null,
      part: d.source.part ?? null,
      ...(d.source.warc ? { warc: d.source.warc } : {}),
    },
    chars: [...report.body.replace(/\s/g, '')].length,
    evidence: report.evidence,
    warnings: report.warnings,
  };
}
