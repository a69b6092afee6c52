/**
 * Names of issuing bodies as they follow a place name: 人民政府, 司法局, 发改委, 委党校 …
 * Pure string rules, used on titles, bylines and contents entries.
 */

export type IssuerType = 'government' | 'department' | 'other';

export interface Organ {
  /** The part after the place name, as written (司法局, 人民政府, 委党校). */
  suffix: string;
  /** Its full form, when the text wrote a short one (卫健委 → 卫生健康委员会). */
  full?: string;
  type: IssuerType;
  /** A joint report of the party committee and the government (中共X委、X人民政府). */
  joint?: true;
}

/**
 * The grammar of a government department's name as written after its place: a field
 * (卫生健康, 市场监督管理, 政务服务数据管理 …) and a kind of body (委员会, 委, 局, 厅, 办公室, 办,
 * 中心, 署, 院, 站, 队), or the conventional short form of both (卫健委, 发改委, 住建局, 市场监管局,
 * 医保局). Any field parses; the fields' short forms are expanded so that the archive files one
 * name for one body (天津市人社局 → 天津市人力资源和社会保障局).
 */
// Longer kinds first, so that 委员会 is not read as 委 and 办公室 not as 办.
const KINDS = '管理委员会|委员会|办公室|办公厅|总局|局|厅|委|办|中心|署|院|站|队';
// After a one-character kind, characters that show the match ran into a word (委托, 办理, 站位, 队伍, 院校).
const WORD_GOES_ON = /^(?:托|员(?!会)|屈|理|法|事|好|实|结|案|校|位|伍|长|内|外|里|部|级|属)/;
// Words that show a “…局” match ran into a sentence instead of naming a body.
const PROSE = /法治|推进|创建|深化|全力|全面|加强|打造|提升|工作|开展|持续|不断|聚焦|坚持|落实|我|本|的|了|在|对|按照|围绕|贯彻|学习|实现|成立|召开|组织/;
// Bodies that are not government departments: courts, procuratorates, party schools, the party's own commissions.
const NOT_GOVERNMENT = /^(?:[\p{Script=Han}]{0,4}(?:人民)?法院|[\p{Script=Han}]{0,4}检察院|[\p{Script=Han}]{0,2}党校|行政学院|(?:依法治|政法|纪|编)[\p{Script=Han}]?委)$/u;

/** The conventional short forms of department fields, and their full names (the State Council's own usage). */
const FIELD_SHORT: Record<string, string> = {
  发改: '发展和改革', 发展改革: '发展和改革', 卫健: '卫生健康', 卫计: '卫生和计划生育', 住建: '住房和城乡建设',
  人社: '人力资源和社会保障', 市场监管: '市场监督管理', 医保: '医疗保障', 退役军人: '退役军人事务', 文旅: '文化和旅游',
  应急: '应急管理', 工信: '工业和信息化', 经信: '经济和信息化', 科技: '科学技术', 民宗: '民族宗教事务', 林草: '林业和草原',
  国资: '国有资产监督管理', 城管: '城市管理', 综合执法: '综合行政执法', 政务: '政务服务管理', 网信: '网络安全和信息化',
  教: '教育',
};
// Only these short forms of a field can stand before 局 alone; 农业局, 交通局, 规划局 were real names once.
const SHORT_BEFORE_BUREAU = new Set(['发改', '卫健', '住建', '人社', '市场监管', '医保', '退役军人', '文旅', '应急', '工信', '经信', '林草', '国资', '城管', '综合执法']);

/** The full name of a department written in a short form (卫健委 → 卫生健康委员会); other names as written. */
function fullDepartmentName(field: string, kind: string): string {
  const full = FIELD_SHORT[field];
  // 卫生健康委 → 卫生健康委员会; a one-character field not known (民委, 农办) is left as written.
  if (kind === '委' && (full || field.length >= 2)) return `${full ?? field}委员会`;
  if (kind === '办' && (full || field.length >= 2)) return `${full ?? field}办公室`;
  if (full && (kind === '局' || kind === '厅') && SHORT_BEFORE_BUREAU.has(field)) return `${full}${kind}`;
  return field + kind;
}

const DEPARTMENT = new RegExp(`^([\\p{Script=Han}]{1,12}?)(${KINDS})`, 'u');

/** A department name at the start of the text: its field, its kind, as written and in full. */
export function departmentAt(text: string): { written: string; full: string; type: IssuerType } | undefined {
  const m = text.match(DEPARTMENT);
  if (!m) return undefined;
  const [written, field, kind] = [m[0], m[1]!, m[2]!];
  if (kind.length === 1 && WORD_GOES_ON.test(text.slice(written.length))) return undefined;
  if (NOT_GOVERNMENT.test(written)) return { written, full: written, type: 'other' };
  if (PROSE.test(field) || /^(?:关于|\d)/.test(field)) return undefined;
  return { written, full: fullDepartmentName(field, kind), type: 'department' };
}

export function organAfterPlace(rest: string): Organ | undefined {
  let m: RegExpMatchArray | null;
  // The government's own office (武定县人民政府办公室, 县政府办) is a department of it.
  if ((m = rest.match(/^((?:人民)?政府办(?:公室|公厅)?)(?![理法事])/))) {
    return { suffix: m[1]!, full: m[1]!.endsWith('办') ? '人民政府办公室' : `人民政府${m[1]!.slice(-3)}`, type: 'department' };
  }
  if ((m = rest.match(/^(人民政府|政府)(?!工作)/))) return { suffix: '人民政府', type: 'government' };
  // A joint report of the party committee and the government: 省委、省政府 / 委 海南省人民政府 / 党委和政府.
  if (/^(?:委员会|党委|委)\s*[、和与及\s]\s*(?:中共)?[\p{Script=Han}]{0,14}?(?:人民)?政府/u.test(rest)) {
    return { suffix: '人民政府', type: 'government', joint: true };
  }
  if ((m = rest.match(/^((?:省|市|区|县|州)?委党校|行政学院|(?:省|市|区|县|州)?委(?:宣传部|组织部|政法委)?)/))) {
    return { suffix: m[1]!, type: 'other' };
  }
  const d = departmentAt(rest);
  if (d) return { suffix: d.written, full: d.full, type: d.type };
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
