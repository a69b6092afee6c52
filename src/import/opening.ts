/**
 * The opening of a report: the addressee line a report to a superior starts with (福州市人民政府：),
 * then the first paragraphs, whose subject is nearly always the issuer — “2023年，杭州市坚持…”,
 * “2019年，生态环境部以…”, “2023年，市市场监管局在市委市政府的坚强领导下…”, “我县…”.
 * Pure: simplified text in; what the opening says of its writer out.
 */
import type { Gazetteer } from '../lib/gazetteer.ts';
import { centralOrgan, departmentAt } from './organs.ts';

export const UNITS = ['省', '市', '区', '县', '州', '旗'] as const;
export type Unit = (typeof UNITS)[number];

/**
 * An addressee or salutation line: organs or 各位代表 followed by a colon, nothing else
 * (“中共武定县委、县人民政府：”, “省政府、市委、市人大:”). The organs named are the recipients.
 */
export function isAddressee(text: string): boolean {
  const t = text.replace(/^[?？\s]+/, '');
  return (
    /^[^。；！？]{2,160}[：:]$/.test(t) &&
    /(?:政府|党委|委|人大|常委会|政协|部门|单位|管委会|机关|代表|委员|同志们|主任)[：:]$/.test(t) &&
    !/现将|如下|报告|情况/.test(t)
  );
}

export interface Opening {
  /** The addressee line, when the text opens with one. */
  addressee?: string;
  /** The first prose paragraphs (at most three), leading junk removed. */
  paragraphs: string[];
  /** Text that starts with the issuer's name as the opening's subject (“清远市教育局坚持…”), for issuer reading. */
  subject?: string;
  /** The paragraph the subject was read from, and its place among the paragraphs. */
  subjectLine?: string;
  subjectParagraph?: number;
  /** What the opening calls its writer without a name: 我县, 县委、县政府, 市市场监管局, 我局. */
  self?: { unit?: Unit; department?: string | null; line: string; paragraph?: number };
}

// A paragraph the opening may speak in: some punctuation and a little length (not a heading, not a label).
const isParagraph = (t: string) => /[。；，,]/.test(t) && t.length >= 15;
const isHeading = (t: string) => /^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[）)]/.test(t) && t.length <= 40;

// Clauses that name someone other than the writer: 在市委、市政府的正确领导下; quoted document titles.
const SUPERIOR = /在[^，。；]{0,80}?(?:领导|指导|监督|支持|带领|关心|帮助)下[，,]?/g;
const QUOTED = /《[^》]*》|“[^”]*”|"[^"]*"/g;
const LEAD = /^(?:\d{4}年度?(?:以来|里|是[^，。]{0,40}?之年)?[，,。]?\s*)?(?:一年来|今年以来|过去一年)?[，,]?\s*/;

const SELF = new RegExp(
  String.raw`^(?:我|全|本)?(自治区|自治州|省|市|区|县|州|旗)` +
    String.raw`(委[、和]?(?:\1|省|市|区|县)?(?:人民)?政府|党委和政府|(?:人民)?政府|各级|[\p{Script=Han}]{1,12}?(?:委员会|办公室|局|厅|委|办|中心|署|站|队))?`,
  'u',
);

function unitOf(word: string): Unit {
  if (word === '自治区') return '区';
  if (word === '自治州') return '州';
  return word as Unit;
}

/** A department naming itself without its place: 教育厅坚持…, 市场监管局深入… (a 厅 is a province's). */
function bareDepartment(clause: string): Opening['self'] | undefined {
  const bare = clause.match(/^([\p{Script=Han}]{2,10}?(?:厅|局))(?=坚持|深入|认真|全面|以|在|紧紧|始终|高度|按照|围绕|严格|不断|持续|着力|聚焦)/u);
  if (!bare || /^(?:我|本|全|省|市|区|县|州)/.test(bare[1]!)) return undefined;
  const organ = departmentAt(bare[1]!);
  if (organ?.type !== 'department') return undefined;
  return { ...(bare[1]!.endsWith('厅') ? { unit: '省' as Unit } : {}), department: organ.full, line: clause.slice(0, 40) };
}

/** The subject of a clause, when it is the issuer speaking of itself without its name. */
function selfAt(text: string): Opening['self'] | undefined {
  // 现将我局2023年…报告如下: the writer names itself as it hands the report over.
  const clause = text.replace(/^现将/, '');
  if (/^(?:我|本)(?:局|厅|委|办|部|署)/.test(clause)) return { department: null, line: clause.slice(0, 40) };
  const m = clause.match(SELF);
  if (!m) return bareDepartment(clause);
  const rest = m[2];
  // 全省各级, 省委 … alone say which unit, not which body; a named 局/厅 says which department.
  if (!m[0].startsWith('我') && !m[0].startsWith('全') && !rest) return undefined;
  const organ = rest && !/政府|各级/.test(rest) ? departmentAt(clause.slice(m[0].length - rest.length)) : undefined;
  const department = organ?.type === 'department' ? organ.full : undefined;
  return { unit: unitOf(m[1]!), ...(department ? { department } : {}), line: clause.slice(0, 40) };
}

export function readOpening(lines: string[], gaz: Gazetteer): Opening {
  const out: Opening = { paragraphs: [] };
  for (const raw of lines.slice(0, 20)) {
    const t = raw.replace(/^[?？\s]+/, '');
    if (out.paragraphs.length === 0 && !out.addressee && isAddressee(t)) {
      out.addressee = t;
      continue;
    }
    if (isHeading(t) || !isParagraph(t)) continue;
    out.paragraphs.push(t);
    if (out.paragraphs.length === 3) break;
  }
  for (const [k, p] of out.paragraphs.entries()) {
    // The first two sentences hold the subject; 2018年是…之年。一年来，河北省委、省政府坚持….
    const sentences = p.split(/(?<=。)/).slice(0, 2).join('');
    const s = sentences.replace(QUOTED, '').replace(SUPERIOR, '');
    const starts = [0, ...[...s.matchAll(/[，,。；：:]\s*/g)].map((m) => m.index! + m[0].length)];
    for (const start of starts) {
      const clause = s.slice(start).replace(LEAD, '');
      if (!clause) continue;
      const stripped = clause.replace(/^中共/, '');
      const first = centralOrgan(stripped) ? undefined : gaz.scan(stripped.slice(0, 30))[0];
      // A township as the subject (2022年，西溪街道坚持…): only a township of the gazetteer, by its full name.
      const township = /^[\p{Script=Han}]{1,12}?(?:街道|镇|乡|苏木)/u.test(stripped) && gaz.townshipAt(stripped);
      if (centralOrgan(stripped) || (first && first.index === 0) || township) {
        return { ...out, subject: stripped, subjectLine: p, subjectParagraph: k };
      }
      const self = selfAt(clause);
      if (self && !out.self) out.self = { ...self, paragraph: k };
    }
  }
  return out;
}
