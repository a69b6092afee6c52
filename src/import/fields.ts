/**
 * Metadata fields as government pages print them around a report: a disclosure block
 * (索引号 / 发文机关 / 成文日期 …), an info line under the title (日期: … 来源: … 浏览次数: …), a
 * date beside the site's name. They come as `label: value` pairs on one line, as bullets, as a
 * table row, or as a label on one line and its value on the next. Pure string rules.
 */
import { toSimplified } from '../lib/script.ts';

// Labels a person reads as page metadata. Written simplified; a traditional page is read through t2s.
const LABELS = [
  '索引号', '主题分类', '组配分类', '分类', '发布机构', '发文机关', '发文单位', '所属单位', '制发机构', '发布单位', '生成日期',
  '成文日期', '成文时间', '发文时间', '发文日期', '发布日期', '发布时间', '更新时间', '日期', '时间', '发文字号', '文号',
  '文件编号', '有效性', '效力状态', '公开范围', '公开方式', '公开时限', '公文种类', '体裁分类', '信息分类', '主题词',
  '关键词', '标题', '名称', '信息来源', '来源', '文章来源', '作者', '编辑', '责任编辑', '浏览次数', '访问次数', '浏览量',
  '点击数', '点击量', '阅读次数', '阅读', '字号', '字体', '字体大小', '视力保护色', '分享', '分享到',
].sort((a, b) => b.length - a.length);

/** Labels whose value names the body that issued or posted the page. */
export const ORGAN_LABELS = ['发文机关', '发布机构', '发文单位', '所属单位', '制发机构', '发布单位'];
/** Labels whose value says where the page's text came from (often the site that posted it). */
export const SOURCE_LABELS = ['信息来源', '来源', '文章来源', '作者'];

// A label may be printed with spaces between its characters (索 引 号).
const spaced = (label: string) => [...label].join('\\s*');
const LABEL_RE = new RegExp(`(${LABELS.map(spaced).join('|')})\\s*[:：]`, 'g');
const LABEL_ONLY = new RegExp(`^(?:${LABELS.map(spaced).join('|')})$`);
const DATE = String.raw`\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?`;

const normaliseLabel = (l: string) => l.replace(/\s+/g, '');

/** The line as a field parser sees it: simplified, bullets and 【】 brackets and bars gone. */
function fieldText(line: string): string {
  return toSimplified(line)
    .replace(/^[•·●◆■▪\-*]\s*/, '')
    .replace(/[【】\[\]|｜]/g, ' ')
    .trim();
}

/**
 * `label: value` pairs when the whole line is made of them (an optional date may lead), else
 * undefined. A line with sentence punctuation is report text, never fields.
 */
export function fieldPairs(line: string): [string, string][] | undefined {
  const t = fieldText(line);
  if (!t || /[。；！？]/.test(t) || t.length > 160) return undefined;
  const hits = [...t.matchAll(LABEL_RE)];
  if (hits.length === 0) return undefined;
  const lead = t.slice(0, hits[0]!.index).trim();
  if (lead && !new RegExp(`^${DATE}$`).test(lead)) return undefined;
  const pairs: [string, string][] = lead ? [['发布时间', lead]] : [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const end = i + 1 < hits.length ? hits[i + 1]!.index : t.length;
    const value = t.slice(h.index + h[0].length, end).trim();
    if (value.length > 60) return undefined;
    pairs.push([normaliseLabel(h[1]!), value]);
  }
  return pairs;
}

/** A label printed alone on its line (its value, if any, is on the next line). */
export function isLabelOnly(line: string): boolean {
  return LABEL_ONLY.test(fieldText(line));
}

/** The label of a label-only line, normalised. */
export function labelOf(line: string): string {
  return normaliseLabel(fieldText(line));
}

/**
 * A date beside a name, the page's byline in many CMSs: `2025-04-27 10:14 黑龙江省人民政府网`,
 * `清水县人民政府 2024年01月08日`. Returns the date and the name.
 */
export function dateAndName(line: string): { date: string; name: string } | undefined {
  const t = fieldText(line);
  let m = t.match(new RegExp(`^(${DATE})\\s+([\\p{Script=Han}（）()]{2,24})$`, 'u'));
  if (m) return { date: m[1]!, name: m[2]! };
  m = t.match(new RegExp(`^([\\p{Script=Han}（）()]{2,24})\\s+(${DATE})$`, 'u'));
  if (m) return { date: m[2]!, name: m[1]! };
  return undefined;
}

/** A row of empty table cells left by a layout table (`| | | |`). */
export function isEmptyTableRow(line: string): boolean {
  return /^[|｜\s]+$/.test(line) && /[|｜]/.test(line);
}

/**
 * A 索引号 whose first six digits are a division code (370402/2022-00029), or a unified social
 * credit code of a government organ (11 + division code + …), gives the issuer's region.
 */
export function regionCodeFromIndex(value: string): string | undefined {
  const v = value.replace(/\s+/g, '');
  const credit = v.match(/^1[1-9](\d{6})[0-9A-Z]{10}\b/);
  if (credit) return credit[1];
  const m = v.match(/^(\d{6})[/-]\d{4}-/);
  return m ? m[1] : undefined;
}
