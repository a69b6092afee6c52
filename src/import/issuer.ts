/**
 * Who issued a report: its region (a gazetteer code), level, issuer type and publisher name.
 *
 * Evidence is weighed in order of how directly it names the issuer: the title, then the
 * compilation's contents entry, then a byline; only when none names a place does the body decide,
 * and then only through the issuer's references to itself (我县, 全区, 县人民政府…) matched
 * against the places the text names. A place that is merely mentioned (another county, the
 * superior 市司法局, a person called 江夏) is never taken for the issuer.
 */
import { InputError } from './decode.ts';
import { CENTRAL_CODE, type Division, type Gazetteer, type Mention } from '../lib/gazetteer.ts';
import { centralOrgan, organAfterPlace, type IssuerType } from './organs.ts';

export interface NamedText {
  text: string;
  from: 'title' | 'toc' | 'byline';
}

export interface IssuerEvidence {
  /** Texts that may name the issuer, strongest first. Simplified script. */
  named: NamedText[];
  /** The report text, simplified script. */
  body: string;
  /** The compilation's section for this article (省级, 市级, 部门, 其他), when there is one. */
  category?: string;
}

export interface Issuer {
  region: Division;
  issuer: IssuerType;
  publisher: string;
  kind: 'report' | 'article';
  warnings: string[];
  /** How the region was found, for the review output. */
  how: string;
}

const UNITS = ['省', '市', '区', '县', '州', '旗'] as const;
type Unit = (typeof UNITS)[number];

/** How strongly the text refers to itself as a 省 / 市 / 区 / 县 … and as a department (我局). */
export function selfReferences(body: string): {
  units: Record<Unit, number>;
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
  return {
    units,
    department: count(/我(?:局|厅|委|办)|本(?:局|厅|委)/g),
    governmentSelf: count(/我(?:省|市|区|县|州|旗)/g),
    national: count(/我国/g) + count(/中央依法治国办|中央全面依法治国委员会/g),
  };
}

function unitOf(d: Division): Unit | undefined {
  const last = d.name.at(-1) as Unit;
  return UNITS.includes(last) ? last : undefined;
}

/** Picks among the divisions a name can denote, using the places named around it. */
function disambiguate(codes: string[], context: Mention[], gaz: Gazetteer): string | undefined {
  if (codes.length === 1) return codes[0];
  const mentioned = new Set(context.flatMap((m) => (m.codes.length === 1 ? m.codes : [])));
  const scored = codes.map((c) => ({
    c,
    s: gaz.path(c).filter((a) => a.code !== c && mentioned.has(a.code)).length,
  }));
  scored.sort((a, b) => b.s - a.s);
  return scored[0]!.s > (scored[1]?.s ?? 0) ? scored[0]!.c : undefined;
}

interface Named {
  region: Division;
  issuer: IssuerType;
  publisher: string;
}

