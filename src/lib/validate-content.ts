/**
 * The archive's integrity rules, as a pure function over the files' contents: `npm run check`
 * feeds it the content folder and CI fails on any problem it reports. Each report file is read by
 * readReport, the same reader the site build and the search indexer use.
 */
import type { Gazetteer } from './gazetteer.ts';
import { describeProblems, ID_PATTERN, readReport } from './read-report.ts';
import type { ReportData } from './report-schema.ts';

export { ID_PATTERN };

export interface ContentFile {
  /** Path shown in messages (content/reports/x.md). */
  path: string;
  /** File name without .md: the report id. */
  id: string;
  text: string;
}

export interface RawLookup {
  /** sha256 of content/<path> (a raw original or a WARC file), or undefined when it is missing or not a regular file. */
  (raw: string): string | undefined;
}

export interface FileLookup {
  /** Whether content/<path> exists and is a regular file: what a RawLookup's undefined means, without reading the file. */
  (path: string): boolean;
}

/** What else lies in the content folder: the raw originals, and anything an interrupted write left. */
export interface ContentListing {
  /** Names of the files under content/raw/. */
  raw: string[];
  /** Paths of temporary files left by an interrupted import (content/.staging/…, *.tmp). */
  stray: string[];
}

/** isFile checks the WARC files, which need only be present; without it, they are looked up through rawSha. */
export function validateContent(
  files: ContentFile[],
  rawSha: RawLookup,
  gaz: Gazetteer,
  listing?: ContentListing,
  isFile: FileLookup = (path) => rawSha(path) !== undefined,
): string[] {
  const problems: string[] = [];
  const valid: { file: ContentFile; data: ReportData }[] = [];
  for (const file of files) {
    const read = readReport(file.text, file.id);
    if (!read.ok) {
      problems.push(...describeProblems(file.path, read.problems));
      continue;
    }
    const say = (msg: string) => problems.push(`${file.path}: ${msg}`);
    const data = read.report.data;
    const region = gaz.get(data.region);
    if (!region) say(`region: ${data.region} is not in the gazetteer`);
    else {
      const name = gaz.path(data.region).map((d) => d.name).join('');
      if (name !== data.regionName) say(`regionName: “${data.regionName}” does not match region ${data.region} (${name})`);
      if (region.level !== data.level && !(data.level === 'township' && region.level === 'county')) {
        say(`level: ${data.level} does not match region ${data.region}, a ${region.level}`);
      }
    }
    const sha = rawSha(data.source.raw);
    if (sha === undefined) say(`source.raw: the raw original content/${data.source.raw} is missing (or not a file)`);
    else if (sha !== data.source.sha256) say(`source.sha256: the raw original content/${data.source.raw} has sha256 ${sha}, not ${data.source.sha256}`);
    const warc = data.source.warc;
    if (warc && !isFile(warc.file)) say(`source.warc.file: the WARC file content/${warc.file} is missing (or not a file)`);
    valid.push({ file, data });
  }
  const byIssuerYear = new Map<string, { file: ContentFile; data: ReportData }[]>();
  for (const v of valid) {
    const key = `${v.data.region} ${v.data.publisher} ${v.data.year}`;
    byIssuerYear.set(key, [...(byIssuerYear.get(key) ?? []), v]);
  }
  for (const group of byIssuerYear.values()) {
    const plain = group.filter((g) => !g.data.distinct);
    if (plain.length > 1) {
      problems.push(
        `${plain.map((g) => g.file.path).join(', ')}: ${plain.length} reports by ${plain[0]!.data.publisher} for ${plain[0]!.data.year}; remove the duplicate or set distinct: true on all but one`,
      );
    }
  }
  if (listing) {
    // Every raw original belongs to a report (an import that died between its two writes leaves one that does not).
    const referenced = new Set(files.map((f) => readReport(f.text, f.id)).flatMap((r) => (r.ok ? [r.report.data.source.raw] : [])));
    for (const name of listing.raw) {
      if (!referenced.has(`raw/${name}`)) {
        problems.push(`content/raw/${name}: no report refers to this raw original (an interrupted or replaced import); import it again, or delete it`);
      }
    }
    for (const path of listing.stray) problems.push(`${path}: a temporary file left by an interrupted import; delete it`);
  }
  return problems;
}
