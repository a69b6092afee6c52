/**
 * The build's one read of the reports collection and the site-wide structures made from it.
 * Every page imports this module; the promise is created once per build, not once per page.
 */
import { getCollection } from 'astro:content';
import { coverageMatrix, levelGroups, publisherSeries, regionTree, yearIndex, type Entry } from './archive.ts';
import { gazetteer } from './gazetteer-data.ts';

export interface Archive {
  entries: Entry[];
  regions: ReturnType<typeof regionTree>;
  years: ReturnType<typeof yearIndex>;
  levels: ReturnType<typeof levelGroups>;
  coverage: ReturnType<typeof coverageMatrix>;
  series: ReturnType<typeof publisherSeries>;
}

let archive: Promise<Archive> | undefined;

export function loadArchive(): Promise<Archive> {
  archive ??= (async () => {
    const entries = (await getCollection('reports')).map((e) => ({ id: e.id, data: e.data }));
    const gaz = gazetteer();
    return {
      entries,
      regions: regionTree(entries, gaz),
      years: yearIndex(entries, gaz),
      levels: levelGroups(entries),
      coverage: coverageMatrix(entries, gaz),
      series: publisherSeries(entries),
    };
  })();
  return archive;
}
