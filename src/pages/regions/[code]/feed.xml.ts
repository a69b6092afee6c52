import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../../lib/archive-data.ts';
import { latestAdditions, type Entry } from '../../../lib/archive.ts';
import { atomFeed } from '../../../lib/atom-feed.ts';
import { gazetteer } from '../../../lib/gazetteer-data.ts';
import type { Division } from '../../../lib/gazetteer.ts';
import { feedRegions, reportsByFeedRegion } from '../../../lib/region-feeds.ts';
import { href, regionFeedHref, regionHref, reportHref } from '../../../lib/urls.ts';

/** An Atom feed per province and prefecture (and the centre): new reports of the region and the counties under it. */
export const getStaticPaths = (async () => {
  const { entries, regions, ledger } = await loadArchive();
  const gaz = gazetteer();
  const byRegion = reportsByFeedRegion(entries, gaz);
  const newest = latestAdditions(entries, 1)[0]?.data.source.archived;
  return feedRegions(gaz).map((division) => ({
    params: { code: division.code },
    props: { division, entries: byRegion.get(division.code)!, // Every province and prefecture has a page (its coverage rows); the centre has one once it holds a report.
    hasPage: regions.byCode.has(division.code) || ledger.byCode.has(division.code), newest },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { division, entries, hasPage, newest } = props as { division: Division; entries: Entry[]; hasPage: boolean; newest?: string };
  const abs = (p: string) => new URL(p, site).href;
  const name = gazetteer()
    .path(division.code)
    .map((d) => d.name)
    .join('');
  const below = division.level === 'central' ? '国务院部门' : division.level === 'province' ? '本省（区、市）及所辖市县' : '本市（州、盟）及所辖县区';
  const xml = atomFeed({
    id: abs(regionFeedHref(division.code)),
    title: `${name}：最新归档的法治政府建设年度报告`,
    description: `${name}（${division.code}）${below}政府及其部门的法治政府建设年度报告，按归档时间排列`,
    feedUrl: abs(regionFeedHref(division.code)),
    // A region without a page of its own: its feed points to the list of regions.
    pageUrl: abs(hasPage ? regionHref(division.code) : href('regions/')),
    entries,
    reportUrl: (id) => abs(reportHref(id)),
    emptyUpdated: new Date(`${newest ?? '1970-01-01'}T00:00:00Z`),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
