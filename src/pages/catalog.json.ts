import type { APIRoute } from 'astro';
import { loadArchive } from '../lib/archive-data.ts';
import { catalogRows } from '../lib/catalog.ts';
import { gazetteer } from '../lib/gazetteer-data.ts';
import { href } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { entries } = await loadArchive();
  const rows = catalogRows(entries, gazetteer(), (p) => new URL(href(p), site).href);
  return new Response(JSON.stringify({ generated: new Date().toISOString(), count: rows.length, reports: rows }, null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
