/** The fetching options capture and watch share, and the policy they make with archive.config.json. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../../src/import/decode.ts';
import { loadFetchPolicy, type FetchPolicy } from './archive-config.ts';

const ROOT = join(import.meta.dirname, '../..');

export const FETCH_OPTIONS = {
  config: { type: 'string' },
  contact: { type: 'string' },
  delay: { type: 'string' },
  'connect-timeout': { type: 'string' },
  'body-timeout': { type: 'string' },
  'max-mb': { type: 'string' },
  retries: { type: 'string' },
  backoff: { type: 'string' },
  'max-redirects': { type: 'string' },
} as const;

export const FETCH_HELP = `Fetching (defaults from archive.config.json):
  --config FILE        the configuration (default: archive.config.json)
  --contact ADDRESS    the e-mail or URL put in the User-Agent, for site operators
  --delay SECONDS      pause between two requests to the same host (default 2)
  --connect-timeout S  seconds to wait for a connection (default 15)
  --body-timeout S     seconds to wait for a whole response (default 60)
  --max-mb N           largest response accepted, in MB (default 50)
  --retries N          retries on timeouts, 429 and 5xx (default 3)
  --backoff SECONDS    first retry's wait, doubled each time (default 5)
  --max-redirects N    redirects followed (default 10)`;

type Values = { [K in keyof typeof FETCH_OPTIONS]?: string };

export function fetchPolicyFrom(values: Values, fail: (message: string) => never): FetchPolicy {
  let policy: FetchPolicy;
  try {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    policy = loadFetchPolicy(resolve(values.config ?? join(ROOT, 'archive.config.json')), version, values.contact);
  } catch (e) {
    if (e instanceof InputError) fail(`${e.message}. Fix: ${e.fix}`);
    throw e;
  }
  const num = (name: keyof Values, integer = false): number | undefined => {
    const v = values[name];
    if (v === undefined) return undefined;
    if (!/^\d+(?:\.\d+)?$/.test(v) || (integer && !/^\d+$/.test(v))) fail(`--${name} takes a ${integer ? 'whole ' : ''}number, not “${v}”`);
    return Number(v);
  };
  const set = <K extends keyof FetchPolicy>(k: K, v: FetchPolicy[K] | undefined) => {
    if (v !== undefined) policy[k] = v;
  };
  const ms = (v: number | undefined) => (v === undefined ? undefined : v * 1000);
  set('delayMs', ms(num('delay')));
  set('connectTimeoutMs', ms(num('connect-timeout')));
  set('bodyTimeoutMs', ms(num('body-timeout')));
  set('backoffMs', ms(num('backoff')));
  const mb = num('max-mb');
  set('maxBytes', mb === undefined ? undefined : mb * 1024 * 1024);
  set('retries', num('retries', true));
  set('maxRedirects', num('max-redirects', true));
  return policy;
}

/** The contact address the User-Agent names, for the WARC's warcinfo record. */
export const operatorOf = (policy: FetchPolicy) => policy.userAgent.match(/\(\+([^;)]+)/)?.[1] ?? '';
