/**
 * Townships (街道, 镇, 乡, 苏木) as issuers. Their names repeat across counties (88 城关镇), so a
 * township named where a text names its issuer resolves only inside a county: the county written
 * before it (西湖区西溪街道), else a county the text names or the page's host belongs to. A name
 * found in one county only is taken with a warning when nothing names that county; a name shared
 * by several is refused, naming the candidates and --region. Pure.
 */
import type { Division, Gazetteer, Mention } from '../lib/gazetteer.ts';
import { departmentAt, type IssuerType } from './organs.ts';

/** A text that may start with a township's name: some characters, then the kind of township. */
const TOWNSHIP_SHAPE = /^[\p{Script=Han}]{1,12}?(?:街道|镇|乡|苏木|地区)/u;
/** A township's own organs as written after its name. */
const GOVERNMENT = /^(?:街道办事处|办事处|人民政府|政府)/;
const JOINT = /^(?:党(?:工)?委)\s*[、和与及\s]\s*(?:中共)?[\p{Script=Han}]{0,12}?(?:办事处|人民政府|政府)/u;
/** Written after a county's name, a township the gazetteer lacks (new or renamed): it must not pass for the county. */
const UNKNOWN_TOWNSHIP = /^([\p{Script=Han}]{1,10}?(?:街道|镇|乡|苏木))(?=街道办事处|办事处|人民政府|政府|党(?:工)?委)/u;

export interface TownshipIssuer {
  region: Division;
  issuer: IssuerType;
  publisher: string;
  /** What the text wrote for the township, for the evidence. */
  written: string;
  /** Set when the township is taken without its county being named. */
  warning?: string;
}

export type TownshipReading =
  | { named: TownshipIssuer }
  | { ambiguous: string; candidates: Division[] }
  | { unknown: string }
  | undefined;

/** The organ after a township's name, and the publisher it makes (西溪街道 + 办事处, 城关镇 + 人民政府). */
function organOf(township: Division, rest: string): { issuer: IssuerType; organ: string } {
  const office = /街道$|地区$/.test(township.name) ? '办事处' : '人民政府';
  if (GOVERNMENT.test(rest) || JOINT.test(rest)) return { issuer: 'government', organ: office };
  const dept = departmentAt(rest);
  if (dept) return { issuer: dept.type, organ: dept.full };
  return { issuer: 'government', organ: office };
}

/**
 * A township at the start of `text` (after a county, or alone), resolved among those of its name.
 * @param within the division written before it (a county or city), when there is one
 * @param prefix the place names written before it, kept in the publisher
 * @param context the places the text names, and the host's and 索引号's regions
 */
export function readTownship(
  text: string,
  gaz: Gazetteer,
  opts: { within?: string; prefix?: string; context: Mention[]; hints: string[] },
): TownshipReading {
  if (!TOWNSHIP_SHAPE.test(text)) return undefined;
  const found = gaz.townshipAt(text, opts.within);
  if (!found) {
    const unknown = opts.within ? text.match(UNKNOWN_TOWNSHIP)?.[1] : undefined;
    return unknown ? { unknown } : undefined;
  }
  const rest = text.slice(found.text.length);
  const named = (t: Division, warning?: string): TownshipReading => {
    const { issuer, organ } = organOf(t, rest);
    return { named: { region: t, issuer, publisher: `${opts.prefix ?? ''}${t.name}${organ}`, written: found.text, ...(warning ? { warning } : {}) } };
  };
  if (opts.within && found.townships.length === 1) return named(found.townships[0]!);
  // The counties (and cities without counties) the text or the host names, once each.
  const places = new Set([...opts.context.filter((m) => m.codes.length === 1).map((m) => m.codes[0]!), ...opts.hints]);
  const inNamedCounty = found.townships.filter((t) => places.has(t.parent!));
  if (inNamedCounty.length === 1) return named(inNamedCounty[0]!);
  if (inNamedCounty.length > 1) return { ambiguous: found.text, candidates: inNamedCounty };
  // Nothing names the county: a larger division named may still leave one township of the name.
  const inNamedArea = found.townships.filter((t) => gaz.path(t.code).some((a) => a.code !== t.code && places.has(a.code)));
  const pool = inNamedArea.length ? inNamedArea : found.townships;
  if (pool.length === 1) {
    const t = pool[0]!;
    const where = gaz.path(t.code).map((d) => d.name).join('');
    const why = inNamedArea.length ? 'the only one in the area the text names' : 'the only township of that name';
    return named(t, `“${found.text}” is taken as ${where} (${t.code}), ${why}, but neither the text nor the host names its county; check it, or pass --region <nine-digit township code>`);
  }
  return { ambiguous: found.text, candidates: pool };
}

/** The refusal for a township name that several counties share. */
export function ambiguousTownship(name: string, candidates: Division[], gaz: Gazetteer): string {
  const list = candidates.slice(0, 5).map((t) => `${t.code} ${gaz.path(t.code).slice(0, -1).map((d) => d.name).join('')}`);
  const more = candidates.length > 5 ? ` and ${candidates.length - 5} more` : '';
  return `“${name}” is a township in ${candidates.length} counties (${list.join('; ')}${more}) and neither the text nor the host names its county`;
}
