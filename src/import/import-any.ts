/**
 * Any report file → the reports it holds: a PDF (its text layer), a Word document (.docx, .doc), or
 * a saved page or text (importSource). The kind is told by the file's first bytes, then its name:
 * attachments are often served or saved under the wrong name. Pure apart from the readers' async
 * parsing: bytes in, reports out.
 */
import type { Gazetteer } from '../lib/gazetteer.ts';
import { InputError } from './decode.ts';
import { documentFormat, isPdf, type DocumentText } from './document.ts';
import { importDocument, importSource, type ImportOptions, type ImportResult } from './import-source.ts';

/**
 * A file name that says what the file is: a PDF or Word document saved as download.do or
 * report.bin gets its extension, so that the archive publishes it as that document; a page saved
 * as report.doc gets .txt, so that it is published as text, like every page (never as a page).
 */
export function originalName(fileName: string, bytes: Uint8Array): string {
  const format = documentFormat(bytes, fileName);
  if (format === 'page') return /\.(pdf|docx?)$/i.test(fileName) ? `${fileName}.txt` : fileName;
  return fileName.toLowerCase().endsWith(`.${format}`) ? fileName : `${fileName}.${format}`;
}

const head = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes.subarray(0, 16)).trimStart();

export async function importAny(bytes: Uint8Array, gaz: Gazetteer, opts: ImportOptions): Promise<ImportResult> {
  const format = documentFormat(bytes, opts.fileName);
  if (format === 'page') {
    if (head(bytes).startsWith('{\\rtf')) {
      throw new InputError('the file is an RTF document, which the importer does not read', 'open it in a word processor and save it as .docx (or its text as .txt), then import that');
    }
    // A “.doc” or “.docx” that is really a saved web page or text (many CMSs serve those) is read as one.
    return importSource(bytes, gaz, opts);
  }
  // The readers (pdf.js, mammoth, word-extractor) are loaded only for a file that needs one.
  let doc: DocumentText;
  if (format === 'pdf') {
    if (!isPdf(bytes)) throw new InputError('the file is named .pdf but is not a PDF (no %PDF- header)', 'download the file again, or save the report page itself');
    doc = await (await import('./pdf-text.ts')).readPdf(bytes);
  } else if (format === 'docx') {
    doc = await (await import('./docx-text.ts')).readDocx(bytes);
  } else {
    doc = await (await import('./doc-text.ts')).readDoc(bytes);
  }
  return importDocument(doc, bytes, gaz, opts);
}
