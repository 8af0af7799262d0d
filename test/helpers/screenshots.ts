/**
 * Screenshots browser tests take at their key steps, for a person to look at after a run: under
 * SCREENSHOT_DIR, or the system's temporary folder, one folder per suite.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export function screenshots(suite: string): (page: Page, name: string, fullPage?: boolean) => Promise<void> {
  const dir = join(process.env.SCREENSHOT_DIR || join(tmpdir(), 'prospek-screenshots'), suite);
  mkdirSync(dir, { recursive: true });
  return async (page, name, fullPage = true) => {
    await page.screenshot({ path: join(dir, `${name}.png`), fullPage });
  };
}
