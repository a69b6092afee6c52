/**
 * The gazetteer: every province / prefecture / county division with its GB/T 2260 code, plus the
 * names people actually write (short forms, aliases, former names), and a longest-match scanner
 * that finds division names in running text; and the ~38,600 townships (乡级) with their
 * nine-digit NBS codes, indexed only when first asked for. Township names repeat across counties
 * (88 城关镇), so they are never scanned for in running text: a township is looked up where a
 * text names its issuer, and placed by the county around it. Pure: it works on the data it is given.
 */

export type DivisionLevel = 'central' | 'province' | 'prefecture' | 'county' | 'township';

export interface Division {
  /**
   * Six-digit GB/T 2260 code (`100000` stands for the central government), or for a township the
   * nine-digit NBS code: its county's six digits and three of its own (330106001).
   */
  code: string;
  name: string;
  level: DivisionLevel;
  /** Code of the enclosing division; absent for provinces and the centre. */
  parent?: string;
}

/** Hand-kept additions (see src/data/gazetteer-extra.json). */
export interface GazetteerExtra {
  /** Divisions missing from the dataset (the centre; changes after the dataset's date). */
  divisions: Division[];
  /** Other names for a division: abbreviations (黔南州), former names (洞头县) … */
  aliases: { name: string; code: string; note?: string }[];
  /** Generated short forms that are also ordinary words (公安, 和平 …) and so are not used. */
  notShortForms: string[];
  /** Full names that are also ordinary words (城区, 郊区): only matched right after their parent's name. */
  ambiguousFullNames: string[];
}

export type NameKind = 'full' | 'alias' | 'short';

export interface Mention {
  /** Position in the scanned text. */
  index: number;
  /** The text matched. */
  text: string;
  kind: NameKind;
  /** Every division the name can denote (朝阳区 is in Beijing and in Changchun). */
  codes: string[];
}

export const CENTRAL_CODE = '100000';

// Ethnic group names removed to form short names of autonomous divisions
// (黔南布依族苗族自治州 → 黔南州). Longest first so that 维吾尔 wins over shorter overlaps.
const ETHNIC_NAMES = [
  '维吾尔', '哈萨克', '柯尔克孜', '塔吉克', '乌孜别克', '鄂温克', '鄂伦春', '达斡尔', '布依', '土家', '毛南',
  '仫佬', '仡佬', '拉祜', '傈僳', '纳西', '普米', '怒', '独龙', '德昂', '阿昌', '基诺', '景颇', '布朗',
  '哈尼', '朝鲜', '蒙古', '撒拉', '保安', '东乡', '裕固', '锡伯', '赫哲', '京', '黎', '畲', '水', '侗',
  '瑶', '苗', '彝', '藏', '壮', '回', '羌', '白', '傣', '佤', '土', '满', '各',
].sort((a, b) => b.length - a.length);

function stripEthnic(stem: string): string {
  let s = stem.replace(/族/g, '');
  // Remove ethnic names from the end only: the place name is what precedes them.
  let changed = true;
  while (changed) {
    changed = false;
    for (const e of ETHNIC_NAMES) {
      if (s.length > e.length + 1 && s.endsWith(e)) {
        s = s.slice(0, -e.length);
        changed = true;
        break;
      }
    }
  }
  return s;
}

/**
 * A Mongolian banner's name as its people shorten it: the first character of the transliterated
 * name, the side (左翼 → 左) and the position kept, 旗 after — 东乌珠穆沁旗 → 东乌旗,
 * 科尔沁左翼中旗 → 科左中旗, 土默特右旗 → 土右旗, 新巴尔虎左旗 → 新左旗 (and 新巴左旗). Banners
 * named in Chinese (镶黄旗, 四子王旗) and joint banners (达尔罕茂明安联合旗) are not shortened so.
 */
