// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

// The site's public address and sub-path come from the environment, so the same build works at a
// domain root or under /archive/ (SITE_URL=https://example.org BASE_PATH=/archive/ npm run build).
const site = process.env.SITE_URL || 'http://127.0.0.1:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  // Tests build a second copy under a sub-path into another folder.
  outDir: process.env.OUT_DIR || './dist',
  // A build of another corpus (CONTENT_DIR, the benchmark) keeps its content-layer cache apart.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [sitemap(), pagefindIntegration()],
});
