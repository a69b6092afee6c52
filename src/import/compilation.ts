/**
 * Compilations: one page holding many reports, with a 目录 (table of contents) listing them by
 * section (省级 / 市级 / 部门 / 其他). The contents are parsed, then the text is cut into articles
 * at each article's title (the line before its date line or byline), in contents order.
 */
import type { SourceLine } from './lines.ts';
import { byline, dateLine } from './title.ts';

export interface TocEntry {
  index: number;
  title: string;
  /** The section heading the entry stands under (省级, 市级, 部门, 其他). */
  category?: string;
}

export interface Toc {
  entries: TocEntry[];
  /** Lines before the contents (the compilation's own title and blurb). */
  header: SourceLine[];
  /** The contents' own lines. */
  lines: SourceLine[];
  /** Everything after the contents. */
  rest: SourceLine[];
}

const TOC_HEADING = /^目\s*录$/;
const SECTION = /^[一二三四五六七八九十]+、\s*(\S{1,8})$/;
const ENTRY = /^(\d{1,3})\s*[.．、]\s*(.*)$/;
const PAGE_NO = /[\s·.…]+\d{1,4}$/;

export function parseToc(lines: SourceLine[]): Toc | undefined {
  const start = lines.findIndex((l) => TOC_HEADING.test(l.text));
  if (start < 0) return undefined;
  const entries: TocEntry[] = [];
  let category: string | undefined;
  let open: TocEntry | undefined;
  let i = start + 1;
  for (; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (open) {
      open.title += t.replace(PAGE_NO, '');
      if (PAGE_NO.test(t)) open = undefined;
      continue;
    }
    const sec = t.match(SECTION);
    if (sec) {
      category = sec[1];
      continue;
    }
    const e = t.match(ENTRY);
    if (!e || Number(e[1]) !== entries.length + 1) break;
    const entry: TocEntry = { index: Number(e[1]), title: e[2]!.replace(PAGE_NO, ''), ...(category ? { category } : {}) };
    entries.push(entry);
    if (!PAGE_NO.test(t)) open = entry;
  }
  if (entries.length < 2) return undefined;
  for (const e of entries) e.title = e.title.replace(/[·\s]+$/, '').trim();
  return { entries, header: lines.slice(0, start), lines: lines.slice(start, i), rest: lines.slice(i) };
}

export interface Article {
  entry: TocEntry;
  title: SourceLine;
  date?: { line: SourceLine; iso: string };
  byline?: { line: SourceLine; organ: string; role?: string; name: string };
  body: SourceLine[];
}

const looksLikeTitle = (t: string) => [...t].length <= 40 && !/[。；！？]$/.test(t);

/** Cuts the text after the contents into articles; returns the count found when it does not match the contents. */
export function splitArticles(toc: Toc): { articles: Article[] } | { found: number } {
  const rest = toc.rest;
  const starts: number[] = [];
  for (let i = 1; i < rest.length; i++) {
    const t = rest[i]!.text;
    if (!looksLikeTitle(rest[i - 1]!.text)) continue;
    if (dateLine(t) || byline(t)) {
      // A title directly followed by a byline, then a date, is one article, not two.
      if (starts.length && starts[starts.length - 1] === i - 2) continue;
      starts.push(i - 1);
    }
  }
  if (starts.length !== toc.entries.length) return { found: starts.length };
  const articles = starts.map((s, k) => {
    const end = starts[k + 1] ?? rest.length;
    const lines = rest.slice(s + 1, end);
    const a: Article = { entry: toc.entries[k]!, title: rest[s]!, body: [] };
    let j = 0;
    for (; j < 2 && j < lines.length; j++) {
      const l = lines[j]!;
      const iso = dateLine(l.text);
      const by = byline(l.text);
      if (iso && !a.date) a.date = { line: l, iso };
      else if (by && !a.byline) a.byline = { line: l, ...by };
      else break;
    }
    a.body = lines.slice(j);
    return a;
  });
  return { articles };
}

/** The year a compilation says its reports cover (2022年法治政府建设工作总结…汇编). */
export function compilationYear(header: SourceLine[]): number | undefined {
  for (const l of header) {
    const m = l.text.match(/((?:19|20)\d{2})\s*年度?法治政府建设/);
    if (m) return Number(m[1]);
  }
  return undefined;
}
