import type { APIRoute } from 'astro';
import { loadArchive } from '../lib/archive-data.ts';
import { feedWithHead } from '../lib/atom-feed.ts';
import { feedText, xmlSafe } from '../lib/feed-text.ts';
import { goneReports } from '../lib/gone-reports.ts';
import { shownTitle } from '../lib/shown-title.ts';
import { href, reportHref } from '../lib/urls.ts';
import { loadWatch } from '../lib/watch-data.ts';

/** Atom feed of the reports whose source the watch found gone, newest finding first. */
export const GET: APIRoute = async ({ site }) => {
  const { entries } = await loadArchive();
  const abs = (p: string) => new URL(p, site).href;
  const gone = goneReports(entries, loadWatch().states).slice(0, 100);
  const feed = feedWithHead({
    title: '法治政府建设年度报告档案：原网页已无法访问',
    description: '原文地址已无法访问的法治政府建设年度报告（档案保留全文）',
    id: abs(href('gone/')),
    feedUrl: abs(href('gone.xml')),
    pageUrl: abs(href('gone/')),
    updated: gone[0] ? new Date(gone[0].since) : new Date(0),
  });
  for (const { entry, state, since } of gone) {
    feed.addItem({
      title: feedText(`原网页已无法访问：${shownTitle(entry.data)}`),
      // One entry per finding: a source that comes back and goes again is news again.
      id: `${abs(reportHref(entry.id))}#gone-${since}`,
      link: abs(reportHref(entry.id)),
      date: new Date(since),
      description: feedText(`${entry.data.regionName} · ${entry.data.publisher} · ${entry.data.year}年度。原文地址 ${entry.data.source.url ?? ''} 自 ${since.slice(0, 10)} 起无法访问（${state.reason}）。`),
      author: [{ name: xmlSafe(entry.data.publisher) }],
    });
  }
  return new Response(feed.atom1(), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
