/**
 * The archive's Atom feeds, the site-wide one (/feed.xml) and one per province and prefecture
 * (/regions/<code>/feed.xml), made by one function so that they say the same things the same way;
 * /gone.xml shares their head (feedWithHead).
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

/** What every feed of the archive (these and /gone.xml) says about itself, before its entries. */
export interface FeedHead {
  title: string;
  description: string;
  id: string;
  feedUrl: string;
  pageUrl: string;
  updated: Date;
}

/** A feed with the archive's head (language, copyright, self link) and no entries yet. */
export function feedWithHead(h: FeedHead): Feed {
  return new Feed({
    title: h.title,
    description: h.description,
    id: h.id,
    link: h.pageUrl,
    language: 'zh-Hans',
    updated: h.updated,
    copyright: '报告原文版权归发布机关所有',
    feedLinks: { atom: h.feedUrl },
  });
}

export function atomFeed(f: FeedInput): string {
  const latest = latestAdditions(f.entries, FEED_SIZE);
  const feed = feedWithHead({
    title: f.title,
    description: f.description,
    id: f.id,
    feedUrl: f.feedUrl,
    pageUrl: f.pageUrl,
    updated: latest[0] ? day(latest[0].data.source.archived) : f.emptyUpdated,
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
