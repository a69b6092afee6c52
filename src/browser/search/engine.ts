/**
 * The search engine of the search page: loads the index parts listed in the manifest into one
 * Pagefind instance when a query first needs them (a search filtered by year loads only the parts
 * holding that year; the first part loaded is Pagefind's primary index), and answers
 * a parsed query (boolean-query.ts: terms, OR, -exclusions; or filters alone) as a set of
 * reports, with per-year and per-province counts. Each token is looked up as an exact word (see
 * src/search/tokens.ts); the reports that have all of a term's tokens are the intersection.
 */
import type { Manifest } from '../../search/build-index.ts';
import type { DisplayRecord, FilterKey } from '../../search/documents.ts';
import { shardOf } from '../../search/partitions.ts';
import type { BooleanQuery } from '../../search/boolean-query.ts';
import type { QueryTerm } from '../../search/tokens.ts';

interface PagefindResponse {
  results: { id: string; score: number }[];
  filters: Record<string, Record<string, number>>;
}
interface PagefindInstance {
  init(): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindResponse>;
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

  /** Reports containing one token (exact word), with their scores; `null`: every report the filters admit. */
  private lookup(token: string | null, filters: Filters): Promise<Map<string, number>> {
    const key = JSON.stringify([token, filters]);
    let hit = this.cache.get(key);
    if (!hit) {
      const clean = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>;
      hit = this.need(filters).then((pf) => pf.search(token === null ? null : `"${token}"`, { filters: clean })).then((r) => new Map(r.results.map((x) => [x.id, x.score])));
      this.cache.set(key, hit);
    }
    return hit;
  }

  /** Reports containing every term, each hit with its score (the sum over tokens), and the term's rarest token. */
  private async all(terms: QueryTerm[], filters: Filters): Promise<{ hits: Map<string, Hit>; rarest: string }> {
    const tokens = [...new Set(terms.flatMap((t) => t.tokens))];
    const found = await Promise.all(tokens.map((t) => this.lookup(t, filters)));
    let r = 0;
    found.forEach((m, i) => {
      if (m.size < found[r]!.size) r = i;
    });
    const hits = new Map<string, Hit>();
    for (const [id] of found[r]!) {
      if (found.every((m) => m.has(id))) hits.set(id, { id, score: found.reduce((s, m) => s + m.get(id)!, 0), year: '', province: '' });
    }
    return { hits, rarest: tokens[r]! };
  }

  /**
   * Answers a query of groups (all required; any alternative of a group will do) and exclusions,
   * or, with no group, lists every report the filters admit. Counts per year and per province are
   * of the final hits: each dimension's values are looked up once with the filters alone (the same
   * lookups for every query, cached) and the hits counted.
   */
  async query(q: Pick<BooleanQuery, 'groups' | 'exclude'>, filters: Filters, facetValues: { year: string[]; province: string[] }): Promise<Answer> {
    let hits: Map<string, Hit>;
    // Tokens whose reports include every hit: what the per-year and per-province counts look up
    // (their chunks are loaded already; a search with no term looks up the filters alone).
    let cover: (string | null)[] = [null];
    if (q.groups.length === 0) {
      const ids = await this.lookup(null, filters);
      hits = new Map([...ids].map(([id, score]) => [id, { id, score, year: '', province: '' }]));
    } else {
      const groups = await Promise.all(
        q.groups.map(async (alternatives) => {
          const union = new Map<string, Hit>();
          const found = await Promise.all(alternatives.map((t) => this.all([t], filters)));
          for (const f of found) for (const [id, h] of f.hits) if ((union.get(id)?.score ?? -1) < h.score) union.set(id, h);
          return { union, rarest: found.map((f) => f.rarest) };
        }),
      );
      groups.sort((a, b) => a.union.size - b.union.size);
      cover = groups[0]!.rarest;
      hits = new Map();
      for (const [id, h] of groups[0]!.union) {
        if (groups.every((g) => g.union.has(id))) hits.set(id, { ...h, score: groups.reduce((s, g) => s + g.union.get(id)!.score, 0) });
      }
    }
    if (q.exclude.length && hits.size) {
      for (const found of await Promise.all(q.exclude.map((t) => this.all([t], filters)))) for (const id of found.hits.keys()) hits.delete(id);
    }
    const counts = { year: new Map<string, number>(), province: new Map<string, number>() };
    if (hits.size) {
      await Promise.all(
        (['year', 'province'] as const).flatMap((dim) =>
          facetValues[dim]
            .filter((v) => !filters[dim] || filters[dim] === v)
            .map(async (v) => {
              const seen = new Set<string>();
              for (const ids of await Promise.all(cover.map((t) => this.lookup(t, { ...filters, [dim]: v })))) {
                for (const id of ids.keys()) {
                  const hit = hits.get(id);
                  if (hit && !seen.has(id)) {
                    hit[dim] = v;
                    seen.add(id);
                  }
                }
              }
              if (seen.size) counts[dim].set(v, seen.size);
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
