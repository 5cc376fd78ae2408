import type { Page } from 'playwright-core';

/**
 * Waits until the page shows the blocks it takes from its Chinese twin (src/client/twin.ts): at
 * once on a Chinese page, after the fetch on an English document, theme or park page.
 */
export async function twinShown(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-twin]'));
}
