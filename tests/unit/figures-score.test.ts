/** The extractor against the labelled set (tests/fixtures/figures/labelled.json): precision ≥ 0.95, recall ≥ 0.85 on (report, key, value, own). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../src/lib/script.ts';
import { scoreFigures } from '../../src/lib/figures/score.ts';
import { labelled, labelledTexts, scoredSets } from '../figures-labelled.ts';
import { ROOT } from '../helpers.ts';

describe('the labelled set', () => {
  it('covers every report of the bundled corpus', () => {
    const ids = readdirSync(join(ROOT, 'content/reports')).map((f) => f.slice(0, -3)).sort();
    expect(labelled.reports.map((r) => r.id).sort()).toEqual(ids);
  });

  it('quotes, for every label, words that stand in its text and state its number', () => {
    for (const t of labelledTexts()) {
      for (const l of t.labels) {
        expect(t.body, `${t.name}: ${l.sentence}`).toContain(l.sentence);
        const digits = toSimplified(l.sentence).replace(/,/g, '');
        const stated = [String(l.value), (l.value / 1e4).toString(), '一百二十三', '二十七', '四十二'].some((v) => digits.includes(v));
        expect(stated, `${t.name}: ${l.sentence} states ${l.value}`).toBe(true);
      }
    }
  });
});

describe('the extractor on the labelled set', () => {
  const { labels, extracted } = scoredSets();
  const { all, perKey } = scoreFigures(labels, extracted);

  it('scores precision ≥ 0.95 and recall ≥ 0.85 overall', () => {
    console.log(
      Object.entries(perKey)
        .map(([k, s]) => `${k}: precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} (${s.correct}/${s.extracted} extracted, ${s.correct}/${s.labelled} labelled)`)
        .join('\n'),
      `\nall: precision ${all.precision.toFixed(3)} recall ${all.recall.toFixed(3)}`,
    );
    expect(all.labelled).toBeGreaterThan(60);
    expect(all.precision, `wrong: ${all.wrong.join('; ')}`).toBeGreaterThanOrEqual(0.95);
    expect(all.recall, `missed: ${all.missed.join('; ')}`).toBeGreaterThanOrEqual(0.85);
  });

  it('never calls a figure the body’s own when the label says it is not', () => {
    const ownToo = new Set(labels.filter((l) => l.own).map((l) => `${l.report} ${l.key} ${l.value}`));
    const notOwn = new Set(labels.filter((l) => !l.own).map((l) => `${l.report} ${l.key} ${l.value}`).filter((t) => !ownToo.has(t)));
    const claimed = extracted.filter((f) => f.own && notOwn.has(`${f.report} ${f.key} ${f.value}`));
    expect(claimed).toEqual([]);
  });
});

describe('scoring', () => {
  it('counts a figure with the wrong own as both wrong and missed', () => {
    const l = [{ report: 'r', key: 'review_received' as const, value: 5, own: true }];
    const s = scoreFigures(l, [{ ...l[0]!, own: false }]);
    expect([s.all.precision, s.all.recall]).toEqual([0, 0]);
    expect(scoreFigures(l, l).all.precision).toBe(1);
  });
});
