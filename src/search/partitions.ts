/**
 * How the search index is split into parts, each indexed in its own process so that indexing
 * memory is bounded by the largest part, not by the archive; the browser loads the parts together
 * (Pagefind's mergeIndex). Every part a query touches costs at least one index chunk download per
 * token, so parts are as large as memory allows: consecutive report years are packed into a part
 * up to `maxReports`, and a year larger than that is split by id. A new report of the latest year
 * therefore changes only the last part. Pure: names and members only.
 */
export interface Partition {
  /** Directory name under pagefind/ (y2015-2019, y2022, y2022-2). */
  name: string;
  /** First and last report year it holds, so a year-filtered search loads only its parts. */
  years: [number, number];
  ids: string[];
}

export const DEFAULT_MAX_REPORTS = 2000;

/**
 * The parts of an archive. `minParts` (the indexing processes that run side by side) splits an
 * archive that would fit in fewer parts, so that every core works on a small archive too: the
 * part size is then the smallest that packs the years into `minParts` parts, which balances
 * them. A large archive keeps parts of up to `maxReports` packed year by year, so that a new
 * report re-indexes one part rather than shifting every boundary.
 */
export function planPartitions(items: { id: string; year: number }[], maxReports = DEFAULT_MAX_REPORTS, minParts = 1): Partition[] {
  const byYear = new Map<number, string[]>();
  for (const { id, year } of items) byYear.set(year, [...(byYear.get(year) ?? []), id]);
  for (const ids of byYear.values()) ids.sort();
  const years = [...byYear.keys()].sort((a, b) => a - b);
  let size = maxReports;
  if (minParts > 1 && items.length <= minParts * maxReports) {
    // Binary search for the smallest size that still packs into minParts parts.
    let lo = Math.max(1, Math.ceil(items.length / minParts));
    let hi = maxReports;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (pack(byYear, years, mid).length <= minParts) hi = mid;
      else lo = mid + 1;
    }
    size = lo;
  }
  return pack(byYear, years, size).reverse();
}

/** Consecutive years packed up to `maxReports` a part, a larger year split by id (oldest first). */
function pack(byYear: Map<number, string[]>, years: number[], maxReports: number): Partition[] {
  const parts: Partition[] = [];
  let open: { from: number; to: number; ids: string[] } | undefined;
  const close = () => {
    if (open) parts.push({ name: open.from === open.to ? `y${open.from}` : `y${open.from}-${open.to}`, years: [open.from, open.to], ids: open.ids });
    open = undefined;
  };
  for (const year of years) {
    const ids = byYear.get(year)!;
    if (ids.length > maxReports) {
      close();
      const n = Math.ceil(ids.length / maxReports);
      const size = Math.ceil(ids.length / n);
      for (let i = 0; i < n; i++) parts.push({ name: `y${year}-p${i + 1}`, years: [year, year], ids: ids.slice(i * size, (i + 1) * size) });
      continue;
    }
    if (open && open.ids.length + ids.length > maxReports) close();
    open ??= { from: year, to: year, ids: [] };
    open.to = year;
    open.ids.push(...ids);
  }
  close();
  return parts;
}

/** The Pagefind language of a part: `zxx` (no linguistic content: neither segmented nor stemmed), tagged per part so result ids never collide. */
export const partitionLanguage = (name: string) => `zxx-x-${name.replace(/-/g, '')}`;

/** Hex digits of the result hash that name the display-record file holding it (about 16–40 records a file). */
export function shardDigits(reports: number): number {
  return Math.max(1, Math.round(Math.log(Math.max(1, reports / 24)) / Math.log(16)));
}

/** The records file of a Pagefind result id (zxx-x-y2020_3f9a1c2 → 3f with two digits). */
export function shardOf(resultId: string, digits: number): string {
  return resultId.slice(resultId.lastIndexOf('_') + 1).slice(0, digits);
}
