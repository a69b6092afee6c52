/** A report's figures from its metadata and body, keeping figures a maintainer checked by hand. Pure. */
import type { ReportInput } from '../report-schema.ts';
import { extractFigures } from './extract.ts';
import { mergeFigures } from './merge.ts';
import type { Figure } from './schema.ts';

export function figuresFor(data: Pick<ReportInput, 'year' | 'published' | 'level' | 'regionName' | 'figures'>, body: string): Figure[] {
  const extracted = extractFigures(body, {
    year: data.year,
    ...(data.published ? { published: data.published } : {}),
    level: data.level,
    regionName: data.regionName,
  });
  return mergeFigures(data.figures as Figure[] | undefined, extracted, body);
}
