/**
 * A full provincial report page with its furniture (fixtures of our own in the shape of real ones):
 * a breadcrumb, the 】 left by a split 【字号】 control, the title with its speech line, byline, photo
 * caption and salutation, and a trailing 相关报道 list. The furniture goes; the rest keeps its lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSource } from '../../src/import/import-source.ts';
import { gazetteer } from '../../src/lib/gazetteer-data.ts';
import { markdownText, ROOT } from '../helpers.ts';

describe.each(['full-page-furniture.txt', 'full-page-furniture.html'])('%s', (file) => {
  const bytes = readFileSync(join(ROOT, 'tests/fixtures/pages', file));
  const result = importSource(bytes, gazetteer(), { fileName: file, rawPath: `raw/${file}`, archived: '2026-12-04' });
  const [report] = result.reports;
  const paragraphs = report!.body.split(/\n\n/);

  it('is the province’s report for the year before the speech', () => {
    expect([report!.data.region, report!.data.year, report!.data.issuer]).toEqual(['620000', 2024, 'government']);
    expect(report!.data.title).toBe('关于2024年全省法治政府建设情况的报告');
    expect(report!.evidence.year.from).toBe('title');
  });

  it('drops the trailing 相关报道 list and the 】 residue', () => {
    expect(report!.body).not.toContain('相关报道');
    expect(report!.body).not.toContain('我省法治政府建设取得新成效');
    expect(report!.body).not.toContain('】');
    expect(report!.body).not.toContain('当前位置');
  });

  it('keeps the speech line, byline, caption and salutation on lines of their own', () => {
    expect(paragraphs).toContain('（2025年4月29日在甘肃省第十四届人民代表大会常务委员会第十六次会议上）');
    expect(paragraphs).toContain('甘肃省司法厅厅长 王明');
    expect(paragraphs).toContain('图为甘肃省人民代表大会常务委员会会议现场。（记者 李华 摄）');
    expect(paragraphs).toContain('主任、各位副主任、秘书长、各位委员：');
  });

  it('loses no sentence of the report', () => {
    const text = markdownText(report!.body);
    for (const s of ['我受省人民政府委托', '扎实推进依法行政，法治政府建设取得新成效。', '以上报告，请予审议。']) expect(text).toContain(s);
  });
});

describe('the text file’s line accounting', () => {
  const file = 'full-page-furniture.txt';
  const result = importSource(readFileSync(join(ROOT, 'tests/fixtures/pages', file)), gazetteer(), { fileName: file, rawPath: `raw/${file}`, archived: '2026-12-04' });
  it('files every line once: the 相关报道 list as related links, the 】 as residue', () => {
    expect(result.removed.filter((l) => l.rule === 'related-links').map((l) => l.text)).toEqual([
      '相关报道：',
      '甘肃省人大常委会听取法治政府建设情况报告',
      '我省法治政府建设取得新成效',
    ]);
    expect(result.removed.find((l) => l.rule === 'residue')).toMatchObject({ text: '】', partial: true });
    expect(result.consumed.map((c) => c.as)).toContain('title');
  });
});
