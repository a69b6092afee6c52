import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/import/decode.ts';
import { importSource } from '../../src/import/import-source.ts';
import { toLines } from '../../src/import/lines.ts';
import { gazetteer } from '../../src/lib/gazetteer-data.ts';
import { big5, cmsPage, gbk, representable, utf8Bom } from '../fixtures/encodings.ts';
import { RAW } from '../fixtures/seeds.ts';
import { runImport, tempDir } from '../helpers.ts';

const read = (f: string) => readFileSync(join(RAW, f));
const run = (bytes: Uint8Array, name: string) =>
  importSource(bytes, gazetteer(), { fileName: name, rawPath: `raw/${name}`, archived: '2026-11-21' });

const SHENGSI = '004_d9075f519bf93576.txt';
const BINJIANG = '002_7b5fe20ec12e36a6.txt';
const ZHONGXIAN = '003_ced26390e78030fa.txt';

describe('the same seed in other encodings imports to the same report', () => {
  it.each([SHENGSI, ZHONGXIAN])('%s as GBK', (f) => {
    const text = representable(read(f).toString('utf8'), 'gbk');
    const plain = run(Buffer.from(text), f).reports[0]!;
    const r = run(gbk(text), 'gbk.txt');
    expect(r.encoding).toBe('gb18030');
    expect(r.reports[0]!.body).toBe(plain.body);
    expect(r.reports[0]!.id).toBe(plain.id);
  });

  it('the traditional seed as Big5', () => {
    const text = representable(read(BINJIANG).toString('utf8'), 'big5');
    const plain = run(Buffer.from(text), BINJIANG).reports[0]!;
    const r = run(big5(text), 'big5.txt');
    expect(r.encoding).toBe('big5');
    expect(r.reports[0]!.body).toBe(plain.body);
    expect(r.reports[0]!.data.script).toBe('Hant');
    expect(r.reports[0]!.id).toBe('330108-2020-gov');
  });

  it.each([SHENGSI, BINJIANG])('%s as UTF-8 with BOM', (f) => {
    const plain = run(read(f), f).reports[0]!;
    const r = run(utf8Bom(read(f).toString('utf8')), 'bom.txt');
    expect(r.encoding).toBe('utf-8');
    expect(r.reports[0]!.body).toBe(plain.body);
  });

  it('the compilation (28 KB of GBK) splits into the same 24 articles', () => {
    const f = '001_e4f711ee96b42b0a.txt';
    const text = representable(read(f).toString('utf8'), 'gbk');
    const plain = run(Buffer.from(text), f).reports;
    const r = run(gbk(text), 'gbk.txt').reports;
    expect(r).toHaveLength(24);
    expect(r.map((x) => x.body)).toEqual(plain.map((x) => x.body));
  });
});

describe('a government CMS page (GBK HTML)', () => {
  // The 嵊泗 report's text, without its pasted chrome, as the page's content div would hold it.
  const plain = run(read(SHENGSI), SHENGSI).reports[0]!;
  const bodyLines = toLines(read(SHENGSI).toString('utf8')).filter((l) => plain.bodyLines.includes(l.n)).map((l) => l.text);
  const title = '嵊泗县人民政府2022年法治政府建设工作报告';
  const html = cmsPage({ title, date: '2023-03-29', source: '县法制办', lines: bodyLines, url: 'https://www.shengsi.gov.cn/art/2023/3/29/art_1229_3.html' });
  const r = run(gbk(html), 'page.html');
  const report = r.reports[0]!;

  it('decodes the declared charset and finds the article body', () => {
    expect(r.encoding).toBe('gb18030');
    expect(report.body).toBe(plain.body);
  });

  it('reads title, date, source and URL from the page', () => {
    expect(report.data.title).toBe(title);
    expect(report.data.titleSupplied).toBe(false);
    expect(report.data.published).toBe('2023-03-29');
    expect(report.data.source.url).toBe('https://www.shengsi.gov.cn/art/2023/3/29/art_1229_3.html');
    expect(report.data.page?.信息来源).toBe('县法制办');
    expect(report.id).toBe('330922-2022-gov');
  });

  it('carries no script, style, handler, image or page furniture into the archive', () => {
    expect(report.body).not.toMatch(/<|onclick|onerror|alert|script|注入|img\.example|横幅|打印本页|关闭窗口|版权所有|ICP备|您当前的位置|浏览次数/);
  });

  it('keeps tables as tables', () => {
    const withTable = cmsPage({ title, date: '2023-03-29', source: '县法制办', url: 'https://example.gov.cn/a.html', lines: bodyLines.slice(0, 3) })
      .replace('</div>\n<div class="bottom-tools">', '<table><tr><th>指标</th><th>数值</th></tr><tr><td>行政执法持证率</td><td>92.6%</td></tr></table></div>\n<div class="bottom-tools">');
    const t = run(gbk(withTable), 'table.html').reports[0]!;
    expect(t.body).toMatch(/\| 指标\s+\| 数值\s+\|/);
    expect(t.body).toMatch(/\| 行政执法持证率 \| 92\.6% \|/);
  });

  it('imports through the CLI like a text file', () => {
    const dir = tempDir();
    const file = join(dir, 'page.html');
    writeFileSync(file, gbk(html));
    const out = runImport(['--dry-run', '--json', '--content', join(dir, 'content'), file]);
    expect(out.status, out.stderr).toBe(0);
    expect(JSON.parse(out.stdout)[0].region.code).toBe('330922');
  });
});

describe('decodeBytes', () => {
  it('never lets mojibake through: GBK and Big5 decode back to the exact text', () => {
    for (const f of [SHENGSI, ZHONGXIAN, '001_e4f711ee96b42b0a.txt']) {
      const text = representable(read(f).toString('utf8'), 'gbk');
      expect(decodeBytes(gbk(text)).text).toBe(text);
    }
    const trad = representable(read(BINJIANG).toString('utf8'), 'big5');
    expect(decodeBytes(big5(trad)).text).toBe(trad);
  });

  it('normalizes to NFC', () => {
    expect(decodeBytes(Buffer.from('法治e\u0301', 'utf8')).text).toBe('法治\u00e9');
  });
});
