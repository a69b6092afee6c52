/**
 * The search page: the query and filters live in the URL (?q=&year=&province=&prefecture=&level=
 * &issuer=&sort=), so a search can be shared, bookmarked and reloaded, and back/forward replay it.
 * Shows the number of matching reports, the hits 20 at a time ("更多"), each with region, year,
 * publisher and an excerpt linking to its section, and the trend of the query by year and by
 * province as bars that apply that filter. Everything from the query is inserted as text.
 */
import { Converter } from 'opencc-js/t2cn';
import { FILTER_KEYS, type DisplayRecord, type FilterKey } from '../search/documents.ts';
import { excerptFor } from '../search/excerpt.ts';
import { MAX_QUERY_CHARS, parseQuery, type QueryTerm } from '../search/tokens.ts';
import { Engine, type Answer, type Filters, type Hit } from './search/engine.ts';

interface SiteData {
  years: string[];
  provinces: [string, string][];
  prefectures: Record<string, [string, string][]>;
  levels: [string, string][];
  issuers: [string, string][];
}

const PAGE = 10;
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const toSimplified = Converter({ from: 't', to: 'cn' });
const $ = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel)!;

let engine: Promise<Engine> | undefined;
let shown: { hits: Hit[]; terms: string[]; next: number } | undefined;
let run = 0;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

interface State {
  q: string;
  filters: Filters;
  sort: 'relevance' | 'year';
}

/** The values each filter can take on this site; a value from the URL is looked up, never used as a key. */
function knownValues(data: SiteData): Map<FilterKey, Map<string, string>> {
  return new Map<FilterKey, Map<string, string>>([
    ['year', new Map(data.years.map((y) => [y, `${y}年`]))],
    ['province', new Map(data.provinces)],
    ['prefecture', new Map(Object.values(data.prefectures).flat())],
    ['level', new Map(data.levels)],
    ['issuer', new Map(data.issuers)],
  ]);
}

function readState(data: SiteData): State & { ignored: string[] } {
  const p = new URLSearchParams(location.search);
  const known = knownValues(data);
  const filters: Filters = {};
  const ignored: string[] = [];
  for (const k of FILTER_KEYS) {
    const v = p.get(k);
    if (!v) continue;
    if (known.get(k)!.has(v)) filters[k] = v;
    else ignored.push(`${k}=${v.slice(0, 20)}`);
  }
  const q = p.get('q') ?? '';
  return { q: q.slice(0, MAX_QUERY_CHARS), filters, sort: p.get('sort') === 'year' ? 'year' : 'relevance', ignored };
}

function urlFor(s: State): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const k of FILTER_KEYS) if (s.filters[k]) p.set(k, s.filters[k]!);
  if (s.sort === 'year') p.set('sort', 'year');
  const qs = p.toString();
  return `${location.pathname}${qs ? `?${qs}` : ''}`;
}

function nameOf(data: SiteData, key: FilterKey, value: string): string {
  return knownValues(data).get(key)!.get(value) ?? value;
}

function fillControls(data: SiteData, s: State): void {
  $<HTMLInputElement>('#search-q').value = s.q;
  for (const k of FILTER_KEYS) {
    const select = $<HTMLSelectElement>(`#filter-${k}`);
    if (k === 'prefecture') {
      const list = s.filters.province && Object.hasOwn(data.prefectures, s.filters.province) ? data.prefectures[s.filters.province]! : [];
      select.replaceChildren(el('option', { value: '', textContent: '全部地市' }), ...list.map(([v, n]) => el('option', { value: v, textContent: n })));
      select.disabled = list.length === 0;
    }
    select.value = s.filters[k] ?? '';
  }
  $<HTMLSelectElement>('#search-sort').value = s.sort;
}

function stateFromForm(): State {
  const filters: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = $<HTMLSelectElement>(`#filter-${k}`).value;
    if (v) filters[k] = v;
  }
  if (!filters.province) delete filters.prefecture;
  return { q: $<HTMLInputElement>('#search-q').value.slice(0, MAX_QUERY_CHARS), filters, sort: $<HTMLSelectElement>('#search-sort').value === 'year' ? 'year' : 'relevance' };
}

