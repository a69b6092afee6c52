/**
 * Redirects made by the page rather than the server: <meta http-equiv="refresh" content="0;url=…">
 * and a script that does nothing but set location. Government CMSs use both to point a column
 * address at the article. Pure: the page's text and address in, the target out.
 */
import { sameSite } from './same-site.ts';

export interface ClientRedirect {
  url: string;
  via: 'meta-refresh' | 'script';
}

/** A refresh that waits longer than this is a page reloading itself, not a redirect. */
const MAX_REFRESH_SECONDS = 10;
/** A page holding more visible text than this is a page, whatever its scripts do. */
const MAX_TEXT = 200;

const META = /<meta\b[^>]*http-equiv\s*=\s*["']?refresh["']?[^>]*>/gi;
const CONTENT = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
// location = '…' | location.href = '…' | window/top/self/document.location(.href) = '…' | location.replace/assign('…')
const SCRIPT_REDIRECT = /^(?:(?:window|top|self|parent|document)\.)?location(?:\.href)?\s*=\s*(["'])([^"'\s]+)\1\s*;?$|^(?:(?:window|top|self|parent|document)\.)?location\.(?:replace|assign)\(\s*(["'])([^"'\s]+)\3\s*\)\s*;?$/;

function resolveSameSite(target: string, base: URL): string | undefined {
  let url: URL;
  try {
    url = new URL(target.trim().replace(/&amp;/g, '&'), base);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || !sameSite(url, base)) return undefined;
  url.hash = '';
  return url.href === new URL(base.href.replace(/#.*$/, '')).href ? undefined : url.href;
}

function visibleText(html: string): string {
  return html
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|\s+/g, '');
}

export function findClientRedirect(html: string, base: URL): ClientRedirect | undefined {
  for (const tag of html.match(META) ?? []) {
    const m = tag.match(CONTENT);
    const content = (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').trim();
    const r = content.match(/^(\d+(?:\.\d+)?)\s*[;,]\s*(?:url\s*=\s*)?(["']?)(.+?)\2\s*$/i);
    if (!r || Number(r[1]) > MAX_REFRESH_SECONDS) continue;
    const url = resolveSameSite(r[3]!, base);
    if (url) return { url, via: 'meta-refresh' };
  }
  if (visibleText(html).length > MAX_TEXT) return undefined;
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi)].map((m) => m[1]!.trim()).filter(Boolean);
  for (const body of scripts) {
    const lines = body.replace(/<!--|\/\/\s*-->/g, '').split(/[\n;]+/).map((l) => l.trim()).filter(Boolean);
    if (lines.length !== 1) continue;
    const m = lines[0]!.match(SCRIPT_REDIRECT);
    const target = m?.[2] ?? m?.[4];
    const url = target ? resolveSameSite(target, base) : undefined;
    if (url) return { url, via: 'script' };
  }
  return undefined;
}
