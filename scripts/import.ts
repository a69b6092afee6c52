/**
 * npm run import -- [options] <files…>
 *
 * Imports raw report pages (.html/.htm), text (.txt), PDF (.pdf) and Word (.docx, .doc) files into content/: one Markdown file per report
 * under content/reports/, the original kept byte for byte under content/raw/. Run with --help.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { gazetteer } from '../src/lib/gazetteer-data.ts';
import { InputError } from '../src/import/decode.ts';
import { importAny, originalName } from '../src/import/import-any.ts';
import { mediaTypeOf, rawNameFor, store } from './lib/content-store.ts';
import { commitImport, planImport, reviewRow, type PlannedReport } from './lib/import-write.ts';
import { commandLine, type Fail } from './lib/command-line.ts';
import { IMPORT_OPTIONS, OVERRIDES_HELP, overridesFrom } from './lib/import-options.ts';

const HELP = `Usage: npm run import -- [options] <files…>

Imports raw report pages (.html, .htm) or text files (.txt) in UTF-8, GB18030/GBK or Big5,
and reports in PDF (.pdf, with a text layer) or Word (.docx, .doc). A scanned PDF (pictures of
pages, no text layer) is refused: run OCR on it first, or import the report page instead.

Review:
  --dry-run            write nothing
  --json               print a JSON array, one object per report found

${OVERRIDES_HELP}

Output:
  --replace            overwrite a report of the same id from a different source
  --archived DATE      the date archived (default: today)
  --content DIR        the content folder (default: content)
`;

const cli = commandLine({
  usage: 'Usage: npm run import -- [options] <files…> (--help for options)',
  help: HELP,
  options: IMPORT_OPTIONS,
  positionals: true,
});
const { values, positionals } = cli;
const fail: Fail = cli.fail;
if (positionals.length === 0) fail('no input files');

const overrides = overridesFrom(values, fail);

const dryRun = values['dry-run'] ?? false;
const contentDir = resolve(values.content ?? 'content');
const s = store(contentDir);
const archived = values.archived ?? new Date().toISOString().slice(0, 10);
const gaz = gazetteer();

type Row = PlannedReport;

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
    // A PDF or Word original is published as itself, so it is kept under the extension its bytes call for.
    const rawName = rawNameFor(s, originalName(file, bytes), bytes);
    const result = await importAny(bytes, gaz, { fileName: file, rawPath: `raw/${rawName}`, archived, overrides });
    const mediaType = mediaTypeOf(file, bytes);
    for (const r of result.reports) {
      r.data.source.originalName = basename(file).normalize('NFC');
      r.data.source.mediaType = mediaType;
    }
    const plan = planImport(s, file, result.reports, values.replace ?? false);
    if (!dryRun) commitImport(s, plan, { name: rawName, bytes });
    const planned = plan.reports;
    rows.push(...planned);
    for (const p of planned) for (const w of p.report.warnings) console.error(`warning: ${file}: ${p.report.id}: ${w}`);
  } catch (e) {
    failed++;
    if (e instanceof InputError) console.error(`error: ${file}: ${e.message}. Fix: ${e.fix}.`);
    else console.error(`error: ${file}: ${(e as Error).stack ?? e}`);
  }
}

if (values.json) console.log(JSON.stringify(rows.map((r) => reviewRow(r, gaz)), null, 2));

const count = (st: Row['status']) => rows.filter((r) => r.status === st).length;
const verb = dryRun ? 'would import' : 'imported';
console.error(
  `${verb} ${count('new') + count('replaced')} reports (${count('replaced')} replaced, ${count('unchanged')} unchanged) from ${positionals.length - failed} files; ${failed} files failed`,
);
// exitCode, not exit(): a piped stdout (| wc -c) still receives every byte of the JSON.
process.exitCode = failed > 0 ? 1 : 0;
