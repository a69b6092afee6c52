/**
 * The search engine of the search page: loads the index parts listed in the manifest into one
 * Pagefind instance when a query first needs them (a search filtered by year loads only the parts
 * holding that year; the first part loaded is Pagefind's primary index), and answers
 * a parsed query (boolean-query.ts: terms, OR, -exclusions; or filters alone) as a set of
 * reports, with per-year and per-province counts. While parts are still to load, the newest part
 * is searched first and its hits handed over before the rest are loaded (`onFirst`). Each term
 * is one lookup, Pagefind's quoted phrase of the term's index words (see src/search/tokens.ts),
 * whose reports are exactly those containing the term.
 */
import type { Manifest } from '../../search/build-index.ts';
import type { DisplayRecord, FilterKey } from '../../search/documents.ts';
import { shardOf } from '../../search/partitions.ts';
import type { BooleanQuery } from '../../search/boolean-query.ts';
import { isPrefixLookup, type QueryTerm } from '../../search/tokens.ts';
import { CHUNKS_FILE, prefixProbes } from '../../search/prefix-chunks.ts';
import { DEFAULT_MAX_VERIFY } from '../../search/limits.ts';

interface PagefindResponse {
  results: { id: string; score: number }[];
  filters: Record<string, Record<string, number>>;
}
interface PagefindInstance {
  init(): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindResponse>;
  preload(term: string | null, options?: { filters?: Record<string, string> }): Promise<void>;
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
/** The hits in the parts searched so far, before the rest of the archive is loaded. */
export interface FirstHits {
  hits: Hit[];
  /** Years of the parts not yet searched. */
  pending: [number, number];
  /** Whether every part not yet searched is older than every part searched. */
  older: boolean;
}
interface Found {
  ids: Map<string, number>;
  /** Pagefind's count of these reports per filter value (year, province, …). */
  counts: Record<string, Record<string, number>>;
}

type PagefindModule = { createInstance(o: Record<string, unknown>): PagefindInstance };

/** A query whose terms with a break inside have more candidates than the build allows checking (limits.ts). */
export class TooManyToVerify extends Error {
  readonly terms: string[];
  readonly candidates: number;
  readonly limit: number;
  /** Counted in the parts searched first only: the archive holds at least `candidates`. */
  readonly atLeast: boolean;
  constructor(terms: string[], candidates: number, limit: number, atLeast: boolean) {
    super(`${atLeast ? 'at least ' : ''}${candidates} candidate reports to check for ${terms.join(', ')}, more than ${limit}`);
    this.terms = terms;
    this.candidates = candidates;
    this.limit = limit;
    this.atLeast = atLeast;
  }
}

export class Engine {
  private shards = new Map<string, Promise<Record<string, DisplayRecord>>>();
  private chunkStarts = new Map<string, Promise<string[]>>();
  private cache = new Map<string, Promise<Found>>();
  private merged = new Map<string, Promise<unknown>>();
  private done = new Set<string>();
  private pagefind: Promise<PagefindInstance> | undefined;

  private module: PagefindModule;
  private root: string;
  readonly manifest: Manifest;
  /** Which of some reports hold a term, checked against their text (for terms with a break inside). */
  verifier?: (ids: string[], term: string) => Promise<Set<string>>;

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

  /** The parts a search with these filters can find reports in, newest first. Parts are disjoint
   * by report, so a part not holding the filtered year cannot hold a hit of such a search. */
  private partsFor(filters: Filters): Manifest['partitions'] {
    const year = Number(filters.year);
    return this.manifest.partitions.filter((p) => !year || (p.years[0] <= year && year <= p.years[1]));
  }

  /** Loads these parts, each once, and returns the instance. */
  private async need(parts: Manifest['partitions']): Promise<PagefindInstance> {
    const pagefind = this.instance(parts[0]?.name ?? this.manifest.primary);
    // Every lookup passes here: when its parts are loaded (filters too), there is nothing to do.
    if (parts.every((p) => this.done.has(p.name))) return pagefind;
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
    // Pagefind counts a search's reports per value only for the filters it has loaded: load the
    // year and province filters of every part (small; each once), so that the counts cover them.
    await (await pagefind).preload(null, { filters: { year: '', province: '' } });
    for (const p of parts) this.done.add(p.name);
    return pagefind;
  }

  /**
   * Reports containing one lookup (a quoted phrase of index words), with their scores and Pagefind's counts per filter
   * value; `null`: every report the filters admit. `parts` (the first stage of a progressive
   * search) searches what is loaded so far and is not cached: it may be incomplete.
   */
  private lookup(token: string | null, filters: Filters, parts?: Manifest['partitions']): Promise<Found> {
    const key = JSON.stringify([token, filters]);
    let hit = parts ? undefined : this.cache.get(key);
    if (!hit) {
      const clean = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>;
      const needed = parts ?? this.partsFor(filters);
      hit = this.need(needed)
        .then(async (pf) => {
          if (token !== null && isPrefixLookup(token)) await this.preloadPrefix(pf, token, needed);
          return pf.search(token, { filters: clean });
        })
        .then((r) => ({ ids: new Map(r.results.map((x) => [x.id, x.score])), counts: r.filters }));
      if (!parts) this.cache.set(key, hit);
    }
    return hit;
  }

