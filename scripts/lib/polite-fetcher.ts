/**
 * The archive's only way onto the network. Polite as a crawler of small government servers must
 * be: robots.txt obeyed (RFC 9309, through robots-parser), one request at a time per host with a
 * pause between them (the configured delay, or robots.txt's Crawl-delay if longer), retries with
 * backoff only where waiting can help (timeouts, 429, 5xx; Retry-After honoured), redirects
 * followed to a limit and each one recorded, meta-refresh and one-line script redirects to the
 * same site followed like redirects. Every exchange is kept for the WARC writer.
 */
import robotsParser from 'robots-parser';
import { findClientRedirect } from '../../src/capture/client-redirect.ts';
import { retryAfterMs } from '../../src/capture/retry-after.ts';
import type { FetchPolicy } from './archive-config.ts';
import { exchange, header, type Exchange, type FailureKind, type RecordedResponse } from './http-exchange.ts';

export type FetchErrorKind = FailureKind | 'robots' | 'loop' | 'redirects' | 'retry-after' | 'status';

/** What to do about each kind of failure, said once so capture and watch say it the same way. */
const FIX: Record<FetchErrorKind, string> = {
  dns: 'check the address for typos; if it is right, the site may be gone (try an archived copy)',
  refused: 'the server is down or the port is wrong; try again later',
  tls: 'the site’s certificate or TLS setup is broken; try the http:// address, or save the page by hand and npm run import it',
  'connect-timeout': 'the server did not answer; try again later, or raise --connect-timeout',
  'body-timeout': 'the server is too slow; try again later, or raise --body-timeout',
  'too-large': 'this is not a report page; give the report page’s own address, or raise --max-mb',
  network: 'try again later',
  robots: 'the site’s robots.txt asks crawlers not to fetch it; save the page by hand and npm run import -- --url … it',
  loop: 'the site redirects in a circle; open the address in a browser to find the page it means',
  redirects: 'open the address in a browser and give the address it ends at, or raise --max-redirects',
  'retry-after': 'the server asks to come back later; run the capture again then',
  status: 'check the address',
};

export class FetchError extends Error {
  readonly kind: FetchErrorKind;
  readonly fix: string;
  readonly exchanges: Exchange[];
  readonly status?: number;
  constructor(kind: FetchErrorKind, message: string, exchanges: Exchange[], status?: number, fix = FIX[kind]) {
    super(message);
    this.kind = kind;
    this.fix = fix;
    this.exchanges = exchanges;
    if (status !== undefined) this.status = status;
  }
}

export interface Hop {
  from: string;
  to: string;
  /** The HTTP status of a server redirect, or how the page redirected. */
  via: number | 'meta-refresh' | 'script';
}

export interface Fetched {
  /** The address the content finally came from. */
  url: string;
  response: RecordedResponse;
  hops: Hop[];
  /** Every exchange of this fetch in order: robots.txt, redirects, retries, the final answer. */
  exchanges: Exchange[];
}

export interface GetOptions {
  /** Validators of the copy we hold, for a conditional GET (the first request only). */
  etag?: string;
  lastModified?: string;
  /** Follow meta-refresh and script redirects (default true). */
  clientRedirects?: boolean;
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

interface Robots {
  allowed(url: string): boolean;
  crawlDelayMs?: number;
  exchanges: Exchange[];
  /** Set when the rules could not be read: every address on the host is then refused. */
  failure?: string;
  /** When the rules could not be read because the server could not be reached: why. */
  unreachable?: { kind: FailureKind; message: string };
}

interface HostState {
  queue: Promise<void>;
  notBefore: number;
  delayMs: number;
}

/** The longest robots.txt Crawl-delay obeyed; a site asking for more is fetched at this pace. */
const MAX_CRAWL_DELAY_MS = 60_000;
const REDIRECT = new Set([301, 302, 303, 307, 308]);

export class PoliteFetcher {
  private hosts = new Map<string, HostState>();
  private robots = new Map<string, Promise<Robots>>();
  readonly policy: FetchPolicy;
  private clock: Clock;

