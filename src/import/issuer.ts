/**
 * Who issued a report: its region (a gazetteer code), level, issuer type and publisher name, each
 * with the line it was read from and how sure the reading is.
 *
 * Signals are weighed in order of how directly they name the issuer: the title, the page's
 * metadata (发文机关, 发布机构), a compilation's contents entry or a byline, then the opening
 * sentence's subject (“2023年，杭州市坚持…”). Only when none names a place does the body decide,
 * through the issuer's references to itself (我县, 县委、县政府, 市市场监管局) matched against the
 * places the text names, the page's web host and its 索引号. A place that is merely mentioned
 * (another county, the superior 市司法局, 司法部会同有关部门) is never taken for the issuer, and an
 * answer that rests on weak evidence comes with a warning that names the flag that settles it.
 */
import { InputError } from './decode.ts';
import { CENTRAL_CODE, type Division, type Gazetteer, type Mention } from '../lib/gazetteer.ts';
import type { HostHint } from './host.ts';
import type { Opening, Unit } from './opening.ts';
import { UNITS } from './opening.ts';
import { centralOrgan, organAfterPlace, type IssuerType } from './organs.ts';
import { ambiguousTownship, readTownship, type TownshipReading } from './township.ts';

export type Confidence = 'high' | 'medium' | 'low';

/** Where a field's value came from: the kind of signal, the text it was read from, and how sure it is. */
export interface Evidence {
  from: string;
  line: string;
  confidence: Confidence;
}

export interface NamedText {
  text: string;
  from: 'title' | 'toc' | 'byline' | 'metadata' | 'opening' | 'signature';
}

export interface IssuerEvidence {
  /** Texts that may name the issuer, strongest first. Simplified script. */
  named: NamedText[];
  /** The report text, simplified script. */
  body: string;
  /** The compilation's section for this article (省级, 市级, 部门, 其他), when there is one. */
  category?: string;
  /** The opening: its addressee, its subject, what it calls its writer. */
  opening?: Opening;
  /** What the page's web address says. */
  host?: HostHint;
  /** The region code a 索引号 or organ credit code on the page carries. */
  indexRegion?: string;
  /** Where the page says its text came from (信息来源, 来源); often the site that posted it. */
  sources?: string[];
}

export interface Issuer {
  region: Division;
  issuer: IssuerType;
  publisher: string;
  kind: 'report' | 'article';
  warnings: string[];
  /** How the region was found, for the review output. */
  how: string;
  evidence: { region: Evidence; issuer: Evidence };
}

/** How strongly the text refers to itself as a 省 / 市 / 区 / 县 … and as a department (我局). */
export function selfReferences(body: string): {
  units: Record<Unit, number>;
  /** How strongly it speaks as a township: 我镇, 全乡, 街道党工委. */
  township: number;
  townshipWord?: string;
  department: number;
  governmentSelf: number;
  national: number;
} {
  const count = (re: RegExp) => (body.match(re) ?? []).length;
  const units = {} as Record<Unit, number>;
  for (const u of UNITS) {
    units[u] =
      3 * count(new RegExp(`我${u}`, 'g')) +
      count(new RegExp(`全${u}(?!人民|委)`, 'g')) +
      2 * count(new RegExp(`(?:^|[，。；：、\\n])${u}(?:人民政府|政府|委${u}政府|委、${u}政府)`, 'g'));
  }
  // 自治区 speaks of itself as 全区 and 自治区人民政府: a province-level 区.
  units['区'] += 2 * count(/自治区(?:人民政府|党委)/g);
  const townshipWord = body.match(/(?:我|全|本)(?:镇|乡|街道)|(?:镇|乡)(?:党委|人民政府)|街道党工委/)?.[0];
  return {
    units,
    township: 3 * count(/我(?:镇|乡|街道)|本(?:镇|乡|街道)/g) + count(/全(?:镇|乡|街道)/g) + 2 * count(/(?:^|[，。；：、\n])(?:镇|乡)(?:党委|人民政府)|街道党工委/g),
    ...(townshipWord ? { townshipWord } : {}),
    department: count(/我(?:局|厅|委|办)|本(?:局|厅|委)/g),
    governmentSelf: count(/我(?:省|市|区|县|州|旗)/g),
    national: count(/我国/g) + count(/中央依法治国办|中央全面依法治国委员会/g),
  };
}

