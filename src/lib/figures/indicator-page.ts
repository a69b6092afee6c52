/**
 * What an indicator page shows: the reports' own figures for the report year, one row each, the
 * points of its chart and the groups its colours stand for. Pure.
 */
import type { Entry } from '../archive.ts';
import { KEY_INFO, type FigureKey } from './keys.ts';
import { publishedFigures } from './dataset.ts';
import type { ChartPoint } from './chart.ts';
import type { Figure } from './schema.ts';

export interface IndicatorFigure {
  entry: Entry;
  figure: Figure;
  group: string;
}

/** 直接/综合 纠错率 and 一审 counts are different figures: each is its own group, never one line. */
export function groupOf(f: Figure): string {
  const q = f.qualifier?.filter((x) => x === '直接' || x === '综合' || x === '一审') ?? [];
  return q.length ? `${q.join('')}${KEY_INFO[f.key].name.replace(/^行政复议|^行政诉讼/, '')}` : KEY_INFO[f.key].name;
}

export function indicatorFigures(entries: Entry[], key: FigureKey) {
  const own: IndicatorFigure[] = [];
  let others = 0;
  for (const entry of entries) {
    for (const figure of publishedFigures(entry.data.figures)) {
      if (figure.key !== key) continue;
      if (figure.own) own.push({ entry, figure, group: groupOf(figure) });
      else others++;
    }
  }
  own.sort((a, b) => a.entry.data.region.localeCompare(b.entry.data.region) || a.entry.data.year - b.entry.data.year);
  const groups = [...new Set(own.map((o) => o.group))].sort();
  const points: ChartPoint[] = own.map(({ entry, figure, group }) => ({
    year: entry.data.year,
    value: figure.value,
    series: `${entry.data.publisher} ${group}`,
    group,
    label: `${entry.data.publisher} ${entry.data.year}年度：${figure.value}${figure.unit}${figure.qualifier ? `（${figure.qualifier.join('、')}）` : ''}`,
  }));
  return { own, others, groups, points };
}
