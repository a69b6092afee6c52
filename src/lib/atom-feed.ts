/**
 * The archive's Atom feeds, the site-wide one (/feed.xml) and one per province and prefecture
 * (/regions/<code>/feed.xml), made by one function so that they say the same things the same way.
 * The `feed` package writes Atom 1.0; feed-text.ts makes titles and summaries safe. Pure: the
 * entries and absolute addresses in, the XML out.
 */
import { Feed } from 'feed';
import { latestAdditions, type Entry } from './archive.ts';
import { feedText, xmlSafe } from './feed-text.ts';
import { shownTitle } from './shown-title.ts';

/** How many of the most recently archived reports a feed holds. */
export const FEED_SIZE = 50;

export interface FeedInput {
  title: string;
  description: string;
  /** The feed's permanent id (an absolute URL); readers take a changed id for a new feed. */
  id: string;
  /** Absolute URLs: the feed's own address, the page it belongs to. */
  feedUrl: string;
  pageUrl: string;
  entries: Entry[];
  /** Absolute URL of a report's page. */
  reportUrl: (id: string) => string;
  /** The feed's updated time when it has no entries (the archive's latest archiving date). */
  emptyUpdated: Date;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function atomFeed(f: FeedInput): string {
  const latest = latestAdditions(f.entries, FEED_SIZE);
  const feed = new Feed({
    title: f.title,
    description: f.description,
    id: f.id,
    link: f.pageUrl,
    language: 'zh-Hans',
    updated: latest[0] ? day(latest[0].data.source.archived) : f.emptyUpdated,
    copyright: '报告原文版权归发布机关所有',
    feedLinks: { atom: f.feedUrl },
  });
  for (const e of latest) {
    feed.addItem({
      title: feedText(shownTitle(e.data)),
      id: f.reportUrl(e.id),
      link: f.reportUrl(e.id),
      date: day(e.data.source.archived),
      ...(e.data.published ? { published: day(e.data.published) } : {}),
      description: feedText(`${e.data.regionName} · ${e.data.publisher} · ${e.data.year}年度`),
      author: [{ name: xmlSafe(e.data.author ?? e.data.publisher) }],
    });
  }
  return feed.atom1();
}
