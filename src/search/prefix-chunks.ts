/**
 * Which index chunks a prefix lookup needs. A Han character typed alone is looked up as the prefix
 * of the pairs it begins (tokens.ts); those pairs can run over several of Pagefind's chunks, and
 * Pagefind loads only the chunk whose range holds the prefix itself. Preloading one word of each
 * further chunk (the chunk's first word, from chunks.json beside each part) makes Pagefind's prefix
 * search see every such pair. Pure.
 */

/** Code-point order: Pagefind orders its words by their UTF-8 bytes, which is the same order. */
export function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
}

/**
 * The words to preload so that every chunk holding a word that begins with `prefix` (one
 * character) is loaded: the prefix itself (its own chunk) and the first word of every chunk that
 * begins inside the prefix's range. `starts`: each chunk's first word, in the index's order.
 */
export function prefixProbes(prefix: string, starts: readonly string[]): string[] {
  const after = String.fromCodePoint(prefix.codePointAt(0)! + 1);
  return [prefix, ...starts.filter((s) => compareCodePoints(s, prefix) > 0 && compareCodePoints(s, after) < 0)];
}

/** The file beside each part's Pagefind files that lists its chunks' first words. */
export const CHUNKS_FILE = 'chunks.json';
