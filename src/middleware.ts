import { defineMiddleware } from 'astro:middleware';
import { conversionMap, convertHtml } from './lib/convert-html.ts';
import { toSimplified, toTraditional } from './lib/script.ts';
import applyScriptMap from './browser/apply-script-map.js?raw';

/**
 * A report published in traditional script is shown as published: its page, interface included,
 * is rendered in traditional script (the report text, marked <!--keep-->, is never re-converted).
 * Every page also carries its text in the other script (conversionMap), so that the 简/繁 switch
 * converts it at once instead of downloading a 0.5 MB dictionary first.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const hant = context.locals.script === 'Hant';
  let html = await response.text();
  if (hant) html = convertHtml(html, toTraditional);
  const map = conversionMap(html, hant ? toSimplified : toTraditional);
  // JSON in a script element: only </script (and <!--) could end it early; \u003c keeps them out.
  const json = JSON.stringify({ to: hant ? 'Hans' : 'Hant', map }).replace(/</g, '\\u003c');
  html = html.replace(/<\/body>(?![\s\S]*<\/body>)/, `<script type="application/json" id="script-map">${json}</script><script>${applyScriptMap}</script></body>`);
  return new Response(html, { status: response.status, headers: response.headers });
});
