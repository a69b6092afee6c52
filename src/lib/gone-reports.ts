/** Reports whose source the watch found gone, newest finding first. Pure. */
import type { SourceState } from '../watch/source-state.ts';

export interface GoneReport<E> {
  entry: E;
  state: SourceState;
  /** When the watch first found it gone (or unreachable, for a source that failed for a week). */
  since: string;
}

export function goneReports<E extends { id: string }>(entries: E[], states: Map<string, SourceState>): GoneReport<E>[] {
  const out: GoneReport<E>[] = [];
  for (const entry of entries) {
    const state = states.get(entry.id);
    if (state?.state === 'gone') out.push({ entry, state, since: state.goneSince ?? state.checked });
  }
  return out.sort((a, b) => b.since.localeCompare(a.since) || a.entry.id.localeCompare(b.entry.id));
}
