/**
 * The text layer of a PDF, read with pdf.js (through unpdf), as lines for the importer. A scan (pages
 * that are pictures) has no text layer and is refused with what to do; an encrypted or broken file
 * gets an InputError naming the problem. Reads bytes, touches no files.
 */
import { extractTextItems, getDocumentProxy, getMeta } from 'unpdf';
import { InputError } from './decode.ts';
import { propertyTitle, type DocumentText } from './document.ts';
import { detectScript } from '../lib/script.ts';
import { unifySimplifiedTwins } from './cjk-radicals.ts';
import { layoutLines } from './pdf-layout.ts';

/** Fewer Chinese characters than this in the whole text layer: the pages are pictures. */
const MIN_TEXT_LAYER_CHARS = 50;

/** A PDF whose pages hold no text, only images: the caller keeps the file and says so. */
export class NoTextLayerError extends InputError {}

async function open(bytes: Uint8Array) {
  try {
    // pdf.js may detach the buffer it is given: hand it a copy, the caller's bytes are the evidence.
    return await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') {
      throw new InputError('the PDF is encrypted with a password, so its text cannot be read', 'save an unprotected copy (or the report page itself) and import that');
    }
    throw new InputError(
      `the PDF cannot be read (${name === 'InvalidPDFException' ? 'not a valid PDF: truncated or damaged' : (e as Error).message})`,
      'download the file again, or save the report page itself',
    );
  }
}

export async function readPdf(bytes: Uint8Array): Promise<DocumentText> {
  const pdf = await open(bytes);
  try {
    const { totalPages, items } = await extractTextItems(pdf);
    let lines = layoutLines(items.map((runs) => ({ runs })));
    if (detectScript(lines.map((l) => l.text).join('\n')) === 'Hans') lines = lines.map((l) => ({ ...l, text: unifySimplifiedTwins(l.text) }));
    const hanOf = (t: string) => t.match(/\p{Script=Han}/gu)?.length ?? 0;
    const han = lines.reduce((n, l) => n + hanOf(l.text), 0);
    // Pages without text among pages with text: a scan with a typed cover, or pictures of pages inside.
    const blank = items.map((runs, i) => (hanOf(runs.map((r) => r.str).join('')) < 10 ? i + 1 : 0)).filter((n) => n > 0);
    const fix = 'run OCR on it (for example ocrmypdf -l chi_sim in.pdf out.pdf) and import the result, or import the report page or a .docx/.txt of the same report; the scan itself is kept where it is';
    if (han < MIN_TEXT_LAYER_CHARS) {
      throw new NoTextLayerError(
        `the PDF has no text layer (${totalPages} page${totalPages === 1 ? '' : 's'} of images, ${han} characters of text): it is a scan, and its text cannot be read without OCR`,
        fix,
      );
    }
    if (blank.length * 2 >= totalPages) {
      throw new NoTextLayerError(`${blank.length} of the PDF's ${totalPages} pages have no text layer (pictures of pages): most of it is a scan, and importing the rest would lose the report's text`, fix);
    }
    const warnings = blank.length
      ? [`page${blank.length > 1 ? 's' : ''} ${blank.join(', ')} of the PDF ${blank.length > 1 ? 'have' : 'has'} no text (blank, or a picture of a page): check the original, and if text is missing, run OCR on the PDF and import it again`]
      : [];
    const { info } = await getMeta(pdf).catch(() => ({ info: {} as Record<string, unknown> }));
    const title = propertyTitle(info['Title']);
    return { lines, ...(title ? { title } : {}), ...(warnings.length ? { warnings } : {}) };
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`the PDF's text cannot be read (${(e as Error).message})`, 'download the file again, or save the report page itself');
  } finally {
    await pdf.destroy();
  }
}
