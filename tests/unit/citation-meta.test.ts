/**
 * The citation metadata of a report page, from its frontmatter: Highwire tags as Zotero's
 * Embedded Metadata translator and Google Scholar read them, schema.org JSON-LD checked against
 * the vocabulary, and CSL-JSON checked against the CSL schema. Pure functions, fixtures only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { cslJson } from '../../src/lib/citation.ts';
import { firstParagraph } from '../../src/lib/first-paragraph.ts';
import { gazetteer } from '../../src/lib/gazetteer-data.ts';
import { highwireTags } from '../../src/lib/highwire.ts';
import { jsonLdScript, reportJsonLd } from '../../src/lib/report-jsonld.ts';
import type { ReportMeta } from '../../src/lib/report-meta.ts';
import type { ReportData } from '../../src/lib/report-schema.ts';
import { expand, pendingTerms, vocabularyProblems } from '../schema-org.ts';

const SITE = 'https://a.org/';
function meta(over: Partial<ReportData> = {}, source: Partial<ReportData['source']> = {}): ReportMeta {
  const data: ReportData = {
    title: '忠县人民政府2021年法治政府建设年度报告', titleSupplied: false, kind: 'report', region: '500233', regionName: '重庆市忠县',
    level: 'county', issuer: 'government', publisher: '忠县人民政府', year: 2021, published: '2022-02-14', script: 'Hans',
    source: { url: 'http://www.zhongxian.gov.cn/zwgk/fzzf/2022.html', archived: '2026-11-21', raw: 'raw/zx.html', sha256: 'a'.repeat(64), encoding: 'utf-8', mediaType: 'text/html', ...source },
    page: {}, distinct: false, ...over,
  };
  const places = gazetteer().path(data.region).map((p) => ({ code: p.code, name: p.name, level: p.level, url: `${SITE}regions/${p.code}/` }));
  return { id: `${data.region}-${data.year}-gov`, data, url: `${SITE}reports/${data.region}-${data.year}-gov/`, markdownUrl: `${SITE}reports/x.md`, rawUrl: `${SITE}raw/zx.html.txt`, places, abstract: '2021年，忠县坚持以习近平法治思想为指导。' };
}
const tags = (m: ReportMeta) => Object.fromEntries(highwireTags(m).map(([k, v]) => [k, v]));
const all = (m: ReportMeta, name: string) => highwireTags(m).filter(([k]) => k === name).map(([, v]) => v);

describe('Highwire citation_* tags', () => {
  it('describe a report by its organ, as Zotero saves a report (not a journal article) with the organ as institutional author', () => {
    const t = tags(meta());
    expect(t.citation_title).toBe('忠县人民政府2021年法治政府建设年度报告');
    expect(all(meta(), 'citation_author')).toEqual(['忠县人民政府']);
    // Zotero's translator makes a “report” item only when this tag is present.
    expect(t.citation_technical_report_institution).toBe('忠县人民政府');
    expect(t.citation_publisher).toBe('忠县人民政府');
    expect(t.citation_publication_date).toBe('2022/02/14');
    expect(t.citation_online_date).toBe('2026/11/21');
    expect(t.citation_language).toBe('zh-Hans');
    expect(t.citation_abstract).toBe('2021年，忠县坚持以习近平法治思想为指导。');
    expect(t.citation_public_url).toBe(`${SITE}reports/500233-2021-gov/`);
    expect(t['DC.source']).toBe('http://www.zhongxian.gov.cn/zwgk/fzzf/2022.html');
    expect(t['DCTERMS.spatial']).toBe('重庆市忠县');
    expect(t['DCTERMS.temporal']).toBe('2021');
  });

  it('give no date at all when the page had none, rather than the archive’s date for the report’s', () => {
    const t = tags(meta({ published: undefined }));
    expect(t).not.toHaveProperty('citation_publication_date');
    expect(t).not.toHaveProperty('citation_online_date');
    expect(t).not.toHaveProperty('DC.date');
  });

  it('offer the original as the full-text PDF only when it is a PDF', () => {
    expect(tags(meta())).not.toHaveProperty('citation_pdf_url');
    expect(tags(meta({}, { mediaType: 'application/pdf', raw: 'raw/zx.pdf' })).citation_pdf_url).toBe(`${SITE}raw/zx.html.txt`);
  });

  it('keep an organ one author even when its name holds ASCII , or ; (Zotero splits authors there)', () => {
    expect(all(meta({ publisher: 'Office A, Bureau; B' }), 'citation_author')).toEqual(['Office A， Bureau； B']);
  });

  it('name a signed article’s author, and do not call it a technical report', () => {
    const t = tags(meta({ kind: 'article', author: '魏芙蓉', issuer: 'other', publisher: '中共某市委党校' }));
    expect(t.citation_author).toBe('魏芙蓉');
    expect(t).not.toHaveProperty('citation_technical_report_institution');
  });

  it('mark a supplied title as the archive’s, in brackets', () => {
    expect(tags(meta({ titleSupplied: true })).citation_title).toBe('［忠县人民政府2021年法治政府建设年度报告］');
  });
});

describe('schema.org JSON-LD', () => {
  it('is a Report whose types and properties all exist in schema.org and fit their domains and ranges', async () => {
    const ex = await expand(reportJsonLd(meta()));
    expect(vocabularyProblems(ex)).toEqual([]);
    const report = ex[0]!;
    expect(report['@type']).toEqual(['http://schema.org/Report']);
    const pub = (report['http://schema.org/publisher'] as Record<string, unknown>[])[0]!;
    expect(pub['@type']).toEqual(['http://schema.org/GovernmentOrganization']);
    const area = (report['http://schema.org/spatialCoverage'] as Record<string, unknown>[])[0]!;
    expect(area['@type']).toEqual(['http://schema.org/AdministrativeArea']);
    expect(JSON.stringify(area['http://schema.org/identifier'])).toContain('"500233"');
    expect(report['http://schema.org/temporalCoverage']).toEqual([{ '@value': '2021' }]);
    expect(report['http://schema.org/datePublished']).toEqual([{ '@value': '2022-02-14', '@type': 'http://schema.org/Date' }]);
    expect(report['http://schema.org/isBasedOn']).toEqual([{ '@id': 'http://www.zhongxian.gov.cn/zwgk/fzzf/2022.html' }]);
    // archivedAt and sha256 are schema.org “pending” terms: known to the vocabulary, not yet core.
    expect(pendingTerms(ex)).toEqual(['archivedAt', 'sha256']);
  });

  it('validates for a central ministry, a signed article and a report of no known date', async () => {
    const ministry = meta({ region: '100000', regionName: '中央', level: 'central', issuer: 'department', publisher: '生态环境部', published: undefined }, { url: undefined });
    const article = meta({ kind: 'article', author: '魏芙蓉', issuer: 'other', publisher: '中共某市委党校' });
    for (const m of [ministry, article]) expect(vocabularyProblems(await expand(reportJsonLd(m)))).toEqual([]);
    expect(reportJsonLd(ministry).spatialCoverage).toMatchObject({ '@type': 'Country', identifier: 'CN' });
    expect(reportJsonLd(article).publisher).toMatchObject({ '@type': 'Organization' });
  });

  it('catches a misspelt property or a type outside a range (the check can fail)', async () => {
    const bad = { ...reportJsonLd(meta()), spatialCovrage: '重庆', publisher: { '@type': 'Place', name: 'x' } };
    const problems = vocabularyProblems(await expand(bad));
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual(expect.stringContaining('spatialCovrage: not a schema.org property'));
    expect(problems).toContainEqual(expect.stringContaining('publisher: a http://schema.org/Place is outside its range'));
  });

  it('cannot end its script element or open a comment, whatever a title holds', () => {
    const title = '</script><script>alert(1)</script><!-- & \u2028';
    const text = jsonLdScript(reportJsonLd(meta({ title })));
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text).name).toBe(title);
  });
});

describe('CSL-JSON', () => {
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/csl/csl-data.json'), 'utf8')) as object;
  const validate = new Ajv({ strict: false }).compile(schema);

  it('is valid CSL data: a report with the organ as an institutional (literal) author', () => {
    const csl = cslJson(meta(), '2026-12-05');
    expect(validate(csl), JSON.stringify(validate.errors)).toBe(true);
    expect(csl[0]).toMatchObject({
      type: 'report', title: '忠县人民政府2021年法治政府建设年度报告', author: [{ literal: '忠县人民政府' }], publisher: '忠县人民政府',
      'publisher-place': '重庆市忠县', issued: { 'date-parts': [[2022, 2, 14]] }, accessed: { 'date-parts': [[2026, 12, 5]] },
      URL: `${SITE}reports/500233-2021-gov/`, language: 'zh-Hans', source: 'http://www.zhongxian.gov.cn/zwgk/fzzf/2022.html',
    });
  });

  it('has no issued date when the page gave none, and makes a signed article a web page by its author', () => {
    const csl = cslJson(meta({ published: undefined, kind: 'article', author: '魏芙蓉' }), '2026-12-05');
    expect(validate(csl), JSON.stringify(validate.errors)).toBe(true);
    expect(csl[0]).not.toHaveProperty('issued');
    expect(csl[0]).toMatchObject({ type: 'webpage', author: [{ literal: '魏芙蓉' }] });
  });

  it('the schema refuses what CSL does not know (the check can fail)', () => {
    expect(validate([{ ...cslJson(meta(), '2026-12-05')[0], type: 'government-report' }])).toBe(false);
    expect(validate([{ ...cslJson(meta(), '2026-12-05')[0], authors: [] }])).toBe(false);
  });
});

describe('the first paragraph as abstract', () => {
  it('skips headings and lists, and gives the text without Markdown', () => {
    expect(firstParagraph('## 一、概况\n\n- 列表\n\n2021年，**忠县**坚持[依法行政](https://x.cn)。\n\n第二段。')).toBe('2021年，忠县坚持依法行政。');
  });
  it('cuts a long opening at a full stop', () => {
    const long = `${'甲'.repeat(200)}。${'乙'.repeat(300)}。`;
    expect(firstParagraph(long)).toBe(`${'甲'.repeat(200)}。…`);
  });
  it('is undefined for a body with no prose', () => {
    expect(firstParagraph('## 标题\n\n| a | b |\n| - | - |')).toBeUndefined();
  });
});