function unitOf(d: Division): Unit | undefined {
  if (/自治区$/.test(d.name)) return '区';
  const last = d.name.at(-1) as Unit;
  return UNITS.includes(last) ? last : undefined;
}

/** Picks among the divisions a name can denote, using the places named around it. */
function disambiguate(codes: string[], context: Mention[], gaz: Gazetteer, extra: string[] = []): string | undefined {
  if (codes.length === 1) return codes[0];
  const mentioned = new Set([...context.flatMap((m) => (m.codes.length === 1 ? m.codes : [])), ...extra]);
  const scored = codes.map((c) => ({
    c,
    s: gaz.path(c).filter((a) => a.code !== c && mentioned.has(a.code)).length + (extra.includes(c) ? 2 : 0),
  }));
  scored.sort((a, b) => b.s - a.s);
  return scored[0]!.s > (scored[1]?.s ?? 0) ? scored[0]!.c : undefined;
}

interface Named {
  region: Division;
  issuer: IssuerType;
  publisher: string;
}

// A short form that is also a word (资源, 会同) must not be read as a place where no organ follows it.
const isWordLike = (m: Mention) => m.kind === 'short';

/**
 * Reads “北京市朝阳区司法局…”, “中共海南省委 海南省人民政府关于…”, “温州市生态环境局泰顺分局…”,
 * “生态环境部…” from a title, a byline, a metadata value or the opening's subject.
 */
type NamedReading = { named?: Named & { warning?: string }; ambiguous?: string; refusal?: { message: string; fix: string } };

/** A township reading as a named issuer, or the refusal it calls for. */
function fromTownship(r: TownshipReading, gaz: Gazetteer, county?: Division): NamedReading | undefined {
  if (!r) return undefined;
  if ('named' in r) return { named: r.named };
  if ('unknown' in r) {
    return {
      refusal: {
        message: `“${r.unknown}” of ${county?.name ?? 'the county named'} is a township the gazetteer does not list (new or renamed?), so the report is not filed as the county's`,
        fix: 'pass --region <nine-digit township code> (see src/data/gazetteer-townships.json)',
      },
    };
  }
  return { refusal: { message: ambiguousTownship(r.ambiguous, r.candidates, gaz), fix: 'pass --region <nine-digit township code>' } };
}

