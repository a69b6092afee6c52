/**
 * archive.config.json: who the archive is when it fetches (agent name and a contact address for
 * site operators) and how politely it fetches. Read by capture and watch; every value can be
 * overridden on their command lines. See README, "Capturing from addresses".
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../../src/import/decode.ts';

export interface FetchPolicy {
  /** The User-Agent header: agent/version (+contact; description). */
  userAgent: string;
  /** The product token robots.txt rules are matched against. */
  robotsToken: string;
  /** Pause between two requests to the same host, from the end of one to the start of the next. */
  delayMs: number;
  connectTimeoutMs: number;
  /** For the whole response, headers and body. */
  bodyTimeoutMs: number;
  maxBytes: number;
  /** Retries after the first attempt, on timeouts, 429 and 5xx. */
  retries: number;
  /** First retry waits this long, each next one twice as long (unless Retry-After says more). */
  backoffMs: number;
  /** A Retry-After longer than this is not waited for: the address fails with the wait named. */
  maxRetryAfterMs: number;
  maxRedirects: number;
}

interface ConfigFile {
  agent?: string;
  contact?: string;
  capture?: Partial<Record<'delaySeconds' | 'connectTimeoutSeconds' | 'bodyTimeoutSeconds' | 'maxMegabytes' | 'retries' | 'backoffSeconds' | 'maxRetryAfterSeconds' | 'maxRedirects', number>>;
}

const CONTACT = /^(?:mailto:)?[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}$|^https?:\/\/[^\s<>()]+$/i;

/** Reads the configuration; `contact` on the command line wins over the file's. */
export function loadFetchPolicy(path: string, version: string, contactOverride?: string): FetchPolicy {
  let file: ConfigFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as ConfigFile;
  } catch (e) {
    throw new InputError(`${path} cannot be read as JSON (${(e as Error).message})`, 'restore archive.config.json from git, or pass --config FILE');
  }
  const agent = file.agent?.trim() || 'fazhi-archive';
  const contact = (contactOverride ?? file.contact ?? '').trim();
  // Site operators must be able to reach whoever runs the crawler: no contact, no crawling.
  if (!CONTACT.test(contact)) {
    throw new InputError(
      contact ? `the contact address “${contact}” in ${path} is neither an e-mail address nor an http(s) URL` : `${path} names no contact address for site operators`,
      'set "contact" in archive.config.json to an e-mail address or web page where the maintainers can be reached (or pass --contact)',
    );
  }
  if (!/^[\x20-\x7e]+$/.test(contact + agent)) throw new InputError(`${path}: agent and contact must be ASCII (they go into an HTTP header)`, 'write the e-mail address or URL in ASCII');
  const c = file.capture ?? {};
  const num = (v: number | undefined, d: number) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : d);
  return {
    userAgent: `${agent}/${version} (+${contact.replace(/^mailto:/i, '')}; archive of law-based government annual reports)`,
    robotsToken: agent,
    delayMs: num(c.delaySeconds, 2) * 1000,
    connectTimeoutMs: num(c.connectTimeoutSeconds, 15) * 1000,
    bodyTimeoutMs: num(c.bodyTimeoutSeconds, 60) * 1000,
    maxBytes: num(c.maxMegabytes, 50) * 1024 * 1024,
    retries: Math.floor(num(c.retries, 3)),
    backoffMs: num(c.backoffSeconds, 5) * 1000,
    maxRetryAfterMs: num(c.maxRetryAfterSeconds, 300) * 1000,
    maxRedirects: Math.floor(num(c.maxRedirects, 10)),
  };
}
