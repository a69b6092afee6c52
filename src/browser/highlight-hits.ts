/**
 * A report opened from a search result (…/reports/<id>/?hl=1件 "互联网+监管"#section) marks every
 * occurrence of the search terms in its text and steps through them with 上一处 / 下一处. Terms
 * are found by the search's own rule (tokens.ts findTerm: NFKC, case-folded, a number or Latin
 * word at either end whole, so 1件 is not marked inside 21件), and for a traditional report
 * through its simplified reading (the t2cn converter is loaded only then). Text is read a block
 * (paragraph, heading, cell…) at a time, so a term split by inline markup is still found.
 */
import { parseBooleanQuery } from '../search/boolean-query.ts';
import { findTermsInReading } from '../search/tokens.ts';

const BLOCK = 'p,li,h1,h2,h3,h4,h5,h6,td,th,dt,dd,blockquote,pre,figcaption,caption,div';

/** Text nodes in document order, in runs that share their nearest block. */
function blocks(root: HTMLElement): Text[][] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Text[][] = [];
  let block: Element | null | undefined;
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const b = node.parentElement?.closest(BLOCK);
    if (b !== block || !out.length) out.push([]);
    block = b;
    out.at(-1)!.push(node);
  }
  return out;
}

/** Wraps [s, e) of a run of text nodes (offsets into their joined text) in marks, one per node touched. */
function wrap(nodes: Text[], spans: [number, number][]): HTMLElement[][] {
  const found: HTMLElement[][] = spans.map(() => []);
  let offset = 0;
  for (const node of nodes) {
    const text = node.data;
    const here = spans.map(([s, e], i) => [Math.max(s, offset) - offset, Math.min(e, offset + text.length) - offset, i] as const).filter(([s, e]) => s < e);
    offset += text.length;
    if (!here.length) continue;
    const frag = document.createDocumentFragment();
    let at = 0;
    for (const [s, e, i] of here) {
      if (s > at) frag.append(text.slice(at, s));
      const mark = document.createElement('mark');
      mark.className = 'hit';
      mark.textContent = text.slice(s, e);
      mark.tabIndex = -1;
      frag.append(mark);
      found[i]!.push(mark);
      at = e;
    }
    if (at < text.length) frag.append(text.slice(at));
    node.replaceWith(frag);
  }
  return found;
}

export async function highlightHits(): Promise<void> {
  const raw = new URLSearchParams(location.search).get('hl');
  const body = document.querySelector<HTMLElement>('.report-body');
  if (!raw || !body) return;
  // Longer terms first: an occurrence overlapping one already marked is left out.
  const terms = [...new Set(parseBooleanQuery(raw).groups.flat().map((t) => t.text))].slice(0, 12).sort((a, b) => b.length - a.length);
  if (!terms.length) return;
  const toSimplified =
    document.documentElement.dataset.script === 'Hant' ? (await import('opencc-js/t2cn')).Converter({ from: 't', to: 'cn' }) : (s: string) => s;

  const marks: HTMLElement[] = [];
  for (const nodes of blocks(body)) {
    const text = nodes.map((n) => n.data).join('');
    const simplified = toSimplified(text);
    // Offsets are shared only when the reading keeps the text's length (it nearly always does).
    const hits = simplified.length === text.length ? findTermsInReading(simplified, terms) : null;
    if (!hits) continue;
    // Longer terms first (the order of `terms`); an occurrence overlapping one already marked is left out.
    const spans: [number, number][] = [];
    for (const span of hits.flat()) if (!spans.some(([a, b]) => span[0] < b && a < span[1])) spans.push(span);
    if (!spans.length) continue;
    spans.sort((a, b) => a[0] - b[0]);
    // Each occurrence is one stop of 上一处/下一处, at its first piece.
    for (const pieces of wrap(nodes, spans)) if (pieces[0]) marks.push(pieces[0]);
  }

  const bar = document.getElementById('hit-bar');
  const count = document.getElementById('hit-count');
  if (!bar || !count) return;
  bar.hidden = false;
  const clear = document.getElementById('hit-clear') as HTMLAnchorElement;
  clear.href = `${location.pathname}${location.hash}`;
  if (!marks.length) {
    count.textContent = `本报告中未找到“${raw}”。`;
    return;
  }
  let current = -1;
  const show = (i: number) => {
    marks[current]?.classList.remove('current');
    current = (i + marks.length) % marks.length;
    const m = marks[current]!;
    m.classList.add('current');
    m.scrollIntoView({ block: 'center' });
    m.focus({ preventScroll: true });
    count.textContent = `“${raw}”：第 ${current + 1} / ${marks.length} 处`;
  };
  document.getElementById('hit-prev')!.addEventListener('click', () => show(current - 1));
  document.getElementById('hit-next')!.addEventListener('click', () => show(current + 1));
  // Start at the first hit in the section the result linked to, or at the first hit.
  const section = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const first = section ? marks.findIndex((m) => section.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING) : 0;
  show(Math.max(0, first));
}
