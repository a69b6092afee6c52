/**
 * npm run watch over runs with the served pages changed in between: unchanged, edited, redirected,
 * 404, 410, a soft 404 (the home page), and a host that stops answering, which becomes gone only
 * after failing on several checks over a week (a simulated clock). Archived reports never change.
 */
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../../src/lib/frontmatter.ts';
import { readLedger } from '../../src/watch/ledger.ts';
import { sourceStates } from '../../src/watch/source-state.ts';
import { runCheck, snapshot, tempDir } from '../helpers.ts';
import { cli, FETCH_ARGS } from './cli.ts';
import { pageBytes } from './pages.ts';
import { startServer, type TestServer } from './server.ts';

// The last --body-timeout wins (parseArgs keeps the last value of a repeated option).
const ARGS = [...FETCH_ARGS, '--body-timeout', '0.5'];
const html = { 'content-type': 'text/html; charset=utf-8' };
const CASES = { unchanged: '001.txt', edited: '002.txt', redirect: '003.txt', notFound: '004.txt', removed: '005.txt', soft: '006.txt' } as const;
const HOME = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某某市人民政府门户网站</title></head><body><nav>首页 政务公开 政务服务 互动交流 走进某某</nav><div>欢迎访问某某市人民政府门户网站</div></body></html>';

let a: TestServer;
let b: TestServer;
let content: string;
const ids = new Map<string, string>();

function reportsByUrl(): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(join(content, 'reports'))) {
    const { data } = parseMarkdownFile(readFileSync(join(content, 'reports', f), 'utf8')) as unknown as { data: { source: { url?: string } } };
    if (data.source.url) out.set(data.source.url, f.slice(0, -3));
  }
  return out;
}
const ledger = () => readLedger(readFileSync(join(content, 'watch/checks.jsonl'), 'utf8'));
const archived = () => ({ ...snapshot(join(content, 'reports')), ...snapshot(join(content, 'raw')) });

beforeAll(async () => {
  a = await startServer({ '/': { headers: html, body: HOME }, ...Object.fromEntries(Object.entries(CASES).map(([k, f]) => [`/art/${k}.html`, { headers: html, body: pageBytes(f, 'utf-8', true) }])) });
  b = await startServer({ '/art/far.html': { headers: html, body: pageBytes('007.txt', 'utf-8', true) } });
  content = join(tempDir('watch-'), 'content');
  const r = await cli('capture', [...ARGS, '--content', content, ...Object.keys(CASES).map((k) => `${a.origin}/art/${k}.html`), `${b.origin}/art/far.html`]);
  expect(r.status, r.stderr).toBe(0);
  // A report with no source address: imported from a file, skipped and counted by the watch.
  writeFileSync(join(content, '..', 'saved.html'), pageBytes('008.txt', 'utf-8', true));
  const imp = await cli('import', ['--content', content, join(content, '..', 'saved.html')]);
  expect(imp.status, imp.stderr).toBe(0);
  const byUrl = reportsByUrl();
  for (const k of Object.keys(CASES)) ids.set(k, byUrl.get(`${a.origin}/art/${k}.html`)!);
  ids.set('far', byUrl.get(`${b.origin}/art/far.html`)!);
  expect([...ids.values()].every(Boolean)).toBe(true);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
});

