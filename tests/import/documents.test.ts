/**
 * PDF and Word reports, made by real writers (Chromium's print-to-PDF with CJK fonts, LibreOffice's
 * .docx and .doc) from the same report as tests/fixtures/documents/zhongxian-2021.html, import as
 * that page does. See tests/fixtures/documents/README.md for how each file was made.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/import/decode.ts';
import { importAny } from '../../src/import/import-any.ts';
import type { ImportOptions, ImportResult } from '../../src/import/import-source.ts';
import { toLines } from '../../src/import/lines.ts';
import { NoTextLayerError } from '../../src/import/pdf-text.ts';
import { fullWidthPunctuation } from '../../src/import/punctuation.ts';
import { gazetteer } from '../../src/lib/gazetteer-data.ts';
import { markdownText, ROOT } from '../helpers.ts';

export const DOCS = join(ROOT, 'tests/fixtures/documents');
const gaz = gazetteer();
const read = (f: string) => new Uint8Array(readFileSync(join(DOCS, f)));
const opts = (f: string, more: Partial<ImportOptions> = {}): ImportOptions => ({ fileName: f, rawPath: `raw/${f}`, archived: '2026-12-05', ...more });
const load = (f: string, more?: Partial<ImportOptions>) => importAny(read(f), gaz, opts(f, more));

/**
 * The text a reader compares: Chromium's PDF text layer writes the font's one glyph for — and ―
 * as U+2015 (both are used for 破折号 in Chinese text; GBK and GB18030 map A1AA differently).
 */
const same = (md: string) => markdownText(md).replace(/―/g, '—');
const headings = (md: string) => md.split('\n').filter((l) => /^#{2,4} /.test(l));

describe.each(['zhongxian-2021.pdf', 'zhongxian-2021.docx', 'zhongxian-2021.doc'])('%s imports as the HTML of the same report', (file) => {
  let html: ImportResult;
  let doc: ImportResult;
  beforeAll(async () => {
    html = await load('zhongxian-2021.html');
    doc = await load(file);
  });

  it('one report, with the same id, region, year, level, issuer, publisher and title', () => {
    expect(doc.reports).toHaveLength(1);
    const [h, d] = [html.reports[0]!, doc.reports[0]!];
    expect(h.data.region).toBe('500233');
    expect(h.data.publisher).toBe('忠县人民政府');
    for (const k of ['region', 'year', 'level', 'issuer', 'publisher', 'title', 'kind', 'script'] as const) expect(d.data[k], k).toEqual(h.data[k]);
    expect(d.id).toBe(h.id);
    expect(d.warnings).toEqual(h.warnings);
    expect(d.evidence.region).toEqual(h.evidence.region);
    expect(d.evidence.year).toEqual(h.evidence.year);
  });

  it('the same text, sentence for sentence, and the same outline', () => {
    const [h, d] = [html.reports[0]!, doc.reports[0]!];
    expect(same(d.body)).toBe(same(h.body));
    expect(headings(d.body)).toEqual(headings(h.body));
    expect(headings(d.body).length).toBeGreaterThanOrEqual(10);
  });

  it('records the document, not a text encoding, and its own hash', () => {
    const d = doc.reports[0]!.data;
    expect(d.source.encoding).toBeUndefined();
    expect(d.source.sha256).toBe(doc.sha256);
    expect(doc.sha256).not.toBe(html.sha256);
  });
});

describe('a PDF printed by Chromium: page chrome and no loss', () => {
  let r: ImportResult;
  beforeAll(async () => {
    r = await load('zhongxian-2021.pdf');
  });

  it('removes the nine page numbers (— N —) and the running head of every page as chrome', () => {
    expect(r.removed.filter((l) => l.rule === 'page number').map((l) => l.text)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `—${n}—`));
    const heads = r.removed.filter((l) => l.rule === 'running head');
    expect(heads).toHaveLength(9);
    for (const h of heads) expect(h.text).toBe('忠县人民政府2021年法治政府建设年度报告');
    const body = r.reports[0]!.body;
    expect(body).not.toMatch(/— \d+ —|^\s*\d+\s*$/m);
    expect(body).not.toContain('忠县人民政府2021年法治政府建设年度报告');
  });

  it('joins the lines the page width broke into paragraphs, across page breaks too', async () => {
    const paragraphs = (md: string) => md.split('\n').filter((l) => l.trim());
    const html = (await load('zhongxian-2021.html')).reports[0]!.body;
    const pdf = r.reports[0]!.body;
    // One paragraph of the page is one paragraph of the PDF's report, though it ran over 9 to 30 lines
    // of print, and the text of (二) over two page breaks.
    expect(paragraphs(pdf)).toHaveLength(paragraphs(html).length);
    expect(paragraphs(pdf).length).toBeGreaterThan(20);
    expect(paragraphs(pdf).find((p) => p.startsWith('一是提升营商环境'))).toContain('纳入业务规范予以细化考核');
  });

  it('accounts for every line of the text layer exactly once: report body, metadata or chrome', () => {
    expect(r.text).toBeDefined();
    const lines = toLines(r.text!);
    const owners = new Map<number, string[]>();
    const own = (n: number, who: string) => owners.set(n, [...(owners.get(n) ?? []), who]);
    for (const l of r.removed) if (!l.partial) own(l.n, `chrome:${l.rule}`);
    for (const l of r.consumed) own(l.n, l.as);
    for (const rep of r.reports) for (const n of rep.bodyLines) own(n, rep.id);
    for (const l of lines) expect(owners.get(l.n), `line ${l.n}: ${l.text}`).toHaveLength(1);
    const byNumber = new Map(lines.map((l) => [l.n, l.text]));
    const rep = r.reports[0]!;
    expect(markdownText(rep.body)).toBe(rep.bodyLines.map((n) => fullWidthPunctuation(byNumber.get(n)!)).join('').replace(/\s+/g, ''));
  });

  it('writes the characters, not the radicals that share their glyphs (人 not ⼈, 民 not ⺠)', () => {
    expect(r.text).not.toMatch(/[\u2e80-\u2eff\u2f00-\u2fdf]/u);
    expect(r.reports[0]!.body).toContain('人民法院');
  });
});

