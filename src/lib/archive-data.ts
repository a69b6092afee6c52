/**
 * The build's one read of the reports collection and the site-wide structures made from it.
 * Every page imports this module; the promise is created once per build, not once per page.
 */
import { getCollection } from 'astro:content';
import { coverageMatrix, levelGroups, publisherSeries, regionTree, yearIndex, type Entry } from './archive.ts';
import { gazetteer } from './gazetteer-data.ts';
import { chinaToday } from './coverage-dates.ts';
import { buildLedger, type Ledger } from './coverage-ledger.ts';
import { isCalendarDate } from './report-schema.ts';

export interface Archive {
  entries: Entry[];
  regions: ReturnType<typeof regionTree>;
  years: ReturnType<typeof yearIndex>;
  levels: ReturnType<typeof levelGroups>;
  coverage: ReturnType<typeof coverageMatrix>;
  series: ReturnType<typeof publisherSeries>;
  /** The coverage ledger as of the build date (LEDGER_DATE, else today in China). */
  ledger: Ledger;
}

/** The date the coverage ledger is built for. */
export function ledgerDate(): string {
  const given = process.env.LEDGER_DATE;
  if (given === undefined || given === '') return chinaToday();
  if (!isCalendarDate(given)) throw new Error(`LEDGER_DATE=${given}: not a date; write it as YYYY-MM-DD, or unset it to use today's date`);
  return given;
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
      ledger: buildLedger(entries, gaz, ledgerDate()),
    };
  })();
  return archive;
}
