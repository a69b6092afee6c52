/**
 * “Cite this report”: GB/T 7714-2015 for an electronic resource, and BibTeX. Pure.
 *
 * GB/T 7714-2015 §4.8 / 8.8: 主要责任者. 题名[EB/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.
 */
import type { ReportData } from './report-schema.ts';

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
    ['author', `{${bibEscape(c.data.author ?? c.data.publisher)}}`],
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