  constructor(policy: FetchPolicy, clock: Clock = realClock) {
    this.policy = policy;
    this.clock = clock;
  }

  private host(key: string): HostState {
    let h = this.hosts.get(key);
    if (!h) this.hosts.set(key, (h = { queue: Promise.resolve(), notBefore: 0, delayMs: this.policy.delayMs }));
    return h;
  }

  /**
   * Runs one request with the host to itself: after the previous one ended and the pause has
   * passed. The pause before the next request (the delay, a backoff, Retry-After) is set before
   * the host is handed on, so no queued request can slip in ahead of it.
   */
  private async inTurn(url: URL, headers: [string, string][], attemptNo: number): Promise<{ ex: Exchange; retry: boolean; tooLongMs?: number }> {
    const h = this.host(url.host);
    const prev = h.queue;
    let release!: () => void;
    h.queue = new Promise((r) => (release = r));
    await prev;
    try {
      const wait = h.notBefore - this.clock.now();
      if (wait > 0) await this.clock.sleep(wait);
      const ex = await exchange(url, headers, this.policy);
      const status = ex.response?.status ?? 0;
      const retryable = ex.error ? ['connect-timeout', 'body-timeout', 'network'].includes(ex.error.kind) : status === 429 || status >= 500;
      const asked = status === 429 || status === 503 ? retryAfterMs(header(ex.response!.headers, 'retry-after'), this.clock.now()) : undefined;
      const tooLong = asked !== undefined && asked > this.policy.maxRetryAfterMs;
      const retry = retryable && attemptNo < this.policy.retries && !tooLong;
      const pause = retry ? Math.max(this.policy.backoffMs * 2 ** attemptNo, asked ?? 0) : 0;
      h.notBefore = this.clock.now() + Math.max(h.delayMs, pause);
      return { ex, retry, ...(tooLong ? { tooLongMs: asked } : {}) };
    } finally {
      release();
    }
  }

  /** One address, retried where waiting can help; every attempt is appended to `log`. */
  private async attempt(url: URL, headers: [string, string][], log: Exchange[]): Promise<Exchange> {
    for (let i = 0; ; i++) {
      const { ex, retry, tooLongMs } = await this.inTurn(url, headers, i);
      log.push(ex);
      if (tooLongMs !== undefined) {
        const status = ex.response!.status;
        throw new FetchError('retry-after', `the server answered ${status} and asks to wait ${Math.round(tooLongMs / 1000)} s (Retry-After), longer than the ${this.policy.maxRetryAfterMs / 1000} s the archive waits`, log, status);
      }
      if (!retry) return ex;
    }
  }

  private baseHeaders(): [string, string][] {
    return [
      ['User-Agent', this.policy.userAgent],
      ['Accept', 'text/html,application/xhtml+xml,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain;q=0.9,*/*;q=0.5'],
      ['Accept-Language', 'zh-CN,zh;q=0.9'],
    ];
  }

  private rulesFor(url: URL): Promise<Robots> {
    const origin = url.origin;
    let p = this.robots.get(origin);
    if (!p) this.robots.set(origin, (p = this.readRobots(new URL('/robots.txt', origin))));
    return p;
  }

  /** robots.txt as RFC 9309 says: 4xx = no rules, 5xx or unreachable = everything disallowed. */
  private async readRobots(first: URL): Promise<Robots> {
    const log: Exchange[] = [];
    let url = first;
    for (let hop = 0; hop <= 5; hop++) {
      let ex: Exchange;
      try {
        ex = await this.attempt(url, this.baseHeaders(), log);
      } catch (e) {
        return { allowed: () => false, exchanges: log, failure: `its robots.txt could not be read (${(e as Error).message})` };
      }
      if (ex.error) return { allowed: () => false, exchanges: log, failure: `its robots.txt could not be read: ${ex.error.message}`, unreachable: { kind: ex.error.kind, message: ex.error.message } };
      const r = ex.response!;
      const location = header(r.headers, 'location');
      if (REDIRECT.has(r.status) && location) {
        url = new URL(location, url);
        continue;
      }
      if (r.status >= 200 && r.status < 300) {
        const rules = robotsParser(first.href, new TextDecoder('utf-8').decode(r.body));
        const token = this.policy.robotsToken;
        const delay = rules.getCrawlDelay(token);
        const crawlDelayMs = typeof delay === 'number' && delay > 0 ? Math.min(delay * 1000, MAX_CRAWL_DELAY_MS) : undefined;
        if (crawlDelayMs) {
          const h = this.host(first.host);
          h.delayMs = Math.max(h.delayMs, crawlDelayMs);
        }
        return { allowed: (u) => rules.isAllowed(u, token) !== false, exchanges: log, ...(crawlDelayMs ? { crawlDelayMs } : {}) };
      }
      if (r.status >= 400 && r.status < 500) return { allowed: () => true, exchanges: log };
      return { allowed: () => false, exchanges: log, failure: `its robots.txt answered ${r.status}` };
    }
    return { allowed: () => false, exchanges: log, failure: 'its robots.txt redirects more than 5 times' };
  }

