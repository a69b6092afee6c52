/**
 * The polite fetcher against a server on 127.0.0.1: redirects, client redirects, robots.txt,
 * retries, Retry-After, timeouts, the size cap, loops, and per-host ordering as the server saw it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FetchPolicy } from '../../scripts/lib/archive-config.ts';
import { FetchError, PoliteFetcher } from '../../scripts/lib/polite-fetcher.ts';
import { pageBytes } from './pages.ts';
import { startServer, type TestServer } from './server.ts';

const testPolicy = (over: Partial<FetchPolicy> = {}): FetchPolicy => ({
  userAgent: 'fazhi-archive/0.1.0 (+test@example.org; archive of law-based government annual reports)',
  robotsToken: 'fazhi-archive',
  delayMs: 20,
  connectTimeoutMs: 2000,
  bodyTimeoutMs: 3000,
  maxBytes: 1024 * 1024,
  retries: 2,
  backoffMs: 20,
  maxRetryAfterMs: 10_000,
  maxRedirects: 10,
  ...over,
});

const PAGE = pageBytes('001.txt', 'utf-8', true);
const html = { 'content-type': 'text/html; charset=utf-8' };
let srv: TestServer | undefined;
afterEach(async () => {
  await srv?.close();
  srv = undefined;
});

async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FetchError) return e;
    throw e;
  }
  throw new Error('expected a FetchError');
}

describe('redirects', () => {
  it('follows a chain of 301, 302, 307 and records each hop', async () => {
    srv = await startServer({
      '/old': { status: 301, headers: { location: '/older' } },
      '/older': { status: 302, headers: { location: '/newer' } },
      '/newer': { status: 307, headers: { location: '/page.html' } },
      '/page.html': { headers: html, body: PAGE },
    });
    const f = await new PoliteFetcher(testPolicy()).get(`${srv.origin}/old`);
    expect(f.url).toBe(`${srv.origin}/page.html`);
    expect(f.hops.map((h) => [new URL(h.from).pathname, new URL(h.to).pathname, h.via])).toEqual([
      ['/old', '/older', 301],
      ['/older', '/newer', 302],
      ['/newer', '/page.html', 307],
    ]);
    expect(Buffer.from(f.response.body).equals(Buffer.from(PAGE))).toBe(true);
    expect(f.exchanges.map((x) => new URL(x.url).pathname)).toEqual(['/robots.txt', '/old', '/older', '/newer', '/page.html']);
  });

  it('follows a meta refresh and a one-line script redirect to the same site, not to another site', async () => {
    srv = await startServer({
      '/col/': { headers: html, body: '<html><head><meta http-equiv="refresh" content="0; url=/art/1.html"></head><body></body></html>' },
      '/art/1.html': { headers: html, body: '<html><body><script>window.location.href = "/art/2.html";</script></body></html>' },
      '/art/2.html': { headers: html, body: PAGE },
      '/away': { headers: html, body: '<html><head><meta http-equiv="refresh" content="0;url=https://elsewhere.example.org/"></head><body>x</body></html>' },
    });
    const fetcher = new PoliteFetcher(testPolicy());
    const f = await fetcher.get(`${srv.origin}/col/`);
    expect(f.hops.map((h) => h.via)).toEqual(['meta-refresh', 'script']);
    expect(f.url).toBe(`${srv.origin}/art/2.html`);
    const away = await fetcher.get(`${srv.origin}/away`);
    expect(away.hops).toEqual([]);
    expect(away.url).toBe(`${srv.origin}/away`);
  });

  it('refuses a redirect loop, naming the circle', async () => {
    srv = await startServer({ '/a': { status: 302, headers: { location: '/b' } }, '/b': { status: 302, headers: { location: '/a' } } });
    const e = await failure(new PoliteFetcher(testPolicy()).get(`${srv.origin}/a`));
    expect(e.kind).toBe('loop');
    expect(e.message).toMatch(/\/a → .*\/b → .*\/a/);
  });
});

describe('robots.txt', () => {
  it('a disallowed page is never requested; the rest of the site is', async () => {
    srv = await startServer({
      '/robots.txt': { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nDisallow: /private/\n' },
      '/private/report.html': { headers: html, body: PAGE },
      '/public/report.html': { headers: html, body: PAGE },
    });
    const fetcher = new PoliteFetcher(testPolicy());
    const e = await failure(fetcher.get(`${srv.origin}/private/report.html`));
    expect(e.kind).toBe('robots');
    expect(e.message).toMatch(/robots\.txt of 127\.0\.0\.1:\d+ disallows \/private\/report\.html/);
    await fetcher.get(`${srv.origin}/public/report.html`);
    expect(srv.hits.map((h) => h.path)).toEqual(['/robots.txt', '/public/report.html']);
  });

  it('a robots.txt that fails with 5xx means the whole site is off limits', async () => {
    srv = await startServer({ '/robots.txt': { status: 503, body: 'down' }, '/p.html': { headers: html, body: PAGE } });
    const e = await failure(new PoliteFetcher(testPolicy({ retries: 0 })).get(`${srv.origin}/p.html`));
    expect(e.kind).toBe('robots');
    expect(srv.hits.map((h) => h.path)).toEqual(['/robots.txt']);
  });
});

describe('retries', () => {
  it('500 then 200 is retried; 404 is not', async () => {
    srv = await startServer({
      '/flaky': (_req, n) => (n === 1 ? { status: 500, body: 'oops' } : { headers: html, body: PAGE }),
      '/gone': { status: 404, body: 'no' },
    });
    const fetcher = new PoliteFetcher(testPolicy());
    const f = await fetcher.get(`${srv.origin}/flaky`);
    expect(f.response.status).toBe(200);
    expect(f.exchanges.filter((x) => x.url.endsWith('/flaky')).map((x) => x.response?.status)).toEqual([500, 200]);
    const g = await fetcher.get(`${srv.origin}/gone`);
    expect(g.response.status).toBe(404);
    expect(srv.hits.filter((h) => h.path === '/gone')).toHaveLength(1);
  });

  it('429 with Retry-After: 1 is waited for (server-side gap ≥ 1 s) and then succeeds', async () => {
    srv = await startServer({ '/busy': (_req, n) => (n === 1 ? { status: 429, headers: { 'retry-after': '1' }, body: 'slow down' } : { headers: html, body: PAGE }) });
    const f = await new PoliteFetcher(testPolicy()).get(`${srv.origin}/busy`);
    expect(f.response.status).toBe(200);
    const [first, second] = srv.hits.filter((h) => h.path === '/busy');
    expect(second!.arrived - first!.finished).toBeGreaterThanOrEqual(1000);
  });

  it('a Retry-After longer than the archive waits fails at once, saying how long', async () => {
    srv = await startServer({ '/busy': { status: 429, headers: { 'retry-after': '3600' }, body: '' } });
    const e = await failure(new PoliteFetcher(testPolicy()).get(`${srv.origin}/busy`));
    expect(e.kind).toBe('retry-after');
    expect(e.message).toMatch(/asks to wait 3600 s/);
    expect(srv.hits.filter((h) => h.path === '/busy')).toHaveLength(1);
  });
});

describe('limits', () => {
  it('a body that stalls is cut off by the body timeout, after the retries', async () => {
    srv = await startServer({ '/slow': { headers: html, body: PAGE, hang: true } });
    const e = await failure(new PoliteFetcher(testPolicy({ bodyTimeoutMs: 300, retries: 1 })).get(`${srv.origin}/slow`));
    expect(e.kind).toBe('body-timeout');
    expect(srv.hits.filter((h) => h.path === '/slow')).toHaveLength(2);
  });

  it('a body over the cap is refused, announced or not', async () => {
    const big = new Uint8Array(300 * 1024).fill(0x41);
    srv = await startServer({
      '/big': { headers: html, body: big },
      '/big-chunked': { headers: html, body: big, chunked: true },
    });
    const fetcher = new PoliteFetcher(testPolicy({ maxBytes: 100 * 1024 }));
    expect((await failure(fetcher.get(`${srv.origin}/big`))).kind).toBe('too-large');
    expect((await failure(fetcher.get(`${srv.origin}/big-chunked`))).kind).toBe('too-large');
    expect(srv.hits.filter((h) => h.path.startsWith('/big'))).toHaveLength(2);
  });
});

describe('transport failures', () => {
  it('a TLS handshake that fails is named as a TLS error, and not retried', async () => {
    srv = await startServer({ '/p': { headers: html, body: PAGE } });
    const e = await failure(new PoliteFetcher(testPolicy()).get(`https://${srv.host}/p`));
    expect(e.kind).toBe('tls');
    expect(e.message).toMatch(/^the secure connection failed/);
    expect(e.exchanges).toHaveLength(1);
  });
  it('a refused connection is named as such', async () => {
    const e = await failure(new PoliteFetcher(testPolicy()).get('http://127.0.0.1:1/p'));
    expect([e.kind, e.message]).toEqual(['refused', 'the server refused the connection (ECONNREFUSED)']);
  });
});

describe('politeness', () => {
  it('requests to one host never overlap and are at least the delay apart, by the server’s clock', async () => {
    const paths = ['/1', '/2', '/3', '/4', '/5', '/6'];
    srv = await startServer(Object.fromEntries(paths.map((p) => [p, { headers: html, body: PAGE }])));
    const fetcher = new PoliteFetcher(testPolicy({ delayMs: 150 }));
    await Promise.all(paths.map((p) => fetcher.get(`${srv!.origin}${p}`)));
    const hits = [...srv.hits].sort((a, b) => a.arrived - b.arrived);
    expect(hits).toHaveLength(paths.length + 1);
    for (let i = 1; i < hits.length; i++) {
      expect(hits[i]!.arrived - hits[i - 1]!.finished, `${hits[i - 1]!.path} → ${hits[i]!.path}`).toBeGreaterThanOrEqual(150);
    }
  });

  it('identifies itself with the archive’s name and contact address', async () => {
    srv = await startServer({ '/p': { headers: html, body: PAGE } });
    await new PoliteFetcher(testPolicy()).get(`${srv.origin}/p`);
    for (const h of srv.hits) expect(h.headers['user-agent']).toMatch(/^fazhi-archive\/0\.1\.0 \(\+test@example\.org;/);
  });
});