function bannerShortForms(stem: string): string[] {
  const m = stem.match(/^([东西新]?)(\p{Script=Han}+?)(左翼|右翼|左|右)?([前中后])?$/u);
  if (!m || /联合$|[一二三四五六七八九十黄白蓝红正镶王]/.test(stem)) return [];
  const [, lead, name, side, position] = m as unknown as [string, string, string, string | undefined, string | undefined];
  const tail = (side?.[0] ?? '') + (position ?? '');
  // A one-character name stands for the whole only when the name was long, or a side or position follows it.
  if ([...name].length < 3 && !tail) return [];
  const out = [`${lead}${name[0]}${tail}旗`];
  if (lead && side) out.push(`${lead}${tail}旗`);
  return out;
}

/**
 * The short forms a division is commonly written as, derived by the rules of the names: 河北省 → 河北;
 * an autonomous division drops its peoples (黔南布依族苗族自治州 → 黔南州, 黔南, 黔南自治州;
 * 威宁彝族回族苗族自治县 → 威宁自治县); a banner shortens its transliterated name (东乌珠穆沁旗 → 东乌旗).
 */
export function shortForms(d: Division): string[] {
  const n = d.name;
  const out: string[] = [];
  let m: RegExpMatchArray | null;
  if ((m = n.match(/^(.+?)(?:自治区|特别行政区)$/))) out.push(stripEthnic(m[1]!));
  else if ((m = n.match(/^(.+?)自治(州|县|旗)$/))) {
    const stem = stripEthnic(m[1]!);
    out.push(stem + m[2]!, stem, `${stem}自治${m[2]!}`);
    if (m[2] === '旗') out.push(...bannerShortForms(stem));
  } else if ((m = n.match(/^(.+?)(省|市|地区|盟|区|县|旗|林区|特区)$/))) {
    out.push(m[1]!);
    if (m[2] === '旗') out.push(...bannerShortForms(m[1]!));
  }
  return [...new Set(out)].filter((s) => s.length >= 2 && s !== n);
}

interface TownshipIndex {
  byCode: Map<string, Division>;
  byName: Map<string, Division[]>;
  maxNameLength: number;
}

export class Gazetteer {
  /** Provinces, prefectures, counties and the centre (townships are reached through get and townshipAt). */
  readonly byCode = new Map<string, Division>();
  private townshipIndex?: TownshipIndex;
  private readonly names = new Map<string, { kind: NameKind; codes: string[] }>();
  private readonly ambiguous: Set<string>;
  private readonly former = new Set<string>();
  private readonly maxNameLength: number;

  /** The township divisions, asked for once, the first time a township is needed. */
  private readonly townships: () => Division[];

  constructor(divisions: Division[], extra: GazetteerExtra, townships: () => Division[] = () => []) {
    this.townships = townships;
    for (const d of [...divisions, ...extra.divisions]) this.byCode.set(d.code, d);
    this.ambiguous = new Set(extra.ambiguousFullNames);
    const notShort = new Set(extra.notShortForms);
    for (const d of this.byCode.values()) {
      if (d.level === 'central') continue;
      this.addName(d.name, 'full', d.code);
    }
    for (const a of extra.aliases) {
      if (!this.byCode.has(a.code)) throw new Error(`gazetteer alias ${a.name} points to unknown code ${a.code}`);
      this.addName(a.name, 'alias', a.code);
      if (/^former name/.test(a.note ?? '')) this.former.add(a.name);
    }
    for (const d of this.byCode.values()) {
      if (d.level === 'central') continue;
      for (const s of shortForms(d)) if (!notShort.has(s)) this.addName(s, 'short', d.code);
    }
    this.maxNameLength = Math.max(...[...this.names.keys()].map((k) => k.length));
  }

  private addName(name: string, kind: NameKind, code: string): void {
    const existing = this.names.get(name);
    if (!existing) {
      this.names.set(name, { kind, codes: [code] });
      return;
    }
    // A full name beats an alias beats a short form of another division with the same spelling.
    const rank = { full: 0, alias: 1, short: 2 };
    if (rank[kind] < rank[existing.kind]) this.names.set(name, { kind, codes: [code] });
    else if (rank[kind] === rank[existing.kind] && !existing.codes.includes(code)) existing.codes.push(code);
  }

