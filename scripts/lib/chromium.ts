import { chromium, type Browser } from 'playwright-core';

/**
 * Headless Chromium from the system (`/usr/bin/chromium`, or $CHROMIUM_PATH), with everything
 * that phones home turned off: the benchmark and the browser tests both drive this one.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