function namedIssuer(text: string, gaz: Gazetteer, context: Mention[], hints: string[]): NamedReading {
  const t = text.replace(/^中共/, '');
  const central = centralOrgan(t);
  if (central) return { named: { region: gaz.get(CENTRAL_CODE)!, issuer: central.type, publisher: central.name } };
  const mentions = gaz.scan(t);
  // A township named first (西溪街道办事处…, 城关镇人民政府…): its name is longer than any
  // division's it starts with (城关 is also short for 城关区).
  const head = mentions[0]?.index === 0 ? mentions[0] : undefined;
  const town = readTownship(t, gaz, { context, hints });
  if (town && ('named' in town ? town.named.written : 'ambiguous' in town ? town.ambiguous : '').length > (head?.text.length ?? 0)) {
    return fromTownship(town, gaz)!;
  }
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    let code = disambiguate(m.codes, [...mentions, ...context], gaz, hints);
    if (!code) {
      // 河东区 after 天津市 is settled by the next step; alone, it is ambiguous.
      if (!mentions[i + 1] || mentions[i + 1]!.index !== m.index + m.text.length) return { ambiguous: m.text };
    }
    // Descend through the divisions written one after the other: 北京市朝阳区 → 朝阳区 (110105).
    let end = m.index + m.text.length;
    let last = m;
    for (let j = i + 1; j < mentions.length && mentions[j]!.index === end; j++) {
      const next = mentions[j]!;
      const inside = next.codes.filter((c) => !code || (c !== code && gaz.isWithin(c, code)));
      if (inside.length === 0) break;
      code = inside.length === 1 ? inside[0]! : disambiguate(inside, [...mentions, ...context], gaz, hints);
      if (!code) return { ambiguous: next.text };
      end = next.index + next.text.length;
      last = next;
    }
    if (!code) return { ambiguous: m.text };
    let region = gaz.get(code)!;
    const rest = t.slice(end);
    // 杭州市西湖区西溪街道办事处: the township, not the district.
    const township = fromTownship(readTownship(rest, gaz, { within: code, prefix: t.slice(m.index, end), context, hints }), gaz, region);
    if (township) return township;
    const organ = organAfterPlace(rest);
    if (!organ && isWordLike(last) && !/^\d{4}年/.test(rest) && end !== t.length) continue;
    // The publisher takes the division's full name whatever the text abbreviated (烟台 → 烟台市);
    // a former name (横县) is kept as written.
    const prefix = t.slice(m.index, end);
    const name = last.kind === 'full' || gaz.isFormerName(last.text) ? prefix : region.name;
    if (!organ) return { named: { region, issuer: 'government', publisher: `${name}人民政府` } };
    if (organ.joint) {
      // The party committee of a 自治区 is written in full (中共宁夏回族自治区委员会), of others short (中共河北省委).
      const committee = /自治区$/.test(name) ? `${name}委员会` : `${name}委`;
      return { named: { region, issuer: 'government', publisher: `中共${committee}、${name}人民政府` } };
    }
    let publisher = name + (organ.full ?? organ.suffix);
    // A county branch of a city bureau (温州市生态环境局泰顺分局) belongs to that county.
    const branch = rest.slice(organ.suffix.length).match(/^([\p{Script=Han}]{2,6}?)分局/u);
    if (branch) {
      const county = gaz.scan(branch[1]!)[0]?.codes.find((c) => gaz.isWithin(c, region.code) && c !== region.code);
      if (county) {
        region = gaz.get(county)!;
        publisher = `${publisher}${branch[1]}分局`;
      }
    }
    return { named: { region, issuer: organ.type, publisher } };
  }
  return {};
}

/** A department named as the issuer's superior (在市司法局的正确指导下) tells which department wrote it. */
function departmentFromSuperior(body: string): string | undefined {
  const m = body.match(/(?:省|市|区|县|州)([\p{Script=Han}]{1,8}?(?:局|厅))的?(?:正确|有力|精心|悉心|大力)?(?:指导|领导|支持)/u);
  if (m) return m[1];
  if ((body.match(/司法行政/g) ?? []).length >= 1 && /我局/.test(body)) return '司法局';
  return undefined;
}

// A department names its own field: 法治交通, 法治人社, 生态环境法治. Field → the department.
const FIELDS: [string, string][] = [
  ['交通', '交通运输局'], ['公安', '公安局'], ['人社', '人力资源和社会保障局'], ['市场监管', '市场监督管理局'],
  ['生态环境', '生态环境局'], ['环保', '生态环境局'], ['教育', '教育局'], ['税务', '税务局'], ['财政', '财政局'],
  ['自然资源', '自然资源局'], ['卫健', '卫生健康委员会'], ['应急', '应急管理局'], ['水利', '水利局'], ['农业农村', '农业农村局'],
  ['住建', '住房和城乡建设局'], ['民政', '民政局'], ['审计', '审计局'], ['统计', '统计局'], ['城管', '城市管理局'],
];
function departmentFromField(body: string): { name: string; phrase: string } | undefined {
  const alt = FIELDS.map(([f]) => f).join('|');
  const m = body.match(new RegExp(`法治(${alt})(?:建设)?|(${alt})(?:法治|执法)`));
  if (!m) return undefined;
  const field = m[1] ?? m[2]!;
  return { name: FIELDS.find(([f]) => f === field)![1], phrase: m[0] };
}

