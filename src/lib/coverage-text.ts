/**
 * The words the pages use for a ledger cell: a short label for a table cell and a full sentence
 * for its title and screen readers. Pure. None of them says a government did not publish: 未收录
 * is always about this archive.
 */
import { deadline } from './coverage-dates.ts';
import { STATUS_LABELS, type LedgerStatus, type Timing } from './coverage-ledger.ts';

export interface CellWords {
  /** What the table cell shows (按期, 逾期30天, 日期不详, 未收录, 未到期). */
  short: string;
  /** A second, smaller line: the upper bound of an unknown date. */
  note?: string;
  /** The whole statement, for title and aria-label. */
  long: string;
}

export function cellWords(year: number, status: LedgerStatus, timing?: Timing, reportCount = timing ? 1 : 0): CellWords {
  const more = reportCount > 1 ? `；本档案收录该年度报告 ${reportCount} 篇，以最早发布者计` : '';
  switch (status) {
    case 'on_time': {
      const early = timing?.beforeYearEnd ? '，早于报告年度结束，可能不是年度报告' : '';
      return { short: timing?.beforeYearEnd ? '按期*' : '按期', long: `${STATUS_LABELS.on_time}（${timing?.published} 发布${early}${more}）` };
    }
    case 'late':
      return { short: `逾期${timing?.daysLate}天`, long: `${STATUS_LABELS.late}（${timing?.published} 发布，逾期 ${timing?.daysLate} 天${more}）` };
    case 'date_unknown':
      return {
        short: '日期不详',
        ...(timing?.notLaterThan ? { note: `不晚于${timing.notLaterThan}` } : {}),
        long: `${STATUS_LABELS.date_unknown}${timing?.notLaterThan ? `（不晚于 ${timing.notLaterThan}${more}）` : more ? `（${more.slice(1)}）` : ''}`,
      };
    case 'not_held':
      return { short: '未收录', long: `${STATUS_LABELS.not_held}（本档案未收录其报告，不表示未发布）` };
    case 'not_due':
      return { short: '未到期', long: `${STATUS_LABELS.not_due}（发布期限为 ${deadline(year)}）` };
  }
}
