import type { Page } from 'playwright-core';

/** Waits out smooth scrolling: the scroll position unchanged over a few readings. */
export async function settled(page: Page): Promise<void> {
  let last = -1;
  for (let same = 0; same < 3;) {
    await page.waitForTimeout(50);
    const y = await page.evaluate(() => scrollY);
    same = y === last ? same + 1 : 0;
    last = y;
  }
}