/** A province's departments are 厅; a municipality's (北京市) and everyone else's are 局. */
function levelled(dept: string, region: Division): string {
  return region.level === 'province' && /(?:省|自治区)$/.test(region.name) ? dept.replace(/局$/, '厅') : dept;
}

export function findIssuer(ev: IssuerEvidence, gaz: Gazetteer): Issuer {
  const warnings: string[] = [];
  const bodyMentions = gaz.scan(ev.body).filter((m) => !ev.body.startsWith('同志', m.index + m.text.length));
  const hints = [ev.indexRegion, ev.host?.code].filter((c): c is string => !!c && c !== CENTRAL_CODE);
  const self = ev.opening?.self;

  const found: (Named & { from: NamedText['from']; text: string; warning?: string })[] = [];
  for (const n of ev.named) {
    // A stronger source that already named the place settles a weaker one's 朝阳区 (北京 or 长春).
    const r = namedIssuer(n.text, gaz, bodyMentions, [...hints, ...found.map((f) => f.region.code)]);
    if ((r.ambiguous || r.refusal) && found.length > 0) continue;
    if (r.refusal) throw new InputError(`${r.refusal.message} (in the ${n.from})`, r.refusal.fix);
    if (r.ambiguous) {
      throw new InputError(
        `“${r.ambiguous}” in the ${n.from} names more than one region and nothing in the text decides which`,
        'pass --region <GB/T 2260 code>',
      );
    }
    if (!r.named) continue;
    // The opening's subject in a later paragraph must be the writer the earlier one spoke of (我县 → a 县).
    if (n.from === 'opening' && self?.unit && (self.paragraph ?? 0) < (ev.opening?.subjectParagraph ?? 0)) {
      if (unitOf(r.named.region) !== self.unit) continue;
    }
    found.push({ ...r.named, from: n.from, text: n.text });
  }

  if (found.length > 0) {
    // The first source that names a place wins; a byline, contents entry or metadata may still
    // say which body of that place (北京路径 + 北京市司法局局长 → 北京市司法局).
    let best = found[0]!;
    const sameRegionOrgan = found.find((f) => f.region.code === best.region.code && f.issuer !== 'government');
    if (best.issuer === 'government' && sameRegionOrgan && sameRegionOrgan.from !== 'metadata') {
      best = { ...sameRegionOrgan, from: best.from };
    }
    if (best.warning) warnings.push(best.warning);
    for (const other of found) {
      // A township named below the county another source names may be the real writer (乡镇 reports name their county).
      if (other.region.level === 'township' && best.region.level !== 'township' && gaz.isWithin(other.region.code, best.region.code)) {
        warnings.push(`the ${other.from} names the township ${other.region.name} but the ${best.from} names ${best.region.name}; using the ${best.from} (pass --region to settle it)`);
      }
      if (other.region.code !== best.region.code && !gaz.isWithin(best.region.code, other.region.code)) {
        warnings.push(
          `the ${other.from} names ${other.region.name} but the ${best.from} names ${best.region.name}; using the ${best.from} (pass --region to settle it)`,
        );
      }
    }
    if (ev.host?.code && ev.host.code !== CENTRAL_CODE && !gaz.isWithin(best.region.code, ev.host.code) && !gaz.isWithin(ev.host.code, best.region.code)) {
      warnings.push(`the page's host ${ev.host.host} belongs to ${gaz.get(ev.host.code)?.name} but the ${best.from} names ${best.region.name}; using the ${best.from}`);
    }
    const kind = best.issuer === 'other' || ev.category === '其他' ? 'article' : 'report';
    const confidence: Confidence = warnings.length ? 'medium' : 'high';
    return {
      region: best.region,
      issuer: best.issuer,
      publisher: best.publisher,
      kind,
      warnings,
      how: best.from,
      evidence: {
        region: { from: best.from, line: best.text.slice(0, 80), confidence },
        issuer: { from: best.from, line: best.text.slice(0, 80), confidence },
      },
    };
  }
  return fromBody(ev, gaz, bodyMentions, warnings);
}

