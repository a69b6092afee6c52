import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

/** The raw originals, byte for byte, at /raw/<name> (the path the frontmatter records). */
export const getStaticPaths = (async () => {
  const reports = await getCollection('reports');
  const files = new Map<string, string>();
  // The frontmatter's raw path is relative to the content folder, the parent of reports/.
  for (const r of reports) files.set(r.data.source.raw.replace(/^raw\//, ''), resolve(dirname(r.filePath!), '..', r.data.source.raw));
  return [...files].map(([file, path]) => ({ params: { file }, props: { path } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(props.path as string), { headers: { 'content-type': 'application/octet-stream' } });
