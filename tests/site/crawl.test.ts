/**
 * Crawls every built page of both builds (root and /archive/): no broken internal link or anchor,
 * every page with lang, title and exactly one h1, and no resource from any other host.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { BUILDS } from '../browser/sites.ts';

const SITE = 'https://archive.example.org';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => join(dir, f));
}

describe.each(Object.entries(BUILDS))('the %s build', (_name, build) => {
  const files = htmlFiles(build.dir);
  const parsed = new Map(files.map((f) => [f, unified().use(rehypeParse).parse(readFileSync(f, 'utf8'))]));
  const idsOf = (file: string) => new Set(selectAll('[id]', parsed.get(file)!).map((e) => String(e.properties.id)));

  /** The built file a site path points to, or undefined. */
  const target = (path: string): string | undefined => {
    if (!path.startsWith(build.base)) return undefined;
    const rest = decodeURIComponent(path.slice(build.base.length));
    const candidates = [join(build.dir, rest), join(build.dir, rest, 'index.html')];
    return candidates.find((c) => existsSync(c) && statSync(c).isFile());
  };

  it('has the pages a reader expects', () => {
    expect(files.length).toBeGreaterThan(60);
    for (const p of ['index.html', '404.html', 'regions/index.html', 'years/index.html', 'levels/index.html', 'catalogue/index.html', 'search/index.html', 'reports/500233-2021-gov/index.html', 'catalog.json', 'catalog.csv', 'coverage/index.html', 'coverage.csv', 'coverage.json', 'feed.xml', 'sitemap-index.xml']) {
      expect(existsSync(join(build.dir, p)), p).toBe(true);
    }
  });

  it('every page has lang, a title and exactly one h1', () => {
    for (const [file, tree] of parsed) {
      const where = relative(build.dir, file);
      expect(String(select('html', tree)?.properties.lang ?? ''), where).toMatch(/^zh-Han[st]$/);
      expect(select('title', tree), where).toBeTruthy();
      expect(selectAll('h1', tree), where).toHaveLength(1);
    }
  });

  it('no internal link or anchor is broken', () => {
    const broken: string[] = [];
    for (const [file, tree] of parsed) {
      for (const a of selectAll('a[href], link[href]', tree)) {
        const href = String(a.properties.href);
        if (/^(mailto:|javascript:)/.test(href)) continue;
        const url = new URL(href, `${SITE}${build.base}${relative(build.dir, file).replace(/index\.html$/, '')}`);
        if (url.origin !== SITE) continue;
        const page = target(url.pathname);
        if (!page) {
          broken.push(`${relative(build.dir, file)} → ${href}`);
          continue;
        }
        if (url.hash && page.endsWith('.html') && !idsOf(page).has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${relative(build.dir, file)} → ${href} (no such anchor)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('loads nothing from any other host', () => {
    const external: string[] = [];
    for (const [file, tree] of parsed) {
      for (const el of selectAll('[src], link[href], [srcset], [poster]', tree)) {
        for (const attr of ['src', 'srcSet', 'poster', ...(el.tagName === 'link' ? ['href'] : [])]) {
          const v = el.properties[attr];
          if (typeof v === 'string' && /^(https?:)?\/\//.test(v) && !v.startsWith(SITE)) external.push(`${relative(build.dir, file)}: ${v}`);
        }
      }
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/url\((['"]?)(https?:)?\/\/[^)]+\)|@import\s+['"]https?:/g)) external.push(`${relative(build.dir, file)}: ${m[0]}`);
    }
    for (const asset of readdirSync(join(build.dir, '_astro')).filter((f) => f.endsWith('.css') || f.endsWith('.js'))) {
      const text = readFileSync(join(build.dir, '_astro', asset), 'utf8');
      expect(text, asset).not.toMatch(/@import\s+url\(['"]?https?:|fonts\.googleapis|googletagmanager|google-analytics/);
    }
    expect(external).toEqual([]);
  });

  it('respects the base path in every internal link', () => {
    for (const [file, tree] of parsed) {
      for (const a of selectAll('a[href]', tree)) {
        const href = String(a.properties.href);
        if (href.startsWith('/')) expect(href.startsWith(build.base), `${relative(build.dir, file)}: ${href}`).toBe(true);
      }
    }
  });
});
