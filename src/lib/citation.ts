/**
 * “Cite this report”: GB/T 7714-2015 for an electronic resource, BibTeX and CSL-JSON. Pure.
 *
 * GB/T 7714-2015 §4.8 / 8.8: 主要责任者. 题名[EB/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.
 */
import { citedAuthor, languageTag, type ReportMeta } from './report-meta.ts';
import type { ReportData } from './report-schema.ts';
import { shownTitle } from './shown-title.ts';

export interface CitationInput {
  id: string;
  data: Pick<ReportData, 'title' | 'publisher' | 'author' | 'year' | 'published'>;
  /** The archive page's absolute URL. */
  url: string;
  /** The access date, YYYY-MM-DD. */
  accessed: string;
}

export function gbt7714(c: CitationInput): string {
  const responsible = c.data.author ? `${c.data.author}` : c.data.publisher;
  const date = c.data.published ? `(${c.data.published})` : '';
  return `${responsible}. ${c.data.title}[EB/OL]. ${date}[${c.accessed}]. ${c.url}.`;
}

const bibEscape = (s: string) => s.replace(/([{}\\&%$#_^~])/g, '\\$1');

export function bibtex(c: CitationInput): string {
  const key = `fzzf-${c.id}`;
  const fields: [string, string][] = [
    ['author', `{${bibEscape(citedAuthor(c.data))}}`],
    ['title', `{${bibEscape(c.data.title)}}`],
    ['year', String(c.data.published ? Number(c.data.published.slice(0, 4)) : c.data.year)],
    ...(c.data.published ? ([['date', c.data.published]] as [string, string][]) : []),
    ['howpublished', `\\url{${c.url}}`],
    ['url', c.url],
    ['urldate', c.accessed],
    ['note', `${bibEscape(String(c.data.year))}年度报告`],
  ];
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}

/** CSL date-parts of a YYYY-MM-DD date. */
const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

/**
 * CSL-JSON (the input format of citeproc, Zotero, Mendeley, Pandoc …): one item in an array, as a
 * .csl.json file holds. The issuing body is an institutional author (`literal`, never split into
 * family and given names); a report without a publication date has no `issued`, so that a style
 * prints “n.d.” rather than the archive's date.
 */
export function cslJson(m: ReportMeta, accessed: string): Record<string, unknown>[] {
  const d = m.data;
  return [
    {
      id: `fzzf-${m.id}`,
      type: d.kind === 'report' ? 'report' : 'webpage',
      title: shownTitle(d),
      author: [{ literal: citedAuthor(d) }],
      publisher: d.publisher,
      'publisher-place': d.regionName,
      ...(d.kind === 'report' ? { genre: `${d.year}年度法治政府建设报告` } : {}),
      ...(d.published ? { issued: dateParts(d.published) } : {}),
      accessed: dateParts(accessed),
      URL: m.url,
      language: languageTag(d),
      ...(m.abstract ? { abstract: m.abstract } : {}),
      archive: '法治政府建设年度报告档案',
      archive_location: m.id,
      ...(d.source.url ? { source: d.source.url } : {}),
      note: `${d.year}年度。原始文件 SHA-256：${d.source.sha256}（${m.rawUrl}）`,
    },
  ];
}
