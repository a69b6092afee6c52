import type { APIRoute } from 'astro';
import { loadArchive } from '../lib/archive-data.ts';
import { indicatorRows, indicatorsCsv } from '../lib/figures/dataset.ts';
import { gazetteer } from '../lib/gazetteer-data.ts';
import { href } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { entries } = await loadArchive();
  return new Response(indicatorsCsv(indicatorRows(entries, gazetteer(), (p) => new URL(href(p), site).href)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
