/**
 * The one reader of a report file (content/reports/<id>.md). `npm run check`, the Astro loader,
 * the search indexer and the importer (on what it is about to write) all call it, so what one
 * accepts the others accept, and each problem is named by field the same way everywhere. Pure:
 * the file's text and name in, the validated report or every problem out.
 */
import { parseMarkdownFile } from './frontmatter.ts';
import { reportSchema, type ReportData } from './report-schema.ts';
import { checkFigures } from './figures/validate.ts';
// The importer's media types; document.ts imports nothing, so the site takes only these constants.
import { MEDIA_TYPES } from '../import/document.ts';

// A township's report starts with its nine-digit code (330106004-2023-gov).
export const ID_PATTERN = /^(?:\d{6}|\d{9})-\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface Problem {
  /** The frontmatter field (source.url), or `file`, `frontmatter`, `body`. */
  field: string;
  message: string;
}

export interface Report {
  id: string;
  data: ReportData;
  body: string;
}

export type ReadResult = { ok: true; report: Report } | { ok: false; problems: Problem[] };

export function readReport(text: string, id: string): ReadResult {
  const problems: Problem[] = [];
  const say = (field: string, message: string) => problems.push({ field, message });
  if (!ID_PATTERN.test(id)) say('file', `the file name “${id}” is not a report id (region-year-issuer, ASCII)`);
  if (text.includes('\ufffd')) say('file', 'contains U+FFFD (text decoded with the wrong encoding)');
  if (text !== text.normalize('NFC')) say('file', 'text is not NFC-normalized');
  let parsed: ReturnType<typeof parseMarkdownFile>;
  try {
    parsed = parseMarkdownFile(text);
  } catch (e) {
    say('frontmatter', (e as Error).message);
    return { ok: false, problems };
  }
  const result = reportSchema.safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
      say(issue.path.join('.') || 'frontmatter', `${issue.message}${keys}`);
    }
    return { ok: false, problems };
  }
  const data = result.data;
  // The file name is the id the importer gave it: region and year must be the frontmatter's.
  const m = id.match(/^(\d{6}|\d{9})-(\d{4})-/);
  if (m && m[1] !== data.region) say('region', `is ${data.region} but the file name says ${m[1]}`);
  if (m && Number(m[2]) !== data.year) say('year', `is ${data.year} but the file name says ${m[2]}`);
  if (!/\p{Script=Han}/u.test(parsed.body)) say('body', 'the body has no report text');
  // Only a PDF or Word original (published as itself) is read without a text encoding.
  if (!data.source.encoding && !DOCUMENT_TYPES[extension(data.source.raw)]) say('source.encoding', 'a text or page original needs the encoding it was decoded from (utf-8, gb18030, big5 …)');
  for (const p of checkFigures(data.figures ?? [], parsed.body)) say(p.field, p.message);
  return problems.length ? { ok: false, problems } : { ok: true, report: { id, data, body: parsed.body } };
}

/** Problems as one line each, as check and the build print them: `path: field: message`. */
export function describeProblems(path: string, problems: Problem[]): string[] {
  return problems.map((p) => `${path}: ${p.field}: ${p.message}`);
}

/**
 * Originals published as themselves, to download: a PDF or Word file is a document, not a page,
 * and no browser runs it as one. The importer names such an original by what its bytes are.
 */
export const DOCUMENT_TYPES: Record<string, { type: string; label: string }> = {
  pdf: { type: MEDIA_TYPES.pdf, label: 'PDF' },
  docx: { type: MEDIA_TYPES.docx, label: 'Word' },
  doc: { type: MEDIA_TYPES.doc, label: 'Word 97–2003' },
};

const extension = (name: string) => name.match(/\.([a-z]+)$/i)?.[1]?.toLowerCase() ?? '';

/**
 * The name a raw original is published under: a PDF or Word document as itself (raw/x.pdf →
 * x.pdf), anything else as text (raw/page.html → page.html.txt), never as a page a browser would run.
 */
export function rawPublishedName(raw: string): string {
  const name = raw.replace(/^raw\//, '');
  return extension(name) === 'txt' || DOCUMENT_TYPES[extension(name)] ? name : `${name}.txt`;
}

/** What a PDF or Word original is, for the download link (PDF, Word); empty for text. */
export function rawDocumentLabel(raw: string): string {
  return DOCUMENT_TYPES[extension(raw)]?.label ?? '';
}

/** The content type a published original is served with (see rawPublishedName); text without a charset, as it may be GBK or Big5. */
export function rawContentType(published: string): string {
  return DOCUMENT_TYPES[extension(published)]?.type ?? 'text/plain';
}
