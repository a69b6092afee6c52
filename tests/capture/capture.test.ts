/**
 * npm run capture end to end, against real report pages served on 127.0.0.1 in UTF-8 and GBK:
 * the same metadata as npm run import of the same files, WARC evidence that reads back with
 * warcio, nothing new on a second run, and bad addresses each named on one line.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WARCParser } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../../src/lib/frontmatter.ts';
import { ROOT, runCheck, snapshot, tempDir } from '../helpers.ts';
import { expected, pageBytes } from './pages.ts';
import { startServer, type Route, type TestServer } from './server.ts';
import { cli, FETCH_ARGS } from './cli.ts';

// 20 real reports: 10 in UTF-8 with a charset header, 5 in GBK with one, 5 in GBK declared nowhere.
const FILES = expected.filter((e) => e.is_report).slice(0, 20).map((e) => e.file);
const variant = (i: number) => (i < 10 ? { enc: 'utf-8' as const, header: 'text/html; charset=utf-8' } : i < 15 ? { enc: 'gbk' as const, header: 'text/html; charset=GBK' } : { enc: 'gbk' as const, header: 'text/html' });

let srv: TestServer;
let dir: string;
const served = new Map<string, Uint8Array>();
const urlOf = (f: string) => `${srv.origin}/art/${f.replace('.txt', '.html')}`;

beforeAll(async () => {
  dir = tempDir('capture-');
  const routes: Record<string, Route> = {};
  FILES.forEach((f, i) => {
    const v = variant(i);
    const bytes = pageBytes(f, v.enc, false);
    routes[`/art/${f.replace('.txt', '.html')}`] = { headers: { 'content-type': v.header }, body: bytes };
    served.set(f, bytes);
    writeFileSync(join(dir, f.replace('.txt', '.html')), bytes);
  });
  srv = await startServer(routes);
  writeFileSync(join(dir, 'list.txt'), `# twenty reports\n${FILES.map(urlOf).join('\n')}\n`);
});
afterAll(() => srv?.close());

/** The review fields that must agree between capture and import (not the file name, address or evidence file). */
function comparable(rows: Record<string, unknown>[]) {
  return rows.map((r) => {
    const { file: _f, source, fetched: _x, ...rest } = r as { file: string; source: Record<string, unknown>; fetched?: unknown };
    const { raw: _r, url: _u, warc: _w, ...src } = source;
    return { ...rest, source: src };
  });
}

