import type { Page } from 'playwright-core';

/**
 * Presses the search page's "more" until every hit is shown. Each press fetches its texts before
 * it draws them, so the next look at the button waits for the new hits: looked at too soon, the
 * button of the page before is still there, and gone by the time it is clicked.
 */
export async function showAllHits(page: Page): Promise<void> {
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    const before = await page.locator('.result-hit').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('.result-hit').length > n, before);
  }
}

/**
 * Waits for a search's hits to be drawn: the first hit on screen and the list no longer busy.
 * Hits are drawn one by one as their texts come, so the first alone is not all of them.
 */
export async function waitForHits(page: Page): Promise<void> {
  await page.waitForSelector('.result-hit');
  await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === null);
}
