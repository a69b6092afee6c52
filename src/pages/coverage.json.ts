import type { APIRoute } from 'astro';
import { loadArchive } from '../lib/archive-data.ts';
import { coverageJson, coverageRows } from '../lib/coverage-dataset.ts';
import { href } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { ledger } = await loadArchive();
  const absolute = (p: string) => new URL(href(p), site).href;
  return new Response(coverageJson(ledger, coverageRows(ledger, absolute), absolute), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
