/**
 * Gathers a report page's ReportMeta at build time: the site's absolute addresses, the region path
 * from the gazetteer, and the first paragraph read from the report file.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { firstParagraph } from './first-paragraph.ts';
import { splitMarkdownFile } from './frontmatter.ts';
import { gazetteer } from './gazetteer-data.ts';
import type { ReportMeta } from './report-meta.ts';
import type { ReportData } from './report-schema.ts';
import { markdownHref, rawHref, regionHref, reportHref } from './urls.ts';

/** `body` is the report file's Markdown body when the caller has already read it (renderReport returns it); otherwise the file is read here. */
export async function loadReportMeta(
  entry: { id: string; data: ReportData; filePath?: string | undefined },
  site: URL | undefined,
  body?: string,
): Promise<ReportMeta> {
  const abs = (path: string) => new URL(path, site).href;
  const d = entry.data;
  body ??= entry.filePath ? splitMarkdownFile(await readFile(resolve(entry.filePath), 'utf8')).body : '';
  const abstract = firstParagraph(body);
  return {
    id: entry.id,
    data: d,
    url: abs(reportHref(entry.id)),
    markdownUrl: abs(markdownHref(entry.id)),
    rawUrl: abs(rawHref(d.source.raw)),
    places: gazetteer()
      .path(d.region)
      .map((p) => ({ code: p.code, name: p.name, level: p.level, url: abs(regionHref(p.code)) })),
    ...(abstract ? { abstract } : {}),
  };
}
