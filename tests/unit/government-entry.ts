/** A minimal valid catalogue entry for a government's report, for tests of what the site derives from entries. */
import type { Entry } from '../../src/lib/archive.ts';
import { gazetteer } from '../../src/lib/gazetteer-data.ts';
import type { ReportData } from '../../src/lib/report-schema.ts';

const gaz = gazetteer();

/** The government of `region`'s report for `year`, named and levelled from the gazetteer; `over` changes any field. */
export const entry = (id: string, region: string, year: number, over: Partial<ReportData> = {}): Entry => ({
  id,
  data: {
    title: `${id} 报告`, titleSupplied: false, kind: 'report', region, regionName: gaz.path(region).map((d) => d.name).join(''),
    level: gaz.get(region)!.level as ReportData['level'], issuer: 'government', publisher: `${gaz.get(region)!.name}人民政府`, year,
    script: 'Hans', source: { archived: '2026-11-21', raw: 'raw/x.txt', sha256: 'a'.repeat(64), encoding: 'utf-8' }, page: {}, distinct: false, ...over,
  },
});
