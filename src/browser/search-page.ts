/**
 * The search page: the query and filters live in the URL (?q=&year=&province=&prefecture=&level=
 * &issuer=&sort=), so a search can be shared, bookmarked and reloaded, and back/forward replay it.
 * Shows the number of matching reports, the hits 20 at a time ("更多"), each with region, year,
 * publisher and an excerpt linking to its section, and the trend of the query by year and by
 * province as bars that apply that filter. Everything from the query is inserted as text.
 */
import { FILTER_KEYS, searchReading, type DisplayRecord, type FilterKey } from '../search/documents.ts';
import { excerptFor, type Excerpt } from '../search/excerpt.ts';
import { hitsCitations, hitsCsv, type ExportRow } from '../search/hit-export.ts';
import { describeQuery, hlParam, parseBooleanQuery } from '../search/boolean-query.ts';
import { readerText } from '../search/report-text.ts';
import { findTerm, MAX_QUERY_CHARS } from '../search/tokens.ts';
import { Engine, TooManyToVerify, type Answer, type Filters, type FirstHits, type Hit } from './search/engine.ts';

interface SiteData {
  years: string[];
  provinces: [string, string][];
  prefectures: Record<string, [string, string][]>;
  levels: [string, string][];
  issuers: [string, string][];
  t2sStarts: string;
}

const PAGE = 10;
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let converter: Promise<(s: string) => string> | undefined;
let starts: Set<string> | undefined;
/**
 * A text in simplified script, as the index holds it. The converter (52 KB) is loaded only for
 * a text holding a character a conversion can start at; any other text converts to itself.
 */
async function simplifierFor(text: string): Promise<(s: string) => string> {
  starts ??= new Set((JSON.parse($('#search-data').textContent ?? '{}') as Partial<SiteData>).t2sStarts ?? '');
  if (![...text].some((c) => starts!.has(c))) return (s) => s;
  converter ??= import('opencc-js/t2cn').then((m) => m.Converter({ from: 't', to: 'cn' }));
  return converter;
}
const simplified = async (text: string) => (await simplifierFor(text))(text);
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
  return { q, filters, sort: p.get('sort') === 'year' ? 'year' : 'relevance', ignored };
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
  // The folded filters say what is in force, so nobody wonders why a list is short.
  const active = FILTER_KEYS.filter((k) => s.filters[k]).map((k) => nameOf(data, k, s.filters[k]!));
  $('#search-active').textContent = active.length ? `：${active.join(' · ')}` : '';
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
  const section = el('section', { className: 'trend-chart' }, el('h3', { textContent: title }), list);
  if (s.filters[key]) {
    const rest = { ...s.filters, [key]: undefined, ...(key === 'province' ? { prefecture: undefined } : {}) };
    section.append(el('p', { className: 'trend-clear' }, el('a', { href: urlFor({ ...s, filters: rest }), textContent: `取消“${nameOf(data, key, s.filters[key]!)}”筛选，看全部${title}` })));
  }
  return section;
}

async function showMore(e: Engine): Promise<void> {
  const list = shown;
  if (!list) return;
  const batch = list.hits.slice(list.next, list.next + PAGE);
  list.next += batch.length;
  const records = await e.records(batch.map((h) => h.id));
  // The first hits of a progressive search are replaced by the final list; never add to the wrong one.
  if (shown !== list) return;
  const items = batch.map((h) => resultItem(records.get(h.id), list.terms));
  $('#search-results').append(...items.map((i) => i.li));
  $<HTMLButtonElement>('#search-more').hidden = list.next >= list.hits.length;
  // An excerpt needs its report's text (a few KB each): fetch it only when the hit is on screen.
  for (const i of items) void whenVisible(i.li).then(i.excerpt);
}

/** How many hits the list has shown (a function: the search's callbacks change it). */
const onScreen = () => shown?.next ?? 0;

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

const excerpts = new Map<string, Promise<Excerpt | null>>();
const bodies = new Map<string, Promise<string>>();
const readings = new Map<string, Promise<{ title: string; body: string }>>();

