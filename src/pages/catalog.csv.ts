import type { APIRoute } from 'astro';
import { loadArchive } from '../lib/archive-data.ts';
import { catalogRows, toCsv } from '../lib/catalog.ts';
import { gazetteer } from '../lib/gazetteer-data.ts';
import { href } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { entries } = await loadArchive();
  return new Response(toCsv(catalogRows(entries, gazetteer(), (p) => new URL(href(p), site).href)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
