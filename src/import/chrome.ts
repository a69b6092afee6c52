/**
 * Page chrome: the lines a government CMS puts around a report (breadcrumbs, font-size buttons,
 * 索引号 tables, share links, footers). Each rule matches a whole line, never part of a sentence, so
 * report text is never cut; metadata found in the chrome (dates, 索引号, 信息来源 …) is returned
 * rather than thrown away.
 */
import { dateAndName, fieldPairs, isEmptyTableRow, isLabelOnly, labelOf } from './fields.ts';
import { isProseLine, type SourceLine } from './lines.ts';

export interface RemovedLine extends SourceLine {
  /** Which rule removed it. */
  rule: string;
  /** Only `text` was cut from the line (residue at its start, pinyin glosses); the rest stays in the body. */
  partial?: true;
}

export interface ChromeResult {
  body: SourceLine[];
  removed: RemovedLine[];
  /** Metadata captured from the chrome, keyed by the label the page used (索引号, 发布机构 …). */
  page: Record<string, string>;
}

// Button and link labels that make up a line on their own (朗读, 打印本页 / 关闭窗口, 下载 打印 全屏 收藏 …).
const BUTTON_WORDS = new Set([
  '朗读', '搜索', '打印', '打印本页', '打印此页', '关闭', '关闭窗口', '关闭本页', '收藏', '加入收藏', '下载', '全屏',
  '分享', '分享到', '返回', '返回顶部', '顶部', '扫一扫在手机打开当前页', '微信', '微博', '新浪微博', '腾讯微博',
  'QQ空间', '字号', '大', '中', '小', '加大', '还原', '减小', '默认', '视力保护色', '保护视力色', '上一篇', '下一篇',
  '【打印】', '【关闭】',
]);

function isButtonLine(text: string): boolean {
  const tokens = text
    .replace(/[【】\[\]|｜/／、,，:：]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return tokens.length > 0 && text.length <= 40 && tokens.every((t) => BUTTON_WORDS.has(t));
}

const DATE = String.raw`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?`;

interface Rule {
  name: string;
  pattern: RegExp;
  /** Metadata to keep from a match, as [label, value] pairs. */
  capture?: (m: RegExpMatchArray) => [string, string][];
}

const labelled = (label: string) => (m: RegExpMatchArray): [string, string][] => (m[1]?.trim() ? [[label, m[1].trim()]] : []);

const RULES: Rule[] = [
  { name: 'breadcrumb', pattern: /^(?:您?(?:当前|现在)的?位置|当前位置|所在位置)\s*[:：].{0,120}$/ },
  { name: 'breadcrumb', pattern: /^首页\s*[>＞»].{0,120}$/ },
  { name: 'date-line', pattern: new RegExp(`^(?:日期|发布日期|发布时间|发文日期|时间|更新时间)\\s*[:：]\\s*(${DATE})\\s*(?:浏览量|浏览次数|访问次数|点击数|阅读次数)?\\s*[:：]?\\s*\\d*$`), capture: (m) => [[m[0].match(/^[^:：\s]+/)![0], m[1]!.trim()]] },
  { name: 'date-line', pattern: new RegExp(`^(?:发布时间|发布日期|日期)\\s*[:：]\\s*(${DATE}).{0,60}(?:来源|字号|浏览|访问|点击).{0,60}$`), capture: (m) => [['发布时间', m[1]!.trim()]] },
  { name: 'font-size', pattern: /^[【\[]?\s*(?:字号|字体大小|字体)\s*[:：]?\s*(?:[大中小]|加大|还原|减小|默认|\s|[|｜])*[】\]]?$/ },
  { name: 'view-count', pattern: /^(?:访问次数|浏览次数|浏览量|点击数|点击量|阅读次数|阅读量)\s*[:：]?\s*\d*\s*次?$/ },
  { name: 'source-line', pattern: /^(?:信息来源|来源|文章来源)\s*[:：]\s*(.{0,40})$/, capture: labelled('信息来源') },
  { name: 'source-line', pattern: /^(?:作者|编辑|责任编辑|发布机构)\s*[:：]\s*(.{0,30})$/, capture: (m) => (m[1]?.trim() ? [[m[0].match(/^[^:：\s]+/)![0], m[1].trim()]] : []) },
  { name: 'stale-date', pattern: /^今天是\s*[:：]?.{0,40}$/ },
  { name: 'site-intro', pattern: /^下面是小编为大家整理的.{0,200}$/ },
  { name: 'related-links', pattern: /^(?:推荐访问|相关推荐|相关阅读|相关链接|相关文章|热门推荐)\s*[:：].{0,300}$/ },
  // Footers: anchored at the start of the line, or a registration number, so that a report sentence
  // that merely contains 主办单位 is never taken for one.
  { name: 'footer', pattern: /^(?:版权所有|主办单位|承办单位|技术支持|网站标识码|联系我们|网站地图|政府网站找错|Copyright|©).{0,120}$/i },
  { name: 'footer', pattern: /^.{0,80}(?:ICP备|公网安备)\s*\d.{0,80}$/ },
];

/** A 索引号 | … | 组配分类 | … row as pasted from a government information-disclosure table. */
function tableRow(text: string): [string, string][] | undefined {
  if (!text.includes('|')) return undefined;
  const cells = text.split('|').map((c) => c.trim());
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < cells.length; i += 2) {
    const key = cells[i]!.replace(/\s+/g, '');
    if (!key) continue;
    if (!/^(?:索引号|组配分类|发布机构|发文机关|制发机构|生成日期|成文日期|发布日期|公开方式|公开范围|主题分类|发文字号|文号|信息分类|体裁分类|有效性|公开时限|名称|标题|主题词)$/.test(key)) {
      return undefined;
    }
    pairs.push([key, cells[i + 1] ?? '']);
  }
  return pairs.length ? pairs : undefined;
}

