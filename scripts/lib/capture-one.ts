/**
 * One address → its report in the archive, with the HTTP exchanges as WARC evidence: fetch the
 * page (robots.txt, redirects), decide whether it is the report or a wrapper around its
 * attachment (then fetch that too), import it through the same importer and write path as
 * `npm run import`, and write WARC, raw original and reports together or not at all.
 */
import { findReportAttachment } from '../../src/capture/attachment.ts';
import { wrapperContext, type WrapperContext } from '../../src/capture/wrapper-context.ts';
import { decodeBytes, InputError } from '../../src/import/decode.ts';
import { importAny, originalName } from '../../src/import/import-any.ts';
import type { Overrides } from '../../src/import/import-source.ts';
import type { Gazetteer } from '../../src/lib/gazetteer.ts';
import { mediaTypeOf, rawNameFor, type Store } from './content-store.ts';
import { header, type Exchange } from './http-exchange.ts';
import { commitImport, planImport, writesAnything, type PlannedReport } from './import-write.ts';
import { FetchError, type Fetched, type PoliteFetcher } from './polite-fetcher.ts';
import { buildWarc, freeWarcPath } from './warc-file.ts';

export interface CaptureSettings {
  store: Store;
  gaz: Gazetteer;
  fetcher: PoliteFetcher;
  overrides: Overrides;
  archived: string;
  dryRun: boolean;
  replace: boolean;
  /** The operator named in the WARC's warcinfo record (the contact address). */
  operator: string;
}

/** One request as the review JSON shows it. */
export interface FetchedRow {
  url: string;
  date: string;
  status: number | null;
  bytes: number | null;
  error?: string;
}

export interface CaptureOutcome {
  address: string;
  reports: PlannedReport[];
  fetched: FetchedRow[];
  /** The attachment the report was read from, when the address was a wrapper page. */
  attachment?: string;
  warc?: string;
}

/** An address that did not capture: one line naming the address, what happened and what to do. */
export class CaptureError extends Error {
  readonly fix: string;
  readonly fetched: FetchedRow[];
  constructor(message: string, fix: string, fetched: FetchedRow[]) {
    super(message);
    this.fix = fix;
    this.fetched = fetched;
  }
}

export const fetchedRows = (exchanges: Exchange[]): FetchedRow[] =>
  exchanges.map((e) => ({
    url: e.url,
    date: e.date.toISOString(),
    status: e.response?.status ?? null,
    bytes: e.response?.body.length ?? null,
    ...(e.error ? { error: e.error.message } : {}),
  }));