/** Nothing names the issuer: read the body's references to itself, the places it names, the host. */
function fromBody(ev: IssuerEvidence, gaz: Gazetteer, bodyMentions: Mention[], warnings: string[]): Issuer {
  const self = ev.opening?.self;
  const refs = selfReferences(ev.body);
  const unitsRanked = (Object.entries(refs.units) as [Unit, number][]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const localSelf = unitsRanked.reduce((s, [, n]) => s + n, 0) + refs.department;

  if (localSelf === 0 && !self && refs.national > 0 && !ev.host?.code && !ev.indexRegion) {
    // A text about the country as a whole with no author: commentary on national policy.
    return {
      region: gaz.get(CENTRAL_CODE)!,
      issuer: 'other',
      publisher: '佚名',
      kind: 'article',
      warnings: ['no issuer is named; the text speaks of the country as a whole, so it is filed as an unsigned national article'],
      how: 'body (national)',
      evidence: {
        region: { from: 'body', line: '我国', confidence: 'low' },
        issuer: { from: 'body', line: '我国', confidence: 'low' },
      },
    };
  }

  // A township (我镇, 全乡, 街道党工委) that never names itself must not pass for its county.
  const townshipSelf = refs.township;
  if (townshipSelf > 0 && townshipSelf >= localSelf - refs.department) {
    throw new InputError(
      `no title names the issuer and the text speaks of itself as a township (${refs.townshipWord}) without naming it`,
      'pass --region <nine-digit township code> (see src/data/gazetteer-townships.json)',
    );
  }
  const unit = self?.unit ?? unitsRanked[0]?.[0];
  const fits = (code: string) => {
    const d = gaz.get(code);
    return !!d && d.level !== 'central' && (!unit || unitOf(d) === unit);
  };
  // Each candidate region collects points from independent kinds of evidence.
  const scores = new Map<string, { score: number; kinds: Set<string>; line: string }>();
  const add = (code: string, points: number, kind: string, line: string) => {
    const s = scores.get(code) ?? { score: 0, kinds: new Set<string>(), line };
    s.score += points;
    s.kinds.add(kind);
    scores.set(code, s);
  };
  const host = ev.host;
  const hostArea = host?.code && host.code !== CENTRAL_CODE ? host.code : undefined;
  for (const m of bodyMentions) {
    const code = disambiguate(m.codes, bodyMentions, gaz, [hostArea, ev.indexRegion].filter((c): c is string => !!c));
    if (!code || !fits(code)) continue;
    const end = m.index + m.text.length;
    // A word that is also a short place name (资源, 会同), or a one-character name inside a word
    // (办理县人大 → 理县), counts only where an organ follows it.
    // 法治洞头, 重庆市忠县, “。忠县…” stand as names; 办理县人大 does not.
    const reliable =
      ([...m.text].length >= 3 && (m.kind !== 'short' || /[县州旗]$/.test(m.text))) ||
      ev.body.slice(m.index - 2, m.index) === '法治' ||
      (m.kind === 'full' && !/\p{Script=Han}/u.test(ev.body[m.index - 1] ?? ''));
    if (!reliable && !organAfterPlace(ev.body.slice(end, end + 12))) continue;
    // Places listed with others (学习万州区、云阳县经验) are examples, not the writer.
    const listed = ev.body[m.index - 1] === '、' || ev.body[end] === '、' || ev.body[end] === '等';
    add(code, (m.kind === 'short' ? 1 : 2) * (listed ? 0.25 : 1), 'text', ev.body.slice(Math.max(0, m.index - 10), end + 10));
  }
  if (hostArea && fits(hostArea)) add(hostArea, 3, 'host', host!.host);
  for (const c of host?.pinyinCodes ?? []) {
    // A host's label that spells a division's name is a candidate only inside the host's known area.
    if (fits(c) && (!hostArea || gaz.isWithin(c, hostArea))) add(c, 1.5, 'host (pinyin)', host!.host);
  }
  if (ev.indexRegion && fits(ev.indexRegion)) add(ev.indexRegion, 3, '索引号', ev.indexRegion);
  for (const s of ev.sources ?? []) {
    const m = gaz.scan(s)[0];
    const code = m ? disambiguate(m.codes, bodyMentions, gaz) : undefined;
    if (code && fits(code)) add(code, 1, 'source line', s);
  }
  // Candidates outside the host's area (another county mentioned in passing) give way to those inside it.
  let ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score);
  if (hostArea) {
    const inside = ranked.filter(([c]) => gaz.isWithin(c, hostArea));
    if (inside.length) ranked = inside;
  }
  if (ranked.length === 0) {
    const named = unit ? `calls its issuer a ${unit} (${self?.line.slice(0, 20) ?? `我${unit}`}…)` : 'does not say which region it is from';
    throw new InputError(
      `no title names the issuer and the text ${named} but names no ${unit ?? 'region'} that could be it`,
      'pass --region <GB/T 2260 code> (and --publisher if it is a department)',
    );
  }
  if (ranked[1] && ranked[1][1].score === ranked[0]![1].score) {
    throw new InputError(
      `the text names ${gaz.get(ranked[0]![0])!.name} and ${gaz.get(ranked[1][0])!.name} equally often and no title says which issued it`,
      'pass --region <GB/T 2260 code>',
    );
  }
  const [code, best] = ranked[0]!;
  const region = gaz.get(code)!;
  const kinds = [...best.kinds];
  // Two independent kinds of evidence, or a name the text repeats, make a fair answer; less is a guess.
  const confidence: Confidence = kinds.length >= 2 || (kinds[0] === 'text' && best.score >= 4) ? 'medium' : 'low';
  if (confidence === 'low' || kinds.every((k) => k.startsWith('host'))) {
    warnings.push(
      `no title or opening names the issuer; ${region.name} rests on ${kinds.join(' and ')} only (“${best.line}”); check it, or pass --region`,
    );
  }
  const regionEvidence: Evidence = { from: kinds.join(' + '), line: best.line, confidence };

  // A department says 我局 or names itself (市市场监管局); a government says 我县.
  let dept: string | undefined = self?.department ?? undefined;
  let deptEvidence: Evidence | undefined = dept ? { from: 'opening', line: self!.line, confidence: 'high' } : undefined;
  const isDepartment = self?.department !== undefined || (!self?.unit && refs.department > 0 && refs.department >= refs.governmentSelf);
  if (isDepartment && !dept) {
    const superior = departmentFromSuperior(ev.body);
    const field = departmentFromField(ev.body);
    if (superior) {
      dept = superior;
      deptEvidence = { from: 'body', line: superior, confidence: 'medium' };
    } else if (host?.department) {
      dept = levelled(host.department, region);
      deptEvidence = { from: `host (${host.departmentFrom})`, line: host.host, confidence: 'medium' };
    } else if (field) {
      dept = levelled(field.name, region);
      deptEvidence = { from: 'body (its field)', line: field.phrase, confidence: 'low' };
      warnings.push(`the text is written by a department (我局) and names no department; ${dept} is read from “${field.phrase}”; check it, or pass --publisher`);
    } else {
      throw new InputError(
        `the text is written by a department of ${region.name} (我局…) but does not say which`,
        'pass --publisher <name, e.g. 洞头区司法局>',
      );
    }
  }
  if (dept) {
    return {
      region,
      issuer: 'department',
      publisher: region.name + dept,
      kind: 'report',
      warnings,
      how: 'body',
      evidence: { region: regionEvidence, issuer: deptEvidence! },
    };
  }
  return {
    region,
    issuer: 'government',
    publisher: `${region.name}人民政府`,
    kind: 'report',
    warnings,
    how: 'body',
    evidence: { region: regionEvidence, issuer: { from: self ? 'opening' : 'body', line: self?.line ?? `我${unit ?? ''}`, confidence: self ? 'high' : 'medium' } },
  };
}
