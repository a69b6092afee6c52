import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reportSchema } from './lib/report-schema.ts';

/** Archived reports: content/reports/<id>.md, written by `npm run import`. */
const reports = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/reports' }),
  schema: reportSchema,
});

export const collections = { reports };
