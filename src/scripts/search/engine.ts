/**
 * The search engine of the search page: loads the index parts listed in the manifest into one
 * Pagefind instance when a query first needs them (a search filtered by year loads only the parts
 * holding that year; the first part loaded is Pagefind's primary index), and answers
 * a parsed query as the set of reports containing every term, with per-year and per-province
 * counts. Each token is looked up as an exact word (see src/search/tokens.ts); the reports that
 * have all of them are the intersection.
 */
import type { Manifest } from '../../search/build-index.ts';
import type { DisplayRecord, FilterKey } from '../../search/documents.ts';
import { shardOf } from '../../search/partitions.ts';
import type { QueryTerm } from '../../search/tokens.ts';

interface PagefindResponse {
  results: { id: string; score: number }[];
  filters: Record<string, Record<string, number>>;
}
interface PagefindInstance {
  init(): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindResponse>;
}

export type Filters = Partial<Record<FilterKey, string>>;
export interface Hit {
  id: string;
  score: number;
  year: string;
  province: string;
}
export interface Answer {
  hits: Hit[];
  counts: { year: Map<string, number>; province: Map<string, number> };
}

type PagefindModule = { createInstance(o: Record<string, unknown>): PagefindInstance };

export class Engine {
  private shards = new Map<string, Promise<Record<string, DisplayRecord>>>();
  private cache = new Map<string, Promise<Map<string, number>>>();
  private merged = new Map<string, Promise<unknown>>();
  private pagefind: Promise<PagefindInstance> | undefined;

  private module: PagefindModule;
  private root: string;
  readonly manifest: Manifest;

  private constructor(module: PagefindModule, root: string, manifest: Manifest) {
    this.module = module;
    this.root = root;
    this.manifest = manifest;
  }

  /** Fetches the manifest and Pagefind's script; no part of the index is loaded yet. */
  static async load(base: string): Promise<Engine> {
    const root = `${base}pagefind/`;
    const manifest = (await (await fetch(`${root}manifest.json`)).json()) as Manifest;
    const module = (await import(/* @vite-ignore */ `${root}${manifest.primary}/pagefind.js`)) as PagefindModule;
    return new Engine(module, root, manifest);
  }

  /** The Pagefind instance, created on the first part a query needs (every part carries the
   * WebAssembly, so a search filtered to an old year never loads the newest part). */
  private instance(first: string): Promise<PagefindInstance> {
    if (this.pagefind) return this.pagefind;
    this.pagefind = (async () => {
      // Pagefind takes the query language from <html lang> when the instance is created and, for
      // zh, re-segments the query with Intl.Segmenter, which would split our n-gram tokens. The
      // index is language-neutral (zxx), so the instance is created under that tag; the page's
      // own lang is restored in the same task, before anything can be painted.
      const html = document.documentElement;
      const lang = html.lang;
      html.lang = 'zxx';
      let pagefind: PagefindInstance;
      try {
        pagefind = this.module.createInstance({ basePath: `${this.root}${first}/`, noWorker: true });
      } finally {
        html.lang = lang;
      }
      await pagefind.init();
      return pagefind;
    })();
    this.merged.set(first, this.pagefind);
    return this.pagefind;
  }

  /** Loads the parts a search with these filters can find reports in, each once, and returns
   * the instance. Parts are disjoint by report, so a part not holding the filtered year cannot
   * hold a hit of such a search. */
  private async need(filters: Filters): Promise<PagefindInstance> {
    const year = Number(filters.year);
    const parts = this.manifest.partitions.filter((p) => !year || (p.years[0] <= year && year <= p.years[1]));
    const pagefind = this.instance(parts[0]?.name ?? this.manifest.primary);
    await Promise.all(
      parts.map((p) => {
        let done = this.merged.get(p.name);
        if (!done) {
          done = pagefind.then((pf) => pf.mergeIndex(`${this.root}${p.name}/`, { language: 'zxx' }));
          this.merged.set(p.name, done);
        }
        return done;
      }),
    );
    return pagefind;
  }

  /** Reports containing one token (exact word), with their scores. */
  private lookup(token: string, filters: Filters): Promise<Map<string, number>> {
    const key = JSON.stringify([token, filters]);
    let hit = this.cache.get(key);
    if (!hit) {
      const clean = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>;
      hit = this.need(filters).then((pf) => pf.search(`"${token}"`, { filters: clean })).then((r) => new Map(r.results.map((x) => [x.id, x.score])));
      this.cache.set(key, hit);
    }
    return hit;
  }

  async query(terms: QueryTerm[], filters: Filters, facetValues: { year: string[]; province: string[] }): Promise<Answer> {
    const tokens = [...new Set(terms.flatMap((t) => t.tokens))];
    const found = await Promise.all(tokens.map((t) => this.lookup(t, filters)));
    const order = found.map((m, i) => [m.size, i] as const).sort((a, b) => a[0] - b[0]);
    const rarest = tokens[order[0]![1]]!;
    const hits = new Map<string, Hit>();
    for (const [id] of found[order[0]![1]]!) {
      if (found.every((m) => m.has(id))) hits.set(id, { id, score: found.reduce((s, m) => s + m.get(id)!, 0), year: '', province: '' });
    }
    // Per-year and per-province counts of the intersection: look the rarest token up once per
    // value (its chunks are already loaded, so this costs no downloads) and count the hits.
    const counts = { year: new Map<string, number>(), province: new Map<string, number>() };
    if (hits.size) {
      await Promise.all(
        (['year', 'province'] as const).flatMap((dim) =>
          facetValues[dim]
            .filter((v) => !filters[dim] || filters[dim] === v)
            .map(async (v) => {
              const ids = await this.lookup(rarest, { ...filters, [dim]: v });
              let n = 0;
              for (const id of ids.keys()) {
                const hit = hits.get(id);
                if (hit) {
                  hit[dim] = v;
                  n++;
                }
              }
              if (n) counts[dim].set(v, n);
            }),
        ),
      );
    }
    return { hits: [...hits.values()], counts };
  }

  /** The display records of some hits (each records file is fetched once). */
  async records(ids: string[]): Promise<Map<string, DisplayRecord>> {
    const out = new Map<string, DisplayRecord>();
    await Promise.all(
      ids.map(async (id) => {
        const shard = shardOf(id, this.manifest.shardDigits);
        let p = this.shards.get(shard);
        if (!p) {
          p = fetch(`${this.root}records/${shard}.json`).then((r) => r.json() as Promise<Record<string, DisplayRecord>>);
          this.shards.set(shard, p);
        }
        const record = (await p)[id];
        if (record) out.set(id, record);
      }),
    );
    return out;
  }
}