  /** True for a division's former name (横县 → 横州市): a publisher keeps the name it used. */
  isFormerName(name: string): boolean {
    return this.former.has(name);
  }

  private towns(): TownshipIndex {
    if (this.townshipIndex) return this.townshipIndex;
    const index: TownshipIndex = { byCode: new Map(), byName: new Map(), maxNameLength: 0 };
    for (const t of this.townships()) {
      index.byCode.set(t.code, t);
      const named = index.byName.get(t.name);
      if (named) named.push(t);
      else index.byName.set(t.name, [t]);
      index.maxNameLength = Math.max(index.maxNameLength, t.name.length);
    }
    this.townshipIndex = index;
    return index;
  }

  get(code: string): Division | undefined {
    return code.length === 9 ? this.towns().byCode.get(code) : this.byCode.get(code);
  }

  /**
   * The longest township name the text starts with (西溪街道办事处… → 西溪街道), with every township
   * of that name, optionally only those inside `within` (a county, city or province).
   */
  townshipAt(text: string, within?: string): { text: string; townships: Division[] } | undefined {
    const index = this.towns();
    for (let len = Math.min(index.maxNameLength, text.length); len >= 3; len--) {
      const name = text.slice(0, len);
      const all = index.byName.get(name);
      if (!all) continue;
      const townships = within ? all.filter((t) => this.isWithin(t.code, within)) : all;
      if (townships.length) return { text: name, townships };
    }
    return undefined;
  }

  /** The chain from the province down to the division itself. */
  path(code: string): Division[] {
    const chain: Division[] = [];
    let d = this.get(code);
    // A division is never its own ancestor; the guard keeps bad data from looping forever.
    while (d && !chain.includes(d)) {
      chain.unshift(d);
      d = d.parent ? this.get(d.parent) : undefined;
    }
    return chain;
  }

  /** The names of the province, prefecture and county a division lies in (null where there is none), and its township if it is one. */
  levelNames(code: string): { province: string | null; prefecture: string | null; county: string | null; township?: string } {
    const path = this.path(code);
    const at = (level: DivisionLevel) => path.find((d) => d.level === level)?.name ?? null;
    const township = at('township');
    return { province: at('province'), prefecture: at('prefecture'), county: at('county'), ...(township ? { township } : {}) };
  }

  /** True when `code` is `ancestor` or lies inside it. */
  isWithin(code: string, ancestor: string): boolean {
    return this.path(code).some((d) => d.code === ancestor);
  }

  /** Candidates for a name written exactly (full, alias or short form). */
  lookup(name: string): { kind: NameKind; codes: string[] } | undefined {
    return this.names.get(name);
  }

  /** Scans text left to right, taking the longest division name at each position. */
  scan(text: string): Mention[] {
    const found: Mention[] = [];
    let i = 0;
    while (i < text.length) {
      let hit: Mention | undefined;
      for (let len = Math.min(this.maxNameLength, text.length - i); len >= 2; len--) {
        const s = text.slice(i, i + len);
        const entry = this.names.get(s);
        if (!entry) continue;
        if (entry.kind === 'full' && this.ambiguous.has(s)) {
          // 城区 is a district of 阳泉市 and of 晋城市, and an ordinary word: accept it only as 晋城市城区.
          const codes = entry.codes.filter((c) => {
            const parent = this.byCode.get(this.byCode.get(c)!.parent ?? '');
            return parent !== undefined && text.slice(Math.max(0, i - parent.name.length), i) === parent.name;
          });
          if (codes.length === 0) continue;
          hit = { index: i, text: s, kind: entry.kind, codes };
        } else {
          hit = { index: i, text: s, kind: entry.kind, codes: entry.codes };
        }
        break;
      }
      if (hit) {
        found.push(hit);
        i += hit.text.length;
      } else i++;
    }
    return found;
  }
}