const mediaTypeOfResponse = (f: Fetched) => (header(f.response.headers, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();

/** Refuses what cannot be a report: images, archives, audio and video, executables. */
function refuseNonDocument(f: Fetched, log: Exchange[]): void {
  const type = mediaTypeOfResponse(f);
  const what = /^image\//.test(type)
    ? 'an image'
    : /^(?:audio|video)\//.test(type)
      ? 'audio or video'
      : /zip|rar|7z|tar|gzip|compress|x-msdownload|octet-stream/.test(type) && !/\.(?:pdf|docx?|html?|txt)$/i.test(new URL(f.url).pathname)
        ? 'an archive or program'
        : undefined;
  if (what) {
    throw new CaptureError(`is ${what} (${type}), not a report page`, 'give the address of the report page, or of its PDF or Word attachment', fetchedRows(log));
  }
}

function statusError(f: Fetched, log: Exchange[]): CaptureError {
  const s = f.response.status;
  const line = `${s} ${f.response.statusText}`.trim();
  if (s === 404 || s === 410) return new CaptureError(`answered ${line}: the page is not there`, 'check the address; if the report was taken down, look for a copy elsewhere and npm run import it', fetchedRows(log));
  if (s >= 500) return new CaptureError(`answered ${line} on every try`, 'the server is failing; try again later', fetchedRows(log));
  if (s === 429) return new CaptureError(`answered ${line} on every try`, 'the server asks for fewer requests; try again later, or raise --delay', fetchedRows(log));
  if (s === 401 || s === 403) return new CaptureError(`answered ${line}: the page is not public`, 'the archive captures only public pages; save it by hand if you may, and npm run import it', fetchedRows(log));
  return new CaptureError(`answered ${line}, not a page`, 'check the address', fetchedRows(log));
}

/** The name the original is kept under in raw/: host and the address's last segment. */
function rawFileName(url: string, mediaType: string): string {
  const u = new URL(url);
  let last = decodeURIComponent(u.pathname.split('/').pop() ?? '') || 'index';
  if (!/\.\w{1,5}$/.test(last)) {
    const ext = /html/.test(mediaType) ? '.html' : /pdf/.test(mediaType) ? '.pdf' : /wordprocessingml/.test(mediaType) ? '.docx' : /msword/.test(mediaType) ? '.doc' : /^text\/plain/.test(mediaType) ? '.txt' : '';
    last += ext;
  }
  return `${u.host}_${last}`.replace(/[^\w.\-]+/g, '_');
}

function fetchFailure(e: unknown): never {
  if (e instanceof FetchError) throw new CaptureError(e.message, e.fix, fetchedRows(e.exchanges));
  throw e;
}

function decodedHtml(f: Fetched): string | undefined {
  const type = mediaTypeOfResponse(f);
  if (type && !/html/.test(type)) return undefined;
  try {
    const { text } = decodeBytes(f.response.body);
    return /<(?:html|body|a)\b/i.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

/** A lock for the part of a capture that reads and writes content/, so two addresses never interleave there. */
let writing: Promise<unknown> = Promise.resolve();
function exclusively<T>(fn: () => Promise<T>): Promise<T> {
  const run = writing.then(fn, fn);
  writing = run.catch(() => undefined);
  return run;
}

export async function captureOne(address: string, cfg: CaptureSettings): Promise<CaptureOutcome> {
  const log: Exchange[] = [];
  let page: Fetched;
  try {
    page = await cfg.fetcher.get(address);
  } catch (e) {
    fetchFailure(e);
  }
  log.push(...page.exchanges);
  if (page.response.status !== 200) throw statusError(page, log);
  refuseNonDocument(page, log);

  let doc = page;
  let context: WrapperContext | undefined;
  let attachment: string | undefined;
  const html = decodedHtml(page);
  let found;
  try {
    found = html ? findReportAttachment(html, new URL(page.url)) : undefined;
  } catch {
    found = undefined; // a page the importer cannot read is refused with its own message below
  }
  if (html && found) {
    try {
      doc = await cfg.fetcher.get(found.url, { clientRedirects: false });
    } catch (e) {
      if (e instanceof FetchError) {
        throw new CaptureError(`is a wrapper page around ${found.url} (“${found.label}”), which failed: ${e.message}`, e.fix, fetchedRows([...log, ...e.exchanges]));
      }
      throw e;
    }
    // The site's robots.txt exchange is part of every fetch's evidence; it happened once, so it is kept once.
    log.push(...doc.exchanges.filter((x) => !log.includes(x)));
    if (doc.response.status !== 200) {
      const err = statusError(doc, log);
      throw new CaptureError(`is a wrapper page around ${found.url}, which ${err.message}`, err.fix, err.fetched);
    }
    context = wrapperContext(html, page.url);
    attachment = doc.url;
  }

  return exclusively(async () => {
    const bytes = doc.response.body;
    const headerType = mediaTypeOfResponse(doc);
    const fileName = rawFileName(doc.url, headerType);
    // A PDF or Word original is published as itself, so it is kept under the extension its bytes call for.
    const rawName = rawNameFor(cfg.store, originalName(fileName, bytes), bytes);
    let result;
    try {
      result = await importAny(bytes, cfg.gaz, {
        fileName,
        rawPath: `raw/${rawName}`,
        archived: cfg.archived,
        overrides: { ...cfg.overrides, url: cfg.overrides.url ?? doc.url },
        ...(context ? { context } : {}),
      });
    } catch (e) {
      if (e instanceof InputError) {
        const what = attachment ? `its attachment ${attachment}` : 'the page';
        throw new CaptureError(`was fetched, but ${what} ${e.message.replace(/^the (?:file|page)\s+/, '')}`, e.fix, fetchedRows(log));
      }
      throw e;
    }

    // The WARC holds every exchange of this capture; the reports point at the response that delivered the original.
    const warc = await buildWarc(freeWarcPath(cfg.store.root, new URL(page.url).host, log), log, cfg.fetcher.policy.userAgent, cfg.operator);
    const record = warc.records.findLast((r) => r.type === 'response' && r.url === doc.url);
    const exchangeOfDoc = log.findLast((x) => x.url === doc.url && x.response);
    for (const r of result.reports) {
      r.data.source.originalName = decodeURIComponent(new URL(doc.url).pathname.split('/').pop() || new URL(doc.url).host).normalize('NFC').slice(0, 300);
      r.data.source.mediaType = /^[a-z]+\/[\w.+-]+$/.test(headerType) ? headerType : mediaTypeOf(fileName, bytes);
      if (record && exchangeOfDoc) {
        r.data.source.warc = { file: warc.path, record: record.id, offset: record.offset, date: record.date, target: doc.url };
      }
    }
    const plan = planImport(cfg.store, address, result.reports, cfg.replace);
    if (!cfg.dryRun && writesAnything(plan)) commitImport(cfg.store, plan, { name: rawName, bytes }, [{ path: warc.path, data: warc.bytes }]);
    return {
      address,
      reports: plan.reports,
      fetched: fetchedRows(log),
      ...(attachment ? { attachment } : {}),
      ...(writesAnything(plan) ? { warc: warc.path } : {}),
    };
  });
}
