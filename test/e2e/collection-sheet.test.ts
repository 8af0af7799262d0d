import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { businessDate } from '@prospek/shared';
import { screenshots } from '../helpers/screenshots.js';
import { browserAvailable } from '../helpers/browser.js';
import { collectPageErrors, launchBrowser, setLocale, signedInPage } from '../helpers/browser-session.js';
import { buildClient } from '../helpers/client-build.js';
import { databaseTargets } from '../helpers/databases.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;
const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const ROWS = '[data-loan-id]';

describe.runIf(browserAvailable())('collection sheet in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let officer: Page;
  let token: string;
  const failures: string[] = [];
  const shot = screenshots('collection-sheet');

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    browser = await launchBrowser();
    token = await server.login('officer1@prospek.test');
    officer = await signedInPage(browser, server.url, 'officer1@prospek.test');
    officer.setDefaultTimeout(8000);
    collectPageErrors(officer, failures);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const repayments = async (loanId: string) =>
    expectData(
      await server.gql<{ loan: { repayments: Array<{ amount: string }> } }>(
        'query($id: ID!) { loan(id: $id) { repayments { amount } } }',
        { id: loanId },
        { token },
      ),
    ).loan.repayments;
  const rowIds = async () => officer.locator(ROWS).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-loan-id') as string));

  it('shows the sheet in both languages at 1366 and 390 without sideways scrolling, most days past due first', async () => {
    for (const locale of ['id', 'en'] as const) {
      await setLocale(officer, locale);
      for (const viewport of VIEWPORTS) {
        await officer.setViewportSize(viewport);
        await officer.goto(`${server.url}/collection`);
        await officer.locator(ROWS).first().waitFor();
        expect(await officer.locator('h1').innerText()).toBe(locale === 'id' ? 'Penagihan' : 'Collection');
        const overflow = await officer.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${locale} ${viewport.name}`).toBeLessThanOrEqual(0);
        const first = officer.locator(ROWS).first();
        expect(await first.locator('[data-link="tel"]').getAttribute('href')).toMatch(/^tel:\+62/);
        await shot(officer, `sheet-${locale}-${viewport.name}`);
      }
    }
    const sheet = expectData(
      await server.gql<{ collectionSheet: { rows: Array<{ loanId: string }> } }>('{ collectionSheet { rows { loanId } } }', {}, { token }),
    );
    expect(await rowIds()).toEqual(sheet.collectionSheet.rows.map((r) => r.loanId));
    expect(failures).toEqual([]);
  });

  it('shows the newest promise and follows a repayment posted in another session without a reload', async () => {
    await setLocale(officer, 'id');
    await officer.setViewportSize(VIEWPORTS[0]);
    await officer.goto(`${server.url}/collection`);
    await officer.locator('[data-live="live"]').waitFor();
    const sheet = expectData(
      await server.gql<{ collectionSheet: { rows: Array<{ loanId: string; amountDue: string; lastPromise: { status: string } | null }> } }>(
        '{ collectionSheet { rows { loanId amountDue lastPromise { status } } } }',
        {},
        { token },
      ),
    ).collectionSheet;
    const target = sheet.rows[sheet.rows.length - 1];
    const row = officer.locator(`[data-loan-id="${target.loanId}"]`);
    await row.waitFor();
    await officer.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    // Another session of the officer (a phone in the field) records a promise, then the money arrives.
    const elsewhere = await server.login('officer1@prospek.test');
    const promiseDate = businessDate();
    expectData(
      await server.gql(
        'mutation($input: RecordPaymentPromiseInput!) { recordPaymentPromise(input: $input) { id } }',
        { input: { loanId: target.loanId, promiseDate, promiseAmount: target.amountDue } },
        { token: elsewhere },
      ),
    );
    await row.locator('[data-field="lastPromise"][data-promise-status="PENDING"]').waitFor();
    expect(await row.locator('[data-field="lastPromise"]').innerText()).toContain(`Rp ${Number(target.amountDue).toLocaleString('id-ID')}`);
    await shot(officer, 'sheet-last-promise-id-desktop', false);

    expectData(
      await server.gql(
        'mutation($input: PostRepaymentInput!) { postRepayment(input: $input) { id } }',
        { input: { loanId: target.loanId, amount: target.amountDue, valueDate: promiseDate, channel: 'TRANSFER', reference: 'LIVE-1' } },
        { token: elsewhere },
      ),
    );
    // Paid up: the loan leaves today's sheet, on the page already open.
    await row.waitFor({ state: 'detached' });
    expect(await officer.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(failures).toEqual([]);
  });

  it('posts a batch on a phone: each row its own result, a retry after lost answers posts nothing twice', async () => {
    await setLocale(officer, 'id');
    await officer.setViewportSize({ width: 390, height: 844 });
    await officer.goto(`${server.url}/collection`);
    await officer.locator(ROWS).first().waitFor();
    const [a, b, c] = (await rowIds()).slice(0, 3);
    const before = Object.fromEntries(await Promise.all([a, b, c].map(async (id) => [id, (await repayments(id)).length] as const)));
    for (const id of [a, b, c]) await officer.locator(`[data-loan-id="${id}"] [data-action="select"]`).check();
    // Prefilled with what is due; one amount typed wrong.
    expect(await officer.locator(`[data-loan-id="${a}"] input[name="amount"]`).inputValue()).not.toBe('');
    await officer.locator(`[data-loan-id="${b}"] input[name="amount"]`).fill('abc');
    // Row c's answers are lost on the way back, every attempt: the server posts it, the page cannot know.
    let lost = 0;
    await officer.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (body.includes('postRepayment') && body.includes(`"loanId":"${c}"`)) {
        await route.fetch();
        lost++;
        return route.abort('connectionreset');
      }
      return route.continue();
    });
    await officer.locator('[data-action="post-all"]').click();
    await officer.locator('[data-progress]').waitFor();
    await officer.locator(`[data-loan-id="${c}"] [data-result="failed"]`).waitFor();
    await officer.locator(`[data-loan-id="${a}"] [data-result="posted"]`).waitFor();
    await officer.locator(`[data-loan-id="${b}"] [data-result="refused"]`).waitFor();
    expect(await officer.locator(`[data-loan-id="${b}"] [data-result="refused"]`).innerText()).toContain('Ditolak');
    expect(lost).toBeGreaterThan(1);
    await shot(officer, 'batch-results-id-phone');
    expect(await repayments(c)).toHaveLength(before[c] + 1);

    // The connection is back: the same batch again, the wrong amount corrected.
    await officer.unroute('**/graphql');
    await officer.locator(`[data-loan-id="${b}"] input[name="amount"]`).fill('1.000');
    await officer.locator('[data-action="post-all"]').click();
    await officer.locator(`[data-loan-id="${c}"] [data-result="posted"]`).waitFor();
    await officer.locator(`[data-loan-id="${b}"] [data-result="posted"]`).waitFor();
    expect(await officer.locator('[data-progress]').innerText()).toContain('3 tercatat');
    expect((await repayments(a)).length).toBe(before[a] + 1);
    expect((await repayments(b)).length).toBe(before[b] + 1);
    expect((await repayments(b))[0].amount).toBe('1000.00');
    expect((await repayments(c)).length).toBe(before[c] + 1);
    const overflow = await officer.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await officer.locator('[data-action="close-batch"]').click();
    await officer.locator('[data-progress]').waitFor({ state: 'detached' });
    // The answers cut on purpose are the only failures.
    expect(failures.filter((f) => !f.includes('Failed to load resource'))).toEqual([]);
  });

  it('posts a batch at 1366 in English with progress, and words a refused collection visit', async () => {
    await setLocale(officer, 'en');
    await officer.setViewportSize({ width: 1366, height: 900 });
    await officer.goto(`${server.url}/collection`);
    await officer.locator(ROWS).first().waitFor();
    const ids = (await rowIds()).slice(0, 2);
    const before = await Promise.all(ids.map(async (id) => (await repayments(id)).length));
    for (const id of ids) await officer.locator(`[data-loan-id="${id}"] [data-action="select"]`).check();
    expect(await officer.locator('[data-action="post-all"]').innerText()).toBe('Post 2 payments');
    await officer.locator('[data-action="post-all"]').click();
    for (const id of ids) await officer.locator(`[data-loan-id="${id}"] [data-result="posted"]`).waitFor();
    expect(await officer.locator('[data-progress]').innerText()).toContain('2 posted, 0 refused');
    await shot(officer, 'batch-results-en-desktop');
    for (const [i, id] of ids.entries()) expect(await repayments(id)).toHaveLength(before[i] + 1);
    await officer.locator('[data-action="close-batch"]').click();

    // A collection visit at 21:00 on a Monday is refused, in the interface's language.
    await officer.locator(ROWS).first().locator('[data-action="visit"]').click();
    await officer.locator('[data-form="schedule"] input[name="dueAt"]').fill('2027-01-04T21:00');
    await officer.locator('[data-form="schedule"] button[type="submit"]').click();
    const toast = officer.locator('[data-toast="error"]');
    await toast.waitFor();
    expect(await toast.innerText()).toContain('08:00 to 20:00 local time; 21:00 WIB');
    await shot(officer, 'visit-refused-en-desktop');
    expect(failures.filter((f) => !f.includes('Failed to load resource'))).toEqual([]);
  });

  it('lets a manager pick an officer', async () => {
    const manager = await signedInPage(browser, server.url, 'manager@prospek.test');
    await manager.setViewportSize({ width: 390, height: 844 });
    await manager.goto(`${server.url}/collection`);
    const picker = manager.locator('select[name="officer"]');
    await picker.waitFor();
    const officerId = expectData(await server.gql<{ me: { id: string } }>('{ me { id } }', {}, { token })).me.id;
    await picker.selectOption(officerId);
    await manager.locator(ROWS).first().waitFor();
    await shot(manager, 'manager-picks-officer-id-phone');
    await manager.context().close();
  });
});