  /**
   * Loads, in every part searched or already loaded, each chunk holding a word that begins with
   * `prefix`: Pagefind's own search loads only the chunk whose range holds the prefix.
   */
  private async preloadPrefix(pf: PagefindInstance, prefix: string, parts: Manifest['partitions']): Promise<void> {
    const names = new Set([...parts.map((p) => p.name), ...this.done]);
    const starts = await Promise.all([...names].map((name) => this.startsOf(name)));
    const probes = new Set(starts.flatMap((s) => prefixProbes(prefix, s)));
    await Promise.all([...probes].map((p) => pf.preload(p)));
  }

  private startsOf(part: string): Promise<string[]> {
    let p = this.chunkStarts.get(part);
    if (!p) {
      p = fetch(`${this.root}${part}/${CHUNKS_FILE}`).then((r) => {
        if (!r.ok) throw new Error(`${this.root}${part}/${CHUNKS_FILE}: ${r.status}`);
        return r.json() as Promise<string[]>;
      });
      this.chunkStarts.set(part, p);
    }
    return p;
  }

  /** Reports containing every term, each hit with its score (the sum over terms), and the rarest term's lookup. */
  private async all(terms: QueryTerm[], filters: Filters, parts?: Manifest['partitions']): Promise<{ hits: Map<string, Hit>; rarest: string; found: Found }> {
    const tokens = [...new Set(terms.flatMap((t) => t.lookups))];
    const lookups = await Promise.all(tokens.map((t) => this.lookup(t, filters, parts)));
    const found = lookups.map((f) => f.ids);
    let r = 0;
    found.forEach((m, i) => {
      if (m.size < found[r]!.size) r = i;
    });
    const hits = new Map<string, Hit>();
    for (const [id] of found[r]!) {
      if (found.every((m) => m.has(id))) hits.set(id, { id, score: found.reduce((s, m) => s + m.get(id)!, 0), year: '', province: '' });
    }
    return { hits, rarest: tokens[r]!, found: lookups[r]! };
  }

  /**
   * The reports a query of groups (all required; any alternative of a group will do) and
   * exclusions matches, or with no group every report the filters admit; with `parts`, only in
   * the parts loaded so far. A term with a break inside (tokens.ts `verify`) gives candidates,
   * and those among the hits are checked against their text. Also what the per-year and
   * per-province counts can come from: the one lookup whose reports are exactly the hits
   * (`exact`: its Pagefind counts are the hits'), or else the lookups whose reports include every
   * hit (`cover`).
   */
  private async hitsOf(q: Pick<BooleanQuery, 'groups' | 'exclude'>, filters: Filters, parts?: Manifest['partitions']) {
    let hits = new Map<string, Hit>();
    let cover: (string | null)[] = [null];
    let exact: Found | undefined;
    if (q.groups.length === 0) {
      exact = await this.lookup(null, filters, parts);
      hits = new Map([...exact.ids].map(([id, score]) => [id, { id, score, year: '', province: '' }]));
    } else {
      const groups = await Promise.all(q.groups.map(async (alternatives) => ({ alternatives, found: await Promise.all(alternatives.map((t) => this.all([t], filters, parts))) })));
      const combine = () => {
        const unions = groups.map((g) => {
          const union = new Map<string, Hit>();
          for (const f of g.found) for (const [id, h] of f.hits) if ((union.get(id)?.score ?? -1) < h.score) union.set(id, h);
          return { union, rarest: g.found.map((f) => f.rarest), found: g.found.map((f) => f.found) };
        });
        unions.sort((a, b) => a.union.size - b.union.size);
        cover = unions[0]!.rarest;
        hits = new Map();
        for (const [id, h] of unions[0]!.union) {
          if (unions.every((g) => g.union.has(id))) hits.set(id, { ...h, score: unions.reduce((s, g) => s + g.union.get(id)!.score, 0) });
        }
        const only = unions.length === 1 && unions[0]!.found.length === 1 ? unions[0]!.found[0]! : undefined;
        exact = only && only.ids.size === hits.size ? only : undefined;
      };
      combine();
      const checks = groups.flatMap((g) => g.alternatives.map((t, i) => ({ t, hits: g.found[i]!.hits }))).filter((c) => c.t.verify);
      if (checks.length && hits.size) {
        await this.check(checks, hits, parts !== undefined);
        combine();
      }
    }
    if (q.exclude.length && hits.size) {
      exact = undefined;
      const found = await Promise.all(q.exclude.map(async (t) => ({ t, hits: (await this.all([t], filters, parts)).hits })));
      const checks = found.filter((c) => c.t.verify);
      if (checks.length) await this.check(checks, hits, parts !== undefined);
      for (const f of found) for (const id of f.hits.keys()) hits.delete(id);
    }
    return { hits, cover, exact };
  }

