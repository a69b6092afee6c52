import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

/** Each report's Markdown file, frontmatter included, as archived. */
export const getStaticPaths = (async () => {
  const reports = await getCollection('reports');
  return reports.map((e) => ({ params: { id: e.id }, props: { file: e.filePath! } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(props.file as string, 'utf8'), { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