/** A report's Markdown body (a few KB), fetched once: for excerpts and for checking a term against the text. */
function bodyOf(id: string): Promise<string> {
  let p = bodies.get(id);
  if (!p) {
    p = fetch(`${base}reports/${id}.md`)
      .then((res) => (res.ok ? res.text() : ''))
      .then((md) => md.replace(/^---\n[\s\S]*?\n---\n/, ''));
    bodies.set(id, p);
  }
  return p;
}

/** A hit's excerpt, from its report's Markdown (fetched once per report). */
function excerptOf(id: string, terms: string[]): Promise<Excerpt | null> {
  const key = JSON.stringify([id, terms]);
  let p = excerpts.get(key);
  if (!p) {
    p = bodyOf(id).then(async (body) => (body && terms.length ? excerptFor(body, terms, await simplifierFor(body)) : null));
    excerpts.set(key, p);
  }
  return p;
}

/**
 * Which of some reports hold a term with a break inside (punctuation such as ， or a space),
 * which the index cannot settle alone: the title and the text, as search reads them, by the rule.
 */
async function holding(e: Engine, ids: string[], term: string): Promise<Set<string>> {
  const records = await e.records(ids);
  const kept = new Set<string>();
  await mapLimit(ids, 6, async (id) => {
    // Hits are Pagefind's result ids; the record names the report.
    const record = records.get(id);
    if (!record) return;
    const { title, body } = await readingOfReport(record);
    if (findTerm(title, term).length || findTerm(body, term).length) kept.add(id);
  });
  return kept;
}

/** A report's title and text as search reads them, read and normalized once per page (a search may check a report more than once). */
function readingOfReport(record: DisplayRecord): Promise<{ title: string; body: string }> {
  let p = readings.get(record.id);
  if (!p) {
    p = bodyOf(record.id).then(async (md) => searchReading(record.title, md, await simplifierFor(`${record.title}${readerText(md)}`)));
    readings.set(record.id, p);
  }
  return p;
}

function resultItem(r: DisplayRecord | undefined, terms: string[]): { li: HTMLLIElement; excerpt: () => Promise<void> } {
  if (!r) return { li: el('li', { textContent: '（记录缺失）' }), excerpt: async () => {} };
  const link = el('a', { href: `${base}reports/${r.id}/`, textContent: r.titleSupplied ? `［${r.title}］` : r.title });
  const meta = el('div', { className: 'sub', textContent: `${r.regionName} · ${r.year}年 · ${r.publisher}` });
  // The excerpt quotes the report as published, in its own script, whichever script the page shows.
  const quote = el('p', { className: 'excerpt' });
  quote.setAttribute('data-no-convert', '');
  quote.lang = r.script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
  const li = el('li', { className: 'search-hit' }, link, meta, quote);
  li.dataset.report = r.id;
  return {
    li,
    excerpt: async () => {
      const ex = await excerptOf(r.id, terms);
      if (!ex) return;
      // The report page marks the terms and steps through them (?hl=…).
      link.href = `${base}reports/${r.id}/?hl=${encodeURIComponent(hlParam(terms))}${ex.anchor ? `#${encodeURIComponent(ex.anchor)}` : ''}`;
      quote.append(...ex.parts.map((p) => (p.mark ? el('mark', { textContent: p.text }) : document.createTextNode(p.text))));
      await followScript(li);
    },
  };
}

