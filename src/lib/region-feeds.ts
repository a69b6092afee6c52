/**
 * Which regions have an Atom feed and which reports each holds. Every province and prefecture of
 * the gazetteer has one, and the centre: a reader may subscribe to a region before any of its
 * reports is archived, and a feed that does not exist yet cannot be subscribed to. A feed holds the
 * reports of its region and of every county below it. Pure.
 */
import type { Entry } from './archive.ts';
import type { Division, Gazetteer } from './gazetteer.ts';

const HAS_FEED = new Set<Division['level']>(['central', 'province', 'prefecture']);

/** The regions with a feed, in code order. */
export function feedRegions(gaz: Gazetteer): Division[] {
  return [...gaz.byCode.values()].filter((d) => HAS_FEED.has(d.level)).sort((a, b) => a.code.localeCompare(b.code));
}

/** The feed a region's page offers: its own, or for a county the nearest prefecture's or province's. */
export function feedRegionOf(code: string, gaz: Gazetteer): Division | undefined {
  return gaz
    .path(code)
    .filter((d) => HAS_FEED.has(d.level))
    .at(-1);
}

/** Each feed region's reports (its own and those of every region below it), in one pass over the reports. */
export function reportsByFeedRegion(entries: Entry[], gaz: Gazetteer): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>(feedRegions(gaz).map((d) => [d.code, []]));
  // 50,000 reports come from a few thousand regions: each region's feed lists are looked up once.
  const listsOf = new Map<string, Entry[][]>();
  for (const e of entries) {
    let lists = listsOf.get(e.data.region);
    if (!lists) listsOf.set(e.data.region, (lists = gaz.path(e.data.region).flatMap((d) => (out.has(d.code) ? [out.get(d.code)!] : []))));
    for (const list of lists) list.push(e);
  }
  return out;
}
