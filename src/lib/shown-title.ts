/**
 * A title the archive had to supply (the page had none) is shown in square brackets, as a library
 * catalogue shows a supplied title, so that no reader takes it for the issuer's own words. Pure.
 */
import type { ReportData } from './report-schema.ts';

export function shownTitle(d: Pick<ReportData, 'title' | 'titleSupplied'>): string {
  return d.titleSupplied ? `［${d.title}］` : d.title;
}
