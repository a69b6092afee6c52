/**
 * node scripts/make-document-fixtures.ts
 *
 * Makes the PDF and Word fixtures of tests/fixtures/documents/ with real writers, from one bundled
 * report (content/raw/003_ced26390e78030fa.txt, 忠县人民政府2021年法治政府建设年度报告):
 *
 * - zhongxian-2021.html: the report as a document (title and paragraphs, without the web page's
 *   chrome), the HTML the other files are made from and compared with;
 * - zhongxian-2021.pdf: Chromium's print-to-PDF (playwright-core page.pdf) with the machine's Noto CJK
 *   fonts, A4, a running head (the title) and a page number footer (— N —) on every page;
 * - zhongxian-2021.docx and zhongxian-2021.doc: LibreOffice (soffice --headless --convert-to) from the
 *   same HTML, as Word 2007 XML and as Word 97;
 * - zhongxian-2021-scan.pdf: a scan: Chromium's print of a page holding only a PNG screenshot of the
 *   report's first screen, so the PDF has no text layer.
 * - zhongxian-2021-mostly-scan.pdf: the title and first paragraph typed, then three pictures of pages;
 * - zhongxian-2021-picture-page.pdf: the title and first three paragraphs typed (two pages), then one picture of a page;
 * - zhongxian-2021-encrypted.pdf: LibreOffice's PDF export of the .docx with an open password (“secret”).
 *
 * Needs /usr/bin/chromium, soffice and fonts-noto-cjk; the tests only read the committed files.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../tests/browser/chromium.ts';
import { CHROME as SEED_CHROME, RAW } from '../tests/fixtures/seeds.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = process.env.FIXTURES_OUT ?? join(ROOT, 'tests/fixtures/documents');
const SOURCE = join(RAW, '003_ced26390e78030fa.txt');
// The web page's own chrome in the saved page.
const CHROME = new Set(SEED_CHROME['003_ced26390e78030fa.txt']);

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const lines = readFileSync(SOURCE, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !CHROME.has(l));
const [title, ...paragraphs] = lines;
const FONT = "'Noto Serif CJK SC', 'Noto Sans CJK SC', serif";
const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(title!)}</title>
<style>
  @page { size: A4; margin: 28mm 25mm 25mm 25mm; }
  body { font-family: ${FONT}; font-size: 16pt; line-height: 1.6; }
  h1 { font-size: 22pt; text-align: center; font-weight: bold; }
  p { text-indent: 2em; margin: 0; text-align: justify; }
</style>
</head>
<body>
<h1>${esc(title!)}</h1>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</body>
</html>
`;
writeFileSync(join(OUT, 'zhongxian-2021.html'), html);

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  const small = `font-family: ${FONT}; font-size: 9pt; width: 100%; text-align: center; color: #444;`;
  await page.pdf({
    path: join(OUT, 'zhongxian-2021.pdf'),
    format: 'A4',
    preferCSSPageSize: true,
    displayHeaderFooter: true,
    headerTemplate: `<div style="${small}">${esc(title!)}</div>`,
    footerTemplate: `<div style="${small}">— <span class="pageNumber"></span> —</div>`,
  });
  // The scan: the first screen of the report as a picture, and nothing else on the page.
  await page.setViewportSize({ width: 794, height: 1123 });
  const png = await page.screenshot({ type: 'png' });
  const scan = await browser.newPage();
  await scan.setContent(
    `<!doctype html><html><head><style>@page{size:A4;margin:0}body{margin:0}img{width:100%}</style></head><body><img src="data:image/png;base64,${png.toString('base64')}" alt=""></body></html>`,
    { waitUntil: 'load' },
  );
  await scan.pdf({ path: join(OUT, 'zhongxian-2021-scan.pdf'), format: 'A4', preferCSSPageSize: true });
  // Scans with some typed text: a typed first page and three pictures of pages (mostly a scan), and
  // the report's start typed with one picture of a page after it (one page of three without text).
  const jpeg = (await page.screenshot({ type: 'jpeg', quality: 40 })).toString('base64');
  const picture = `<div style="page-break-before:always"><img src="data:image/jpeg;base64,${jpeg}" alt="" style="width:100%"></div>`;
  const typedStart = html.replace(/(<p>[\s\S]*?<\/p>)[\s\S]*(<\/body>)/, `$1${picture.repeat(3)}$2`);
  await scan.setContent(typedStart, { waitUntil: 'load' });
  await scan.pdf({ path: join(OUT, 'zhongxian-2021-mostly-scan.pdf'), format: 'A4', preferCSSPageSize: true });
  const firstParagraphs = html.replace(/((?:<p>[\s\S]*?<\/p>\n){3})[\s\S]*(<\/body>)/, `$1${picture}$2`);
  await scan.setContent(firstParagraphs, { waitUntil: 'load' });
  await scan.pdf({ path: join(OUT, 'zhongxian-2021-picture-page.pdf'), format: 'A4', preferCSSPageSize: true });
} finally {
  await browser.close();
}

// LibreOffice opens the HTML as a Writer document (not Writer/Web, which cannot save Word files).
const work = mkdtempSync(join(tmpdir(), 'docs-'));
try {
  for (const [ext, filter] of [['docx', 'docx:MS Word 2007 XML'], ['doc', 'doc:MS Word 97']] as const) {
    execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--infilter=HTML (StarWriter)', '--convert-to', filter, '--outdir', work, join(OUT, 'zhongxian-2021.html')], { stdio: 'inherit' });
    renameSync(join(work, `zhongxian-2021.${ext}`), join(OUT, `zhongxian-2021.${ext}`));
  }
  const encrypt = 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}';
  execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', encrypt, '--outdir', work, join(OUT, 'zhongxian-2021.docx')], { stdio: 'inherit' });
  renameSync(join(work, 'zhongxian-2021.pdf'), join(OUT, 'zhongxian-2021-encrypted.pdf'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`wrote ${OUT}`);
