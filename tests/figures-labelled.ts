/** The labelled figures (tests/fixtures/figures/labelled.json) and the extractor's answer on the same texts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReport } from '../src/lib/read-report.ts';
import { extractFigures, type ReportContext } from '../src/lib/figures/extract.ts';
import type { FigureKey } from '../src/lib/figures/keys.ts';
import type { Scored } from '../src/lib/figures/score.ts';

const ROOT = join(import.meta.dirname, '..');
const DIR = join(ROOT, 'tests/fixtures/figures');

interface Label {
  key: FigureKey;
  value: number;
  unit: string;
  qualifier?: string[];
  scope?: string;
  own: boolean;
  sentence: string;
}
interface Labelled {
  reports: { id: string; figures: Label[] }[];
  texts: ({ file: string; figures: Label[] } & ReportContext)[];
}

export const labelled = JSON.parse(readFileSync(join(DIR, 'labelled.json'), 'utf8')) as Labelled;

/** Every labelled text: its name, body and context, with its labels. */
export function labelledTexts() {
  const reports = labelled.reports.map((r) => {
    const read = readReport(readFileSync(join(ROOT, 'content/reports', `${r.id}.md`), 'utf8'), r.id);
    if (!read.ok) throw new Error(`${r.id}: ${read.problems.map((p) => p.message).join('; ')}`);
    const d = read.report.data;
    const ctx: ReportContext = { year: d.year, level: d.level, regionName: d.regionName, ...(d.published ? { published: d.published } : {}) };
    return { name: r.id, body: read.report.body, ctx, labels: r.figures };
  });
  const texts = labelled.texts.map((t) => {
    const { file, figures, ...ctx } = t;
    return { name: file, body: readFileSync(join(DIR, file), 'utf8'), ctx, labels: figures };
  });
  return [...reports, ...texts];
}

export function scoredSets() {
  const labels: Scored[] = [];
  const extracted: Scored[] = [];
  for (const t of labelledTexts()) {
    labels.push(...t.labels.map((l) => ({ report: t.name, key: l.key, value: l.value, own: l.own })));
    extracted.push(...extractFigures(t.body, t.ctx).map((f) => ({ report: t.name, key: f.key, value: f.value, own: f.own })));
  }
  return { labels, extracted };
}
