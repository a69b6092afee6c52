/**
 * The wrapper page of an attachment (ImportOptions.context: its title, date, address and 发布机构 …)
 * is evidence where the document says nothing, and never silently outranks what it says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAny } from '../../src/import/import-any.ts';
import { importSource, type ImportOptions } from '../../src/import/import-source.ts';
import { gazetteer } from '../../src/lib/gazetteer-data.ts';
import { ROOT } from '../helpers.ts';

const gaz = gazetteer();
const FILLER = '深入推进依法行政，严格规范公正文明执法，全面提升政府工作法治化水平。'.repeat(4);
// A Word attachment as such files often are: no title, no date, and only 我县 for the issuer.
const UNTITLED = `2022年，我县坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻习近平法治思想。${FILLER}\n一、2022年工作成效\n${FILLER}\n二、存在的问题\n${FILLER}`;
const text = (body: string, context: ImportOptions['context']) =>
  importSource(new TextEncoder().encode(body), gaz, { fileName: 'attachment.txt', rawPath: 'raw/attachment.txt', archived: '2026-12-05', ...(context ? { context } : {}) });

describe('an attachment that names neither itself nor its issuer', () => {
  it('without its wrapper page, it is refused: nothing says where it is from', () => {
    expect(() => text(UNTITLED, undefined)).toThrow(/region|names no/);
  });

  it('takes region, publisher and date from the wrapper page’s 发布机构 and 发布时间, and says so', () => {
    const r = text(UNTITLED, { page: { 发布机构: '嵊泗县人民政府办公室', 发布时间: '2023-03-29 15:48' } }).reports[0]!;
    expect(r.data.region).toBe('330922');
    expect(r.data.publisher).toBe('嵊泗县人民政府');
    expect(r.data.published).toBe('2023-03-29');
    expect(r.data.year).toBe(2022);
    expect(r.evidence.region.from).toBe('wrapper page (发布机构)');
    expect(r.evidence.issuer.from).toBe('wrapper page (发布机构)');
    expect(r.data.page).toMatchObject({ 发布机构: '嵊泗县人民政府办公室' });
  });

  it('takes its title from the wrapper page’s title, and says so', () => {
    const r = text(UNTITLED, { title: '嵊泗县人民政府2022年法治政府建设工作报告', published: '2023-03-29' }).reports[0]!;
    expect(r.data.title).toBe('嵊泗县人民政府2022年法治政府建设工作报告');
    expect(r.data.titleSupplied).toBe(false);
    expect(r.evidence.title.from).toBe('wrapper page');
    expect(r.data.region).toBe('330922');
    expect(r.data.published).toBe('2023-03-29');
  });
});

describe('a PDF whose wrapper page is given', () => {
  const file = join(ROOT, 'tests/fixtures/documents/zhongxian-2021.pdf');
  const load = (context: ImportOptions['context']) =>
    importAny(new Uint8Array(readFileSync(file)), gaz, { fileName: 'zhongxian-2021.pdf', rawPath: 'raw/zhongxian-2021.pdf', archived: '2026-12-05', ...(context ? { context } : {}) });

  it('keeps the wrapper page’s date, metadata and address, without warnings when they agree', async () => {
    const page = 'https://www.zhongxian.gov.cn/zwgk_254/fdzdgknr/fzzfjs/202202/t20220214_10395187.html';
    const r = (await load({ title: '忠县人民政府2021年法治政府建设年度报告', published: '2022-02-14', page: { 发布机构: '忠县人民政府办公室', 索引号: '11500233MB1C12345X/2022-00031' }, url: page })).reports[0]!;
    expect(r.data.region).toBe('500233');
    expect(r.data.published).toBe('2022-02-14');
    expect(r.data.page).toMatchObject({ 发布机构: '忠县人民政府办公室', 所在网页: page });
    expect(r.data.source.url).toBeUndefined();
    expect(r.evidence.title.from).toBe('title line');
    expect(r.warnings).toEqual([]);
  });

  it('keeps its own title over a wrapper page that calls it something else, with a warning', async () => {
    const r = (await load({ title: '忠县2021年度政府信息公开工作年度报告' })).reports[0]!;
    expect(r.data.title).toBe('忠县人民政府2021年法治政府建设年度报告');
    expect(r.warnings.join('\n')).toMatch(/wrapper page calls the report “忠县2021年度政府信息公开工作年度报告”.*--title/);
  });
});

describe('a document dated in its own text and on the wrapper page', () => {
  it('keeps its own date and warns that the wrapper page says another', () => {
    const r = text(`发布时间：2023-03-30\n嵊泗县人民政府2022年法治政府建设工作报告\n${UNTITLED}`, { published: '2023-03-29' }).reports[0]!;
    expect(r.data.published).toBe('2023-03-30');
    expect(r.warnings.join('\n')).toMatch(/wrapper page dates the report 2023-03-29, the document 2023-03-30.*--published/);
  });
});
