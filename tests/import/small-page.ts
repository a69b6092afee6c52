/**
 * Small pages for the importer's reproductions: a report opening in the shape of the real ones,
 * imported the way `npm run import` imports a saved file. Shared by the reproduction suites so
 * they import alike.
 */
import { InputError } from '../../src/import/decode.ts';
import { importSource, type Overrides } from '../../src/import/import-source.ts';
import { gazetteer } from '../../src/lib/gazetteer-data.ts';

/** A body paragraph every report has, so that a test's page reads as a report. */
export const BODY = '坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，全面推进依法行政，法治政府建设取得新成效。现将有关情况报告如下。';

export const page = (...lines: string[]) => new TextEncoder().encode(lines.join('\n'));

export const run = (bytes: Uint8Array, overrides: Overrides = {}) =>
  importSource(bytes, gazetteer(), { fileName: 'page.txt', rawPath: 'raw/page.txt', archived: '2026-12-04', overrides }).reports[0]!;

/** The refusal a page gets; fails the test if the page is imported instead. */
export const refusal = (bytes: Uint8Array) => {
  try {
    run(bytes);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('imported');
};
