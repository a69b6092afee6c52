/** The figures as published: the dataset rows, the CSV's guard against formulas, the chart. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Entry } from '../../src/lib/archive.ts';
import { gazetteer } from '../../src/lib/gazetteer-data.ts';
import { indicatorRows, indicatorsCsv, sentenceTerm } from '../../src/lib/figures/dataset.ts';
import { indicatorChart } from '../../src/lib/figures/chart.ts';
import { indicatorFigures } from '../../src/lib/figures/indicator-page.ts';
import type { Figure } from '../../src/lib/figures/schema.ts';

const figure = (f: Partial<Figure>): Figure => ({ key: 'review_received', value: 10, unit: '件', own: true, sentence: '全年收到行政复议申请10件。', at: 0, ...f });
const entry = (id: string, year: number, figures: Figure[], script: 'Hans' | 'Hant' = 'Hans'): Entry =>
  ({
    id,
    data: { region: id.slice(0, 6), regionName: '重庆市忠县', level: 'county', year, publisher: '忠县人民政府', script, figures },
  }) as unknown as Entry;
const absolute = (p: string) => `https://example.org/${p}`;

describe('indicator rows', () => {
  const entries = [
    entry('500233-2021-gov', 2021, [
      figure({}),
      figure({ value: 11, sentence: '=HYPERLINK("http://evil")收到行政复议申请11件', checked: true, rejected: true }),
      figure({ key: 'head_appearance_rate', value: 83.3, unit: '%', sentence: '-负责人出庭应诉率达83.3%', qualifier: ['约'] }),
    ]),
  ];
  const rows = indicatorRows(entries, gazetteer(), absolute);

  it('publish every figure but the rejected, with region names, the sentence and a link that marks it', () => {
    expect(rows.map((r) => [r.key, r.value, r.province, r.county, r.own])).toEqual([
      ['review_received', 10, '重庆市', '忠县', true],
      ['head_appearance_rate', 83.3, '重庆市', '忠县', true],
    ]);
    expect(rows[0]!.sentence_url).toBe(`https://example.org/reports/500233-2021-gov/?hl=${encodeURIComponent('全年收到行政复议申请10件。')}`);
    expect(rows[0]!.report_url).toBe('https://example.org/reports/500233-2021-gov/');
  });

  it('writes a sentence a spreadsheet would run as a formula as text', () => {
    const csv = indicatorsCsv(rows);
    expect(csv.startsWith('\ufeffreport_id,region_code')).toBe(true);
    expect(csv).toContain(",'-负责人出庭应诉率达83.3%,");
    expect(csv).not.toContain('HYPERLINK');
  });

  it('marks a traditional sentence by its simplified reading, as the page matches it', () => {
    expect(sentenceTerm({ sentence: '區本級負責人出庭應訴率為98.9%。' }, 'Hant')).toBe('区本级负责人出庭应诉率为98.9%。');
  });
});

describe('an indicator page', () => {
  const entries = [
    entry('500233-2020-gov', 2020, [figure({ key: 'review_correction_rate', value: 12, unit: '%', qualifier: ['直接'] })]),
    entry('500233-2021-gov', 2021, [
      figure({ key: 'review_correction_rate', value: 14, unit: '%', qualifier: ['直接'] }),
      figure({ key: 'review_correction_rate', value: 20, unit: '%', qualifier: ['综合'] }),
      figure({ key: 'review_correction_rate', value: 13.6, unit: '%', own: false, notOwn: 'other-body' }),
    ]),
  ];
  const { own, others, groups, points } = indicatorFigures(entries, 'review_correction_rate');

  it('compares only own figures, keeping 直接 and 综合 apart', () => {
    expect(own.map((o) => o.figure.value)).toEqual([12, 14, 20]);
    expect(others).toBe(1);
    expect(groups).toEqual(['直接纠错率', '综合纠错率']);
    expect(new Set(points.map((p) => p.series)).size).toBe(2);
  });

  it('draws a static SVG that scales by its viewBox, one dot per figure', () => {
    const svg = indicatorChart(points, '%', '行政复议纠错率');
    const { document } = parseHTML(`<body>${svg}</body>`);
    const el = document.querySelector('svg')!;
    expect(el.getAttribute('viewBox')).toBe('0 0 440 300');
    expect(el.hasAttribute('width')).toBe(false);
    expect(el.getAttribute('aria-label')).toBe('行政复议纠错率');
    expect(document.querySelectorAll('circle')).toHaveLength(3);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    // Each dot says what it is (a <title>, shown on hover and read by screen readers).
    expect([...document.querySelectorAll('circle title')].map((t) => t.textContent)).toContain('忠县人民政府 2021年度：20%（综合）');
  });
});
