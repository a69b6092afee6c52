import type { APIRoute } from 'astro';
import { loadArchive } from '../lib/archive-data.ts';
import { coverageCsv, coverageRows } from '../lib/coverage-dataset.ts';
import { href } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { ledger } = await loadArchive();
  return new Response(coverageCsv(coverageRows(ledger, (p) => new URL(href(p), site).href)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
