import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { cslJson } from '../../lib/citation.ts';
import { loadReportMeta } from '../../lib/report-meta-data.ts';

/** Each report as CSL-JSON, for Zotero, Mendeley, citeproc and Pandoc; the access date is the build date. */
export const getStaticPaths = (async () => {
  const reports = await getCollection('reports');
  return reports.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const meta = await loadReportMeta(props.entry as Parameters<typeof loadReportMeta>[0], site);
  const accessed = new Date().toISOString().slice(0, 10);
  return new Response(`${JSON.stringify(cslJson(meta, accessed), null, 2)}\n`, { headers: { 'content-type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
};
