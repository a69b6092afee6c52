import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { latestAdditions } from '../lib/archive.ts';
import { loadArchive } from '../lib/archive-data.ts';
import { href, reportHref } from '../lib/urls.ts';
import { feedText, xmlSafe } from '../lib/feed-text.ts';
import { shownTitle } from '../lib/shown-title.ts';

/** Atom feed of the 50 most recently archived reports (the `feed` package writes Atom 1.0). */
export const GET: APIRoute = async ({ site }) => {
  const { entries } = await loadArchive();
  const abs = (p: string) => new URL(p, site).href;
  const latest = latestAdditions(entries, 50);
  const updated = latest[0] ? new Date(`${latest[0].data.source.archived}T00:00:00Z`) : new Date(0);
  const feed = new Feed({
    title: '法治政府建设年度报告档案：最新归档',
    description: '各级政府及其部门法治政府建设年度报告的开放档案',
    id: abs(href()),
    link: abs(href()),
    language: 'zh-Hans',
    updated,
    copyright: '报告原文版权归发布机关所有',
    feedLinks: { atom: abs(href('feed.xml')) },
  });
  for (const e of latest) {
    feed.addItem({
      title: feedText(shownTitle(e.data)),
      id: abs(reportHref(e.id)),
      link: abs(reportHref(e.id)),
      date: new Date(`${e.data.source.archived}T00:00:00Z`),
      ...(e.data.published ? { published: new Date(`${e.data.published}T00:00:00Z`) } : {}),
      description: feedText(`${e.data.regionName} · ${e.data.publisher} · ${e.data.year}年度`),
      author: [{ name: xmlSafe(e.data.author ?? e.data.publisher) }],
    });
  }
  return new Response(feed.atom1(), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
