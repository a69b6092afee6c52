import { defineCollection } from 'astro:content';
import { join } from 'node:path';
import { reportSchema } from './lib/report-schema.ts';
import { reportsLoader } from './lib/reports-loader.ts';

/** Archived reports: content/reports/<id>.md, written by `npm run import` (CONTENT_DIR selects another corpus, as the benchmark does); metadata only, see reports-loader.ts. */
const reports = defineCollection({
  loader: reportsLoader(join(process.env.CONTENT_DIR || './content', 'reports')),
  schema: reportSchema,
});

export const collections = { reports };
