/** Real report pages (tests/fixtures/real-pages) served as HTML pages, in UTF-8 or GBK. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { ROOT } from '../helpers.ts';

export const REAL = join(ROOT, 'tests/fixtures/real-pages');

export interface Expected {
  file: string;
  region_code: string;
  report_year: number | null;
  is_report: boolean;
}
export const expected = JSON.parse(readFileSync(join(REAL, 'expected.json'), 'utf8')) as Expected[];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The fixture's text as a CMS page: a <title>, the text in #zoom, one paragraph per line. */
export function pageHtml(file: string, charset?: string): string {
  const lines = readFileSync(join(REAL, 'pages', file), 'utf8').split('\n').filter((l) => l.trim());
  const title = lines.find((l) => /报告/.test(l) && l.length < 60) ?? lines[0]!;
  const meta = charset ? `<meta charset="${charset}">` : '';
  return `<!DOCTYPE html><html><head>${meta}<title>${esc(title.trim())}</title></head><body><div id="zoom">${lines.map((l) => `<p>${esc(l)}</p>`).join('')}</div></body></html>`;
}

/** The page's bytes in UTF-8 or GBK; `declare` puts the charset in a <meta> too. */
export function pageBytes(file: string, encoding: 'utf-8' | 'gbk', declare: boolean): Uint8Array {
  const html = pageHtml(file, declare ? encoding : undefined);
  return encoding === 'utf-8' ? new TextEncoder().encode(html) : new Uint8Array(iconv.encode(html, 'gbk'));
}
