/**
 * A report opened from a search result (…/reports/<id>/?hl=行政复议 纠错率#section) marks every
 * occurrence of the search terms in its text and steps through them with 上一处 / 下一处. Terms
 * are matched as search matches them: NFKC, case-folded, and for a traditional report through
 * its simplified reading (the t2cn converter is loaded only then).
 */
import { normalizeText as norm } from '../search/tokens.ts';

export async function highlightHits(): Promise<void> {
  const raw = new URLSearchParams(location.search).get('hl');
  const body = document.querySelector<HTMLElement>('.report-body');
  if (!raw || !body) return;
  const terms = [...new Set(norm(raw).split(/\s+/).filter((t) => t.length > 0))].slice(0, 12).sort((a, b) => b.length - a.length);
  if (!terms.length) return;
  const toSimplified =
    document.documentElement.dataset.script === 'Hant' ? (await import('opencc-js/t2cn')).Converter({ from: 't', to: 'cn' }) : (s: string) => s;

  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    const text = node.data;
    const reading = norm(toSimplified(text));
    // Offsets are shared only when the reading keeps the text's length (it nearly always does).
    if (reading.length !== text.length) continue;
    const spans: [number, number][] = [];
    for (let i = 0; i < reading.length; ) {
      const t = terms.find((term) => reading.startsWith(term, i));
      if (t) {
        spans.push([i, i + t.length]);
        i += t.length;
      } else i++;
    }
    if (!spans.length) continue;
    const frag = document.createDocumentFragment();
    let at = 0;
    for (const [s, e] of spans) {
      if (s > at) frag.append(text.slice(at, s));
      const mark = document.createElement('mark');
      mark.className = 'hit';
      mark.textContent = text.slice(s, e);
      mark.tabIndex = -1;
      frag.append(mark);
      marks.push(mark);
      at = e;
    }
    if (at < text.length) frag.append(text.slice(at));
    node.replaceWith(frag);
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
