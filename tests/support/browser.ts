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

const inCI = process.env.CI === 'true' || process.env.CI === '1';

if (!chromiumPath) {
  const message = 'No Chromium found: browser tests need `apt-get install -y chromium` (or CHROMIUM_PATH).';
  if (inCI) throw new Error(message);
  console.warn(`\n*** SKIPPING BROWSER TESTS. ${message} ***\n`);
}

/** True when browser tests can run; use with describe.skipIf(!hasBrowser). */
export const hasBrowser = chromiumPath !== undefined;

export function launchBrowser(): Promise<Browser> {
  if (!chromiumPath) throw new Error('No Chromium available');
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
}
