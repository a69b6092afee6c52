/**
 * One HTTP GET on node:http/https, recorded as sent and as received: the request line and
 * headers, the status line and raw headers in the server's order and case, the body bytes as they
 * came off the wire (after de-chunking) and when. The WARC writer needs all of that, which fetch()
 * does not expose; and the timeouts and the size cap must cut a request off, not just give up on it.
 */
import http from 'node:http';
import https from 'node:https';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

export type FailureKind = 'dns' | 'refused' | 'tls' | 'connect-timeout' | 'body-timeout' | 'too-large' | 'network';

export class ExchangeError extends Error {
  readonly kind: FailureKind;
  constructor(kind: FailureKind, message: string) {
    super(message);
    this.kind = kind;
  }
}

export interface RecordedResponse {
  status: number;
  statusText: string;
  httpVersion: string;
  /** As the server sent them, in order, duplicates kept; Transfer-Encoding dropped (the body is de-chunked). */
  headers: [string, string][];
  /** The body as sent (still content-encoded, if the server compressed it despite Accept-Encoding: identity). */
  wire: Uint8Array;
  /** The body decoded: the bytes the archive keeps as the raw original. */
  body: Uint8Array;
}

export interface Exchange {
  url: string;
  /** When the request was sent (WARC-Date of both records). */
  date: Date;
  requestLine: string;
  requestHeaders: [string, string][];
  ip?: string;
  response?: RecordedResponse;
  error?: ExchangeError;
}

export interface ExchangeLimits {
  connectTimeoutMs: number;
  bodyTimeoutMs: number;
  maxBytes: number;
}

export function header(headers: [string, string][], name: string): string | undefined {
  const n = name.toLowerCase();
  return headers.find(([k]) => k.toLowerCase() === n)?.[1];
}

const TLS_CODES = /^(?:ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_OSSL|EPROTO$|HOSTNAME_MISMATCH)/;

function classify(e: NodeJS.ErrnoException): ExchangeError {
  const code = e.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return new ExchangeError('dns', `the host name does not resolve (${code})`);
  if (code === 'ECONNREFUSED') return new ExchangeError('refused', 'the server refused the connection (ECONNREFUSED)');
  if (TLS_CODES.test(code)) return new ExchangeError('tls', `the secure connection failed (${code}: ${e.message})`);
  return new ExchangeError('network', `the connection failed (${code || e.message})`);
}

function decodeBody(wire: Uint8Array, encoding: string | undefined, maxBytes: number): Uint8Array {
  const e = (encoding ?? '').trim().toLowerCase();
  // The cap holds for the decoded body too: a small gzip can unpack to gigabytes.
  const opts = { maxOutputLength: maxBytes };
  try {
    if (e === 'gzip' || e === 'x-gzip') return new Uint8Array(gunzipSync(wire, opts));
    if (e === 'deflate') return new Uint8Array(inflateSync(wire, opts));
    if (e === 'br') return new Uint8Array(brotliDecompressSync(wire, opts));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new ExchangeError('too-large', `the body unpacks to more than the cap of ${maxBytes / 1048576} MB`);
    throw new ExchangeError('network', `the body is not valid ${e} although the server says it is`);
  }
  return wire;
}

export function exchange(url: URL, extraHeaders: [string, string][], limits: ExchangeLimits): Promise<Exchange> {
  const path = `${url.pathname}${url.search}`;
  const requestHeaders: [string, string][] = [['Host', url.host], ...extraHeaders, ['Accept-Encoding', 'identity'], ['Connection', 'close']];
  const record: Exchange = { url: url.href, date: new Date(), requestLine: `GET ${path} HTTP/1.1`, requestHeaders };
  const lib = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const done = (error?: ExchangeError) => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      if (error) {
        record.error = error;
        delete record.response;
        req.destroy();
      }
      resolve(record);
    };
    const req = lib.request(url, { method: 'GET', headers: Object.fromEntries(requestHeaders), agent: false, setHost: false });
    timers.push(setTimeout(() => done(new ExchangeError('body-timeout', `no complete answer within ${limits.bodyTimeoutMs / 1000} s`)), limits.bodyTimeoutMs));
    const connectTimer = setTimeout(() => done(new ExchangeError('connect-timeout', `no connection within ${limits.connectTimeoutMs / 1000} s`)), limits.connectTimeoutMs);
    timers.push(connectTimer);
    req.on('socket', (socket) => {
      const connected = () => {
        clearTimeout(connectTimer);
        record.ip = socket.remoteAddress;
      };
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', connected);
    });
    req.on('error', (e) => done(classify(e as NodeJS.ErrnoException)));
    req.on('response', (res) => {
      const headers: [string, string][] = [];
      for (let i = 0; i < res.rawHeaders.length; i += 2) {
        if (res.rawHeaders[i]!.toLowerCase() !== 'transfer-encoding') headers.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!]);
      }
      const declared = Number(header(headers, 'content-length'));
      if (declared > limits.maxBytes) {
        done(new ExchangeError('too-large', `the server announces ${Math.round(declared / 1048576)} MB, over the cap of ${limits.maxBytes / 1048576} MB`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > limits.maxBytes) done(new ExchangeError('too-large', `the body passed the cap of ${limits.maxBytes / 1048576} MB`));
        else chunks.push(c);
      });
      res.on('error', (e) => done(classify(e as NodeJS.ErrnoException)));
      res.on('aborted', () => done(new ExchangeError('network', 'the server closed the connection before the body was complete')));
      res.on('end', () => {
        if (settled) return;
        if (!res.complete) {
          done(new ExchangeError('network', 'the server closed the connection before the body was complete'));
          return;
        }
        const wire = new Uint8Array(Buffer.concat(chunks));
        try {
          const body = decodeBody(wire, header(headers, 'content-encoding'), limits.maxBytes);
          record.response = { status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', httpVersion: res.httpVersion, headers, wire, body };
          done();
        } catch (e) {
          done(e as ExchangeError);
        }
      });
    });
    req.end();
  });
}