function trendChart(title: string, key: 'year' | 'province', counts: Map<string, number>, data: SiteData, s: State): HTMLElement {
  const entries = [...counts].sort((a, b) => (key === 'year' ? a[0].localeCompare(b[0]) : b[1] - a[1] || a[0].localeCompare(b[0])));
  const max = Math.max(1, ...counts.values());
  const list = el('ol', { className: 'bars' });
  for (const [value, n] of entries) {
    const a = el('a', { href: urlFor({ ...s, filters: { ...s.filters, [key]: value, ...(key === 'province' ? { prefecture: undefined } : {}) } }) });
    a.append(el('span', { className: 'bar-label', textContent: nameOf(data, key, value) }), el('span', { className: 'bar-track' }, el('span', { className: 'bar' })), el('span', { className: 'bar-count', textContent: `${n}` }));
    (a.querySelector('.bar') as HTMLElement).style.width = `${(100 * n) / max}%`;
    a.setAttribute('aria-label', `${nameOf(data, key, value)}：${n} 篇`);
    list.append(el('li', {}, a));
  }
  return el('section', { className: 'trend-chart' }, el('h3', { textContent: title }), list);
}

async function showMore(e: Engine): Promise<void> {
  if (!shown) return;
  const batch = shown.hits.slice(shown.next, shown.next + PAGE);
  shown.next += batch.length;
  const records = await e.records(batch.map((h) => h.id));
  const items = batch.map((h) => resultItem(records.get(h.id), shown!.terms));
  $('#search-results').append(...items.map((i) => i.li));
  $<HTMLButtonElement>('#search-more').hidden = shown.next >= shown.hits.length;
  // An excerpt needs its report's text (a few KB each): fetch it only when the hit is on screen.
  for (const i of items) void whenVisible(i.li).then(i.excerpt);
}

function whenVisible(node: Element): Promise<void> {
  return new Promise((resolve) => {
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        io.disconnect();
        resolve();
      }
    }, { rootMargin: '200px' });
    io.observe(node);
  });
}

function resultItem(r: DisplayRecord | undefined, terms: string[]): { li: HTMLLIElement; excerpt: () => Promise<void> } {
  if (!r) return { li: el('li', { textContent: '（记录缺失）' }), excerpt: async () => {} };
  const link = el('a', { href: `${base}reports/${r.id}/`, textContent: r.title });
  const meta = el('div', { className: 'sub', textContent: `${r.regionName} · ${r.year}年 · ${r.publisher}` });
  const quote = el('p', { className: 'excerpt' });
  const li = el('li', { className: 'search-hit' }, link, meta, quote);
  li.dataset.report = r.id;
  return {
    li,
    excerpt: async () => {
      const res = await fetch(`${base}reports/${r.id}.md`);
      if (!res.ok) return;
      const md = await res.text();
      const body = md.replace(/^---\n[\s\S]*?\n---\n/, '');
      const ex = excerptFor(body, terms, toSimplified);
      if (!ex) return;
      if (ex.anchor) link.href = `${base}reports/${r.id}/#${encodeURIComponent(ex.anchor)}`;
      quote.append(...ex.parts.map((p) => (p.mark ? el('mark', { textContent: p.text }) : document.createTextNode(p.text))));
      await followScript(li);
    },
  };
}

/** Results arrive after the page was converted for a traditional reader; convert them too. */
async function followScript(node: HTMLElement): Promise<void> {
  if (document.documentElement.dataset.shown !== 'Hant') return;
  const { converterTo, convertTree } = await import('./convert-page.ts');
  convertTree(node, await converterTo('Hant'));
}

function sortHits(hits: Hit[], sort: State['sort']): Hit[] {
  return [...hits].sort((a, b) => (sort === 'year' ? b.year.localeCompare(a.year) || b.score - a.score : b.score - a.score || b.year.localeCompare(a.year)) || a.id.localeCompare(b.id));
}

