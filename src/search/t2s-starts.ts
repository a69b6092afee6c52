/**
 * The characters a traditional-to-simplified conversion can start at: the first character of
 * every key of the dictionaries opencc-js's t→cn converter applies. A text holding none of them
 * converts to itself, so the search page needs the converter (52 KB) only for a query or a
 * report that holds one (most simplified queries hold none). Built at build time from the
 * converter's own preset, so it cannot drift from the converter the index was made with.
 */
import { configs } from 'opencc-js/preset/t2cn';

type Dict = string | readonly (readonly string[])[];

function keys(dict: Dict): string[] {
  if (typeof dict === 'string') return dict.split('|').map((entry) => entry.split(' ')[0] ?? '');
  return dict.map((pair) => pair[0] ?? '');
}

export function t2sStarts(): string {
  // Converter({ from: 't', to: 'cn' }) uses the t2s configuration (opencc-js core getConfigName).
  const config = configs.t2s as unknown as { normalizationChain?: Dict[][]; conversionChain: Dict[][] } | undefined;
  if (!config) throw new Error('opencc-js has no t2s configuration: the search page cannot know when a text needs conversion');
  const starts = new Set<string>();
  for (const group of [...(config.normalizationChain ?? []), ...config.conversionChain]) {
    for (const dict of [group].flat() as Dict[]) for (const key of keys(dict)) if (key) starts.add([...key][0]!);
  }
  return [...starts].sort().join('');
}
