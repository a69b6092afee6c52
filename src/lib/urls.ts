/** Internal links, all under the configured base path (BASE_PATH), so the site works at /archive/ too. */
import { rawPublishedName } from './read-report.ts';
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export const href = (path = '') => `${base}${path.replace(/^\//, '')}`;
export const reportHref = (id: string) => href(`reports/${id}/`);
export const regionHref = (code: string) => href(`regions/${code}/`);
export const yearHref = (year: number) => href(`years/${year}/`);
export const levelHref = (slug: string) => href(`levels/${slug}/`);
/** The published copy of a raw original (raw/page.html → /raw/page.html.txt: text, never a page). */
export const rawHref = (raw: string) => href(`raw/${rawPublishedName(raw)}`);
/** A WARC file of the evidence (warc/<date>/<name>.warc.gz), published as is for download. */
export const warcHref = (file: string) => href(file);
export const markdownHref = (id: string) => href(`reports/${id}.md`);
export const cslHref = (id: string) => href(`reports/${id}.csl.json`);
/** The Atom feed of a province's or prefecture's new reports (every report at or below it). */
export const regionFeedHref = (code: string) => href(`regions/${code}/feed.xml`);