/** Runs the search the URL describes; marks the page when done (tests and benchmarks wait for it). */
async function search(data: SiteData): Promise<void> {
  const mine = ++run;
  delete document.documentElement.dataset.searchDone;
  try {
    await searchOnce(data, mine);
  } finally {
    if (mine === run) document.documentElement.dataset.searchDone = String(mine);
  }
}

async function searchOnce(data: SiteData, mine: number): Promise<void> {
  const s = readState(data);
  fillControls(data, s);
  const status = $('#search-status');
  // A filter value this archive does not have (a typo, an old link, ?province=constructor) is named, not obeyed.
  const notice = $('#search-notice');
  notice.textContent = s.ignored.length ? `已忽略本档案中不存在的筛选条件：${s.ignored.join('，')}` : '';
  notice.hidden = !s.ignored.length;
  const list = $('#search-results');
  const trend = $('#search-trend');
  list.replaceChildren();
  trend.replaceChildren();
  trend.hidden = true;
  $<HTMLButtonElement>('#search-more').hidden = true;
  shown = undefined;
  document.title = s.q.trim() ? `${s.q.trim().slice(0, 30)} - 搜索 - 法治政府建设年度报告档案` : '搜索 - 法治政府建设年度报告档案';
  if (!s.q.trim()) {
    status.textContent = '';
    return;
  }
  const terms: QueryTerm[] = parseQuery(toSimplified(s.q));
  if (!terms.length) {
    status.textContent = '查询中没有可搜索的文字（汉字、字母或数字）。';
    return;
  }
  status.textContent = '正在搜索…';
  let answer: Answer;
  let e: Engine;
  try {
    engine ??= Engine.load(base);
    e = await engine;
    answer = await e.query(terms, s.filters, { year: data.years, province: data.provinces.map(([c]) => c) });
  } catch (err) {
    engine = undefined;
    status.textContent = '搜索索引加载失败，请稍后重试。';
    console.error(err);
    return;
  }
  if (mine !== run) return;
  const scope = FILTER_KEYS.filter((k) => s.filters[k]).map((k) => nameOf(data, k, s.filters[k]!));
  const words = terms.map((t) => `“${t.text}”`).join(' 和 ');
  status.textContent = `共 ${answer.hits.length} 篇报告包含${words}${scope.length ? `（${scope.join('，')}）` : ''}`;
  status.dataset.total = String(answer.hits.length);
  if (answer.hits.length) {
    trend.append(el('h2', { textContent: '按年度、按省份' }), trendChart('年度', 'year', answer.counts.year, data, s), trendChart('省份', 'province', answer.counts.province, data, s));
    trend.hidden = false;
  }
  shown = { hits: sortHits(answer.hits, s.sort), terms: terms.map((t) => t.text), next: 0 };
  await showMore(e);
  await followScript(trend);
  await followScript(status);
}

export function startSearchPage(): void {
  const data = JSON.parse($('#search-data').textContent ?? '{}') as SiteData;
  const go = (s: State) => {
    const url = urlFor(s);
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    void search(data);
  };
  $<HTMLFormElement>('#search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    go(stateFromForm());
  });
  for (const k of FILTER_KEYS) $(`#filter-${k}`).addEventListener('change', () => go(stateFromForm()));
  $('#search-sort').addEventListener('change', () => go(stateFromForm()));
  $('#search-more').addEventListener('click', () => void engine?.then(showMore));
  // Trend bars are plain links; follow them without reloading the page.
  $('#search-trend').addEventListener('click', (ev) => {
    const a = (ev.target as HTMLElement).closest('a');
    if (!a || ev.metaKey || ev.ctrlKey || ev.shiftKey) return;
    ev.preventDefault();
    history.pushState(null, '', a.getAttribute('href')!);
    void search(data);
  });
  addEventListener('popstate', () => void search(data));
  // Start loading the index as soon as the reader shows an intent to search.
  const warm = () => void (engine ??= Engine.load(base)).catch(() => (engine = undefined));
  $('#search-q').addEventListener('focus', warm, { once: true });
  void search(data);
}
