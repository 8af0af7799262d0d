import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addDays, businessDate } from '@prospek/shared';
import { screenshots } from '../helpers/screenshots.js';
import { browserAvailable } from '../helpers/browser.js';
import { collectPageErrors, launchBrowser, setLocale, signedInPage } from '../helpers/browser-session.js';
import { buildClient } from '../helpers/client-build.js';
import { databaseTargets } from '../helpers/databases.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;
const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

describe.runIf(browserAvailable())('the month-end SLIK export in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let manager: Page;
  let officer: Page;
  const failures: string[] = [];
  const shot = screenshots('loan-month-end');
  const lastMonthEnd = addDays(`${businessDate().slice(0, 7)}-01`, -1);

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    // The demo book's months closed, as the daily job does.
    await server.app.services.monthEnds.closeMonths(new Date());
    browser = await launchBrowser();
    manager = await signedInPage(browser, server.url, 'manager@prospek.test');
    officer = await signedInPage(browser, server.url, 'officer1@prospek.test');
    manager.setDefaultTimeout(5000);
    collectPageErrors(manager, failures);
    collectPageErrors(officer, failures);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets a manager download the last closed month from the loans page, in both languages and on a phone', async () => {
    for (const locale of ['id', 'en'] as const) {
      await setLocale(manager, locale);
      for (const viewport of VIEWPORTS) {
        await manager.setViewportSize(viewport);
        await manager.goto(`${server.url}/loans`);
        await manager.waitForSelector('[data-table="loans"] [data-loan-id]');
        const select = manager.locator('select[name="monthEnd"]');
        await expect.poll(() => select.inputValue()).toBe(lastMonthEnd);
        expect(await manager.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await shot(manager, `${locale}-${viewport.name}`, false);
      }
      const [download] = await Promise.all([manager.waitForEvent('download'), manager.click('[data-action="export-slik"]')]);
      expect(download.suggestedFilename()).toBe(`slik-fasilitas-${lastMonthEnd.slice(0, 7)}.csv`);
      const lines = readFileSync(await download.path())
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .split('\n')
        .filter((line) => line.trim() !== '');
      expect(lines[0].split(';')[0]).toBe(locale === 'id' ? 'Bulan Data' : 'Reporting month');
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.slice(1).every((line) => line.startsWith(lastMonthEnd.slice(0, 7)))).toBe(true);
    }
    expect(failures).toEqual([]);
  });

  it('shows officers no export', async () => {
    await officer.goto(`${server.url}/loans`);
    await officer.waitForSelector('[data-table="loans"] [data-loan-id]');
    expect(await officer.locator('[data-action="export-slik"]').count()).toBe(0);
    expect(failures).toEqual([]);
  });
});
