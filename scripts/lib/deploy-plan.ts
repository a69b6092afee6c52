/**
 * How a built site goes to object storage behind a CDN (docs/deploy.md). Pure: paths in, plan out.
 *
 * Two cache classes. A file whose name changes whenever its content does (Vite's hashed assets,
 * Pagefind's index chunks, filters and part metadata, all named by a hash of their bytes) is
 * immutable: a CDN and a browser may keep it for a year. Every other file (pages, Markdown and raw
 * copies, the search manifest, each part's pagefind-entry.json that names its current metadata,
 * the display records, pagefind.js and its WebAssembly) is revalidated after a few minutes.
 */
export type CacheClass = 'immutable' | 'revalidate';

export const CACHE_CONTROL: Record<CacheClass, string> = {
  immutable: 'public, max-age=31536000, immutable',
  revalidate: 'public, max-age=300, must-revalidate',
};

const IMMUTABLE = [
  /^_astro\/[^/]+\.[A-Za-z0-9_-]{8}\.(js|css)$/,
  /^pagefind\/[^/]+\/index\/[^/]+\.pf_index$/,
  /^pagefind\/[^/]+\/filter\/[^/]+\.pf_filter$/,
  /^pagefind\/[^/]+\/pagefind\.[^/]+\.pf_meta$/,
];

/** The cache class of a site file, by its path relative to the site root ('/'-separated). */
export function cacheClass(path: string): CacheClass {
  return IMMUTABLE.some((re) => re.test(path)) ? 'immutable' : 'revalidate';
}

export interface DeployPlan {
  /** Uploaded first, never overwritten (their names are their content). */
  immutable: string[];
  /** Uploaded after them, so that nothing they name is missing; stale ones are deleted. */
  revalidate: string[];
}

export function planDeploy(paths: string[]): DeployPlan {
  const plan: DeployPlan = { immutable: [], revalidate: [] };
  for (const p of [...paths].sort()) plan[cacheClass(p)].push(p);
  return plan;
}

/**
 * Immutable files on the remote that the site no longer has. They are deleted only once they
 * are older than a grace period: a reader whose page or manifest is still cached (up to the
 * revalidate lifetime) may ask for them.
 */
export function staleImmutable(remote: string[], site: string[]): string[] {
  const keep = new Set(site);
  return remote.filter((p) => cacheClass(p) === 'immutable' && !keep.has(p)).sort();
}
