import { defineMiddleware } from 'astro:middleware';
import { convertHtml } from './lib/convert-html.ts';
import { toTraditional } from './lib/script.ts';

/**
 * A report published in traditional script is shown as published: its page, interface included,
 * is rendered in traditional script (the report text, marked <!--keep-->, is never re-converted).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (context.locals.script !== 'Hant' || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = convertHtml(await response.text(), toTraditional);
  return new Response(html, { status: response.status, headers: response.headers });
});
