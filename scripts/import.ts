/**
 * npm run import -- [options] <files…>
 *
 * Imports raw report pages (.html/.htm) or text (.txt) into content/: one Markdown file per report
 * under content/reports/, the original kept byte for byte under content/raw/. Run with --help.
 */
import { closeSync, constants, fstatSync, openSync, readSync, unlinkSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gazetteer } from '../src/lib/gazetteer-data.ts';
import { toMarkdownFile } from '../src/lib/frontmatter.ts';
import { InputError, type Encoding } from '../src/import/decode.ts';
import { importSource, type ImportedReport, type Overrides } from '../src/import/import-source.ts';
import { existingReport, mediaTypeOf, rawNameFor, rawReferenced, store } from './lib/content-store.ts';
import { tidyStaging, writeFileAtomic } from './lib/write-atomic.ts';
import { describeProblems, readReport } from '../src/lib/read-report.ts';
import { isCalendarDate } from '../src/lib/report-schema.ts';
import { figuresFor } from '../src/lib/figures/for-report.ts';

const HELP = `Usage: npm run import -- [options] <files…>

Imports raw report pages (.html, .htm) or text files (.txt) in UTF-8, GB18030/GBK or Big5.

Review:
  --dry-run            write nothing
  --json               print a JSON array, one object per report found

Overrides (when extraction is wrong or fails):
  --region CODE        GB/T 2260 code of the issuer's region (see src/data/gazetteer.json)
  --year YYYY          the year the report covers
  --publisher NAME     the issuing body (洞头区司法局)
  --issuer TYPE        government | department | other
  --kind KIND          report | article
  --title TEXT         the report's title
  --author NAME        the author of a signed article
  --url URL            the original page's address
  --published DATE     publication date, YYYY-MM-DD
  --encoding ENC       utf-8 | gb18030 | big5 (skip detection)
  --part N             of a compilation, import only article N
  --no-split           import a compilation as one report

Output:
  --replace            overwrite a report of the same id from a different source
  --archived DATE      the date archived (default: today)
  --content DIR        the content folder (default: content)
`;

const USAGE = 'Usage: npm run import -- [options] <files…> (--help for options)';

function fail(message: string): never {
  console.error(`error: ${message}\n${USAGE}`);
  process.exit(2);
}

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      region: { type: 'string' },
      year: { type: 'string' },
      publisher: { type: 'string' },
      issuer: { type: 'string' },
      kind: { type: 'string' },
      title: { type: 'string' },
      author: { type: 'string' },
      url: { type: 'string' },
      published: { type: 'string' },
      encoding: { type: 'string' },
      part: { type: 'string' },
      'no-split': { type: 'boolean' },
      replace: { type: 'boolean' },
      archived: { type: 'string' },
      content: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
try {
  parsed = parse();
} catch (e) {
  // node:util's own message, without its stack: a value that starts with - needs --opt=value,
  // a file whose name starts with - needs ./ in front of it.
  const msg = (e as Error).message.replace(/\s+/g, ' ').trim();
  fail(`${msg}. A value that starts with "-" is written --title=---; a file named -x.txt is written ./-x.txt`);
}
const { values, positionals } = parsed;

if (values.help) {
  console.log(HELP);
  process.exit(0);
}
if (positionals.length === 0) fail('no input files');

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) fail(`--${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}
if (values.year !== undefined && !/^\d{4}$/.test(values.year)) fail('--year takes a four-digit year');
if (values.part !== undefined && !/^\d+$/.test(values.part)) fail('--part takes an article number');
if (values.region !== undefined && !/^\d{6}$/.test(values.region)) fail('--region takes a six-digit GB/T 2260 code');
for (const [name, d] of [['published', values.published], ['archived', values.archived]] as const) {
  if (d !== undefined && !isCalendarDate(d)) fail(`--${name} takes a real date written YYYY-MM-DD, not “${d}”`);
}
if (values.url !== undefined && !/^https?:\/\/[^\s/]+/i.test(values.url)) fail('--url takes an http(s) address');

const overrides: Overrides = {
  ...(values.region ? { region: values.region } : {}),
  ...(values.year ? { year: Number(values.year) } : {}),
  ...(values.publisher ? { publisher: values.publisher } : {}),
  ...(values.title ? { title: values.title } : {}),
  ...(values.author ? { author: values.author } : {}),
  ...(values.url ? { url: values.url } : {}),
  ...(values.published ? { published: values.published } : {}),
  ...(values.part ? { part: Number(values.part) } : {}),
  ...(values['no-split'] ? { noSplit: true } : {}),
};
const issuer = oneOf('issuer', values.issuer, ['government', 'department', 'other'] as const);
const kind = oneOf('kind', values.kind, ['report', 'article'] as const);
const encoding = oneOf<Encoding>('encoding', values.encoding, ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be']);
if (issuer) overrides.issuer = issuer;
if (kind) overrides.kind = kind;
if (encoding) overrides.encoding = encoding;

const dryRun = values['dry-run'] ?? false;
const contentDir = resolve(values.content ?? 'content');
const s = store(contentDir);
const archived = values.archived ?? new Date().toISOString().slice(0, 10);
const gaz = gazetteer();

interface Row {
  file: string;
  report: ImportedReport;
  status: 'new' | 'unchanged' | 'replaced';
  /** The raw original of the report this one replaces, when it is another file. */
  oldRaw?: string;
}

/** Biggest input read: a report page is a few hundred kB; anything larger is not one. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Reads a regular file, refusing devices, FIFOs and directories (which would hang or fail) and oversized input. */
function readInput(file: string): Uint8Array {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; for a regular file it changes nothing.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new InputError(`cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'check the path');
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new InputError('is not a regular file (a device, a FIFO or a folder)', 'give the path of a saved page or text file');
    if (st.size > MAX_INPUT_BYTES) throw new InputError(`is ${Math.round(st.size / 1048576)} MB, larger than any report page (${MAX_INPUT_BYTES / 1048576} MB)`, 'save the report page alone, or its text as .txt');
    const bytes = new Uint8Array(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, bytes, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    return bytes.subarray(0, off);
  } finally {
    closeSync(fd);
  }
}
const rows: Row[] = [];
let failed = 0;

