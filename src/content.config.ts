import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { reportSchema } from './lib/report-schema.ts';

/** Archived reports: content/reports/<id>.md, written by `npm run import` (CONTENT_DIR selects another corpus, as the benchmark does). */
const reports = defineCollection({
  loader: glob({ pattern: '*.md', base: join(process.env.CONTENT_DIR || './content', 'reports') }),
  schema: reportSchema,
});

export const collections = { reports };