/** Reads “北京市司法局…”, “忠县人民政府2021年…”, “吉林省委党校” from the start of a title or byline. */
function namedIssuer(text: string, gaz: Gazetteer, context: Mention[]): { named?: Named; ambiguous?: string } {
  const central = centralOrgan(text);
  if (central) return { named: { region: gaz.get(CENTRAL_CODE)!, issuer: central.type, publisher: central.name } };
  const mentions = gaz.scan(text);
  for (const m of mentions) {
    const code = disambiguate(m.codes, [...mentions, ...context], gaz);
    if (!code) return { ambiguous: m.text };
    const region = gaz.get(code)!;
    const organ = organAfterPlace(text.slice(m.index + m.text.length));
    if (organ) {
      // The publisher takes the division's full name whatever the text abbreviated (烟台 → 烟台市).
      const name = m.kind === 'full' ? m.text : region.name;
      return { named: { region, issuer: organ.type, publisher: name + organ.suffix } };
    }
    return { named: { region, issuer: 'government', publisher: `${region.name}人民政府` } };
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

export function findIssuer(ev: IssuerEvidence, gaz: Gazetteer): Issuer {
  const warnings: string[] = [];
  const bodyMentions = gaz.scan(ev.body).filter((m) => !ev.body.startsWith('同志', m.index + m.text.length));

  const found: (Named & { from: NamedText['from'] })[] = [];
  for (const n of ev.named) {
    const r = namedIssuer(n.text, gaz, bodyMentions);
    if (r.ambiguous) {
      throw new InputError(
        `“${r.ambiguous}” in the ${n.from} names more than one region and nothing in the text decides which`,
        'pass --region <GB/T 2260 code>',
      );
    }
    if (r.named) found.push({ ...r.named, from: n.from });
  }

  if (found.length > 0) {
    // The first source that names a place wins; a byline or contents entry may still say which
    // body of that place (北京路径 + 北京市司法局局长 → 北京市司法局).
    let best = found[0]!;
    const sameRegionOrgan = found.find((f) => f.region.code === best.region.code && f.issuer !== 'government');
    if (best.issuer === 'government' && sameRegionOrgan) best = { ...sameRegionOrgan, from: best.from };
    for (const other of found) {
      if (other.region.code !== best.region.code && !gaz.isWithin(best.region.code, other.region.code)) {
        warnings.push(
          `the ${other.from} names ${other.region.name} but the ${best.from} names ${best.region.name}; using the ${best.from}`,
        );
      }
    }
    const kind = best.issuer === 'other' || ev.category === '其他' ? 'article' : 'report';
    return { region: best.region, issuer: best.issuer, publisher: best.publisher, kind, warnings, how: best.from };
  }

  // Nothing names the issuer: read the body.
  const self = selfReferences(ev.body);
  const unitsRanked = (Object.entries(self.units) as [Unit, number][]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const localSelf = unitsRanked.reduce((s, [, n]) => s + n, 0) + self.department;

  if (localSelf === 0 && self.national > 0) {
    // A text about the country as a whole with no author: commentary on national policy.
    return {
      region: gaz.get(CENTRAL_CODE)!,
      issuer: 'other',
      publisher: '佚名',
      kind: 'article',
      warnings: ['no issuer is named; the text speaks of the country as a whole, so it is filed as an unsigned national article'],
      how: 'body (national)',
    };
  }

  const unit = unitsRanked[0]?.[0];
  const scores = new Map<string, number>();
  for (const m of bodyMentions) {
    const code = disambiguate(m.codes, bodyMentions, gaz);
    if (!code) continue;
    const d = gaz.get(code)!;
    if (unit && unitOf(d) !== unit) continue;
    // Places listed with others (学习万州区、云阳县经验) are examples, not the writer.
    const end = m.index + m.text.length;
    const listed = ev.body[m.index - 1] === '、' || ev.body[end] === '、' || ev.body[end] === '等';
    scores.set(code, (scores.get(code) ?? 0) + (m.kind === 'short' ? 1 : 2) * (listed ? 0.25 : 1));
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) {
    throw new InputError(
      unit
        ? `the text calls its issuer a ${unit} (我${unit}/全${unit}) but names no ${unit} that could be it`
        : 'no title names the issuer and the text does not say which region it is from',
      'pass --region <GB/T 2260 code> (and --publisher if it is a department)',
    );
  }
  if (ranked[1] && ranked[1][1] === ranked[0]![1]) {
    throw new InputError(
      `the text names ${gaz.get(ranked[0]![0])!.name} and ${gaz.get(ranked[1][0])!.name} equally often and no title says which issued it`,
      'pass --region <GB/T 2260 code>',
    );
  }
  const region = gaz.get(ranked[0]![0])!;
  // A department says 我局; a government says 我县. Whichever the text says more is the issuer.
  if (self.department > 0 && self.department >= self.governmentSelf) {
    const dept = departmentFromSuperior(ev.body);
    if (!dept) {
      throw new InputError(
        `the text is written by a department of ${region.name} (我局…) but does not say which`,
        'pass --publisher <name, e.g. 洞头区司法局>',
      );
    }
    return { region, issuer: 'department', publisher: region.name + dept, kind: 'report', warnings, how: 'body' };
  }
  return { region, issuer: 'government', publisher: `${region.name}人民政府`, kind: 'report', warnings, how: 'body' };
}
