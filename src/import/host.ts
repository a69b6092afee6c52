/**
 * What a page's web address says about who published it. A government portal's host names its
 * division (www.henan.gov.cn, sthjj.weihai.gov.cn), so the hosts are a table kept by hand
 * (src/data/gov-hosts.json), never inferred from the look of a name. For a gov.cn host that is not
 * in the table, the pinyin of division names offers candidates, which the issuer finder uses only
 * to pick among divisions of the kind the text calls itself, and always with a warning.
 */
import { pinyin } from 'pinyin-pro';
import type { Gazetteer } from '../lib/gazetteer.ts';
import { shortForms } from '../lib/gazetteer.ts';

export interface HostTable {
  hosts: Record<string, string>;
  departments: Record<string, string>;
}

export interface HostHint {
  host: string;
  /** The division of a listed host. */
  code?: string;
  /** Divisions whose name's pinyin is the host's own label (laobian.gov.cn → 老边区). */
  pinyinCodes: string[];
  /** A department named by the subdomain or a path segment (sthjj., /bm/qsthjj/ → 生态环境局). */
  department?: string;
  /** Where the department label was read: `host` or `path`. */
  departmentFrom?: 'host' | 'path';
}

const pinyinIndex = new WeakMap<Gazetteer, Map<string, string[]>>();

/** Pinyin (no tones, no spaces) of every division's name and short forms, for this gazetteer. */
function pinyinOf(gaz: Gazetteer): Map<string, string[]> {
  let index = pinyinIndex.get(gaz);
  if (index) return index;
  index = new Map();
  for (const d of gaz.byCode.values()) {
    if (d.level === 'central' || d.level === 'province') continue;
    for (const name of new Set([d.name, ...shortForms(d)])) {
      const key = pinyin(name, { toneType: 'none', type: 'array' }).join('').toLowerCase();
      const list = index.get(key) ?? [];
      if (!list.includes(d.code)) list.push(d.code);
      index.set(key, list);
    }
  }
  pinyinIndex.set(gaz, index);
  return index;
}

function departmentLabel(label: string, table: HostTable): string | undefined {
  if (table.departments[label]) return table.departments[label];
  // A column of a county or district department: x(县) / q(区) / s(市) + the department's label.
  const m = label.match(/^[qxs]([a-z]{3,})$/);
  return m ? table.departments[m[1]!] : undefined;
}

export function readHost(url: string | undefined, table: HostTable, gaz: Gazetteer): HostHint | undefined {
  if (!url) return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  // big5.www.gov.cn is the portal's machine-converted traditional copy, m. and wap. its phone site.
  const host = u.hostname.toLowerCase().replace(/^(?:big5|m|wap)\./, '');
  const hint: HostHint = { host, pinyinCodes: [] };
  const labels = host.split('.');
  for (let i = 0; i + 2 <= labels.length; i++) {
    const suffix = labels.slice(i).join('.');
    if (suffix === 'gov.cn') break;
    const code = table.hosts[suffix];
    if (code) {
      hint.code = code;
      const sub = labels.slice(0, i).at(-1);
      const dept = sub ? departmentLabel(sub, table) : undefined;
      if (dept) Object.assign(hint, { department: dept, departmentFrom: 'host' });
      break;
    }
  }
  if (!hint.code && host.endsWith('.gov.cn') && labels.length >= 3) {
    const own = labels[labels.length - 3]!;
    if (own === 'www') return hint;
    hint.pinyinCodes = pinyinOf(gaz).get(own) ?? [];
  }
  if (!hint.department) {
    for (const seg of u.pathname.toLowerCase().split('/')) {
      const dept = departmentLabel(seg, table);
      if (dept) {
        Object.assign(hint, { department: dept, departmentFrom: 'path' });
        break;
      }
    }
  }
  return hint;
}
