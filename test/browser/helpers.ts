import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';

/**
 * Shared setup of the browser tests: Debian's Chromium driven by playwright-core (no browser
 * download), and the UI built fresh from web/ into a temporary folder so the test always checks
 * the current sources.
 */

export const CHROMIUM = '/usr/bin/chromium';
export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const SEEDS = join(REPO, '..', 'shared', 'seeds');
export const SCREENSHOTS = join(REPO, 'docs', 'screenshots');

/** Why the browser tests cannot run here, or null when they can. */
export function browserSkipReason(): string | null {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is not installed (apt-get install -y chromium); browser tests skipped`;
  return null;
}

// Flags from /work/.library/env/machines/node.md: without the background-networking ones Chromium
// keeps dialling Google's hosts, which this network refuses.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Starts headless Chromium with a fresh profile. */
export async function launchBrowser(viewport = { width: 1440, height: 900 }): Promise<BrowserContext> {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'crosswire-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
}

/** Builds the UI into a temporary folder and returns it. */
export async function buildWeb(): Promise<string> {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'crosswire-web-dist-'));
  await build({ configFile: join(REPO, 'web', 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}
