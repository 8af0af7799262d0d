import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addMonths, businessDate } from '@prospek/shared';
import { signInStaff } from '../helpers/access.js';
import type { Staff } from '../helpers/access.js';
import { browserAvailable } from '../helpers/browser.js';
import { collectPageErrors, launchBrowser, setLocale, signedInPage } from '../helpers/browser-session.js';
import { buildClient } from '../helpers/client-build.js';
import { databaseTargets } from '../helpers/databases.js';
import { disburseLoan, postRepayment } from '../helpers/collection-loans.js';
import { screenshots } from '../helpers/screenshots.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;
const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

describe.runIf(browserAvailable())('the collection board in the browser', () => {
  let server: TestServer;
  let staff: Staff;
  let browser: Browser;
  let officer: Page;
  let manager: Page;
  let loanId: string;
  let caseId: string;
  const failures: string[] = [];
  const shot = screenshots('collection-board');

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    staff = await signInStaff(server);
    loanId = (await disburseLoan(server, staff.tokens.admin, staff.tokens.officer1, staff.ids.officer1, addMonths(businessDate(), -3))).id;
    const [row]: Array<{ id: number }> = await server.app.dataSource.query('SELECT id FROM collection_case WHERE loanId = ?', [Number(loanId)]);
    caseId = String(row.id);
    browser = await launchBrowser();
    officer = await signedInPage(browser, server.url, 'officer1@prospek.test');
    manager = await signedInPage(browser, server.url, 'manager@prospek.test');
    for (const page of [officer, manager]) {
      page.setDefaultTimeout(5000);
      collectPageErrors(page, failures);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const card = (page: Page, column: string) => page.locator(`[data-stage="${column}"] [data-card-id="${caseId}"]`);

  it('shows the case the engine opened, and moves it live on a promise recorded from the loan page', async () => {
    await manager.setViewportSize({ width: 1366, height: 900 });
    await manager.goto(`${server.url}/collection-board`);
    await card(manager, 'NEW').waitFor();
    await manager.waitForSelector('[data-live="live"]');

    await officer.setViewportSize({ width: 1366, height: 900 });
    await officer.goto(`${server.url}/loans/${loanId}`);
    await officer.click('[data-action="record-promise"]');
    await officer.fill('[data-form="promise"] [name="promiseAmount"]', '150.000');
    await officer.click('[data-form="promise"] button[type="submit"]');
    await officer.locator('[data-list="promises"] [data-status="PENDING"]').waitFor();
    await shot(officer, 'loan-promise-id-desktop');

    // The manager's board hears it: the case is in PROMISED, with the promise on it.
    await card(manager, 'PROMISED').waitFor();
    expect(await card(manager, 'PROMISED').locator('[data-field="promise"]').textContent()).toContain('150.000');
    expect(failures).toEqual([]);
  });

  it('updates an open loan page when a repayment is posted elsewhere', async () => {
    await manager.goto(`${server.url}/loans/${loanId}`);
    await manager.waitForSelector('[data-live="live"]');
    const before = await manager.locator('[data-field="arrears"]').textContent();
    const after = await postRepayment(server, staff.tokens.officer1, loanId, '50000.00', businessDate());
    const shown = expectData(
      await server.gql<{ loan: { arrears: string } }>('query($id: ID!) { loan(id: $id) { arrears } }', { id: loanId }, { token: staff.tokens.manager }),
    );
    expect(shown.loan.arrears).toBe(after.arrears);
    await manager.waitForFunction((text) => document.querySelector('[data-field="arrears"]')?.textContent !== text, before);
    await manager.locator('[data-list="repayments"] li').first().waitFor();
    expect(failures).toEqual([]);
  });

  it('moves a case from the keyboard, heard on the other board, and fits 1366 and 390 in both languages', async () => {
    await manager.goto(`${server.url}/collection-board`);
    await card(manager, 'PROMISED').waitFor();
    await officer.goto(`${server.url}/collection-board`);
    await card(officer, 'PROMISED').locator('article').focus();
    await officer.keyboard.press('ArrowRight');
    await card(officer, 'BROKEN_PROMISE').waitFor();
    await card(manager, 'BROKEN_PROMISE').waitFor();

    for (const locale of ['id', 'en'] as const) {
      await setLocale(officer, locale);
      for (const viewport of VIEWPORTS) {
        await officer.setViewportSize({ width: viewport.width, height: viewport.height });
        await officer.goto(`${server.url}/collection-board`);
        await card(officer, 'BROKEN_PROMISE').waitFor();
        const overflow = await officer.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${locale} ${viewport.name}`).toBeLessThanOrEqual(0);
        const heading = await officer.locator('h1').textContent();
        expect(heading).toBe(locale === 'id' ? 'Papan penagihan' : 'Collection board');
        await shot(officer, `board-${locale}-${viewport.name}`);
        await officer.goto(`${server.url}/loans/${loanId}`);
        await officer.locator('[data-list="promises"] li').first().waitFor();
        const pageOverflow = await officer.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(pageOverflow, `loan ${locale} ${viewport.name}`).toBeLessThanOrEqual(0);
        await shot(officer, `loan-${locale}-${viewport.name}`);
      }
    }
    await setLocale(officer, 'id');
    expect(failures).toEqual([]);
  });
});
