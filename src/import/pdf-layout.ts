/**
 * A PDF's text layer is positioned runs of glyphs, not paragraphs. This turns the runs of each page
 * into lines, marks what sits in the page's margins and repeats (running heads and foots, page
 * numbers) as chrome, and joins the lines that the page width broke back into paragraphs.
 * Pure: positioned text in, lines out (pdf-text.ts reads the runs from the file).
 */
import { unifyRadicals } from './cjk-radicals.ts';
import type { DocumentLine } from './document.ts';

/** One run of text as pdf.js places it (PDF units, origin bottom-left). */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

export interface PageRuns {
  runs: TextRun[];
}

interface Line {
  page: number;
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** Position among the page's lines from the top, and from the bottom. */
  fromTop: number;
  fromBottom: number;
  chrome?: string;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
};

/**
 * Spaces beside Chinese characters and punctuation: in a PDF they are layout (a writer's spacing
 * between Chinese and Western text, pdf.js's guess at a gap), not text a person typed.
 */
const CJK_SPACE = /(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…])\s+|\s+(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…])/gu;

/** Runs on one baseline make one line, read left to right. */
function pageLines(page: PageRuns, index: number): Line[] {
  const runs = page.runs.filter((r) => r.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextRun[][] = [];
  for (const r of runs) {
    const row = rows.find((row) => Math.abs(row[0]!.y - r.y) <= Math.max(1, 0.3 * Math.min(row[0]!.fontSize, r.fontSize)));
    if (row) row.push(r);
    else rows.push([r]);
  }
  rows.sort((a, b) => b[0]!.y - a[0]!.y);
  return rows.map((row, i) => {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = row[0]!.x;
    for (const r of row) {
      const gap = r.x - end;
      // Latin words set apart keep a space; a wide gap (a table's columns) keeps one too.
      if (text && gap > 0.2 * r.fontSize && ((/[\w,.;:)]$/.test(text) && /^[\w(]/.test(r.str)) || gap > 1.5 * r.fontSize)) text += ' ';
      text += r.str;
      end = Math.max(end, r.x + r.width);
    }
    return {
      page: index,
      text: unifyRadicals(text.replace(/\s+/g, ' ').replace(CJK_SPACE, '').trim()).normalize('NFC'),
      x0: row[0]!.x,
      x1: end,
      y: row[0]!.y,
      size: median(row.map((r) => r.fontSize)),
      fromTop: i,
      fromBottom: rows.length - 1 - i,
    };
  });
}

/** — 3 —, -3-, 第3页, 第 3 页 共 9 页, 3/9, Page 3 of 9, - 三 -: a page number and nothing else. */
export function isPageNumber(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return (
    /^[-—–－―~～·•.]*\d{1,4}[-—–－―~～·•.]*$/.test(t) ||
    /^[-—–－―]*[一二三四五六七八九十百〇零]{1,4}[-—–－―]+$/.test(t) ||
    /^第\d{1,4}页([,，/]?共\d{1,4}页)?$/.test(t) ||
    /^共\d{1,4}页[,，/]?第\d{1,4}页$/.test(t) ||
    /^\d{1,4}\/\d{1,4}$/.test(t) ||
    /^(page|p\.?)\d{1,4}(of\d{1,4})?$/i.test(t)
  );
}

/** How many lines at a page's top or bottom may be its head or foot. */
const MARGIN_LINES = 2;

function markChrome(pages: Line[][]): void {
  const inMargin = (l: Line) => l.fromTop < MARGIN_LINES || l.fromBottom < MARGIN_LINES;
  // A running head or foot: the same words (numbers aside) at the same height on several pages.
  const key = (l: Line) => `${Math.round(l.y / 3)}|${l.text.replace(/\d+/g, '#').replace(/\s/g, '')}`;
  const pagesWith = new Map<string, Set<number>>();
  for (const l of pages.flat()) if (inMargin(l)) pagesWith.set(key(l), (pagesWith.get(key(l)) ?? new Set()).add(l.page));
  const enough = Math.max(2, Math.ceil(pages.length * 0.4));
  for (const page of pages) {
    for (const l of page) {
      if (!inMargin(l)) continue;
      if (isPageNumber(l.text)) l.chrome = 'page number';
      else if (pages.length > 1 && (pagesWith.get(key(l))?.size ?? 0) >= enough) l.chrome = l.fromTop < MARGIN_LINES ? 'running head' : 'running foot';
    }
  }
}

/** 一、 （一） 1. 1、 (1) 第一章: a line that starts an outline item starts a paragraph. */
const OUTLINE_START = /^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百\d]+[)）]|\d{1,3}[.、．]|第[一二三四五六七八九十百\d]+[章节部分条])/;
const SENTENCE_END = /[。；;：:！!？?」』”]$/;

/**
 * Joins the broken lines back into paragraphs. A line continues the one above when that one ran
 * to the right margin, it starts at the left margin (not indented), is set in the same size, and does
 * not open an outline item after a finished sentence.
 */
function joinParagraphs(lines: Line[]): Line[] {
  const body = lines.filter((l) => !l.chrome);
  if (body.length === 0) return lines;
  const em = median(body.map((l) => l.size));
  const left = median(body.map((l) => Math.round(l.x0)));
  const right = Math.max(...body.map((l) => l.x1));
  const out: Line[] = [];
  let prev: Line | undefined;
  for (const l of lines) {
    if (l.chrome) {
      out.push(l);
      continue;
    }
    const continues =
      prev &&
      Math.abs(prev.size - l.size) < 0.5 &&
      prev.x1 >= right - 1.5 * em &&
      l.x0 <= left + 0.5 * em &&
      !(SENTENCE_END.test(prev.text) && OUTLINE_START.test(l.text));
    if (continues) {
      prev!.text += /[A-Za-z0-9,.]$/.test(prev!.text) && /^[A-Za-z0-9]/.test(l.text) ? ` ${l.text}` : l.text;
      prev!.x1 = l.x1;
    } else {
      prev = { ...l };
      out.push(prev);
    }
  }
  return out;
}

/** The text of a PDF's pages as paragraphs in reading order, with page heads, foots and numbers marked as chrome. */
export function layoutLines(pages: PageRuns[]): DocumentLine[] {
  const lines = pages.map(pageLines);
  markChrome(lines);
  return joinParagraphs(lines.flat()).map((l) => (l.chrome ? { text: l.text, chrome: l.chrome } : { text: l.text }));
}
