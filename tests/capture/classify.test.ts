/** The watch's classification of one answer, when unreachable becomes gone, and the ledger's lines. Pure. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { classify, type Observation } from '../../src/watch/classify.ts';
import { escalate, sourceStates } from '../../src/watch/source-state.ts';
import { ledgerLine, readLedger, type Check } from '../../src/watch/ledger.ts';
import { pageHtml } from './pages.ts';

const REPORT = pageHtml('001.txt');
const bytes = (s: string) => new TextEncoder().encode(s);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const source = { url: 'https://www.example.gov.cn/art/1.html', sha256: sha(bytes(REPORT)), body: REPORT.replace(/<[^>]+>/g, '\n') };
const answer = (body: string, status = 200, url = source.url): Observation => ({ kind: 'response', status, url, body: bytes(body), sha256: sha(bytes(body)) });

describe('classify', () => {
  it.each([
    ['the same bytes', answer(REPORT), 'live'],
    ['304', answer('', 304), 'live'],
    ['the report with a line added', answer(REPORT.replace('</div>', '<p>更新</p></div>')), 'changed'],
    ['a redirect to the same report', answer(REPORT, 200, 'https://www.example.gov.cn/2026/art/1.html'), 'moved'],
    ['404', answer('<p>404</p>', 404), 'gone'],
    ['410', answer('', 410), 'gone'],
    ['a 200 error page', answer('<html><title>404 页面不存在</title><body>对不起，您访问的页面不存在</body></html>'), 'gone'],
    ['a redirect to the home page', answer('<html><title>某市人民政府</title></html>', 200, 'https://www.example.gov.cn/'), 'gone'],
    ['another page at the address', answer(pageHtml('002.txt')), 'gone'],
    ['503 after retries', answer('', 503), 'unreachable'],
    ['a timeout', { kind: 'error', message: 'no complete answer within 60 s' } as Observation, 'unreachable'],
  ])('%s → %s', (_name, o, state) => {
    expect(classify(o, source).state).toBe(state);
  });
  it('304 after a change stays changed', () => {
    expect(classify(answer('', 304), source, { state: 'changed' }).state).toBe('changed');
  });
});

describe('unreachable becomes gone after 3 failures over a week', () => {
  const c = (day: number, state: Check['state'], reason = 'timeout'): Check => ({ checked: new Date(Date.UTC(2026, 11, 1 + day)).toISOString(), report: '330108-2020-gov', url: source.url, state, reason });
  it('two failures over 8 days: still unreachable; three over 6 days: still unreachable; three over 7: gone', () => {
    expect(escalate(c(8, 'unreachable'), [c(0, 'live'), c(1, 'unreachable')]).state).toBe('unreachable');
    expect(escalate(c(6, 'unreachable'), [c(0, 'unreachable'), c(3, 'unreachable')]).state).toBe('unreachable');
    expect(escalate(c(7, 'unreachable'), [c(0, 'unreachable'), c(3, 'unreachable')]).state).toBe('gone');
    expect(escalate(c(9, 'unreachable'), [c(0, 'unreachable'), c(1, 'live'), c(3, 'unreachable')]).state).toBe('unreachable');
  });
  it('the derived state keeps when it was last seen and first found gone', () => {
    const s = sourceStates([c(0, 'live'), c(7, 'live'), c(14, 'gone', '404'), c(21, 'gone', '404')]).get('330108-2020-gov')!;
    expect(s).toMatchObject({ state: 'gone', lastSeen: c(7, 'live').checked, goneSince: c(14, 'gone').checked });
  });
});

describe('the ledger', () => {
  it('a check of a township report (nine-digit id) is written and read back', () => {
    const check: Check = { checked: '2026-12-01T00:00:00.000Z', report: '330106004-2023-gov', url: source.url, state: 'live', reason: 'same bytes' };
    expect(readLedger(ledgerLine(check))).toEqual({ checks: [check], problems: [] });
  });
});