describe('capture --list over 20 locally served pages', () => {
  it('gives the same metadata as npm run import of the same files', async () => {
    const cap = await cli('capture', [...FETCH_ARGS, '--dry-run', '--json', '--content', join(dir, 'dry'), '--list', join(dir, 'list.txt')]);
    const imp = await cli('import', ['--dry-run', '--json', '--content', join(dir, 'dry'), ...FILES.map((f) => join(dir, f.replace('.txt', '.html')))]);
    const capRows = JSON.parse(cap.stdout) as Record<string, unknown>[];
    const impRows = JSON.parse(imp.stdout) as Record<string, unknown>[];
    expect(capRows.length).toBeGreaterThanOrEqual(18);
    expect(comparable(capRows)).toEqual(comparable(impRows));
    // The review JSON says what was fetched: robots.txt once for the host, then each page.
    const fetched = capRows.flatMap((r) => r.fetched as { url: string; status: number }[]);
    expect(new Set(fetched.filter((x) => x.url.endsWith('/robots.txt')).map((x) => JSON.stringify(x))).size).toBe(1);
    expect(existsSync(join(dir, 'dry'))).toBe(false);
  });

  it('writes reports, raw originals and WARC files that pass check; a second run captures nothing new', async () => {
    const content = join(dir, 'content');
    const first = await cli('capture', [...FETCH_ARGS, '--content', content, '--list', join(dir, 'list.txt')]);
    const n = readdirSync(join(content, 'reports')).length;
    expect(n).toBeGreaterThanOrEqual(18);
    expect(first.stderr).toMatch(new RegExp(`captured ${n} reports`));
    const check = runCheck(content);
    expect(check.status, check.stderr).toBe(0);
    const before = snapshot(content);
    const hitsBefore = srv.hits.length;
    const second = await cli('capture', [...FETCH_ARGS, '--content', content, '--list', join(dir, 'list.txt')]);
    expect(second.stderr).toMatch(new RegExp(`captured 0 reports \\(0 replaced, ${n} already archived with the same sha256\\)`));
    expect(snapshot(content)).toEqual(before);
    expect(srv.hits.length).toBeGreaterThan(hitsBefore); // it did look again
  });

  it('each report’s WARC record holds the exact bytes served, with its request and capture time', async () => {
    const content = join(dir, 'content');
    for (const f of readdirSync(join(content, 'reports'))) {
      const { data } = parseMarkdownFile(readFileSync(join(content, 'reports', f), 'utf8')) as unknown as { data: { source: { url: string; raw: string; warc: { file: string; record: string; offset: number; date: string; target: string } } } };
      const w = data.source.warc;
      const file = FILES.find((x) => urlOf(x) === data.source.url)!;
      const records = [];
      for await (const rec of WARCParser.iterRecords([new Uint8Array(readFileSync(join(content, w.file)))])) {
        records.push({ type: rec.warcType, id: rec.warcHeader('WARC-Record-ID'), url: rec.warcTargetURI, date: rec.warcHeader('WARC-Date'), payload: await rec.readFully(true), to: rec.warcHeader('WARC-Concurrent-To') });
      }
      expect(records.map((r) => `${r.type} ${r.url ? new URL(r.url).pathname : ''}`)).toEqual([
        'warcinfo ',
        'request /robots.txt',
        'response /robots.txt',
        `request ${new URL(data.source.url).pathname}`,
        `response ${new URL(data.source.url).pathname}`,
      ]);
      const response = records.find((r) => r.id === w.record)!;
      expect(response.type).toBe('response');
      expect(Buffer.from(response.payload).equals(Buffer.from(served.get(file)!))).toBe(true);
      expect(Buffer.from(readFileSync(join(content, data.source.raw))).equals(Buffer.from(served.get(file)!))).toBe(true);
      expect(response.date).toBe(w.date);
      expect(Math.abs(Date.parse(w.date) - Date.now())).toBeLessThan(10 * 60_000);
      const request = records.find((r) => r.to === w.record)!;
      expect(request.type).toBe('request');
      // The record's offset is where its gzip member starts.
      const at = readFileSync(join(content, w.file)).subarray(w.offset);
      expect([at[0], at[1]]).toEqual([0x1f, 0x8b]);
    }
  });

  it('check names a report whose WARC file is missing', () => {
    const content = join(dir, 'content');
    const f = readdirSync(join(content, 'reports'))[0]!;
    const { data } = parseMarkdownFile(readFileSync(join(content, 'reports', f), 'utf8')) as unknown as { data: { source: { warc: { file: string } } } };
    const copy = join(tempDir(), 'content');
    cpSync(content, copy, { recursive: true });
    rmSync(join(copy, data.source.warc.file));
    const r = runCheck(copy);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/source\.warc\.file: the WARC file content\/warc\/.*\.warc\.gz is missing/);
  });
});

describe('bad addresses: one line each, the others still capture', () => {
  it('junk list lines, 404, robots.txt disallow, an image, a redirect loop, a refused port', async () => {
    const bad = await startServer({
      '/robots.txt': { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nDisallow: /closed/\n' },
      '/ok.html': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: pageBytes('003.txt', 'utf-8', true) },
      '/closed/r.html': { headers: { 'content-type': 'text/html' }, body: pageBytes('004.txt', 'utf-8', true) },
      '/logo.png': { headers: { 'content-type': 'image/png' }, body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) },
      '/a': { status: 302, headers: { location: '/b' } },
      '/b': { status: 302, headers: { location: '/a' } },
    });
    try {
      const list = join(dir, 'bad.txt');
      writeFileSync(list, [
        `${bad.origin}/missing.html`,
        'not-an-address',
        `${bad.origin}/closed/r.html   # robots says no`,
        'ftp://files.example.org/report.pdf',
        `${bad.origin}/logo.png`,
        `${bad.origin}/a`,
        'http://127.0.0.1:1/report.html',
        `${bad.origin}/ok.html`,
      ].join('\n'));
      const content = join(dir, 'bad-content');
      const r = await cli('capture', [...FETCH_ARGS, '--content', content, '--list', list]);
      expect(r.status).toBe(1);
      const errors = r.stderr.split('\n').filter((l) => l.startsWith('error: '));
      expect(errors).toHaveLength(7);
      for (const e of errors) expect(e).toMatch(/\. Fix: .+\.$/);
      const line = (re: RegExp) => expect(errors.some((e) => re.test(e)), `${re}\n${errors.join('\n')}`).toBe(true);
      line(/bad\.txt:2: “not-an-address” is not an address/);
      line(/bad\.txt:4: .*ftp: address/);
      line(/\/missing\.html: answered 404 Not Found/);
      line(/\/closed\/r\.html: robots\.txt of .* disallows \/closed\/r\.html/);
      line(/\/logo\.png: is an image \(image\/png\), not a report page/);
      line(/\/a: redirect loop/);
      line(/127\.0\.0\.1:1\/report\.html: the server refused the connection \(ECONNREFUSED\)\. Fix: the server is down/);
      expect(r.stderr).toMatch(/captured 1 reports/);
      expect(readdirSync(join(content, 'reports'))).toHaveLength(1);
      expect(readdirSync(join(content, 'raw'))).toHaveLength(1);
      expect(readdirSync(join(content, 'warc'), { recursive: true }).filter((f) => String(f).endsWith('.warc.gz'))).toHaveLength(1);
      expect(bad.hits.map((h) => h.path)).not.toContain('/closed/r.html');
    } finally {
      await bad.close();
    }
  });
});

