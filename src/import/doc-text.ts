/**
 * A Word 97–2003 document (.doc) as lines, with word-extractor. Its page headers and footers are
 * stored apart from the body and come out as chrome. Reads bytes, touches no files.
 */
import WordExtractor from 'word-extractor';
import { InputError } from './decode.ts';
import type { DocumentLine, DocumentText } from './document.ts';
import { toLines } from './lines.ts';

/** An encrypted Office 2007+ file is an OLE container with an EncryptedPackage stream. */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const name = new TextDecoder('utf-16le').decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
  return name.includes('EncryptedPackage');
}

const lines = (text: string, chrome?: string): DocumentLine[] =>
  toLines(text).map(({ text: t }) => (chrome ? { text: t.normalize('NFC'), chrome } : { text: t.normalize('NFC') }));

export async function readDoc(bytes: Uint8Array): Promise<DocumentText> {
  if (isEncryptedPackage(bytes)) {
    throw new InputError('the Word document is encrypted with a password, so its text cannot be read', 'save an unprotected copy (or the report page itself) and import that');
  }
  let doc;
  try {
    doc = await new WordExtractor().extract(Buffer.from(bytes));
  } catch (e) {
    throw new InputError(
      `the .doc file cannot be read (${(e as Error).message.split('\n')[0]}): it is damaged, or not a Word document`,
      'download the file again, or open it in a word processor and save it as .docx',
    );
  }
  // filterUnicode: false keeps “” and — as written (the default turns them into ASCII).
  const raw = { filterUnicode: false };
  return {
    lines: [
      ...lines(doc.getHeaders({ ...raw, includeFooters: false }), 'page header'),
      ...lines(doc.getBody(raw)),
      ...lines(doc.getFootnotes(raw)),
      ...lines(doc.getEndnotes(raw)),
      ...lines(doc.getFooters(raw), 'page footer'),
    ],
  };
}
