import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.js';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * A fresh browser profile signed in as `email`, on the board; `ready` is what shows the board has
 * loaded (a card in NEW, unless the user may see none there).
 */
export async function signedInPage(browser: Browser, url: string, email: string, ready = '[data-stage="NEW"] [data-card-id]'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 2400, height: 1000 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[${email}] page error: ${error.message}`));
  await page.goto(`${url}/login`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', 'demo1234');
  await page.click('button[type=submit]');
  await page.waitForSelector(ready);
  await page.waitForSelector('[data-live="live"]');
  return page;
}

/** Drags a card with the mouse, in small steps as a person would, onto `target`. */
export async function dragCard(page: Page, cardId: string, targetSelector: string): Promise<void> {
  const card = page.locator(`[data-card-id="${cardId}"]`);
  await card.scrollIntoViewIfNeeded();
  const from = await card.boundingBox();
  const to = await page.locator(targetSelector).boundingBox();
  if (!from || !to) throw new Error('card or target not visible');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(30, to.height / 2), { steps: 20 });
  await page.waitForTimeout(150);
  await page.mouse.up();
}

/** Collects uncaught errors and errors the page logs (a production Vue build logs render errors rather than throwing). */
export function collectPageErrors(page: Page, failures: string[]): void {
  page.on('pageerror', (error) => failures.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') failures.push(`console: ${message.text()}`);
  });
}

/** Switches the interface's language as the switch would, and reloads. */
export async function setLocale(page: Page, locale: 'id' | 'en'): Promise<void> {
  await page.evaluate((l) => localStorage.setItem('prospek.locale', l), locale);
  await page.reload();
}
