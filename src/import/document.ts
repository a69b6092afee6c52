/** What a reader of a binary document (PDF, Word) hands the importer in place of a decoded page. */
export interface DocumentLine {
  text: string;
  /** Set when the reader knows the line is not report text, to the rule that says so (page number, running head …). */
  chrome?: string;
}

export interface DocumentText {
  format: 'pdf' | 'docx' | 'doc';
  mediaType: string;
  /** A Word 2007+ document as HTML (mammoth), for the same Markdown path as a web page. */
  html?: string;
  /** The text in reading order, one line per paragraph, page chrome included and marked. */
  lines?: DocumentLine[];
  /** The title the file's own properties give, when they give one. */
  title?: string;
  /** What the reader could not read (pages without text …), for every report from the document. */
  warnings?: string[];
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
