/**
 * A Word 2007+ document (.docx) as HTML, with mammoth, for the same Markdown path as a web page.
 * Its page headers and footers are not part of the body mammoth converts. Reads bytes, touches no files.
 */
import mammoth from 'mammoth';
import { InputError } from './decode.ts';
import type { DocumentText } from './document.ts';

export async function readDocx(bytes: Uint8Array): Promise<DocumentText> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (e) {
    throw new InputError(
      `the .docx file cannot be read (${(e as Error).message.split('\n')[0]}): it is damaged, or not a Word document`,
      'download the file again, or open it in a word processor and save it again as .docx',
    );
  }
  // The body alone, as an article, so the importer takes all of it and not its densest block.
  return { html: `<!doctype html><html><body><article>${html}</article></body></html>` };
}
