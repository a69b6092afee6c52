import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/lib/archive.ts';
import { atomFeed, FEED_SIZE } from '../../src/lib/atom-feed.ts';
import { gazetteer } from '../../src/lib/gazetteer-data.ts';
import { feedRegionOf, feedRegions, reportsByFeedRegion } from '../../src/lib/region-feeds.ts';
import type { ReportData } from '../../src/lib/report-schema.ts';

const gaz = gazetteer();
const entry = (id: string, region: string, archived = '2026-11-21', over: Partial<ReportData> = {}): Entry => ({
  id,
  data: {
    title: `${id} 报告`, titleSupplied: false, kind: 'report', region, regionName: gaz.path(region).map((d) => d.name).join(''),
    level: 'county', issuer: 'government', publisher: `${gaz.get(region)!.name}人民政府`, year: 2022,
    script: 'Hans', source: { archived, raw: 'raw/x.txt', sha256: 'a'.repeat(64), encoding: 'utf-8' }, page: {}, distinct: false, ...over,
  },
});

describe('which feeds a report is in', () => {
  const entries = [entry('330305-2022-gov', '330305'), entry('330300-2022-gov', '330300'), entry('429004-2022-gov', '429004'), entry('100000-2022-mee', '100000')];
  const by = reportsByFeedRegion(entries, gaz);
  const ids = (code: string) => by.get(code)!.map((e) => e.id);

  it('a county report is in its prefecture’s and its province’s feed', () => {
    expect(ids('330300')).toEqual(['330305-2022-gov', '330300-2022-gov']);
    expect(ids('330000')).toEqual(['330305-2022-gov', '330300-2022-gov']);
  });
  it('a county under a province directly (仙桃市) is in the province’s feed', () => {
    expect(ids('420000')).toEqual(['429004-2022-gov']);
    expect(feedRegionOf('429004', gaz)?.code).toBe('420000');
  });
  it('a ministry’s report is in the centre’s feed only', () => {
    expect(ids('100000')).toEqual(['100000-2022-mee']);
    expect([...by.values()].filter((l) => l.some((e) => e.id === '100000-2022-mee'))).toHaveLength(1);
  });
  it('every province and prefecture has a feed, even with no report', () => {
    expect(feedRegions(gaz).length).toBe(1 + 31 + [...gaz.byCode.values()].filter((d) => d.level === 'prefecture').length);
    expect(ids('540100')).toEqual([]);
    expect(feedRegionOf('330305', gaz)?.code).toBe('330300');
  });
});

describe('an Atom feed', () => {
  const base = { id: 'https://a.org/regions/330300/feed.xml', title: '温州市', description: 'd', feedUrl: 'https://a.org/regions/330300/feed.xml', pageUrl: 'https://a.org/regions/330300/', reportUrl: (id: string) => `https://a.org/reports/${id}/`, emptyUpdated: new Date('2026-11-21T00:00:00Z') };

  it('holds the newest archived reports, at most FEED_SIZE', () => {
    const many = Array.from({ length: FEED_SIZE + 5 }, (_, i) => entry(`330305-2022-x${i}`, '330305', `2026-01-${String(1 + (i % 28)).padStart(2, '0')}`));
    const feed = parseFeed(atomFeed({ ...base, entries: many }));
    expect(feed.items).toHaveLength(FEED_SIZE);
    expect(feed.items[0]!.updated!.toISOString()).toBe('2026-01-28T00:00:00.000Z');
  });
  it('shows a title with markup as text', () => {
    const feed = parseFeed(atomFeed({ ...base, entries: [entry('330305-2022-gov', '330305', '2026-11-21', { title: '<b>粗</b> & </title>' })] }));
    expect(feed.items[0]!.title).toBe('<b>粗</b> & </title>');
  });
  it('is a valid empty feed for a quiet region', () => {
    const feed = parseFeed(atomFeed({ ...base, entries: [] }));
    expect(feed.items).toEqual([]);
    expect(feed.updated?.toISOString()).toBe('2026-11-21T00:00:00.000Z');
  });
});