describe('documents that cannot be read', () => {
  it('a scan (pages that are pictures) is refused: no text layer, OCR it', async () => {
    const e = await load('zhongxian-2021-scan.pdf').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NoTextLayerError);
    expect((e as InputError).message).toMatch(/no text layer.*scan/);
    expect((e as InputError).fix).toMatch(/OCR/);
  });

  it('a PDF that is mostly pictures of pages (a typed first page, three scanned) is refused, not imported in part', async () => {
    const e = await load('zhongxian-2021-mostly-scan.pdf').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NoTextLayerError);
    expect((e as InputError).message).toMatch(/^3 of the PDF's 4 pages have no text layer/);
  });

  it('a PDF with one picture of a page among typed pages is imported with a warning naming the page', async () => {
    const r = await load('zhongxian-2021-picture-page.pdf');
    expect(r.reports[0]!.data.region).toBe('500233');
    expect(r.reports[0]!.warnings).toEqual([expect.stringMatching(/^page 3 of the PDF has no text \(blank, or a picture of a page\).*OCR/)]);
  });

  it('a PDF with an open password is refused as encrypted', async () => {
    const e = await load('zhongxian-2021-encrypted.pdf').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toMatch(/encrypted with a password/);
    expect((e as InputError).fix).toMatch(/unprotected copy/);
  });

  const pdf = read('zhongxian-2021.pdf');
  const docx = read('zhongxian-2021.docx');
  const doc = read('zhongxian-2021.doc');
  it.each([
    ['a truncated PDF', 'cut.pdf', pdf.subarray(0, 4000), /PDF cannot be read|PDF's text cannot be read/],
    ['a file named .pdf that is not one', 'fake.pdf', new TextEncoder().encode('<html>not a pdf</html>'), /not a PDF/],
    ['a truncated .docx', 'cut.docx', docx.subarray(0, 3000), /\.docx file cannot be read/],
    ['a zip that is not a Word document', 'other.docx', Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]), /\.docx file cannot be read/],
    ['a truncated .doc', 'cut.doc', doc.subarray(0, 1024), /\.doc file cannot be read/],
    ['an RTF saved as .doc', 'rtf.doc', new TextEncoder().encode('{\\rtf1\\ansi 法治政府建设}'), /RTF document/],
  ])('%s gets an InputError naming the problem and a fix', async (_name, file, bytes, problem) => {
    const e = await importAny(bytes, gaz, opts(file)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toMatch(problem);
    expect((e as InputError).fix.length).toBeGreaterThan(10);
  });

  it('a “.doc” that is really a saved web page is imported as the page', async () => {
    const r = await importAny(read('zhongxian-2021.html'), gaz, opts('attachment.doc'));
    expect(r.reports[0]!.data.region).toBe('500233');
    expect(r.encoding).toBe('utf-8');
  });

  it('leaves the caller’s bytes as they were (the raw original is kept byte for byte)', async () => {
    const bytes = read('zhongxian-2021.pdf');
    const copy = bytes.slice();
    await importAny(bytes, gaz, opts('zhongxian-2021.pdf'));
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true);
  });
});
