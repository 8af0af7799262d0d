import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { screenshots } from '../helpers/screenshots.js';
import { browserAvailable } from '../helpers/browser.js';
import { collectPageErrors, launchBrowser, setLocale, signedInPage } from '../helpers/browser-session.js';
import { buildClient } from '../helpers/client-build.js';
import { databaseTargets } from '../helpers/databases.js';
import { disburseDemoLoan } from '../helpers/demo-loan.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;
const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

describe.runIf(browserAvailable())('restructuring a loan in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let manager: Page;
  let officer: Page;
  let token: string;
  let loanId: string;
  const failures: string[] = [];
  const shot = screenshots('loan-restructure');

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    browser = await launchBrowser();
    const officerToken = await server.login('officer1@prospek.test');
    token = await server.login('manager@prospek.test');
    ({ loanId } = await disburseDemoLoan(server, officerToken, 4));
    manager = await signedInPage(browser, server.url, 'manager@prospek.test');
    manager.setDefaultTimeout(5000);
    collectPageErrors(manager, failures);
    officer = await signedInPage(browser, server.url, 'officer1@prospek.test');
    officer.setDefaultTimeout(5000);
    collectPageErrors(officer, failures);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const versions = async () =>
    expectData(
      await server.gql<{ loan: { status: string; collectibility: number; scheduleVersions: Array<{ version: number; kind: string }> } }>(
        'query($id: ID!) { loan(id: $id) { status collectibility scheduleVersions { version kind } } }',
        { id: loanId },
        { token },
      ),
    ).loan;

  it('offers officers no restructuring', async () => {
    await officer.goto(`${server.url}/loans/${loanId}`);
    await officer.locator('[data-table="schedule"]').waitFor();
    await officer.locator('[data-action="post-repayment"]').waitFor();
    expect(await officer.locator('[data-action="restructure"]').count()).toBe(0);
  });

  it('restructures from the loan page, refusing a bad tenor without writing, then shows both schedule versions', async () => {
    await manager.setViewportSize({ width: 1366, height: 900 });
    await manager.goto(`${server.url}/loans/${loanId}`);
    const gradeBefore = (await versions()).collectibility;
    await manager.locator('[data-action="restructure"]').click();
    const dialog = manager.locator('[data-form="restructure"]');
    await dialog.locator('input[name="newTenorMonths"]').fill('0');
    await dialog.locator('textarea[name="reason"]').fill('Usaha terdampak banjir');
    await dialog.locator('button[type="submit"]').click();
    await dialog.locator('[data-error-for="newTenorMonths"]').waitFor();
    expect((await versions()).scheduleVersions).toHaveLength(1);
    await shot(manager, 'restructure-dialog-error-id-desktop');
    await dialog.locator('input[name="newTenorMonths"]').fill('24');
    await dialog.locator('input[value="RECONDITIONING"]').check();
    await dialog.locator('button[type="submit"]').click();
    await manager.locator('[data-list="schedule-versions"] [data-version="2"][data-current="true"]').waitFor();
    await manager.locator('[data-field="status"]').getByText('Restrukturisasi').waitFor();
    const after = await versions();
    expect(after.status).toBe('RESTRUCTURED');
    expect(after.scheduleVersions.map((v) => v.kind)).toEqual(['ORIGINAL', 'RECONDITIONING']);
    expect(after.collectibility).toBe(gradeBefore);
    // The replaced version stays readable.
    await manager.locator('[data-version="1"] summary').click();
    await manager.locator('[data-version="1"] [data-table="schedule"] [data-installment="1"]').waitFor();
    expect(failures).toEqual([]);
  });

  it('shows the dialog and the versions in both languages without sideways scrolling', async () => {
    for (const locale of ['id', 'en'] as const) {
      await setLocale(manager, locale);
      for (const viewport of VIEWPORTS) {
        await manager.setViewportSize(viewport);
        await manager.goto(`${server.url}/loans/${loanId}`);
        await manager.locator('[data-list="schedule-versions"] [data-version="2"]').waitFor();
        const overflow = () => manager.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(await overflow(), `loan ${locale} ${viewport.name}`).toBeLessThanOrEqual(0);
        await shot(manager, `restructured-loan-${locale}-${viewport.name}`);
        await manager.locator('[data-action="restructure"]').click();
        await manager.locator('[data-form="restructure"]').waitFor();
        expect(await overflow(), `dialog ${locale} ${viewport.name}`).toBeLessThanOrEqual(0);
        await shot(manager, `restructure-dialog-${locale}-${viewport.name}`);
        await manager.keyboard.press('Escape');
        await manager.locator('[data-form="restructure"]').waitFor({ state: 'detached' });
      }
    }
    expect(failures).toEqual([]);
  });
});
