/**
 * Evidence of what servers sent, as a WARC/1.1 file (ISO 28500) written with Webrecorder's warcio:
 * a warcinfo record, then for every exchange its request record and, when an answer came, its
 * response record (status line, headers as sent, body as sent), each record its own gzip member so
 * a reader can seek to one record by its offset.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import type { Exchange } from './http-exchange.ts';

export interface WarcRecordRef {
  id: string;
  type: 'warcinfo' | 'request' | 'response';
  url?: string;
  date: string;
  offset: number;
  length: number;
}

export interface BuiltWarc {
  /** Path relative to content/: warc/<date>/<host>-<time>.warc.gz */
  path: string;
  bytes: Uint8Array;
  records: WarcRecordRef[];
}

const WARC_1_1 = 'WARC/1.1' as const;

/** warc/2026-12-05/www.example.gov.cn-20261205T071848123Z.warc.gz, from the capture's first request. */
export function warcPathFor(host: string, date: Date): string {
  const iso = date.toISOString();
  const safeHost = host.toLowerCase().replace(/[^\w.\-]+/g, '_');
  return `warc/${iso.slice(0, 10)}/${safeHost}-${iso.replace(/[-:.]/g, '')}.warc.gz`;
}

/**
 * A path (relative to root, content/) for a new WARC of these exchanges: warcPathFor the host and
 * the first request other than robots.txt, with -2, -3 … added while that file already exists.
 */
export function freeWarcPath(root: string, host: string, exchanges: Exchange[]): string {
  const first = exchanges.find((x) => new URL(x.url).pathname !== '/robots.txt') ?? exchanges[0];
  let path = warcPathFor(host, first?.date ?? new Date());
  for (let i = 2; existsSync(join(root, path)); i++) path = path.replace(/(?:-\d+)?\.warc\.gz$/, `-${i}.warc.gz`);
  return path;
}

export async function buildWarc(path: string, exchanges: Exchange[], software: string, operator: string): Promise<BuiltWarc> {
  const parts: Uint8Array[] = [];
  const records: WarcRecordRef[] = [];
  let offset = 0;
  const add = async (record: WARCRecord, ref: Omit<WarcRecordRef, 'offset' | 'length'>) => {
    const bytes = await WARCSerializer.serialize(record, { gzip: true });
    parts.push(bytes);
    records.push({ ...ref, offset, length: bytes.length });
    offset += bytes.length;
  };
  const infoId = `<urn:uuid:${randomUUID()}>`;
  const infoDate = (exchanges[0]?.date ?? new Date()).toISOString();
  await add(
    WARCRecord.createWARCInfo(
      { filename: path.split('/').pop()!, warcVersion: WARC_1_1, date: infoDate, warcHeaders: { 'WARC-Record-ID': infoId } },
      { software, operator, format: 'WARC File Format 1.1', conformsTo: 'https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/', robots: 'obey', 'http-header-user-agent': software },
    ),
    { id: infoId, type: 'warcinfo', date: infoDate },
  );
  for (const ex of exchanges) {
    const date = ex.date.toISOString();
    const responseId = `<urn:uuid:${randomUUID()}>`;
    const requestId = `<urn:uuid:${randomUUID()}>`;
    const common = { url: ex.url, date, warcVersion: WARC_1_1, keepHeadersCase: true };
    const ip: Record<string, string> = ex.ip ? { 'WARC-IP-Address': ex.ip } : {};
    await add(
      WARCRecord.create(
        {
          ...common,
          type: 'request',
          statusline: ex.requestLine,
          httpHeaders: ex.requestHeaders,
          warcHeaders: { 'WARC-Record-ID': requestId, ...ip, ...(ex.response ? { 'WARC-Concurrent-To': responseId } : {}) } as Record<string, string>,
        },
        [],
      ),
      { id: requestId, type: 'request', url: ex.url, date },
    );
    if (!ex.response) continue;
    const r = ex.response;
    await add(
      WARCRecord.create(
        {
          ...common,
          type: 'response',
          statusline: `HTTP/${r.httpVersion} ${r.status} ${r.statusText}`.trimEnd(),
          httpHeaders: r.headers,
          warcHeaders: { 'WARC-Record-ID': responseId, ...ip, 'WARC-Concurrent-To': requestId },
        },
        [r.wire],
      ),
      { id: responseId, type: 'response', url: ex.url, date },
    );
  }
  const bytes = new Uint8Array(offset);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { path, bytes, records };
}
