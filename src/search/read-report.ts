/** Reads one report file (content/reports/<id>.md) into what the search index needs, through the archive's one reader. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describeProblems, readReport as readReportText } from '../lib/read-report.ts';
import type { ReportForSearch } from './documents.ts';

/** The validated report file, or an error naming the file and every field `npm run check` would name. */
export function readReportFile(file: string, text = readFileSync(file, 'utf8')) {
  const read = readReportText(text, basename(file, '.md'));
  if (!read.ok) throw new Error(`${describeProblems(file, read.problems).join('\n')}\n(npm run check lists every problem)`);
  return read.report;
}

export function readReport(file: string): ReportForSearch {
  const { id, data: d, body } = readReportFile(file);
  return {
    id,
    title: d.title,
    region: d.region,
    regionName: d.regionName,
    level: d.level,
    issuer: d.issuer,
    publisher: d.publisher,
    year: d.year,
    ...(d.published ? { published: d.published } : {}),
    ...(d.titleSupplied ? { titleSupplied: true } : {}),
    script: d.script,
    body: body.normalize('NFC'),
  };
}
