import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { loadWatch } from '../../lib/watch-data.ts';

/**
 * The WARC evidence of captured reports and of the watch's findings, byte for byte, as files to download: gzip data that no
 * browser runs as a page. Paths come from the schema-checked `source.warc.file` (warc/<date>/<name>.warc.gz).
 */
export const getStaticPaths = (async () => {
  const reports = await getCollection('reports');
  const files = new Map<string, string>();
  for (const r of reports) {
    const warc = r.data.source.warc;
    if (warc) files.set(warc.file.replace(/^warc\//, ''), resolve(dirname(r.filePath!), '..', warc.file));
  }
  // The watch's evidence of changed, moved and gone sources.
  const content = process.env.CONTENT_DIR || './content';
  for (const c of loadWatch().checks) if (c.warc) files.set(c.warc.replace(/^warc\//, ''), resolve(content, c.warc));
  return [...files].map(([file, path]) => ({ params: { file }, props: { path } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(props.path as string), { headers: { 'content-type': 'application/warc' } });
