/**
 * An HTTP server on 127.0.0.1 for capture and watch tests. Routes are changed between runs; every
 * request is logged with when it arrived and when its answer was finished, by the server's clock,
 * so tests check the order the server saw, never how fast we were.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Send the headers and the first bytes, then hang (a slow body). */
  hang?: boolean;
  /** No Content-Length: the body is sent chunked. */
  chunked?: boolean;
  /** Never answer at all (a host that times out). */
  silent?: boolean;
}

export type Handler = Route | ((req: IncomingMessage, n: number) => Route);

export interface Hit {
  path: string;
  headers: IncomingMessage['headers'];
  /** Arrival and finish, in ms on the server's clock (performance.now()). */
  arrived: number;
  finished: number;
  status: number;
}

export interface TestServer {
  origin: string;
  host: string;
  routes: Map<string, Handler>;
  hits: Hit[];
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Handler> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const hits: Hit[] = [];
  const counts = new Map<string, number>();
  const open = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    const arrived = performance.now();
    const path = req.url ?? '/';
    const n = (counts.get(path) ?? 0) + 1;
    counts.set(path, n);
    const h = table.get(path) ?? (path === '/robots.txt' ? { status: 404, body: 'not found' } : { status: 404, body: '<html><body>404 页面不存在</body></html>' });
    const route = typeof h === 'function' ? h(req, n) : h;
    const hit: Hit = { path, headers: req.headers, arrived, finished: NaN, status: route.status ?? 200 };
    hits.push(hit);
    if (route.silent) {
      open.add(res);
      return;
    }
    const body = typeof route.body === 'string' ? Buffer.from(route.body) : Buffer.from(route.body ?? '');
    res.writeHead(route.status ?? 200, { ...(route.chunked ? {} : { 'content-length': String(body.length) }), ...route.headers });
    if (route.hang) {
      open.add(res);
      res.write(body.subarray(0, 10));
      return;
    }
    res.end(body, () => {
      hit.finished = performance.now();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    routes: table,
    hits,
    close: () =>
      new Promise((r) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
