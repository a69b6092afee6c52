import { describe, expect, it } from 'vitest';
import { unifyRadicals } from '../../src/import/cjk-radicals.ts';
import { originalName } from '../../src/import/import-any.ts';
import { isPageNumber, layoutLines, type TextRun } from '../../src/import/pdf-layout.ts';
import { rawContentType, rawPublishedName, readReport } from '../../src/lib/read-report.ts';

describe('page numbers', () => {
  it.each(['— 3 —', '-3-', '- 12 -', '3', '第3页', '第 3 页 共 12 页', '共12页 第3页', '3/12', 'Page 3 of 12', '－ 三 －', '·3·'])('%s is a page number', (t) => {
    expect(isPageNumber(t)).toBe(true);
  });
  it.each(['2021年', '一、总体情况', '3.加强执法', '（三）', '2022-03-01', '第三章'])('%s is not', (t) => {
    expect(isPageNumber(t)).toBe(false);
  });
});

/** A page of runs laid out as a writer would: 16 pt text, 10 Chinese characters a full line. */
const run = (str: string, x: number, y: number, fontSize = 16): TextRun => ({ str, x, y, width: [...str].length * fontSize, fontSize });

describe('layoutLines', () => {
  const page = (n: number, body: TextRun[]) => ({
    runs: [run('某县2022年法治政府建设报告', 100, 800, 9), ...body, run(`第 ${n} 页 共 2 页`, 250, 40, 9)],
  });
  const pages = [
    page(1, [
      run('一、总体情况', 132, 700),
      run('今年以来，我县坚持依法', 100, 680), // a full line (x 100 → 276) after a heading: a new paragraph
      run('行政，取得了成效。', 100, 660),
      run('（一）组织领导', 132, 640),
      run('成立领导小组，统筹推进', 100, 620),
    ]),
    page(2, [run('各项工作落地落实。', 100, 700), run('二、存在问题', 132, 680)]),
  ];
  const lines = layoutLines(pages);

  it('marks the running head and the page numbers as chrome', () => {
    expect(lines.filter((l) => l.chrome)).toEqual([
      { text: '某县2022年法治政府建设报告', chrome: 'running head' },
      { text: '第1页共2页', chrome: 'page number' },
      { text: '某县2022年法治政府建设报告', chrome: 'running head' },
      { text: '第2页共2页', chrome: 'page number' },
    ]);
  });

  it('joins lines that ran to the margin, across a page break, and starts a paragraph at an indent', () => {
    expect(lines.filter((l) => !l.chrome).map((l) => l.text)).toEqual([
      '一、总体情况',
      '今年以来，我县坚持依法行政，取得了成效。',
      '（一）组织领导',
      '成立领导小组，统筹推进各项工作落地落实。',
      '二、存在问题',
    ]);
  });

  it('writes radicals that a font shares with characters as the characters', () => {
    expect(unifyRadicals('⼈⺠政府⼯作⻓效')).toBe('人民政府工作长效');
    expect(layoutLines([{ runs: [run('⼈⺠', 100, 700), run('政府', 132, 700)] }])).toEqual([{ text: '人民政府' }]);
  });
});

describe('how a document original is named and published', () => {
  const pdf = new TextEncoder().encode('%PDF-1.7\n');
  it('a PDF keeps or gets the .pdf extension its bytes call for', () => {
    expect(originalName('report.pdf', pdf)).toBe('report.pdf');
    expect(originalName('download.do', pdf)).toBe('download.do.pdf');
    expect(originalName('page.html', new TextEncoder().encode('<html>'))).toBe('page.html');
    // A page a CMS served as a Word file is a page: published as text, like every page.
    expect(originalName('report.doc', new TextEncoder().encode('<html>'))).toBe('report.doc.txt');
  });
  it('PDF and Word originals are published as themselves, with their own type; pages as text', () => {
    expect(rawPublishedName('raw/report.pdf')).toBe('report.pdf');
    expect(rawPublishedName('raw/report.docx')).toBe('report.docx');
    expect(rawPublishedName('raw/report.DOC')).toBe('report.DOC');
    expect(rawPublishedName('raw/page.html')).toBe('page.html.txt');
    expect(rawPublishedName('raw/report.pdf.html')).toBe('report.pdf.html.txt');
    expect(rawContentType('report.pdf')).toBe('application/pdf');
    expect(rawContentType('report.docx')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(rawContentType('report.doc')).toBe('application/msword');
    expect(rawContentType('page.html.txt')).toBe('text/plain');
  });
});

describe('the report reader and document originals', () => {
  const report = (raw: string, encoding?: string) =>
    `---\ntitle: 忠县人民政府2021年法治政府建设年度报告\nkind: report\nregion: '500233'\nregionName: 重庆市忠县\nlevel: county\nissuer: government\npublisher: 忠县人民政府\nyear: 2021\nscript: Hans\nsource:\n  archived: '2026-12-05'\n  raw: ${raw}\n  sha256: ${'a'.repeat(64)}\n${encoding ? `  encoding: ${encoding}\n` : ''}---\n\n忠县坚持依法行政。\n`;
  it('reads a PDF or Word original without an encoding, and refuses a page without one', () => {
    expect(readReport(report('raw/zhongxian-2021.pdf'), '500233-2021-gov').ok).toBe(true);
    expect(readReport(report('raw/zhongxian-2021.doc'), '500233-2021-gov').ok).toBe(true);
    expect(readReport(report('raw/page.html', 'utf-8'), '500233-2021-gov').ok).toBe(true);
    const r = readReport(report('raw/page.html'), '500233-2021-gov');
    expect(r.ok ? [] : r.problems.map((p) => p.field)).toEqual(['source.encoding']);
  });
});
