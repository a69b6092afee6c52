/** Converts the whole page to simplified or traditional script in place (loaded on demand). */
type Script = 'Hans' | 'Hant';

const SKIP = new Set(['SCRIPT', 'STYLE', 'CODE', 'PRE', 'TEXTAREA']);
const ATTRS = ['title', 'aria-label', 'placeholder', 'alt', 'data-copy-label', 'data-copied-label'];

export async function convertPage(target: Script): Promise<void> {
  const convert =
    target === 'Hant'
      ? (await import('opencc-js/cn2t')).Converter({ from: 'cn', to: 'tw' })
      : (await import('opencc-js/t2cn')).Converter({ from: 't', to: 'cn' });
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => {
      for (let el = n.parentElement; el; el = el.parentElement) {
        if (SKIP.has(el.tagName) || el.hasAttribute('data-no-convert')) return NodeFilter.FILTER_REJECT;
      }
      return /\p{Script=Han}/u.test(n.nodeValue ?? '') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const n of nodes) n.nodeValue = convert(n.nodeValue ?? '');
  for (const el of document.body.querySelectorAll<HTMLElement>(ATTRS.map((a) => `[${a}]`).join(','))) {
    for (const a of ATTRS) {
      const v = el.getAttribute(a);
      if (v && /\p{Script=Han}/u.test(v)) el.setAttribute(a, convert(v));
    }
  }
  for (const el of document.querySelectorAll<HTMLTextAreaElement>('textarea[data-convert]')) el.value = convert(el.value);
  document.title = convert(document.title);
  const root = document.documentElement;
  root.lang = target === 'Hant' ? 'zh-Hant' : 'zh-Hans';
  root.dataset.shown = target;
  document.dispatchEvent(new CustomEvent('scriptchange', { detail: target }));
}
