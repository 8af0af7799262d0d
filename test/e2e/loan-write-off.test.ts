/**
 * A manager writes a loan off from the loan page, in Indonesian on a phone: the dialog asks for the
 * date and the reason and a confirmation, refuses a future date without writing anything, and the page
 * then shows the loan written off. The written-off page in both languages, on a desktop and a phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { businessDate } from '@prospek/shared';
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

interface LoanState {
  status: string;
  closedDate: string | null;
  writtenOffPrincipal: string;
  writeOffReason: string | null;
}

describe.runIf(browserAvailable())('writing a loan off in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let manager: Page;
  let token: string;
  let loanId: string;
  const failures: string[] = [];
  const shot = screenshots('loan-write-off');

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    browser = await launchBrowser();
    token = await server.login('officer1@prospek.test');
    // A loan of officer1's (in the manager's office), three months unpaid.
    ({ loanId } = await disburseDemoLoan(server, token, 4));
    manager = await signedInPage(browser, server.url, 'manager@prospek.test');
    manager.setDefaultTimeout(5000);
    collectPageErrors(manager, failures);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const state = async () =>
    expectData(
      await server.gql<{ loan: LoanState }>(
        'query($id: ID!) { loan(id: $id) { status closedDate writtenOffPrincipal writeOffReason } }',
        { id: loanId },
        { token: await server.login('manager@prospek.test') },
      ),
    ).loan;

  it('writes the loan off from its page on a phone, in Indonesian', async () => {
    await setLocale(manager, 'id');
    await manager.setViewportSize({ width: 390, height: 844 });
    await manager.goto(`${server.url}/loans/${loanId}`);
    await manager.locator('[data-table="schedule"]').waitFor();
    expect(await manager.locator('[data-field="status"]').innerText()).toBe('Aktif');
    await manager.locator('[data-action="write-off"]').click();
    const dialog = manager.locator('[data-form="write-off"]');
    await dialog.waitFor();
    expect(await dialog.locator('button[type="submit"]').innerText()).toBe('Hapus buku');
    // Nothing to send before a reason is given and the write-off confirmed.
    expect(await dialog.locator('button[type="submit"]').isDisabled()).toBe(true);
    await dialog.locator('textarea[name="reason"]').fill('Debitur meninggal dunia, agunan tidak mencukupi');
    await dialog.locator('input[name="confirmed"]').check();
    // The dialog fits the phone's width.
    const box = await dialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await shot(manager, 'write-off-dialog-id-phone', false);

    // A future date is refused, and nothing is written.
    await dialog.locator('input[name="date"]').fill('2999-01-01');
    await dialog.locator('button[type="submit"]').click();
    await dialog.locator('[data-error-for="date"]').waitFor();
    expect((await state()).status).toBe('ACTIVE');

    const today = businessDate();
    await dialog.locator('input[name="date"]').fill(today);
    await dialog.locator('button[type="submit"]').click();
    await manager.locator(`[data-loan="${loanId}"][data-status="WRITTEN_OFF"]`).waitFor();
    await dialog.waitFor({ state: 'detached' });
    expect(await manager.locator('[data-field="status"]').innerText()).toBe('Hapus buku');
    // No second write-off offered; the page fits the phone.
    expect(await manager.locator('[data-action="write-off"]').count()).toBe(0);
    const overflow = await manager.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const after = await state();
    expect(after).toMatchObject({ status: 'WRITTEN_OFF', closedDate: today, writeOffReason: 'Debitur meninggal dunia, agunan tidak mencukupi' });
    expect(BigInt(after.writtenOffPrincipal.replace('.', ''))).toBeGreaterThan(0n);
    expect(failures).toEqual([]);
  });

  it('shows the written-off loan in both languages on a desktop and a phone', async () => {
    for (const locale of ['id', 'en'] as const) {
      await setLocale(manager, locale);
      for (const viewport of VIEWPORTS) {
        await manager.setViewportSize(viewport);
        await manager.goto(`${server.url}/loans/${loanId}`);
        await manager.locator(`[data-loan="${loanId}"][data-status="WRITTEN_OFF"] [data-table="schedule"]`).waitFor();
        expect(await manager.locator('[data-field="status"]').innerText()).toBe(locale === 'id' ? 'Hapus buku' : 'Written off');
        const overflow = await manager.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${locale} ${viewport.name}`).toBeLessThanOrEqual(0);
        await shot(manager, `loan-written-off-${locale}-${viewport.name}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
