/**
 * The work report in the browser: the officer writes and sends their notes on the month, the manager
 * finds the report sent in the office's list, reads it and marks it read; the officer sees the answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { businessDate } from '@prospek/shared';
import { screenshots } from '../helpers/screenshots.js';
import { browserAvailable } from '../helpers/browser.js';
import { collectPageErrors, launchBrowser, setLocale, signedInPage } from '../helpers/browser-session.js';
import { buildClient } from '../helpers/client-build.js';
import { databaseTargets } from '../helpers/databases.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;

describe.runIf(browserAvailable())('work reports in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let manager: Page;
  let officer: Page;
  const failures: string[] = [];
  const shot = screenshots('work-reports');
  const query = `?kind=MONTH&date=${businessDate()}`;

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    browser = await launchBrowser();
    manager = await signedInPage(browser, server.url, 'manager@prospek.test');
    officer = await signedInPage(browser, server.url, 'officer1@prospek.test');
    manager.setDefaultTimeout(30_000);
    officer.setDefaultTimeout(30_000);
    collectPageErrors(manager, failures);
    collectPageErrors(officer, failures);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('takes the officer’s notes to the manager and the manager’s comment back', async () => {
    await setLocale(officer, 'id');
    await officer.setViewportSize({ width: 1366, height: 900 });
    await officer.goto(`${server.url}/work-reports${query}`);
    // The list sends an officer to their own report.
    await officer.waitForURL(/\/work-reports\/\d+/);
    await officer.waitForSelector('[data-section="recommendations"] [data-recommendation]');
    await officer.fill('textarea[name=plans]', 'Kunjungi nasabah menunggak pada minggu pertama.');
    await officer.fill('textarea[name=obstacles]', 'Jalan ke desa rusak.');
    await officer.click('[data-action="submit-report"]');
    await officer.waitForSelector('[data-status="SUBMITTED"]');
    await shot(officer, 'officer-sent');

    await setLocale(manager, 'en');
    await manager.setViewportSize({ width: 390, height: 844 });
    await manager.goto(`${server.url}/work-reports${query}`);
    const row = manager.locator('tr[data-officer-id]', { hasText: 'Rina Kusuma' });
    await expect(row.locator('[data-status]').textContent()).resolves.toBe('Sent');
    await row.click();
    await manager.waitForSelector('[data-section="notes"]');
    expect(await manager.locator('[data-section="notes"]').innerText()).toContain('Kunjungi nasabah menunggak');
    await manager.fill('textarea[name=comment]', 'Good, keep the collection visits first.');
    await manager.click('[data-action="acknowledge-report"]');
    await manager.waitForSelector('[data-status="ACKNOWLEDGED"]');
    await shot(manager, 'manager-read');

    await officer.reload();
    await officer.waitForSelector('[data-status="ACKNOWLEDGED"]');
    expect(await officer.locator('[data-section="manager"]').innerText()).toContain('Good, keep the collection visits first.');
    expect(await officer.locator('textarea[name=plans]').count()).toBe(0);
    expect(failures).toEqual([]);
  }, 120_000);
});
