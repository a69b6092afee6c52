/**
 * Names of issuing bodies as they follow a place name: 人民政府, 司法局, 发改委, 委党校 …
 * Pure string rules, used on titles, bylines and contents entries.
 */

export type IssuerType = 'government' | 'department' | 'other';

export interface Organ {
  /** The part after the place name, as written (司法局, 人民政府, 委党校). */
  suffix: string;
  type: IssuerType;
  /** A joint report of the party committee and the government (中共X委、X人民政府). */
  joint?: true;
}

// 委 alone is ambiguous (市委 is the party committee): only these 委 are government departments.
const COMMISSIONS =
  '发改委|发展改革委|发展和改革委员会|卫健委|卫生健康委员会|卫生和计划生育委员会|教委|教育委员会|民委|民族宗教事务委员会|经信委|经济和信息化委员会|科委|住建委|交委|农委|国资委|国有资产监督管理委员会|商委|规划委|市政委';

// Words that show a “…局” match ran into a sentence instead of naming a body.
const PROSE = /法治|政府|建设|推进|创建|深化|全力|全面|加强|打造|提升|工作|开展|持续|不断|聚焦|坚持/;

export function organAfterPlace(rest: string): Organ | undefined {
  let m: RegExpMatchArray | null;
  if ((m = rest.match(/^(人民政府|政府)(?!工作)/))) return { suffix: '人民政府', type: 'government' };
  // A joint report of the party committee and the government: 省委、省政府 / 委 海南省人民政府 / 党委和政府.
  if (/^(?:委员会|党委|委)\s*[、和与及\s]\s*(?:中共)?[\p{Script=Han}]{0,14}?(?:人民)?政府/u.test(rest)) {
    return { suffix: '人民政府', type: 'government', joint: true };
  }
  if ((m = rest.match(/^((?:省|市|区|县|州)?委党校|行政学院|(?:省|市|区|县|州)?委(?:宣传部|组织部|政法委)?)/))) {
    return { suffix: m[1]!, type: 'other' };
  }
  if ((m = rest.match(new RegExp(`^(${COMMISSIONS})`)))) return { suffix: m[1]!, type: 'department' };
  if ((m = rest.match(/^((?:政务服务|政务|法制|政府|行政审批)办)(?!法|理|事)/))) return { suffix: m[1]!, type: 'department' };
  if ((m = rest.match(/^([\p{Script=Han}]{1,10}?(?:局|厅|办公室|办公厅|中心))/u)) && !PROSE.test(m[1]!)) {
    return { suffix: m[1]!, type: 'department' };
  }
  return undefined;
}

// Central bodies by name. 部 alone is too common a character (干部, 全部, 西部) to match loosely.
const MINISTRIES =
  '司法|公安|财政|教育|民政|商务|外交|国防|科学技术|工业和信息化|自然资源|生态环境|住房和城乡建设|交通运输|水利|农业农村|文化和旅游|退役军人事务|应急管理|人力资源和社会保障|国家安全|审计';
const CENTRAL = new RegExp(
  `^(?:中华人民共和国)?(国务院(?:办公厅)?|(?:${MINISTRIES})部|审计署|海关总署|中国人民银行|国家卫生健康委员会|国家[\\p{Script=Han}]{2,12}?(?:总局|局|委员会|署))`,
  'u',
);

/** Central bodies named without a place (司法部, 海关总署党委, 国家市场监督管理总局), at the start of a text. */
export function centralOrgan(text: string): { name: string; type: IssuerType } | undefined {
  const m = text.replace(/^中共/, '').match(CENTRAL);
  if (!m) return undefined;
  return { name: m[1]!, type: m[1] === '国务院' ? 'government' : 'department' };
}

/** Short ASCII slugs for the departments most often seen, so that ids stay readable (330305-2020-sfj). */
export const DEPARTMENT_SLUGS: [RegExp, string][] = [
  [/司法(局|厅|部)$/, 'sfj'],
  [/(发改委|发展改革委|发展和改革委员会)$/, 'fgw'],
  [/生态环境(局|厅|部)$/, 'sthj'],
  [/公安(局|厅|部)$/, 'gaj'],
  [/财政(局|厅|部)$/, 'czj'],
  [/教育(局|厅|部)$|教委$/, 'jyj'],
  [/自然资源(局|厅|部)$/, 'zrzy'],
  [/(住房和城乡建设|住建)(局|厅|部)$/, 'zjj'],
  [/交通运输(局|厅|部)$/, 'jtys'],
  [/农业农村(局|厅|部)$/, 'nync'],
  [/水利(局|厅|部)$/, 'slj'],
  [/商务(局|厅|部)$/, 'swj'],
  [/(文化和旅游|文旅)(局|厅|部)$|文化广电旅游局$/, 'wlj'],
  [/(卫生健康委员会|卫健委)$/, 'wjw'],
  [/应急管理(局|厅|部)$/, 'yjj'],
  [/(市场监督管理|市场监管)(局|厅|总局)$/, 'scjg'],
  [/审计(局|厅|署)$/, 'sjj'],
  [/统计局$/, 'tjj'],
  [/(医疗保障|医保)局$/, 'ybj'],
  [/(人力资源和社会保障|人社)(局|厅|部)$/, 'rsj'],
  [/民政(局|厅|部)$/, 'mzj'],
  [/税务局$/, 'swuj'],
  [/林业(和草原)?局$/, 'lyj'],
  [/(城市管理|城管)(局|执法局)?$/, 'cgj'],
  [/综合行政执法局$/, 'zhzf'],
  [/退役军人事务(局|厅|部)$/, 'tyjr'],
  [/(人民)?政府办公(室|厅)$/, 'zfb'],
];
