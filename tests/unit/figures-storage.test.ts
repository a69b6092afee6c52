/**
 * Figures stored with the report: the one reader validates them (npm run check, the build), the
 * bundled corpus holds what the extractor finds, and `npm run figures` keeps hand corrections.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/lib/read-report.ts';
import { figuresFor } from '../../src/lib/figures/for-report.ts';
import { ROOT, runCheck, tempDir } from '../helpers.ts';

const dir = join(ROOT, 'content/reports');
const ID = '500233-2021-gov';
const text = readFileSync(join(dir, `${ID}.md`), 'utf8');
const problemsOf = (t: string) => {
  const r = readReport(t, ID);
  return r.ok ? [] : r.problems.map((p) => `${p.field}: ${p.message}`);
};

describe('the report reader validates figures', () => {
  it('accepts the stored figures', () => expect(problemsOf(text)).toEqual([]));

  it.each([
    ['an unknown key', 'key: head_appearance_rate', 'key: head_count', /^figures\.0\.key: /],
    ['a unit that is not the key’s', 'unit: "%"', 'unit: 件', /^figures\.0\.unit: is 件 but head_appearance_rate is counted in %/],
    ['a value the sentence does not state', 'value: 83.3', 'value: 88.3', /^figures\.0\.value: the sentence does not state 88\.3%/],
    ['a sentence not in the text', '2021年县政府负责人出庭应诉率达83.3%。', '2021年县政府负责人出庭应诉率达83.3%，全市第一。', /^figures\.0\.at: the sentence is not in the report text/],
    ['a moved sentence', 'at: 4601', 'at: 4600', /^figures\.0\.at: the sentence is at 4601, not 4600; run npm run figures/],
    ['own false without a reason', 'own: true', 'own: false', /^figures\.0\.notOwn: is missing/],
    ['a share over 100%', /value: 83\.3\n/, 'value: 833\n', /^figures\.0\.value: 833% is more than 100%/],
    ['a rejection not made by hand', 'at: 4601', 'at: 4601\n    rejected: true', /^figures\.0\.rejected: needs checked: true/],
  ])('refuses %s, naming the field', (_name, from, to, message) => {
    const edited = text.replace(from, to);
    expect(edited).not.toBe(text);
    expect(problemsOf(edited)).toEqual([expect.stringMatching(message)]);
  });
});

describe('the bundled corpus', () => {
  it('holds, for every report, the figures the extractor finds now (run npm run figures after changing it)', () => {
    for (const f of readdirSync(dir)) {
      const r = readReport(readFileSync(join(dir, f), 'utf8'), f.slice(0, -3));
      if (!r.ok) throw new Error(f);
      expect(r.report.data.figures, f).toEqual(figuresFor({ ...r.report.data, figures: [] }, r.report.body));
    }
  });
});

describe('npm run figures', () => {
  const run = (content: string) => spawnSync(process.execPath, [join(ROOT, 'scripts/figures.ts'), '--content', content], { encoding: 'utf8' });

  it('keeps a figure a maintainer corrected and one they rejected, re-anchors them, and changes nothing else', () => {
    const content = join(tempDir(), 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    const path = join(content, 'reports', '522700-2022-gov.md');
    const before = readFileSync(path, 'utf8');
    // By hand: 72 documents since 2020 were, say, the year's after all; 11.8% is not the loss rate at all.
    let edited = before
      .replace(/value: 72\n(\s+)unit: 件\n\s+own: false\n\s+notOwn: multi-year\n/, 'value: 72\n$1unit: 件\n$1own: true\n$1checked: true\n')
      .replace(/value: 11\.8\n(\s+)unit: "%"\n/, 'value: 11.8\n$1unit: "%"\n$1checked: true\n$1rejected: true\n');
    // And a paragraph inserted above moves every sentence.
    edited = edited.replace('\n---\n\n', '\n---\n\n新增的一段说明。\n\n');
    expect(edited.match(/checked: true/g)).toHaveLength(2);
    writeFileSync(path, edited);
    expect(runCheck(content).stderr).toMatch(/522700-2022-gov\.md: figures\.\d+\.at: the sentence is at/);

    const r = run(content);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/updated .*522700-2022-gov\.md/);
    expect(runCheck(content).status).toBe(0);
    const after = readReport(readFileSync(path, 'utf8'), '522700-2022-gov');
    if (!after.ok) throw new Error('unreadable');
    const figures = after.report.data.figures!;
    expect(figures.find((f) => f.value === 72)).toMatchObject({ own: true, checked: true });
    expect(figures.filter((f) => f.value === 72)).toHaveLength(1);
    expect(figures.find((f) => f.value === 11.8)).toMatchObject({ checked: true, rejected: true });
    expect(figures.filter((f) => f.value === 11.8)).toHaveLength(1);
    // Everything but the figures is as the maintainer left it.
    const strip = (t: string) => t.replace(/^figures:\n(?: {2}.*\n)+/m, '');
    expect(strip(readFileSync(path, 'utf8'))).toBe(strip(edited));

    // A second run finds nothing to change.
    expect(run(content).stdout).toMatch(/0 updated/);
  });

  it('refuses a name that is not a report id, and writes nothing', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/figures.ts'), '--dry-run', '../../etc/passwd'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: \.\.\/\.\.\/etc\/passwd: not a report id .* Fix: /);
  });
});
