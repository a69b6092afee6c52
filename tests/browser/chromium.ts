/** Debian's Chromium driven by playwright-core; no browser is downloaded. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic, type Served } from './serve.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
}

/**
 * One Chromium and the built sites a browser test reads, started before its tests and closed
 * after them; `ready` receives them in the order given (and may open its first page).
 */
export function useChromium(
  sites: readonly { dir: string; base: string }[],
  ready: (browser: Browser, served: Served[]) => void | Promise<void>,
): void {
  let browser: Browser | undefined;
  const served: Served[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
    for (const s of sites) served.push(await serveStatic(s.dir, s.base));
    await ready(browser, served);
  });
  afterAll(async () => {
    await browser?.close();
    for (const s of served) await s.close();
  });
}
