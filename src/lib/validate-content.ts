/**
 * The archive's integrity rules, as a pure function over the files' contents: `npm run check`
 * feeds it the content folder and CI fails on any problem it reports.
 */
import type { Gazetteer } from './gazetteer.ts';
import { parseMarkdownFile } from './frontmatter.ts';
import { reportSchema, type ReportData } from './report-schema.ts';

export interface ContentFile {
  /** Path shown in messages (content/reports/x.md). */
  path: string;
  /** File name without .md: the report id. */
  id: string;
  text: string;
}

export interface RawLookup {
  /** sha256 of content/<raw>, or undefined when the file is missing. */
  (raw: string): string | undefined;
}

export const ID_PATTERN = /^\d{6}-\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function validateContent(files: ContentFile[], rawSha: RawLookup, gaz: Gazetteer): string[] {
  const problems: string[] = [];
  const valid: { file: ContentFile; data: ReportData }[] = [];
  for (const file of files) {
    const say = (msg: string) => problems.push(`${file.path}: ${msg}`);
    if (!ID_PATTERN.test(file.id)) say(`the file name “${file.id}” is not a report id (region-year-issuer, ASCII)`);
    if (file.text.includes('\ufffd')) say('contains U+FFFD (text decoded with the wrong encoding)');
    if (file.text !== file.text.normalize('NFC')) say('text is not NFC-normalized');
    let parsed: ReturnType<typeof parseMarkdownFile>;
    try {
      parsed = parseMarkdownFile(file.text);
    } catch (e) {
      say((e as Error).message);
      continue;
    }
    const result = reportSchema.safeParse(parsed.data);
    if (!result.success) {
      for (const issue of result.error.issues) say(`frontmatter ${issue.path.join('.') || '(root)'}: ${issue.message}`);
      continue;
    }
    const data = result.data;
    if (!/\p{Script=Han}/u.test(parsed.body)) say('the body has no report text');
    const region = gaz.get(data.region);
    if (!region) say(`region ${data.region} is not in the gazetteer`);
    else {
      const name = gaz.path(data.region).map((d) => d.name).join('');
      if (name !== data.regionName) say(`regionName “${data.regionName}” does not match region ${data.region} (${name})`);
      if (region.level !== data.level && !(data.level === 'township' && region.level === 'county')) {
        say(`level ${data.level} does not match region ${data.region}, a ${region.level}`);
      }
    }
    const sha = rawSha(data.source.raw);
    if (sha === undefined) say(`the raw original content/${data.source.raw} is missing`);
    else if (sha !== data.source.sha256) say(`the raw original content/${data.source.raw} has sha256 ${sha}, not ${data.source.sha256}`);
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
  return problems;
}
