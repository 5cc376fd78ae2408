import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { twinShown } from '../support/twin.ts';
import { documentIds, useSite } from '../support/use-site.ts';

const site = useSite();
const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 780 };
const CASES = [
  { lang: 'zh', prefix: '', viewport: WIDE },
  { lang: 'en', prefix: 'en/', viewport: WIDE },
  { lang: 'zh', prefix: '', viewport: PHONE },
  { lang: 'en', prefix: 'en/', viewport: PHONE },
].map((c) => ({ ...c, width: c.viewport.width }));

/** The first tagged sentence followed by another sentence in its paragraph, marked `data-probe` (and its follower `data-next`). */
async function markProbe(page: Page): Promise<void> {
  const found = await page.evaluate(() => {
    const s = [...document.querySelectorAll<HTMLElement>('.doc-text p > .s.tagged')].find((el) =>
      el.nextElementSibling?.matches('.s'),
    );
    if (!s) return false;
    s.dataset['probe'] = '';
    (s.nextElementSibling as HTMLElement).dataset['next'] = '';
    s.scrollIntoView({ block: 'center' });
    return true;
  });
  expect(found, 'a tagged sentence followed by another').toBe(true);
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where the probe's description is, where the next sentence's lines are, and every line box of
 * document text (outside descriptions) that the description overlaps; `shown` is false when
 * the description is not displayed.
 */
async function measure(
  page: Page,
): Promise<{ shown: boolean; ev: Box; next: Box[]; covered: string[]; onTop: boolean; pageOverflow: number }> {
  return page.evaluate(() => {
    const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const ev = document.querySelector<HTMLElement>('[data-probe] > .ev')!;
    const evBox = ev.getBoundingClientRect();
    const shown = getComputedStyle(ev).display !== 'none' && evBox.width > 0 && evBox.height > 0;
    const next = [...document.querySelector('[data-next]')!.getClientRects()].map(box);
    const overlaps = (r: DOMRect) =>
      r.width > 0 &&
      r.height > 0 &&
      r.left < evBox.right &&
      r.right > evBox.left &&
      r.top < evBox.bottom &&
      r.bottom > evBox.top;
    const covered: string[] = [];
    if (shown) {
      const walker = document.createTreeWalker(document.querySelector('.doc-text')!, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('.ev') || node.textContent?.trim() === '') continue;
        range.selectNodeContents(node);
        if ([...range.getClientRects()].some(overlaps)) covered.push(node.textContent!.slice(0, 20));
      }
    }
    const hit = document.elementFromPoint((evBox.left + evBox.right) / 2, (evBox.top + evBox.bottom) / 2);
    return {
      shown,
      ev: box(evBox),
      next,
      covered,
      onTop: shown && hit !== null && ev.contains(hit),
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

const intersects = (a: Box, b: Box) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/** The description is on screen and on top, within the screen's width, and covers no line of the text. */
function expectClear(m: Awaited<ReturnType<typeof measure>>, width: number): void {
  expect(m.shown).toBe(true);
  expect(m.onTop).toBe(true);
  expect(m.next.length).toBeGreaterThan(0);
  expect(m.next.filter((line) => intersects(line, m.ev))).toEqual([]);
  expect(m.covered).toEqual([]);
  expect(m.ev.left).toBeGreaterThanOrEqual(0);
  expect(m.ev.right).toBeLessThanOrEqual(width);
  expect(m.pageOverflow).toBeLessThanOrEqual(0);
}

describe('the evidence description on a document page', () => {
  it.each(CASES)(
    '$lang at $width px: it covers no text, opens by keyboard, closes with Escape',
    async ({ prefix, viewport, width }) => {
      const page = await site.newPage(viewport);
      await page.goto(site.at(`${prefix}docs/${documentIds(site.dir)[0]}/`), { waitUntil: 'networkidle' });
      await twinShown(page);
      await markProbe(page);
      const probe = page.locator('[data-probe]');
      const nextTop = async () => (await measure(page)).next[0]!.top;
      const before = await nextTop();
      expect(await probe.getAttribute('tabindex')).toBe('0');
      expect((await measure(page)).shown).toBe(false);

      // Keyboard focus: beside the text on a wide screen; on a phone nothing opens or moves until Enter.
      await probe.focus();
      expect(await probe.evaluate((s) => s.matches(':focus-visible'))).toBe(true);
      if (width === WIDE.width) expectClear(await measure(page), width);
      else expect((await measure(page)).shown).toBe(false);
      expect(await nextTop()).toBe(before);
      await page.keyboard.press('Enter');
      const opened = await measure(page);
      expectClear(opened, width);
      // On a phone the description pushes the following text down, below itself.
      if (width === PHONE.width) expect(opened.next.every((line) => line.top >= opened.ev.bottom - 1)).toBe(true);
      else expect(opened.next[0]!.top).toBe(before);
      await page.keyboard.press('Escape');
      expect((await measure(page)).shown).toBe(false);
      expect(await nextTop()).toBe(before);

      // The pointer: hovering shows it only where it moves nothing; a click (a tap) opens it anywhere.
      await probe.evaluate((s) => s.blur());
      const first = (await probe.evaluate((s) => s.getClientRects()[0]!.toJSON())) as DOMRect;
      await page.mouse.move(first.left + 3, first.top + first.height / 2);
      if (width === WIDE.width) expectClear(await measure(page), width);
      else expect((await measure(page)).shown).toBe(false);
      expect(await nextTop()).toBe(before);
      await page.mouse.click(first.left + 3, first.top + first.height / 2);
      expectClear(await measure(page), width);
      await page.keyboard.press('Escape');
      expect((await measure(page)).shown).toBe(false);
      await page.close();
    },
  );
});
