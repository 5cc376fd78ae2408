import { chromium, type Browser } from 'playwright-core';

/** The flags every headless Chromium of the project runs with: nothing that phones home. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Headless Chromium from the system (`/usr/bin/chromium`, or $CHROMIUM_PATH): the benchmark and
 * the browser tests both drive this one; Lighthouse starts its own with the same flags.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [...CHROMIUM_FLAGS],
  });
}
