import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable } from '../helpers/browser.js';
import { collectPageErrors, launchBrowser, setLocale, signedInPage } from '../helpers/browser-session.js';
import { buildClient } from '../helpers/client-build.js';
import { databaseTargets } from '../helpers/databases.js';
import { screenshots } from '../helpers/screenshots.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;

describe.runIf(browserAvailable())('the reconciliation queue in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let manager: Page;
  let admin: Page;
  const failures: string[] = [];
  const shot = screenshots('reconciliation');

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    browser = await launchBrowser();
    manager = await signedInPage(browser, server.url, 'manager@prospek.test');
    admin = await signedInPage(browser, server.url, 'admin@prospek.test');
    for (const page of [manager, admin]) {
      page.setDefaultTimeout(8000);
      collectPageErrors(page, failures);
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.goto(`${server.url}/reconciliation`);
      await page.locator('[data-stage="PROPOSED"] [data-card-id]').first().waitFor();
      await page.waitForSelector('[data-live="live"]');
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('confirms the demo proposal: posted short, it moves to follow-up on every open queue, then is settled', async () => {
    const card = manager.locator('[data-stage="PROPOSED"] [data-card-id]').first();
    const id = await card.getAttribute('data-card-id');
    await card.click();
    await expect.poll(() => manager.locator('[data-line-facts] [data-field="target"]').textContent()).toMatch(/INV\//);
    await shot(manager, 'proposal-id-desktop', false);
    await manager.click('[data-action="confirm"]');
    await admin.locator(`[data-stage="FOLLOW_UP"] [data-card-id="${id}"]`).waitFor();
    await manager.locator(`[data-stage="FOLLOW_UP"] [data-card-id="${id}"] [data-field="reason"]`).waitFor();
    await setLocale(admin, 'en');
    await admin.locator(`[data-stage="FOLLOW_UP"] [data-card-id="${id}"]`).click();
    await expect.poll(() => admin.locator('[data-field="reason"]').first().textContent()).toMatch(/short/);
    await shot(admin, 'follow-up-en-desktop', false);
    await admin.click('[data-action="confirm"]');
    await manager.locator(`[data-stage="MATCHED"] [data-card-id="${id}"]`).waitFor();
    expect(failures).toEqual([]);
  });

  it('refuses a statement file it cannot read and says why', async () => {
    await manager.click('[data-action="upload-statement"]');
    await manager.setInputFiles('[data-form="statement-upload"] input[name=file]', {
      name: 'mutasi.sta',
      mimeType: 'text/plain',
      buffer: Buffer.from(':20:X\n:25:1\n:60F:C261201IDR100,00\n:61:261201C50,00NTRFNONREF\n:62F:C261201IDR100,00\n'),
    });
    await manager.click('[data-form="statement-upload"] button[type="submit"]');
    await expect.poll(() => manager.locator('[data-form="statement-upload"] [data-error]').textContent()).toMatch(/MT940/);
  });
});
