/**
 * The chart of one indicator, drawn at build time with Observable Plot on a linkedom document:
 * a static SVG, no script. It scales to the screen through its viewBox.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { FigureUnit } from './keys.ts';

/** Observable Plot's default categorical colours (observable10), in order: one per group. */
export const CHART_COLOURS = ['#4269d0', '#efb118', '#ff725c', '#6cc5b0', '#3ca951', '#ff8ab7', '#a463f2', '#97bbf5', '#9c6b4e', '#9498a0'];

export const WIDTH = 440;
export const HEIGHT = 300;

export interface ChartPoint {
  year: number;
  value: number;
  /** The line a point belongs to: a publisher (one line per body across years). */
  series: string;
  /** The group the colour shows (直接纠错率 / 综合纠错率, 一审 …). */
  group: string;
  label: string;
}

export function indicatorChart(points: ChartPoint[], unit: FigureUnit, title: string): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const years = points.map((p) => p.year);
  const [minYear, maxYear] = [Math.min(...years), Math.max(...years)];
  const groups = [...new Set(points.map((p) => p.group))];
  const chart = Plot.plot({
    document: document as unknown as Document,
    // Drawn small with large type: scaled down to a phone's 360 px the labels stay about 12 px.
    width: WIDTH,
    height: HEIGHT,
    marginLeft: 48,
    marginBottom: 36,
    style: { fontSize: '15px', fontFamily: 'system-ui, sans-serif', background: 'transparent', color: 'currentColor' },
    x: { label: '报告年度', domain: [minYear - 0.5, maxYear + 0.5], ticks: [...new Set(years)].sort(), tickFormat: (y: number) => String(y) },
    y: { label: unit === '%' ? '%' : '件', grid: true, zero: true, ...(unit === '%' ? { domain: [0, 100] } : {}) },
    // The legend is the page's own HTML list (CHART_COLOURS), readable and translatable.
    color: { legend: false, domain: groups, range: CHART_COLOURS.slice(0, Math.max(groups.length, 1)) },
    marks: [
      Plot.line(points, { x: 'year', y: 'value', z: 'series', stroke: 'group', strokeOpacity: 0.5, sort: 'year' }),
      Plot.dot(points, { x: 'year', y: 'value', fill: 'group', r: 5, title: 'label', tip: false }),
    ],
  });
  const svg = chart as unknown as SVGSVGElement;
  // The chart is one image to assistive technology (role=img, its title, the table below gives the
  // numbers); Plot's aria-labels on its <g> groups are not allowed on elements without a role.
  for (const el of svg.querySelectorAll('[aria-label], [aria-description]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', title);
  // The viewBox lets the SVG shrink to a phone's width; width/height would pin it at its drawn size.
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  return chart.outerHTML;
}