describe('a wrapper page around the report', () => {
  // A one-line page around a PDF attachment, as many government sites publish their reports.
  const wrapper = (att: string) =>
    `<html><head><title>忠县2021年法治政府建设年度报告</title></head><body><div id="zoom"><p>附件：<a href="${att}">忠县2021年法治政府建设年度报告.pdf</a></p></div><p>发布时间：2022-03-28</p></body></html>`;

  it('fetches the attachment too, keeps both exchanges in the WARC, and reads the report from the PDF', async () => {
    const pdf = readFileSync(join(ROOT, 'tests/fixtures/documents/zhongxian-2021.pdf'));
    const w = await startServer({
      '/art/2022/3/28/art_1.html': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: wrapper('/att/P020220328.pdf') },
      '/att/P020220328.pdf': { headers: { 'content-type': 'application/pdf' }, body: pdf },
    });
    try {
      const content = join(dir, 'wrap');
      const r = await cli('capture', [...FETCH_ARGS, '--json', '--content', content, `${w.origin}/art/2022/3/28/art_1.html`]);
      expect(r.status, r.stderr).toBe(0);
      expect(w.hits.map((h) => h.path)).toEqual(['/robots.txt', '/art/2022/3/28/art_1.html', '/att/P020220328.pdf']);
      const [row] = JSON.parse(r.stdout) as { id: string; attachment: string; year: number; region: { code: string }; issuer: string; source: { raw: string; warc: { file: string; target: string } } }[];
      expect(row!.attachment).toBe(`${w.origin}/att/P020220328.pdf`);
      expect([row!.region.code, row!.year, row!.issuer]).toEqual(['500233', 2021, 'government']);
      // The raw original is the PDF byte for byte, kept as a PDF; its WARC record is the attachment's response.
      expect(row!.source.raw).toMatch(/\.pdf$/);
      expect(Buffer.compare(readFileSync(join(content, row!.source.raw)), pdf)).toBe(0);
      expect(row!.source.warc.target).toBe(`${w.origin}/att/P020220328.pdf`);
      const targets: string[] = [];
      for await (const rec of WARCParser.iterRecords([new Uint8Array(readFileSync(join(content, row!.source.warc.file)))])) {
        if (rec.warcType === 'response') targets.push(new URL(rec.warcTargetURI!).pathname);
        await rec.readFully(true);
      }
      expect(targets).toEqual(['/robots.txt', '/art/2022/3/28/art_1.html', '/att/P020220328.pdf']);
      expect(runCheck(content).status).toBe(0);
    } finally {
      await w.close();
    }
  });

  it('names the attachment when it is not a readable document, and writes nothing', async () => {
    const w = await startServer({
      '/art/2024/3/28/art_1.html': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: wrapper('/att/P020240328.pdf') },
      '/att/P020240328.pdf': { headers: { 'content-type': 'application/pdf' }, body: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(64)]) },
    });
    try {
      const content = join(dir, 'wrap-bad');
      const r = await cli('capture', [...FETCH_ARGS, '--content', content, `${w.origin}/art/2024/3/28/art_1.html`]);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/error: http:\/\/127\.0\.0\.1:\d+\/art\/2024\/3\/28\/art_1\.html: was fetched, but its attachment http:\/\/127\.0\.0\.1:\d+\/att\/P020240328\.pdf .*\. Fix: /);
      expect(existsSync(join(content, 'reports')) ? readdirSync(join(content, 'reports')) : []).toEqual([]);
    } finally {
      await w.close();
    }
  });
});
