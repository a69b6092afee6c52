import type { APIRoute } from 'astro';
import { loadArchive } from '../lib/archive-data.ts';
import { indicatorRows } from '../lib/figures/dataset.ts';
import { KEY_INFO } from '../lib/figures/keys.ts';
import { gazetteer } from '../lib/gazetteer-data.ts';
import { href } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { entries } = await loadArchive();
  const rows = indicatorRows(entries, gazetteer(), (p) => new URL(href(p), site).href);
  const body = {
    generated: new Date().toISOString(),
    about: 'Figures stated in the reports, each with its sentence. own: the reporting body’s own figure for the report year. See docs/figures.md.',
    keys: KEY_INFO,
    count: rows.length,
    figures: rows,
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
