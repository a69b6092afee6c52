/**
 * What the ledger says about each report's source now, and when the archive calls an unreachable
 * source gone. Pure: the checks in, one state per report out.
 */
import type { Check, SourceStateName } from './ledger.ts';

/** An unreachable source is called gone only after this many failed checks in a row … */
export const GONE_AFTER_FAILED_CHECKS = 3;
/** … spanning at least this long, so one bad week of a server is not a takedown. */
export const GONE_AFTER_MS = 7 * 24 * 3600 * 1000;

export interface SourceState {
  report: string;
  state: SourceStateName;
  reason: string;
  /** The latest check. */
  checked: string;
  /** The latest check that found the report served (live, changed or moved). */
  lastSeen?: string;
  /** For gone: the first check of the run of checks that found it gone (or unreachable before that). */
  goneSince?: string;
  location?: string;
}

/**
 * Decides a new check's state from what it saw and the report's earlier checks: an unreachable
 * source becomes gone once it has failed GONE_AFTER_FAILED_CHECKS times in a row over GONE_AFTER_MS.
 */
export function escalate(observed: Pick<Check, 'state' | 'reason' | 'checked'>, earlier: Check[]): Pick<Check, 'state' | 'reason'> {
  if (observed.state !== 'unreachable') return observed;
  const run: Check[] = [];
  for (let i = earlier.length - 1; i >= 0; i--) {
    const c = earlier[i]!;
    const failing = c.state === 'unreachable' || (c.state === 'gone' && c.reason.startsWith('unreachable'));
    if (!failing) break;
    run.unshift(c);
  }
  const failures = run.length + 1;
  const first = run[0]?.checked ?? observed.checked;
  const span = Date.parse(observed.checked) - Date.parse(first);
  if (failures >= GONE_AFTER_FAILED_CHECKS && span >= GONE_AFTER_MS) {
    return { state: 'gone', reason: `unreachable on ${failures} checks over ${Math.floor(span / 86_400_000)} days (${observed.reason})` };
  }
  return observed;
}

const served = (s: SourceStateName) => s === 'live' || s === 'changed' || s === 'moved';

/** The current state of every checked report's source, from its checks in ledger order. */
export function sourceStates(checks: Check[]): Map<string, SourceState> {
  const byReport = new Map<string, Check[]>();
  for (const c of checks) byReport.set(c.report, [...(byReport.get(c.report) ?? []), c]);
  const out = new Map<string, SourceState>();
  for (const [report, list] of byReport) {
    const sorted = [...list].sort((a, b) => a.checked.localeCompare(b.checked));
    const last = sorted.at(-1)!;
    const lastSeen = sorted.findLast((c) => served(c.state))?.checked;
    let goneSince: string | undefined;
    if (last.state === 'gone') {
      // Back over the run of checks that did not find the report served.
      for (let i = sorted.length - 1; i >= 0 && !served(sorted[i]!.state); i--) goneSince = sorted[i]!.checked;
    }
    out.set(report, {
      report,
      state: last.state,
      reason: last.reason,
      checked: last.checked,
      ...(lastSeen ? { lastSeen } : {}),
      ...(goneSince ? { goneSince } : {}),
      ...(last.location ? { location: last.location } : {}),
    });
  }
  return out;
}