for (const file of positionals) {
  try {
    const bytes = readInput(file);
    const rawName = rawNameFor(s, file, bytes);
    const result = importSource(bytes, gaz, { fileName: file, rawPath: `raw/${rawName}`, archived, overrides });
    for (const r of result.reports) {
      r.data.source.originalName = basename(file).normalize('NFC');
      r.data.source.mediaType = mediaTypeOf(file, bytes);
    }

    // Decide every report's fate before writing anything, so a refused report leaves no trace.
    const planned: Row[] = result.reports.map((report) => {
      const existing = existingReport(s, report.id);
      if (!existing) return { file, report, status: 'new' };
      const same = existing.sha256 === report.data.source.sha256 && existing.part === report.data.source.part?.index;
      if (same && !values.replace) return { file, report, status: 'unchanged' };
      if (!same && !values.replace) {
        throw new InputError(
          `report ${report.id} already exists in ${relative(process.cwd(), join(s.reports, `${report.id}.md`))} from a different source`,
          'pass --replace to overwrite it, or --publisher/--year if this is a different report',
        );
      }
      return { file, report, status: 'replaced', ...(existing.raw && existing.raw !== report.data.source.raw ? { oldRaw: existing.raw } : {}) };
    });

    // What is written must read back as written: the same reader as check and the build.
    const texts = new Map<string, string>();
    for (const p of planned) {
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

    if (!dryRun && planned.some((p) => p.status !== 'unchanged')) {
      // The raw original first, then the reports: an import killed in between leaves a raw file
      // no report refers to, which check reports and importing the same file again completes.
      writeFileAtomic(join(s.raw, rawName), bytes, s.root);
      for (const p of planned) {
        if (p.status === 'unchanged') continue;
        writeFileAtomic(join(s.reports, `${p.report.id}.md`), texts.get(p.report.id)!, s.root);
      }
      // --replace: the replaced report's original goes too, unless another report still refers to it.
      for (const p of planned) {
        if (p.oldRaw && !rawReferenced(s, p.oldRaw)) unlinkSync(join(s.root, p.oldRaw));
      }
      tidyStaging(s.root);
    }
    rows.push(...planned);
    for (const p of planned) for (const w of p.report.warnings) console.error(`warning: ${file}: ${p.report.id}: ${w}`);
  } catch (e) {
    failed++;
    if (e instanceof InputError) console.error(`error: ${file}: ${e.message}. Fix: ${e.fix}.`);
    else console.error(`error: ${file}: ${(e as Error).stack ?? e}`);
  }
}

if (values.json) {
  const out = rows.map(({ file, report, status }) => {
    const d = report.data;
    return {
      id: report.id,
      file,
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
      source: { sha256: d.source.sha256, url: d.source.url ?? null, raw: d.source.raw, encoding: d.source.encoding, part: d.source.part ?? null },
      chars: [...report.body.replace(/\s/g, '')].length,
      evidence: report.evidence,
      warnings: report.warnings,
    };
  });
  console.log(JSON.stringify(out, null, 2));
}

const count = (st: Row['status']) => rows.filter((r) => r.status === st).length;
const verb = dryRun ? 'would import' : 'imported';
console.error(
  `${verb} ${count('new') + count('replaced')} reports (${count('replaced')} replaced, ${count('unchanged')} unchanged) from ${positionals.length - failed} files; ${failed} files failed`,
);
// exitCode, not exit(): a piped stdout (| wc -c) still receives every byte of the JSON.
process.exitCode = failed > 0 ? 1 : 0;
