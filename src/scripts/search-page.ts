/**
 * The search page: reads ?q= from the URL, queries the Pagefind index (loaded from the build
 * output on demand) and lists the matching reports. Queries typed in traditional script are
 * converted to simplified first.
 */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  search: (q: string) => Promise<{ results: { data: () => Promise<PagefindResult> }[] }>;
}

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

async function loadPagefind(): Promise<Pagefind> {
  return (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
}

async function simplified(q: string): Promise<string> {
  if (!/\p{Script=Han}/u.test(q)) return q;
  const { Converter } = await import('opencc-js/t2cn');
  return Converter({ from: 't', to: 'cn' })(q);
}

export async function runSearch(): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('#search-q')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const q = (new URLSearchParams(location.search).get('q') ?? '').slice(0, 200);
  input.value = q;
  if (!q.trim()) return;
  status.textContent = '正在搜索…';
  const pagefind = await loadPagefind();
  const { results } = await pagefind.search(await simplified(q.trim()));
  const data = await Promise.all(results.slice(0, 50).map((r) => r.data()));
  status.textContent = `共 ${results.length} 篇`;
  list.replaceChildren(
    ...data.map((r) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      const target = r.sub_results?.[0];
      a.href = target?.url ?? r.url;
      a.textContent = r.meta.title ?? r.url;
      const excerpt = document.createElement('div');
      excerpt.className = 'sub';
      // Pagefind's excerpt is text it indexed, HTML-escaped, with <mark> around the hits.
      excerpt.innerHTML = target?.excerpt ?? r.excerpt;
      li.append(a, excerpt);
      return li;
    }),
  );
}
