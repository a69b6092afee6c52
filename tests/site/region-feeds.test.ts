/**
 * Issue 24: an Atom feed for the centre and every province and prefecture, holding the new reports
 * of the region and of the counties under it, linked from the region's page. Read back from the
 * built site with a feed parser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { select, selectAll } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { FEED_SIZE } from '../../src/lib/atom-feed.ts';
import { gazetteer } from '../../src/lib/gazetteer-data.ts';
import { feedRegions } from '../../src/lib/region-feeds.ts';
import { shownTitle } from '../../src/lib/shown-title.ts';
import { BUILDS } from '../browser/sites.ts';
import { readCorpus, ROOT } from '../helpers.ts';

const SITE = 'https://archive.example.org';
const gaz = gazetteer();
const reports = readCorpus(join(ROOT, 'content'));

/** A feed parsed back, with what RFC 4287 requires of a feed and of each entry checked on the way. */
function readAtom(file: string) {
  const xml = readFileSync(file, 'utf8');
  expect(xml.startsWith('<?xml'), file).toBe(true);
  const feed = parseFeed(xml);
  expect(feed.meta.type, file).toBe('atom');
  // The parser does not return the feed's own <id>, which Atom requires.
  expect(xml.match(/^<feed[^>]*>\s*<id>([^<]+)<\/id>/m)?.[1], file).toMatch(/^https:\/\//);
  expect(feed.title, file).toBeTruthy();
  expect(feed.updated, file).toBeInstanceOf(Date);
  for (const item of feed.items) {
    expect(item.id && item.title && item.url && item.updated, `${file}: ${item.id}`).toBeTruthy();
    expect(item.authors.length, `${file}: ${item.id}`).toBeGreaterThan(0);
  }
  return { feed, xml };
}

describe.each(Object.entries(BUILDS))('the %s build', (_name, build) => {
  const regions = feedRegions(gaz);
  const feeds = new Map(regions.map((d) => [d.code, readAtom(join(build.dir, 'regions', d.code, 'feed.xml'))]));
  const linksIn = (code: string) => new Set(feeds.get(code)!.feed.items.map((i) => i.url));
  const reportUrl = (id: string) => `${SITE}${build.base}reports/${id}/`;

  it('has a feed for the centre and every province and prefecture, quiet ones included', () => {
    expect(regions.filter((d) => d.level === 'province')).toHaveLength(31);
    expect(regions.filter((d) => d.level === 'prefecture').length).toBeGreaterThan(330);
    expect(feeds.size).toBe(regions.length);
    // A region with no report yet: an empty feed that still parses, ready to subscribe to.
    const quietRegion = regions.find((d) => d.level === 'prefecture' && !reports.some((r) => gaz.path(r.data.region).some((p) => p.code === d.code)))!;
    const quiet = feeds.get(quietRegion.code)!;
    expect(quiet.feed.items).toEqual([]);
    expect(quiet.feed.title).toContain(quietRegion.name);
  });

  it('puts every report in its province’s feed and in its prefecture’s feed', () => {
    expect(reports.length).toBeLessThanOrEqual(FEED_SIZE);
    const missing: string[] = [];
    for (const { id, data } of reports) {
      const path = gaz.path(data.region);
      const province = path.find((d) => d.level === 'province' || d.level === 'central')!;
      const prefecture = path.find((d) => d.level === 'prefecture');
      for (const d of [province, prefecture]) if (d && !linksIn(d.code).has(reportUrl(id))) missing.push(`${id} not in ${d.code} ${d.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('puts no report in the feed of a region it is not in', () => {
    const stray: string[] = [];
    for (const [code, { feed }] of feeds) {
      for (const item of feed.items) {
        const r = reports.find((x) => reportUrl(x.id) === item.url);
        if (!r) stray.push(`${code}: ${item.url} is no report`);
        else if (!gaz.path(r.data.region).some((d) => d.code === code)) stray.push(`${code}: ${r.id}`);
      }
    }
    expect(stray).toEqual([]);
  });

  it('says the same of a report as the site feed does', () => {
    const site = readAtom(join(build.dir, 'feed.xml')).feed;
    // The site feed's id has not changed: readers that subscribed to it keep their place.
    expect(readAtom(join(build.dir, 'feed.xml')).xml).toContain(`<id>${SITE}${build.base}</id>`);
    const r = reports.find((x) => x.id === '500233-2021-gov')!;
    const inSite = site.items.find((i) => i.url === reportUrl(r.id))!;
    const inRegion = feeds.get('500000')!.feed.items.find((i) => i.url === reportUrl(r.id))!;
    expect(inRegion).toEqual(inSite);
    expect(inRegion.title).toBe(shownTitle(r.data));
    expect(feeds.get('500000')!.feed.self).toBe(`${SITE}${build.base}regions/500000/feed.xml`);
  });

  it('links each region page to its feed (a county’s to its prefecture’s), in the head and visibly', () => {
    for (const [code, expected] of [['330000', '330000'], ['330300', '330300'], ['330305', '330300'], ['500233', '500000']]) {
      const file = join(build.dir, 'regions', code, 'index.html');
      expect(existsSync(file), code).toBe(true);
      const tree = unified().use(rehypeParse).parse(readFileSync(file, 'utf8'));
      const href = `${build.base}regions/${expected}/feed.xml`;
      const alt = selectAll('head link[rel~="alternate"][type="application/atom+xml"]', tree).map((l) => String(l.properties.href));
      expect(alt, code).toContain(href);
      expect(select(`main a[href="${href}"]`, tree), code).toBeTruthy();
    }
  });
});