// A heading that opens the list of links a CMS prints after the article (相关报道：, 附件下载).
const TRAILING_LIST = /^(?:相关报道|相关链接|相关新闻|相关阅读|相关文章|相关稿件|延伸阅读|附件下载|附件|推荐内容|推荐阅读|热点推荐|往期回顾)\s*[:：]?.{0,200}$/;
// Residue a copy leaves at the start of a text line: the closing half of 【字号：大 中 小】, or the
// question marks a lossy conversion made of full-width indent spaces (??2020年，我州…).
const RESIDUE = /^(?:[】〗》」』\]]+|[?？]{2,})\s*/;
// Pinyin a copying site put after characters (清遠(yuǎn)市, 習(xí)近平): a gloss, never the report's text.
const GLOSS = /(?<=\p{Script=Han})\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}\)/gu;

// Labels of the page's own controls and counters: nothing in their values describes the report.
const UI_LABELS = new Set(['字号', '字体', '字体大小', '视力保护色', '分享', '分享到', '浏览次数', '访问次数', '浏览量', '点击数', '点击量', '阅读次数', '阅读']);

export function stripChrome(lines: SourceLine[]): ChromeResult {
  const body: SourceLine[] = [];
  const removed: RemovedLine[] = [];
  const page: Record<string, string> = {};
  const keep = (k: string, v: string) => {
    if (v && !page[k] && !UI_LABELS.has(k)) page[k] = v;
  };
  let prose = false;
  let trailing = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.node) {
      body.push(line);
      continue;
    }
    let t = line.text;
    // Once a list of related links has begun, the short lines after it are its items.
    if (trailing && !isProseLine(t)) {
      removed.push({ ...line, rule: 'related-links' });
      continue;
    }
    trailing = false;
    const row = tableRow(t);
    if (row) {
      for (const [k, v] of row) keep(k, v);
      removed.push({ ...line, rule: 'disclosure-table' });
      continue;
    }
    if (isEmptyTableRow(t)) {
      removed.push({ ...line, rule: 'disclosure-table' });
      continue;
    }
    // The disclosure table is often followed by its values again, one per line; before the text
    // starts, a line that only repeats a captured value is chrome.
    if (body.length === 0 && Object.values(page).includes(t)) {
      removed.push({ ...line, rule: 'disclosure-table' });
      continue;
    }
    if (isButtonLine(t)) {
      removed.push({ ...line, rule: 'buttons' });
      continue;
    }
    const pairs = fieldPairs(t);
    if (pairs) {
      for (const [k, v] of pairs) keep(k, v);
      removed.push({ ...line, rule: 'fields' });
      continue;
    }
    if (!prose) {
      const dn = dateAndName(t);
      if (dn) {
        keep('发布时间', dn.date);
        keep('信息来源', dn.name);
        removed.push({ ...line, rule: 'fields' });
        continue;
      }
      // A label alone on its line, its value (if any) on the next: 发文单位 / 区人民政府.
      if (isLabelOnly(t)) {
        removed.push({ ...line, rule: 'fields' });
        const next = lines[i + 1];
        if (next && !next.node && !isLabelOnly(next.text) && !isProseLine(next.text) && next.text.length <= 40) {
          keep(labelOf(t), next.text);
          removed.push({ ...next, rule: 'fields' });
          i++;
        }
        continue;
      }
    }
    if (TRAILING_LIST.test(t) && prose) {
      removed.push({ ...line, rule: 'related-links' });
      trailing = true;
      continue;
    }
    const rule = RULES.find((r) => r.pattern.test(t));
    if (rule) {
      for (const [k, v] of rule.capture?.(t.match(rule.pattern)!) ?? []) keep(k, v);
      removed.push({ ...line, rule: rule.name });
      continue;
    }
    const residue = t.match(RESIDUE);
    if (residue && residue[0].length < t.length) {
      removed.push({ ...line, text: residue[0].trim(), rule: 'residue', partial: true });
      t = t.slice(residue[0].length);
    }
    const glosses = t.match(GLOSS);
    if (glosses) {
      removed.push({ ...line, text: glosses.join(''), rule: 'pinyin-gloss', partial: true });
      t = t.replace(GLOSS, '');
    }
    body.push(t === line.text ? line : { ...line, text: t });
    if (isProseLine(t)) prose = true;
  }
  return { body, removed, page };
}

/** The publication date found in captured page metadata, as YYYY-MM-DD. */
export function publishedFromPage(page: Record<string, string>): string | undefined {
  for (const key of ['发布时间', '发布日期', '日期', '时间', '发文时间', '发文日期', '生成日期', '成文日期', '成文时间', 'PubDate']) {
    const v = page[key];
    const iso = v ? isoDate(v) : undefined;
    if (iso) return iso;
  }
  return undefined;
}

export function isoDate(text: string): string | undefined {
  const m = text.match(/(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1949 || y > 2100) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
