/**
 * Text for the Atom feed. The `feed` package sends item titles and summaries as `type="html"`
 * CDATA, so a title's `<b>` would be markup to a feed reader and a control character would make
 * the XML not well-formed: strip what XML 1.0 forbids and escape the rest, so that readers show
 * exactly the text. Pure.
 */
// Characters XML 1.0 does not allow at all (C0 but tab, LF, CR; lone surrogates; U+FFFE/U+FFFF).
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text without the characters XML forbids, for fields the feed package escapes itself (author names). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Text for a `type="html"` field: XML-safe and HTML-escaped, so a reader shows it as text. */
export function feedText(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
