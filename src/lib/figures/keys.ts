/**
 * The indicators the archive reads out of reports, with fixed keys. Each key has one unit: a count
 * of cases or documents (件) or a share (%); a figure in another unit is not that indicator.
 */
export const FIGURE_KEYS = [
  'review_received',
  'review_closed',
  'review_correction_rate',
  'litigation_cases',
  'litigation_loss_rate',
  'head_appearance_rate',
  'normative_docs_reviewed',
] as const;

export type FigureKey = (typeof FIGURE_KEYS)[number];
export type FigureUnit = '件' | '%';

export interface KeyInfo {
  unit: FigureUnit;
  /** The indicator's name as a reader of the reports knows it. */
  name: string;
  /** One line on what counts, for the indicator pages and docs. */
  about: string;
}

export const KEY_INFO: Record<FigureKey, KeyInfo> = {
  review_received: { unit: '件', name: '行政复议收案数', about: '收到或受理的行政复议申请（案件）数' },
  review_closed: { unit: '件', name: '行政复议结案数', about: '审结、办结的行政复议案件数' },
  review_correction_rate: { unit: '%', name: '行政复议纠错率', about: '行政复议纠错率；直接纠错率与综合纠错率以限定词区分' },
  litigation_cases: { unit: '件', name: '行政诉讼案件数', about: '行政诉讼（应诉）案件数；一审以限定词标明' },
  litigation_loss_rate: { unit: '%', name: '行政诉讼败诉率', about: '行政机关在行政诉讼中的败诉率' },
  head_appearance_rate: { unit: '%', name: '负责人出庭应诉率', about: '行政机关负责人出庭应诉率' },
  normative_docs_reviewed: { unit: '件', name: '规范性文件审查数', about: '经合法性审查（审核）的行政规范性文件数' },
};

/** Words written before or after a figure that change how it reads. */
export const QUALIFIERS = ['直接', '综合', '一审', '余', '近', '约', '超过', '以上'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Why a figure is not the reporting body's own figure for the report year. */
export const NOT_OWN = ['other-year', 'multi-year', 'other-body', 'target'] as const;
export type NotOwn = (typeof NOT_OWN)[number];

export const NOT_OWN_NAMES: Record<NotOwn, string> = {
  'other-year': '其他年度',
  'multi-year': '多年累计',
  'other-body': '其他机关或上级地区',
  target: '目标值',
};
