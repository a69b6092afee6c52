/** npm run import takes PDF and Word files as it takes pages: review JSON, refusals, the original kept. */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCheck, runImport, snapshot, tempDir } from '../helpers.ts';

const DOCS = join(ROOT, 'tests/fixtures/documents');

describe('npm run import -- --dry-run --json report.pdf', () => {
  const dir = tempDir();
  const content = join(dir, 'content');
  mkdirSync(content);
  const r = runImport(['--dry-run', '--json', '--content', content, '--archived', '2026-12-05', join(DOCS, 'zhongxian-2021.pdf')]);

  it('prints the review JSON of the report in the PDF, and writes nothing', () => {
    expect(r.status, r.stderr).toBe(0);
    const [report] = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      id: '500233-2021-gov',
      title: '忠县人民政府2021年法治政府建设年度报告',
      region: { code: '500233', province: '重庆市', county: '忠县' },
      level: 'county',
      issuer: 'government',
      publisher: '忠县人民政府',
      year: 2021,
      source: { raw: 'raw/zhongxian-2021.pdf', encoding: null, mediaType: 'application/pdf' },
      warnings: [],
    });
    expect(report.chars).toBeGreaterThan(6000);
    expect(r.stderr).toMatch(/would import 1 reports .* from 1 files; 0 files failed/);
    expect(snapshot(content)).toEqual({});
  });
});

describe('a run with broken documents and a good one', () => {
  const dir = tempDir();
  const content = join(dir, 'content');
  mkdirSync(content);
  const bad = {
    scan: join(DOCS, 'zhongxian-2021-scan.pdf'),
    encrypted: join(DOCS, 'zhongxian-2021-encrypted.pdf'),
    cut: join(dir, 'cut.pdf'),
    docx: join(dir, 'damaged.docx'),
  };
  writeFileSync(bad.cut, readFileSync(join(DOCS, 'zhongxian-2021.pdf')).subarray(0, 5000));
  writeFileSync(bad.docx, readFileSync(join(DOCS, 'zhongxian-2021.docx')).subarray(0, 4000));
  const good = join(DOCS, 'zhongxian-2021.doc');
  const r = runImport(['--content', content, '--archived', '2026-12-05', bad.scan, bad.encrypted, good, bad.cut, bad.docx]);
  const errors = r.stderr.split('\n').filter((l) => l.startsWith('error:'));

  it('refuses each broken file with one line naming it, the problem and the fix', () => {
    expect(r.status).toBe(1);
    expect(errors).toHaveLength(4);
    const line = (file: string) => errors.find((l) => l.startsWith(`error: ${file}: `)) ?? '';
    expect(line(bad.scan)).toMatch(/no text layer.*scan.*Fix: run OCR/);
    expect(line(bad.encrypted)).toMatch(/encrypted with a password.*Fix: /);
    expect(line(bad.cut)).toMatch(/PDF.*cannot be read.*Fix: download the file again/);
    expect(line(bad.docx)).toMatch(/\.docx file cannot be read.*Fix: /);
    expect(r.stderr).toMatch(/imported 1 reports .* from 1 files; 4 files failed/);
  });

  it('imports the good one, keeps its original byte for byte as itself, and passes check', () => {
    expect(readdirSync(join(content, 'raw'))).toEqual(['zhongxian-2021.doc']);
    expect(readFileSync(join(content, 'raw/zhongxian-2021.doc')).equals(readFileSync(good))).toBe(true);
    const md = readFileSync(join(content, 'reports/500233-2021-gov.md'), 'utf8');
    expect(md).toContain('raw: raw/zhongxian-2021.doc');
    expect(md).toContain('mediaType: application/msword');
    expect(md).not.toMatch(/^\s*encoding:/m);
    expect(runCheck(content).status).toBe(0);
  });
});

describe('a PDF saved under a name that does not say so', () => {
  it('is kept as raw/<name>.pdf, so that the archive publishes it as a PDF', () => {
    const dir = tempDir();
    const content = join(dir, 'content');
    mkdirSync(content);
    const file = join(dir, 'download.do');
    copyFileSync(join(DOCS, 'zhongxian-2021.pdf'), file);
    const r = runImport(['--content', content, '--archived', '2026-12-05', file]);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(content, 'raw/download.do.pdf'))).toBe(true);
    const md = readFileSync(join(content, 'reports/500233-2021-gov.md'), 'utf8');
    expect(md).toContain('originalName: download.do');
    expect(md).toContain('mediaType: application/pdf');
  });
});
