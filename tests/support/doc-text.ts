import type { Page } from 'playwright-core';

/**
 * Waits until a document page shows its sentences: at once on a Chinese page, after the fetch of
 * the Chinese page's text block on an English one (src/client/document-twin.ts).
 */
export async function docTextShown(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('.doc-text .s') !== null && !document.querySelector('[data-twin]'),
  );
}
