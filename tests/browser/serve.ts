/**
 * A static file server for the built site on 127.0.0.1, as a static host serves it: directory
 * index.html, 404.html for what is missing, and an optional base path (the site under /archive/).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8', '.xml': 'application/xml', '.md': 'text/markdown; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream',
  '.pdf': 'application/pdf', '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '.doc': 'application/msword',
};

export interface Served {
  url: string;
  close: () => Promise<void>;
  /** Every path requested, for tests that check what a page loaded. */
  requests: string[];
}

/** Types a static host compresses on the fly (Pagefind's own files are gzipped already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.csv', '.xml', '.md', '.txt', '.svg']);

/** `gzip`: compress text responses when the client accepts it, as static hosts and CDNs do (for benchmarks). */
export function serveStatic(root: string, base = '/', opts: { gzip?: boolean } = {}): Promise<Served> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end('outside base');
      return;
    }
    path = normalize(path.slice(base.length - 1)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      createReadStream(join(root, '404.html')).pipe(res);
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (opts.gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      createReadStream(file).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ url: `http://127.0.0.1:${port}${base.replace(/\/$/, '')}`, requests, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}