  /** GETs an address: robots.txt first (once per site and run), then the page, following redirects. */
  async get(address: string, opts: GetOptions = {}): Promise<Fetched> {
    const exchanges: Exchange[] = [];
    const hops: Hop[] = [];
    const visited = new Set<string>();
    const robotsSeen = new Set<string>();
    let url = new URL(address);
    url.hash = '';
    for (;;) {
      if (visited.has(url.href)) {
        throw new FetchError('loop', `redirect loop: ${[...hops.map((h) => h.from), url.href].join(' → ')}`, exchanges);
      }
      if (hops.length > this.policy.maxRedirects) throw new FetchError('redirects', `more than ${this.policy.maxRedirects} redirects`, exchanges);
      visited.add(url.href);
      const robots = await this.rulesFor(url);
      // Each fetch's evidence holds the robots.txt exchange that allowed (or refused) it.
      if (!robotsSeen.has(url.origin)) {
        robotsSeen.add(url.origin);
        exchanges.push(...robots.exchanges);
      }
      if (robots.unreachable) throw new FetchError(robots.unreachable.kind, robots.unreachable.message, exchanges);
      if (robots.failure) throw new FetchError('robots', `${url.host}: ${robots.failure}; the archive does not fetch a site whose rules it cannot read`, exchanges, undefined, 'try again later');
      if (!robots.allowed(url.href)) throw new FetchError('robots', `robots.txt of ${url.host} disallows ${url.pathname}`, exchanges);

      const headers = this.baseHeaders();
      if (hops.length === 0 && opts.etag) headers.push(['If-None-Match', opts.etag]);
      if (hops.length === 0 && opts.lastModified) headers.push(['If-Modified-Since', opts.lastModified]);
      const ex = await this.attempt(url, headers, exchanges);
      if (ex.error) throw new FetchError(ex.error.kind, ex.error.message, exchanges);
      const r = ex.response!;
      const location = header(r.headers, 'location');
      if (REDIRECT.has(r.status) && location) {
        const to = new URL(location, url);
        to.hash = '';
        if (!/^https?:$/.test(to.protocol)) throw new FetchError('redirects', `redirects to a ${to.protocol} address`, exchanges);
        hops.push({ from: url.href, to: to.href, via: r.status });
        url = to;
        continue;
      }
      if (r.status === 200 && opts.clientRedirects !== false && isHtml(r)) {
        const client = findClientRedirect(latin1OrUtf8(r.body), url);
        if (client) {
          hops.push({ from: url.href, to: client.url, via: client.via });
          url = new URL(client.url);
          continue;
        }
      }
      return { url: url.href, response: r, hops, exchanges };
    }
  }
}

function isHtml(r: RecordedResponse): boolean {
  const type = header(r.headers, 'content-type') ?? '';
  if (/html/i.test(type)) return true;
  if (type && !/^text\/plain/i.test(type)) return false;
  return /^\s*(?:<!doctype\s+html|<html|<head|<meta)/i.test(new TextDecoder('latin1').decode(r.body.subarray(0, 512)));
}

/** Enough of a decoding to find an address in the markup: UTF-8 when valid, else bytes as Latin-1. */
function latin1OrUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}