/** Runs tasks a few at a time (an export of hundreds of hits must not open hundreds of requests at once). */
async function mapLimit<T, R>(items: T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

/** Every hit of the search, not just those on screen, as CSV or as GB/T 7714 citations. */
async function exportHits(kind: 'csv' | 'cite'): Promise<void> {
  const list = shown;
  if (!list || !engine) return;
  const e = await engine;
  const note = $('#search-export-status');
  note.textContent = `正在准备 ${list.hits.length} 篇…`;
  const records = await e.records(list.hits.map((h) => h.id));
  const rows: ExportRow[] = (
    await mapLimit(list.hits, 6, async (h) => {
      const record = records.get(h.id);
      if (!record) return undefined;
      const ex = await excerptOf(h.id, list.terms);
      const url = new URL(`${base}reports/${h.id}/${ex?.anchor ? `#${encodeURIComponent(ex.anchor)}` : ''}`, location.href).href;
      return { record, url, excerpt: ex ? ex.parts.map((p) => p.text).join('') : '' };
    })
  ).filter((r): r is ExportRow => !!r);
  const today = new Date().toISOString().slice(0, 10);
  const [text, type, ext] = kind === 'csv' ? [hitsCsv(rows), 'text/csv;charset=utf-8', 'csv'] : [hitsCitations(rows, today), 'text/plain;charset=utf-8', 'txt'];
  const a = el('a', { href: URL.createObjectURL(new Blob([text], { type })), download: `法治政府建设报告-检索结果-${today}.${ext}` });
  document.body.append(a);
  a.click();
  a.remove();
  note.textContent = `已导出 ${rows.length} 篇。`;
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
  notice.replaceChildren();
  $('#search-help').replaceChildren();
  $('#search-help').hidden = true;
  if (s.ignored.length) {
    notice.append(
      `已忽略本档案中不存在的筛选条件：${s.ignored.join('，')}。可`,
      el('a', { href: `${base}years/`, textContent: '按年度' }),
      '或',
      el('a', { href: `${base}regions/`, textContent: '按地区' }),
      '查看本档案收录的范围。',
    );
  }
  notice.hidden = !s.ignored.length;
  const list = $('#search-results');
  const trend = $('#search-trend');
  list.replaceChildren();
  trend.replaceChildren();
  trend.hidden = true;
  $<HTMLButtonElement>('#search-more').hidden = true;
  $('#search-export').hidden = true;
  shown = undefined;
  document.title = s.q.trim() ? `${s.q.trim().slice(0, 30)} - 搜索 - 法治政府建设年度报告档案` : '搜索 - 法治政府建设年度报告档案';
  const query = parseBooleanQuery(await simplified(s.q));
  const filtered = FILTER_KEYS.some((k) => s.filters[k]);
  if (query.cut) notice.append(`${notice.textContent ? ' ' : ''}查询过长，只搜索了开头部分：${describeQuery(query)}。`);
  notice.hidden = !notice.textContent;
  if (!query.groups.length && !filtered) {
    status.textContent = s.q.trim()
      ? query.exclude.length
        ? '排除词（-词）须与至少一个搜索词同用，如：行政复议 -听证。'
        : '查询中没有可搜索的文字（汉字、字母或数字）。'
      : '';
    return;
  }
  status.textContent = '正在搜索…';
  delete status.dataset.total;
  delete status.dataset.refused;
  const terms = query.groups.flat().map((t) => t.text);
  let answer: Answer;
  let e: Engine;
  try {
    engine ??= Engine.load(base);
    e = await engine;
    e.verifier ??= (ids, term) => holding(e, ids, term);
    // The newest part's hits are shown while the older parts load; the count says it is not final.
    const onFirst = (first: FirstHits) => {
      if (mine !== run) return;
      const span = first.pending[0] === first.pending[1] ? `${first.pending[0]}年` : `${first.pending[0]}—${first.pending[1]}年`;
      status.textContent = `已找到 ${first.hits.length} 篇，正在检索${first.older ? '更早年度' : '其余报告'}（${span}）…`;
      status.dataset.partial = String(first.hits.length);
      shown = { hits: sortHits(first.hits, s.sort), terms, next: 0 };
      void showMore(e);
      void followScript(status);
    };
    answer = await e.query(query, s.filters, { year: data.years, province: data.provinces.map(([c]) => c) }, onFirst);
  } catch (err) {
    if (mine !== run) return;
    if (err instanceof TooManyToVerify) {
      // Refused rather than counted loosely: the index alone cannot settle a term with punctuation or a space inside.
      list.replaceChildren();
      shown = undefined;
      delete status.dataset.partial;
      status.textContent = `${err.terms.map((t) => `“${t}”`).join('、')}中有标点或空格，须逐篇核对原文，但候选报告${err.atLeast ? '至少' : ''}有 ${err.candidates} 篇，超过 ${err.limit} 篇的上限。请去掉标点或空格分成几个词，或加上其他词、筛选条件缩小范围。`;
      status.dataset.refused = 'verify';
      return;
    }
    engine = undefined;
    status.textContent = '搜索索引加载失败，请稍后重试。';
    console.error(err);
    return;
  }
  if (mine !== run) return;
  const scope = FILTER_KEYS.filter((k) => s.filters[k]).map((k) => nameOf(data, k, s.filters[k]!));
  const where = scope.length ? `（${scope.join('，')}）` : '';
  status.textContent = query.groups.length
    ? `共 ${answer.hits.length} 篇报告包含${describeQuery(query)}${where}`
    : `共 ${answer.hits.length} 篇报告${where}${query.exclude.length ? `，不含${query.exclude.map((t) => `“${t.text}”`).join('或')}` : ''}`;
  delete status.dataset.partial;
  status.dataset.total = String(answer.hits.length);
  $('#search-export').hidden = answer.hits.length === 0;
  if (answer.hits.length) {
    trend.append(el('h2', { textContent: '按年度、按省份' }), trendChart('年度', 'year', answer.counts.year, data, s), trendChart('省份', 'province', answer.counts.province, data, s));
    trend.hidden = false;
  } else {
    $('#search-help').replaceChildren(...noResultsHelp(s, filtered));
    $('#search-help').hidden = false;
  }
  // The final list replaces the first hits, as many as the reader had on screen.
  const had = Math.max(PAGE, onScreen());
  list.replaceChildren();
  const final = { hits: sortHits(answer.hits, s.sort), terms, next: 0 };
  shown = final;
  while (shown === final && final.next < Math.min(had, final.hits.length)) await showMore(e);
  await followScript(trend);
  await followScript(status);
}

/** What a reader can do next when nothing matched: drop the filters, or browse. */
function noResultsHelp(s: State, filtered: boolean): Node[] {
  const out: Node[] = [document.createTextNode('没有找到。')];
  if (filtered && s.q.trim()) {
    out.push(el('a', { href: urlFor({ ...s, filters: {} }), textContent: '不加筛选再搜一次' }), document.createTextNode('，或'));
  }
  out.push(
    document.createTextNode('按'),
    el('a', { href: `${base}regions/`, textContent: '地区' }),
    document.createTextNode('、'),
    el('a', { href: `${base}years/`, textContent: '年度' }),
    document.createTextNode('浏览全部报告。'),
  );
  return out;
}

export function startSearchPage(): void {
  const data = JSON.parse($('#search-data').textContent ?? '{}') as SiteData;
  const go = (s: State) => {
    const url = urlFor(s);
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    void search(data);
  };

  // Arrowing through a dropdown fires change on every key: search once the reader has settled,
  // with one history entry for the choice, not one per option passed.
  let settle: ReturnType<typeof setTimeout> | undefined;
  const settled = () => {
    clearTimeout(settle);
    settle = setTimeout(() => go(stateFromForm()), 500);
  };
  $<HTMLFormElement>('#search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    clearTimeout(settle);
    go(stateFromForm());
  });
  for (const k of FILTER_KEYS) $(`#filter-${k}`).addEventListener('change', settled);
  $('#search-sort').addEventListener('change', settled);
  $('#search-more').addEventListener('click', () => void engine?.then(async (e) => {
    // Focus moves to the first of the new hits, so a keyboard reader goes on reading there.
    const first = shown?.next ?? 0;
    await showMore(e);
    $('#search-results').querySelectorAll<HTMLLIElement>('.search-hit')[first]?.querySelector('a')?.focus();
  }));
  $('#search-export-csv').addEventListener('click', () => void exportHits('csv'));
  $('#search-export-cite').addEventListener('click', () => void exportHits('cite'));
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
