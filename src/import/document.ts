/** What a reader of a binary document (PDF, Word) hands the importer in place of a decoded page. */
export interface DocumentLine {
  text: string;
  /** Set when the reader knows the line is not report text, to the rule that says so (page number, running head …). */
  chrome?: string;
}

export interface DocumentText {
  /** A Word 2007+ document as HTML (mammoth), for the same Markdown path as a web page. */
  html?: string;
  /** The text in reading order, one line per paragraph, page chrome included and marked. */
  lines?: DocumentLine[];
  /** The title the file's own properties give, when they give one. */
  title?: string;
  /** What the reader could not read (pages without text …), for every report from the document. */
  warnings?: string[];
}

/** A PDF: its header within the first kilobyte (some writers put bytes before it). */
export const isPdf = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');

/** The signature of an OLE compound file, the container of .doc (and of encrypted .docx). */
export const isOle = (b: Uint8Array) => [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((v, i) => b[i] === v);

/** A zip archive, the container of .docx. */
export const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5 || b[2] === 7);

type DocumentFormat = 'pdf' | 'docx' | 'doc' | 'page';

/** What kind of file the bytes are, whatever the name says; the name only where bytes cannot tell. */
export function documentFormat(bytes: Uint8Array, fileName: string): DocumentFormat {
  if (isPdf(bytes)) return 'pdf';
  if (isOle(bytes)) return 'doc';
  if (isZip(bytes)) return 'docx';
  if (/\.pdf$/i.test(fileName)) return 'pdf';
  return 'page';
}

export const MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
} as const;

/**
 * A document's title property, when it is one: writers fill it with the file name
 * (“Microsoft Word - 报告.doc”), a template's placeholder or nothing of use.
 */
export function propertyTitle(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.normalize('NFC').replace(/^Microsoft Word\s*-\s*/i, '').replace(/\.(docx?|wps|pdf)$/i, '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
  return /\p{Script=Han}/u.test(t) && [...t].length <= 200 ? t : undefined;
}
