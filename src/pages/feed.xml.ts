import type { APIRoute } from 'astro';
import { loadArchive } from '../lib/archive-data.ts';
import { atomFeed } from '../lib/atom-feed.ts';
import { href, reportHref } from '../lib/urls.ts';

/** Atom feed of the most recently archived reports. */
export const GET: APIRoute = async ({ site }) => {
  const { entries } = await loadArchive();
  const abs = (p: string) => new URL(p, site).href;
  const xml = atomFeed({
    title: '法治政府建设年度报告档案：最新归档',
    description: '各级政府及其部门法治政府建设年度报告的开放档案',
    // The site feed's id has always been the home page's address: readers that subscribed keep it.
    id: abs(href()),
    feedUrl: abs(href('feed.xml')),
    pageUrl: abs(href()),
    entries,
    reportUrl: (id) => abs(reportHref(id)),
    emptyUpdated: new Date(0),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
