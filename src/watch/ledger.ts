/**
 * The watch ledger (content/watch/checks.jsonl): one JSON line per check of a report's source
 * address, appended by `npm run watch`, never rewritten, so its history is in git and a diff is the
 * week's checks. This is its one reader: pure, the file's text in, the checks or each bad line by
 * number out. A last line without its newline is a write cut short by a killed watch: it is set
 * aside (and the next watch removes it), never an error, so the checks before it still read back.
 */
import { z } from 'astro/zod';
import { ID_PATTERN } from '../lib/read-report.ts';
import { WARC_PATH } from '../lib/report-schema.ts';

export const STATES = ['live', 'changed', 'moved', 'gone', 'unreachable'] as const;
export type SourceStateName = (typeof STATES)[number];

export const checkSchema = z.strictObject({
  /** When the check was made (UTC, ISO 8601). */
  checked: z.iso.datetime(),
  /** The report whose source was checked. */
  report: z.string().regex(ID_PATTERN),
  /** The address checked: the report's source.url. */
  url: z.url(),
  /**
   * live: the archived content is still served; changed: other bytes, still the report;
   * moved: redirected to another address that serves the report; gone: 404, 410, or a soft 404
   * (error page, home page, page without the report's text), or unreachable on several checks
   * over at least a week; unreachable: no answer (network, timeout, 5xx) — not yet called gone.
   */
  state: z.enum(STATES),
  /** Why, in a few words (404, soft 404: home page, unreachable for 3 checks over 8 days …). */
  reason: z.string().max(300),
  /** The final HTTP status, when an answer came. */
  status: z.number().int().min(100).max(599).optional(),
  /** Where a redirect ended, when it is not `url`. */
  location: z.url().optional(),
  /** sha256 of the body served, when one was. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /** Validators for the next conditional GET. */
  etag: z.string().max(300).optional(),
  lastModified: z.string().max(100).optional(),
  /** The WARC file holding this check's exchanges, when it found a change (relative to content/). */
  warc: z.string().regex(WARC_PATH).optional(),
});

export type Check = z.infer<typeof checkSchema>;

export interface LedgerProblem {
  line: number;
  message: string;
}

export interface Ledger {
  checks: Check[];
  problems: LedgerProblem[];
  /** The number of a last line cut short by a killed watch, set aside. */
  torn?: number;
}

export function readLedger(text: string): Ledger {
  const checks: Check[] = [];
  const problems: LedgerProblem[] = [];
  const lines = text.split('\n');
  const complete = text.endsWith('\n') || text === '';
  let torn: number | undefined;
  lines.forEach((line, i) => {
    const last = i === lines.length - 1;
    if (last && complete) return; // the empty string after the final newline
    if (!line.trim()) {
      problems.push({ line: i + 1, message: 'is blank' });
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      if (last) torn = i + 1;
      else problems.push({ line: i + 1, message: `is not JSON (${(e as Error).message})` });
      return;
    }
    const r = checkSchema.safeParse(value);
    if (r.success) checks.push(r.data);
    else if (last) torn = i + 1;
    else problems.push({ line: i + 1, message: r.error.issues.map((x) => `${x.path.join('.') || 'line'}: ${x.message}`).join('; ') });
  });
  return { checks, problems, ...(torn ? { torn } : {}) };
}

/** One check as its ledger line, keys in schema order, so lines diff well. */
export function ledgerLine(c: Check): string {
  const ordered = Object.fromEntries(Object.keys(checkSchema.shape).filter((k) => c[k as keyof Check] !== undefined).map((k) => [k, c[k as keyof Check]]));
  return `${JSON.stringify(ordered)}\n`;
}
