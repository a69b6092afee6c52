import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { rawContentType, rawPublishedName } from '../../lib/read-report.ts';

/**
 * The raw originals, byte for byte, as evidence to download, never as pages: each is published as
 * /raw/<name>.txt (a .txt keeps its name), so that no static host serves a saved .html or .svg
 * as active content on the archive's own origin. A PDF or Word original keeps its own name
 * (/raw/<name>.pdf), which static hosts serve as that document type: a download or the browser's
 * document viewer, never a page. The schema already refuses dotfiles and paths.
 */
export const getStaticPaths = (async () => {
  const reports = await getCollection('reports');
  const files = new Map<string, string>();
  // The frontmatter's raw path is relative to the content folder, the parent of reports/.
  for (const r of reports) files.set(rawPublishedName(r.data.source.raw), resolve(dirname(r.filePath!), '..', r.data.source.raw));
  return [...files].map(([file, path]) => ({ params: { file }, props: { path } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(props.path as string), { headers: { 'content-type': rawContentType(props.path as string) } });
