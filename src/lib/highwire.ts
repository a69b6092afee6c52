/**
 * Highwire Press `citation_*` meta tags and Dublin Core tags for a report page, as Google Scholar
 * and Zotero's “Embedded Metadata” translator read them. Pure: `[name, content]` pairs in order.
 *
 * What Zotero's translator does with them decides several choices here:
 * - `citation_technical_report_institution` is what makes it save a *report* (with the body as
 *   institution) instead of guessing a journal article from `citation_title` alone.
 * - `citation_author` values are split at `;` and read as “Last, First” when they hold a comma, so
 *   an organ name is given with full-width punctuation and stays one institutional author.
 * - `citation_pdf_url` is attached as “Full Text PDF” (application/pdf) *instead of* a snapshot of
 *   the page: it is given only when the original is a PDF. Otherwise the page, which is the full
 *   text, is what Zotero keeps; `citation_fulltext_html_url` names it.
 * - Without a publication date it takes `citation_online_date` as the item's date: the archive's
 *   date would then pass for the report's, so neither is given when the page had no date.
 */
import { citedAuthor, isPdfOriginal, languageTag, type ReportMeta } from './report-meta.ts';
import { shownTitle } from './shown-title.ts';

export type MetaTag = [name: string, content: string];

/** One author name that no reader splits into several or into family and given names. */
export const oneAuthorName = (name: string) => name.replace(/;/g, '；').replace(/,/g, '，');

/** Google Scholar asks for dates as YYYY/MM/DD. */
const slashDate = (iso: string) => iso.replace(/-/g, '/');

export function highwireTags(m: ReportMeta): MetaTag[] {
  const d = m.data;
  const tags: MetaTag[] = [
    ['citation_title', shownTitle(d)],
    ['citation_author', oneAuthorName(citedAuthor(d))],
  ];
  if (d.kind === 'report') tags.push(['citation_technical_report_institution', d.publisher]);
  tags.push(['citation_publisher', d.publisher]);
  if (d.published) tags.push(['citation_publication_date', slashDate(d.published)], ['citation_online_date', slashDate(d.source.archived)]);
  tags.push(['citation_language', languageTag(d)]);
  if (m.abstract) tags.push(['citation_abstract', m.abstract]);
  tags.push(['citation_public_url', m.url], ['citation_fulltext_html_url', m.url]);
  if (isPdfOriginal(d)) tags.push(['citation_pdf_url', m.rawUrl]);
  // Dublin Core. Zotero knows the DC and DCTERMS prefixes without <link rel="schema.DC">, and the
  // archive's pages carry no address of another host in a <link>.
  tags.push(['DC.title', shownTitle(d)], ['DC.creator', citedAuthor(d)], ['DC.publisher', d.publisher]);
  if (d.published) tags.push(['DC.date', d.published]);
  tags.push(['DC.language', languageTag(d)], ['DC.identifier', m.url]);
  if (d.source.url) tags.push(['DC.source', d.source.url]);
  tags.push(['DCTERMS.spatial', d.regionName]);
  tags.push(['DCTERMS.temporal', String(d.year)]);
  return tags;
}
