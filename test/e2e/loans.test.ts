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
  outstandingPrincipal: string;
  arrears: string;
  daysPastDue: number;
  repayments: Array<{ id: string; amount: string; reversed: boolean }>;
  schedule: Array<{ principal: string; interest: string; paidDate: string | null }>;
}

describe.runIf(browserAvailable())('loans in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let officer: Page;
  let token: string;
  let loanId: string;
  let clientId: string;
  const failures: string[] = [];
  const shot = screenshots('loans');

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    browser = await launchBrowser();
    token = await server.login('officer1@prospek.test');
    // A loan of officer1's, two months in arrears.
    ({ loanId, clientId } = await disburseDemoLoan(server, token, 3));
    officer = await signedInPage(browser, server.url, 'officer1@prospek.test');
    officer.setDefaultTimeout(5000);
    collectPageErrors(officer, failures);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const state = async () =>
    expectData(
      await server.gql<{ loan: LoanState }>(
        'query($id: ID!) { loan(id: $id) { outstandingPrincipal arrears daysPastDue repayments { id amount reversed } schedule { principal interest paidDate } } }',
        { id: loanId },
        { token },
      ),
    ).loan;

  it('posts a repayment from the loan page, refusing a future date without writing anything', async () => {
    await officer.setViewportSize({ width: 1366, height: 900 });
    await officer.goto(`${server.url}/loans/${loanId}`);
    await officer.locator('[data-action="post-repayment"]').click();
    const before = await state();
    expect(before.daysPastDue).toBeGreaterThan(30);
    const first = before.schedule[0];
    const installment = (BigInt(first.principal.replace('.', '')) + BigInt(first.interest.replace('.', ''))) / 100n;
    const dialog = officer.locator('[data-form="repayment"]');
    await dialog.locator('input[name="amount"]').fill(installment.toLocaleString('id-ID'));
    await dialog.locator('input[name="valueDate"]').fill('2999-01-01');
    await dialog.locator('button[type="submit"]').click();
    await dialog.locator('[data-error-for="valueDate"]').waitFor();
    expect((await state()).repayments).toHaveLength(0);
    await dialog.locator('input[name="valueDate"]').fill(first.paidDate ?? businessDate());
    await dialog.locator('button[type="submit"]').click();
    await officer.locator('[data-list="repayments"] [data-repayment-id]').waitFor();
    const after = await state();
    expect(after.repayments).toEqual([expect.objectContaining({ amount: `${installment}.00`, reversed: false })]);
    expect(after.schedule[0].paidDate).not.toBeNull();
    await officer.locator('[data-installment="1"][data-status="PAID"]').waitFor();
    expect(await officer.locator('[data-field="arrears"]').innerText()).toBe(`Rp ${(BigInt(after.arrears.replace('.', '')) / 100n).toLocaleString('id-ID')}`);
    await shot(officer, 'loan-posted-id-desktop');
    expect(failures).toEqual([]);
  });

  it('reverses a repayment with a reason', async () => {
    const [repayment] = (await state()).repayments;
    await officer.locator(`[data-repayment-id="${repayment.id}"] [data-action="reverse"]`).click();
    const dialog = officer.locator('[data-form="reverse-repayment"]');
    await dialog.locator('textarea[name="reason"]').fill('Transfer ditolak bank');
    await dialog.locator('button[type="submit"]').click();
    await officer.locator(`[data-repayment-id="${repayment.id}"][data-reversed="true"]`).waitFor();
    expect((await state()).repayments[0].reversed).toBe(true);
    await officer.locator('[data-installment="1"][data-status="OVERDUE"]').waitFor();
    expect(failures).toEqual([]);
  });

  it('shows the loan list, the loan and the client’s loans in both languages, without sideways scrolling on a phone', async () => {
    for (const locale of ['id', 'en'] as const) {
      await setLocale(officer, locale);
      for (const viewport of VIEWPORTS) {
        await officer.setViewportSize(viewport);
        for (const [name, path, ready] of [
          ['list', '/loans', '[data-table="loans"] [data-loan-id]'],
          ['loan', `/loans/${loanId}`, '[data-table="schedule"]'],
          ['client', `/clients/${clientId}`, '[data-panel="client-loans"] [data-loan-id]'],
        ] as const) {
          await officer.goto(`${server.url}${path}`);
          await officer.locator(ready).first().waitFor();
          expect(await officer.locator('h1').first().innerText()).not.toBe('');
          const overflow = await officer.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${name} ${locale} ${viewport.name}`).toBeLessThanOrEqual(0);
          if (name === 'list') {
            // Column titles are hidden on a phone: each amount carries its own label there, and only there.
            const labels = await officer
              .locator('[data-table="loans"] [data-loan-id]')
              .first()
              .evaluate((row) => ['outstanding', 'arrears'].map((f) => getComputedStyle(row.querySelector(`[data-field="${f}"]`)!, '::before').content));
            const words = locale === 'id' ? ['Baki debet', 'Tunggakan'] : ['Outstanding', 'Arrears'];
            expect(labels).toEqual(viewport.name === 'phone' ? words.map((w) => `"${w}: "`) : ['none', 'none']);
          }
          await shot(officer, `loans-${name}-${locale}-${viewport.name}`);
        }
      }
    }
    await officer.goto(`${server.url}/loans`);
    expect(await officer.locator('h1').innerText()).toBe('Loans');
    await setLocale(officer, 'id');
    expect(await officer.locator('h1').innerText()).toBe('Pinjaman');
    await officer.setViewportSize({ width: 1366, height: 900 });
    await officer.locator(`[data-panel]`).count();
    await shot(officer, 'loans-list-final');
    expect(failures).toEqual([]);
  });

  it('disburses an accepted offer from the client page', async () => {
    const q = (name: string) => server.app.dataSource.driver.escape(name);
    const [client]: Array<{ id: number }> = await server.app.dataSource.query(
      `SELECT ${q('id')} AS id FROM ${q('client')} WHERE ${q('officerId')} = (SELECT ${q('id')} FROM ${q('user')} WHERE ${q('email')} = 'officer1@prospek.test') ORDER BY ${q('id')} DESC`,
    );
    const products = expectData(
      await server.gql<{ products: { nodes: Array<{ id: string; kind: string; minAmount: string; minTenorMonths: number; minRate: number }> } }>(
        '{ products(first: 100) { nodes { id kind minAmount minTenorMonths minRate } } }',
        {},
        { token },
      ),
    ).products.nodes;
    const product = products.find((p) => p.kind === 'LOAN')!;
    const offer = expectData(
      await server.gql<{ createOffer: { id: string } }>(
        'mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }',
        {
          input: {
            clientId: String(client.id),
            productId: product.id,
            amount: product.minAmount,
            tenorMonths: product.minTenorMonths,
            annualRate: product.minRate,
          },
        },
        { token },
      ),
    ).createOffer;
    for (const op of ['presentOffer', 'acceptOffer']) expectData(await server.gql(`mutation($id: ID!) { ${op}(id: $id) { id } }`, { id: offer.id }, { token }));
    await officer.goto(`${server.url}/clients/${client.id}`);
    await officer.locator(`[data-offer-id="${offer.id}"] [data-action="disburse"]`).click();
    await officer.locator('[data-form="disburse"] button[type="submit"]').click();
    await officer.waitForURL(/\/loans\/\d+$/);
    await officer.locator('[data-table="schedule"] [data-installment="1"]').waitFor();
    const loans = expectData(
      await server.gql<{ client: { loans: Array<{ offerId: string }> } }>(
        'query($id: ID!) { client(id: $id) { loans { offerId } } }',
        { id: String(client.id) },
        { token },
      ),
    ).client.loans;
    expect(loans.map((l) => l.offerId)).toContain(offer.id);
    expect(failures).toEqual([]);
  });
});
