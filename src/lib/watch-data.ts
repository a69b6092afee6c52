/**
 * The watch ledger as the site reads it: once per build, through the one reader
 * (src/watch/ledger.ts). A malformed line stops the build with the words npm run check uses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLedger, type Check } from '../watch/ledger.ts';
import { sourceStates, type SourceState } from '../watch/source-state.ts';

export const LEDGER_PATH = 'watch/checks.jsonl';

export interface WatchData {
  checks: Check[];
  states: Map<string, SourceState>;
}

let data: WatchData | undefined;

export function loadWatch(): WatchData {
  if (data) return data;
  const path = join(process.env.CONTENT_DIR || './content', LEDGER_PATH);
  const ledger = readLedger(existsSync(path) ? readFileSync(path, 'utf8') : '');
  if (ledger.problems.length) throw new Error(`${ledger.problems.length} problems in ${path} (npm run check shows the same):\n${ledger.problems.map((p) => `${path}:${p.line}: ${p.message}`).join('\n')}`);
  data = { checks: ledger.checks, states: sourceStates(ledger.checks) };
  return data;
}

/** The source's state as the report page says it (原网页仍可访问，2026-12-01 核查 …); undefined when never checked. */
export function sourceStateText(s: SourceState | undefined, archived: string): string | undefined {
  if (!s) return undefined;
  const day = (iso: string) => iso.slice(0, 10);
  switch (s.state) {
    case 'live':
      return `原网页仍可访问，${day(s.checked)} 核查`;
    case 'changed':
      return `原网页仍可访问，但内容已改动（${day(s.checked)} 核查）；本档案保留 ${archived} 归档时的版本`;
    case 'moved':
      return `原网页已迁移至新地址（${day(s.checked)} 核查）`;
    case 'unreachable':
      return `原网页暂时无法访问（${day(s.checked)} 核查），尚未认定为已删除`;
    case 'gone':
      return `原网页已无法访问：最后可访问 ${s.lastSeen ? day(s.lastSeen) : `${archived}（归档日）`}，首次发现 ${day(s.goneSince ?? s.checked)}`;
  }
}
