/**
 * The figures as a dataset (/indicators.csv, /indicators.json, the indicator pages): one row per
 * published figure, with the report's region, level, year and publisher. A figure a maintainer
 * rejected is never published. Pure.
 */
import type { Entry } from '../archive.ts';
import type { Gazetteer } from '../gazetteer.ts';
import { csvDocument } from '../csv-cell.ts';
import { toSimplified } from '../script.ts';
import { KEY_INFO, type FigureKey } from './keys.ts';
import type { Figure } from './schema.ts';

export const INDICATOR_COLUMNS = [
  'report_id', 'region_code', 'region_name', 'province', 'prefecture', 'county', 'level', 'year', 'publisher',
  'key', 'indicator', 'value', 'value_max', 'unit', 'qualifier', 'scope', 'own', 'not_own', 'figure_year', 'checked',
  'sentence', 'sentence_url', 'report_url',
] as const;

export type IndicatorRow = Record<(typeof INDICATOR_COLUMNS)[number], string | number | boolean | null>;

/** The published figures of one report, in text order. */
export const publishedFigures = (figures: Figure[] | undefined): Figure[] => (figures ?? []).filter((f) => !f.rejected);

/**
 * The `?hl=` term that marks a figure's sentence on its report page, as search results mark hits:
 * the sentence's simplified reading (the page matches terms against that), without white space,
 * which would split it into several terms.
 */
export function sentenceTerm(f: Pick<Figure, 'sentence'>, script: 'Hans' | 'Hant'): string {
  const s = script === 'Hant' ? toSimplified(f.sentence) : f.sentence;
  return s.split(/\s+/).sort((a, b) => b.length - a.length)[0]!;
}

/** Path of a report page with a figure's sentence marked, relative to the site root. */
export const sentencePath = (id: string, f: Pick<Figure, 'sentence'>, script: 'Hans' | 'Hant') =>
  `reports/${id}/?hl=${encodeURIComponent(sentenceTerm(f, script))}`;

export function indicatorRows(entries: Entry[], gaz: Gazetteer, absolute: (path: string) => string, key?: FigureKey): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const { id, data: d } of [...entries].sort((a, b) => a.id.localeCompare(b.id))) {
    const names = gaz.levelNames(d.region);
    for (const f of publishedFigures(d.figures)) {
      if (key && f.key !== key) continue;
      rows.push({
        report_id: id,
        region_code: d.region,
        region_name: d.regionName,
        ...names,
        level: d.level,
        year: d.year,
        publisher: d.publisher,
        key: f.key,
        indicator: KEY_INFO[f.key].name,
        value: f.value,
        value_max: f.max ?? null,
        unit: f.unit,
        qualifier: f.qualifier?.join(' ') ?? null,
        scope: f.scope ?? null,
        own: f.own,
        not_own: f.notOwn ?? null,
        figure_year: f.year ?? null,
        checked: f.checked ?? false,
        sentence: f.sentence,
        sentence_url: absolute(sentencePath(id, f, d.script)),
        report_url: absolute(`reports/${id}/`),
      });
    }
  }
  return rows;
}

/** RFC 4180 CSV with a UTF-8 BOM; cells a spreadsheet would run as formulas are written as text. */
export function indicatorsCsv(rows: IndicatorRow[]): string {
  return csvDocument(INDICATOR_COLUMNS, rows);
}
