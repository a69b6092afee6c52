/**
 * One check of a report's source address, classified from what the server answered. Pure: the
 * answer and the archived report in, a state and its reason out. Soft 404s (a 200 that is an
 * error page, the site's home page, or a page without the report's text) count as gone: a
 * government site that removes a page often answers this way.
 */
import { decodeBytes } from '../import/decode.ts';
import type { Check, SourceStateName } from './ledger.ts';

export type Observation =
  | { kind: 'error'; message: string; /** robots.txt forbids the check: no verdict on the page. */ robots?: boolean }
  | {
      kind: 'response';
      status: number;
      /** The address the answer finally came from. */
      url: string;
      body: Uint8Array;
      sha256: string;
      /** The site's home page, fetched when the page no longer holds the report, to tell a home page from other pages. */
      home?: { sha256: string; title: string };
    };

export interface ArchivedSource {
  url: string;
  sha256: string;
  /** The report's Markdown body, for finding its text in a changed page. */
  body: string;
}

export interface Verdict {
  state: SourceStateName;
  reason: string;
  location?: string;
}

const han = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).join('');

/** Share of the report's text found in the page: samples of 16 Han characters spread over the report. */
export function reportTextShare(report: string, page: string): number {
  const r = han(report);
  const p = han(page);
  if (r.length < 16) return p.includes(r) ? 1 : 0;
  const samples = Math.min(12, Math.floor(r.length / 16));
  let found = 0;
  for (let i = 0; i < samples; i++) {
    const at = Math.floor((i * (r.length - 16)) / Math.max(1, samples - 1));
    if (p.includes(r.slice(at, at + 16))) found++;
  }
  return found / samples;
}

const ERROR_PAGE = /404|not\s*found|页面不存在|页面未找到|找不到(?:该|此|您)?(?:页面|网页|文章|信息)|信息不存在|文章不存在|已被?删除|已撤(?:下|销)|无法访问|访问的页面|出错了|error/i;

function isHomePage(from: URL, to: URL): boolean {
  const home = (u: URL) => /^\/(?:index\.(?:s?html?|jsp|php|aspx?))?$/i.test(u.pathname) && !u.search;
  return home(to) && !home(from);
}

/** The <title> of a page, for comparing it with the site's home page. */
export function pageTitle(bytes: Uint8Array): string {
  return pageText(bytes)?.title ?? '';
}

function pageText(bytes: Uint8Array): { text: string; title: string } | undefined {
  try {
    const html = decodeBytes(bytes).text;
    const title = html.match(/<title[^>]*>([^<]*)/i)?.[1] ?? '';
    return { title, text: html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '').replace(/<[^>]*>/g, ' ') };
  } catch {
    return undefined; // a PDF or Word file: compared by bytes only
  }
}

/** True when a 200 answer no longer holds the report: the one case where the site's home page is worth fetching to name it. */
export function lacksReport(o: Observation, source: ArchivedSource): boolean {
  if (o.kind !== 'response' || o.status !== 200 || o.sha256 === source.sha256) return false;
  const page = pageText(o.body);
  return page !== undefined && reportTextShare(source.body, page.text) < 0.5;
}

export function classify(o: Observation, source: ArchivedSource, previous?: Pick<Check, 'state' | 'location'>): Verdict {
  if (o.kind === 'error') return { state: 'unreachable', reason: o.robots ? `robots.txt forbids checking (${o.message})` : o.message };
  const movedTo = o.url !== source.url ? o.url : undefined;
  const where = movedTo ? { location: movedTo } : {};
  if (o.status === 304) {
    // Not modified since the last check: whatever that check found still holds.
    const state = previous && (previous.state === 'changed' || previous.state === 'moved') ? previous.state : 'live';
    return { state, reason: '304 not modified', ...(previous?.location ? { location: previous.location } : where) };
  }
  if (o.status === 404 || o.status === 410) return { state: 'gone', reason: `${o.status}`, ...where };
  if (o.status >= 500 || o.status === 429) return { state: 'unreachable', reason: `${o.status} on every try` };
  if (o.status !== 200) return { state: 'gone', reason: `${o.status}`, ...where };
  if (o.sha256 === source.sha256) return movedTo ? { state: 'moved', reason: 'redirected; same content', location: movedTo } : { state: 'live', reason: 'same content' };
  if (movedTo && isHomePage(new URL(source.url), new URL(o.url))) return { state: 'gone', reason: 'soft 404: redirected to the site’s home page', location: movedTo };
  const page = pageText(o.body);
  if (page === undefined) return movedTo ? { state: 'moved', reason: 'redirected; different bytes', location: movedTo } : { state: 'changed', reason: 'different bytes' };
  const { text, title } = page;
  const share = reportTextShare(source.body, text);
  if (share >= 0.5) {
    return movedTo ? { state: 'moved', reason: 'redirected; the report’s text is there', location: movedTo } : { state: 'changed', reason: `different bytes; ${Math.round(share * 100)}% of the report’s text samples found` };
  }
  if (han(text).length < 300 && ERROR_PAGE.test(`${title} ${text}`)) return { state: 'gone', reason: 'soft 404: an error page', ...where };
  if (o.home && (o.home.sha256 === o.sha256 || (title.trim() !== '' && title.trim() === o.home.title.trim()))) return { state: 'gone', reason: 'soft 404: the site’s home page', ...where };
  return { state: 'gone', reason: 'soft 404: the page no longer holds the report’s text', ...where };
}
