/** Converts the whole page to simplified or traditional script in place (loaded on demand). */
type Script = 'Hans' | 'Hant';

const SKIP = new Set(['SCRIPT', 'STYLE', 'CODE', 'PRE', 'TEXTAREA']);
const ATTRS = ['title', 'aria-label', 'placeholder', 'alt', 'data-copy-label', 'data-copied-label'];

const converters = new Map<Script, Promise<(s: string) => string>>();

/** The converter to a script, loaded and built once per page (building the dictionary is the slow part). */
export function converterTo(target: Script): Promise<(s: string) => string> {
  let c = converters.get(target);
  if (!c) {
    c =
      target === 'Hant'
        ? import('opencc-js/cn2t').then((m) => m.Converter({ from: 'cn', to: 'tw' }))
        : import('opencc-js/t2cn').then((m) => m.Converter({ from: 't', to: 'cn' }));
    converters.set(target, c);
  }
  return c;
}

/** Converts the Han text and labelling attributes under `root`, except code and `data-no-convert`. */
export function convertTree(root: Element, convert: (s: string) => string): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
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
  for (const el of [root, ...root.querySelectorAll(ATTRS.map((a) => `[${a}]`).join(','))]) {
    for (const a of ATTRS) {
      const v = el.getAttribute(a);
      if (v && /\p{Script=Han}/u.test(v)) el.setAttribute(a, convert(v));
    }
  }
}

/**
 * The page's own conversion, built into it (src/middleware.ts): exact for every text run the page
 * was built with, and instant. Text added later (search results) goes through converterTo.
 */
function builtInConverter(target: Script): ((s: string) => string) | undefined {
  const el = document.getElementById('script-map');
  if (!el?.textContent) return undefined;
  try {
    const { to, map } = JSON.parse(el.textContent) as { to: Script; map: Record<string, string> };
    if (to !== target) return undefined;
    const table = new Map(Object.entries(map));
    return (s) => table.get(s) ?? s;
  } catch {
    return undefined;
  }
}

export async function convertPage(target: Script): Promise<void> {
  const convert = builtInConverter(target) ?? (await converterTo(target));
  convertTree(document.body, convert);
  for (const el of document.querySelectorAll<HTMLTextAreaElement>('textarea[data-convert]')) el.value = convert(el.value);
  document.title = convert(document.title);
  const root = document.documentElement;
  root.lang = target === 'Hant' ? 'zh-Hant' : 'zh-Hans';
  root.dataset.shown = target;
  document.dispatchEvent(new CustomEvent('scriptchange', { detail: target }));
}