  /**
   * Checks each term's candidates that are among `within` against their text (the page's
   * `verifier`), and leaves in `hits` only those holding the term. At most the manifest's maxVerify reports in
   * all: past that, a TooManyToVerify names the term rather than give a count that is not exact.
   */
  private async check(checks: { t: QueryTerm; hits: Map<string, Hit> }[], within: Map<string, Hit>, partial: boolean): Promise<void> {
    const todo = checks.map((c) => ({ ...c, ids: [...c.hits.keys()].filter((id) => within.has(id)) }));
    const total = todo.reduce((n, c) => n + c.ids.length, 0);
    // A manifest deployed before maxVerify was added lacks it (for the moments a deploy replaces the site).
    const limit = this.manifest.maxVerify ?? DEFAULT_MAX_VERIFY;
    if (total > limit) throw new TooManyToVerify(todo.map((c) => c.t.text), total, limit, partial);
    if (!this.verifier) throw new Error('a term with punctuation or a space inside needs a verifier');
    for (const c of todo) {
      const kept = await this.verifier(c.ids, c.t.text);
      for (const id of [...c.hits.keys()]) if (!kept.has(id)) c.hits.delete(id);
    }
  }

  /**
   * Answers a query with its hits and their counts per year and per province. When some of the
   * parts it needs are not loaded yet, `onFirst` is first given the hits of the newest part (the
   * first to load), and the rest are loaded after that, so that the first hits do not wait for the
   * whole archive. The counts are of the final hits: from Pagefind's own counts when one lookup's
   * reports are the hits, or else each dimension's values are looked up with the filters (cached)
   * and the hits counted.
   */
  async query(q: Pick<BooleanQuery, 'groups' | 'exclude'>, filters: Filters, facetValues: { year: string[]; province: string[] }, onFirst?: (first: FirstHits) => void): Promise<Answer> {
    const parts = this.partsFor(filters);
    if (onFirst && parts.length > 1 && parts.some((p) => !this.done.has(p.name))) {
      const first = parts.filter((p) => this.done.has(p.name));
      if (!first.length) first.push(parts[0]!);
      const rest = parts.filter((p) => !first.includes(p));
      const partial = await this.hitsOf(q, filters, first);
      await this.assignYears(partial.hits, filters, facetValues.year.filter((y) => first.some((p) => p.years[0] <= +y && +y <= p.years[1])), first);
      const years = rest.flatMap((p) => p.years);
      onFirst({ hits: [...partial.hits.values()], pending: [Math.min(...years), Math.max(...years)], older: rest.every((r) => first.every((f) => r.years[1] < f.years[0])) });
    }
    const { hits, cover, exact } = await this.hitsOf(q, filters);
    const counts = { year: new Map<string, number>(), province: new Map<string, number>() };
    // Every report has one year and one province, so Pagefind's counts are usable only if each
    // dimension's counts add up to the hits; otherwise the values are looked up one by one.
    const total = (dim: 'year' | 'province') => Object.entries(exact?.counts[dim] ?? {}).reduce((n, [v, c]) => n + (!filters[dim] || filters[dim] === v ? c : 0), 0);
    if (hits.size && exact && total('year') === hits.size && total('province') === hits.size) {
      for (const dim of ['year', 'province'] as const) {
        for (const [v, n] of Object.entries(exact.counts[dim] ?? {})) if (n > 0 && (!filters[dim] || filters[dim] === v)) counts[dim].set(v, n);
      }
      await this.assignYears(hits, filters, [...counts.year.keys()]);
    } else if (hits.size) {
      await Promise.all(
        (['year', 'province'] as const).flatMap((dim) =>
          facetValues[dim]
            .filter((v) => !filters[dim] || filters[dim] === v)
            .map(async (v) => {
              const seen = new Set<string>();
              for (const found of await Promise.all(cover.map((t) => this.lookup(t, { ...filters, [dim]: v })))) {
                for (const id of found.ids.keys()) {
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

  /** Sets each hit's year (for sorting by year), from the reports of each year the filters admit. */
  private async assignYears(hits: Map<string, Hit>, filters: Filters, years: string[], parts?: Manifest['partitions']): Promise<void> {
    const wanted = years.filter((y) => !filters.year || filters.year === y);
    if (wanted.length === 1) for (const h of hits.values()) h.year = wanted[0]!;
    else {
      await Promise.all(
        wanted.map(async (y) => {
          for (const id of (await this.lookup(null, { ...filters, year: y }, parts)).ids.keys()) {
            const h = hits.get(id);
            if (h) h.year = y;
          }
        }),
      );
    }
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
