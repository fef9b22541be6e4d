import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, never a downloaded browser. */
export const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => !!path && existsSync(path),
);

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** In CI a missing browser fails the run; elsewhere browser tests are skipped with one notice (global-build.ts). */
export const browserRequired = process.env.CI === 'true' || process.env.CI === '1';

export const NO_BROWSER = 'No Chromium found: browser tests need `apt-get install -y chromium` (or CHROMIUM_PATH).';

/** True when browser tests can run; use with describe.skipIf(!hasBrowser). */
export const hasBrowser = chromiumPath !== undefined;

export function launchBrowser(): Promise<Browser> {
  if (!chromiumPath) throw new Error('No Chromium available');
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
}