describe('npm run watch', () => {
  let before: Record<string, string>;
  const t0 = Date.parse('2026-12-01T02:00:00Z');
  const at = (days: number) => new Date(t0 + days * 86_400_000).toISOString();

  it('first run: every source live; the report without an address skipped and counted', async () => {
    before = archived();
    const r = await cli('watch', [...ARGS, '--content', content, '--now', at(0)]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/checked 7 sources: 7 live, 0 changed, 0 moved, 0 gone, 0 unreachable; 1 reports without a source address skipped/);
    expect(ledger().checks).toHaveLength(7);
  });

  it('second run, after the sites changed: each source ends in the right state, with evidence of each change', async () => {
    a.routes.set('/art/edited.html', { headers: html, body: Buffer.from(new TextDecoder().decode(pageBytes(CASES.edited, 'utf-8', true)).replace('</div>', '<p>（本文于2026年11月更新了联系电话。）</p></div>')) });
    a.routes.set('/art/redirect.html', { status: 301, headers: { location: '/2026/art/redirect.html' } });
    a.routes.set('/2026/art/redirect.html', { headers: html, body: pageBytes(CASES.redirect, 'utf-8', true) });
    a.routes.set('/art/notFound.html', { status: 404, headers: html, body: '<html><body>404</body></html>' });
    a.routes.set('/art/removed.html', { status: 410, headers: html, body: '<html><body>Gone</body></html>' });
    a.routes.set('/art/soft.html', { headers: html, body: HOME });
    b.routes.set('/robots.txt', { silent: true });
    b.routes.set('/art/far.html', { silent: true });
    const r = await cli('watch', [...ARGS, '--content', content, '--now', at(1)]);
    expect(r.status, r.stderr).toBe(0);
    const states = sourceStates(ledger().checks);
    const state = (k: string) => states.get(ids.get(k)!)!;
    expect(Object.fromEntries([...ids].map(([k, id]) => [k, states.get(id)!.state]))).toEqual({
      unchanged: 'live', edited: 'changed', redirect: 'moved', notFound: 'gone', removed: 'gone', soft: 'gone', far: 'unreachable',
    });
    expect(state('redirect').location).toBe(`${a.origin}/2026/art/redirect.html`);
    expect(state('notFound').reason).toBe('404');
    expect(state('removed').reason).toBe('410');
    expect(state('soft').reason).toBe('soft 404: the site’s home page');
    expect([state('notFound').lastSeen?.slice(0, 10), state('notFound').goneSince?.slice(0, 10)]).toEqual([at(0).slice(0, 10), at(1).slice(0, 10)]);
    const second = ledger().checks.slice(7);
    expect(second).toHaveLength(7);
    for (const c of second) {
      if (['changed', 'moved', 'gone'].includes(c.state)) expect(readdirSync(join(content, c.warc!.split('/').slice(0, -1).join('/'))), c.report).toContain(c.warc!.split('/').pop());
      else expect(c.warc).toBeUndefined();
    }
  });

  it('the archived reports and raw originals are byte-identical, and check still passes', () => {
    expect(archived()).toEqual(before);
    expect(runCheck(content).status).toBe(0);
  });

  it('a host that keeps failing is unreachable for days, and gone once it has failed over a week', async () => {
    await cli('watch', [...ARGS, '--content', content, '--report', ids.get('far')!, '--now', at(4)]);
    expect(sourceStates(ledger().checks).get(ids.get('far')!)!.state).toBe('unreachable');
    await cli('watch', [...ARGS, '--content', content, '--report', ids.get('far')!, '--now', at(6)]);
    expect(sourceStates(ledger().checks).get(ids.get('far')!)!.state).toBe('unreachable');
    await cli('watch', [...ARGS, '--content', content, '--report', ids.get('far')!, '--now', at(9)]);
    const far = sourceStates(ledger().checks).get(ids.get('far')!)!;
    expect([far.state, far.lastSeen?.slice(0, 10), far.goneSince?.slice(0, 10)]).toEqual(['gone', at(0).slice(0, 10), at(1).slice(0, 10)]);
    // First failure on day 1, fourth on day 9: recorded at the --now instants, eight days exactly.
    expect(far.reason).toMatch(/^unreachable on 4 checks over 8 days/);
    expect(ledger().checks).toHaveLength(17);
    expect(archived()).toEqual(before);
  });

  it('a malformed ledger line is named by number; a line cut short by a kill is set aside and removed', async () => {
    const path = join(content, 'watch/checks.jsonl');
    const good = readFileSync(path, 'utf8');
    appendFileSync(path, '{"checked":"2026-12-09T00:00:00.000Z","report":"x"');
    expect(ledger()).toMatchObject({ torn: 18, problems: [] });
    expect(ledger().checks).toHaveLength(17);
    const r = await cli('watch', [...ARGS, '--content', content, '--report', ids.get('unchanged')!, '--now', at(10)]);
    expect(r.stderr).toMatch(/checks\.jsonl:18: an incomplete last line .* was removed/);
    expect(ledger()).toMatchObject({ problems: [] });
    expect(ledger().checks).toHaveLength(18);
    writeFileSync(path, good.replace(/\n/, '\nnot json\n'));
    const bad = await cli('watch', [...ARGS, '--content', content, '--now', at(11)]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/checks\.jsonl:2: is not JSON/);
  });
});
