/**
 * How each indicator is written: the words that must stand right before its number, and the
 * words a sentence must also contain (行政复议 for a 纠错率, 负责人 for a 出庭率). A rule matches
 * only where the number follows at once (after 为/达/近/约 …), so a sentence with many numbers
 * gives each indicator only the number written against it. Matching is on the simplified reading.
 */
import type { FigureKey } from './keys.ts';

export interface Rule {
  key: FigureKey;
  /** Ends right before the number; global. Named group `q` is a qualifier written in it (直接, 一审). */
  before: RegExp;
  /** Must occur in the sentence before the number. */
  topic?: RegExp;
  /** When found in the clause before the number, the rule does not apply. */
  not?: RegExp;
}

const TOTAL = '(?:共计|共|总计|合计)?';
const REVIEW = /复议/;

export const RULES: Rule[] = [
  {
    key: 'review_correction_rate',
    before: /(?<q>直接|综合)?纠错率(?:为|是)?/g,
    topic: REVIEW,
  },
  {
    key: 'litigation_loss_rate',
    before: /败诉率(?:同比)?(?:下降|降低|降|控制|保持)?(?:在|到)?/g,
    not: /胜诉/,
  },
  {
    key: 'head_appearance_rate',
    before: /负责人出庭(?:应诉)?率/g,
  },
  {
    key: 'head_appearance_rate',
    before: /出庭(?:应诉)?率/g,
    topic: /负责人出庭/,
    not: /证人|鉴定人|负责人出庭(?:应诉)?率/,
  },
  {
    key: 'review_closed',
    before: new RegExp(`(?:审结|办结|结案|作出(?:行政)?复议决定)(?:了)?(?:各类)?(?:行政)?(?:复议)?(?:案件)?${TOTAL}`, 'g'),
    topic: REVIEW,
  },
  {
    key: 'review_received',
    before: new RegExp(`(?<!不予|不)(?:收到|受理|新收|接收|收)(?:了)?(?:各类)?(?:行政)?(?:复议)?(?:的)?(?:申请|案件)(?:已经|已)?(?:有)?${TOTAL}`, 'g'),
    topic: REVIEW,
  },
  {
    key: 'litigation_cases',
    before: new RegExp(`(?:行政诉讼|行政应诉)(?<q>一审)?案件(?:数)?${TOTAL}`, 'g'),
    not: /代理|公益|审结|开庭|出庭|败诉|胜诉|撤诉|调解|和解/,
  },
  {
    key: 'litigation_cases',
    before: new RegExp(`(?:发生|收到|新收|应诉|受理|新增)(?:了)?(?<q>一审)?(?:行政诉讼|行政应诉)?案件${TOTAL}`, 'g'),
    topic: /行政诉讼|行政应诉/,
    not: /代理|公益|复议|审结|开庭|出庭|败诉|胜诉|撤诉|调解|和解|民事|刑事/,
  },
  {
    key: 'normative_docs_reviewed',
    before: new RegExp(`(?:审查|审核)(?:了)?[^，；。：]{0,24}?规范性文件(?:草案|送审稿)?${TOTAL}`, 'g'),
    not: /备案|报备|报送|清理|废止|失效|修改|修订|制定|出台|印发|发布|审查意见/,
  },
];
