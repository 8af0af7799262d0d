import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addDays, businessDate, formatRupiah, parseMoney } from '@prospek/shared';
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

describe.runIf(browserAvailable())('invoices in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let officer: Page;
  let token: string;
  const failures: string[] = [];
  const shot = screenshots('invoices');

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

  const invoice = async (id: string) =>
    expectData(
      await server.gql<{ invoice: { status: string; number: string | null; amountDue: string; total: string } }>(
        `query($id: ID!) { invoice(id: $id) { status number amountDue total } }`,
        { id },
        { token },
      ),
    ).invoice;

  it('drafts an invoice with live PPN totals, issues it on paper, hands it over and takes a part payment', async () => {
    await officer.goto(`${server.url}/invoices/new`);
    await officer.waitForSelector('select[name="clientId"] option', { state: 'attached' });
    await officer.selectOption('select[name="clientId"]', { index: 0 });
    await officer.fill('input[name="description-0"]', 'Jasa survei agunan');
    await officer.fill('input[name="quantity-0"]', '2');
    await officer.fill('input[name="unitPrice-0"]', '500000');
    // 1,000,000 + PPN 12 % of 11/12 = 110,000.
    await officer.waitForFunction(() => document.querySelector('[data-total]')?.textContent?.includes('1.110.000'));
    await officer.click('[data-action="save-invoice"]');
    await officer.waitForURL(/\/invoices\/\d+$/);
    const id = /\/invoices\/(\d+)$/.exec(officer.url())![1];
    expect((await invoice(id)).status).toBe('DRAFT');
    await officer.selectOption('select[name="channel"]', 'PAPER');
    await officer.click('[data-action="issue"]');
    await officer.waitForSelector('[data-invoice-status="ISSUED"]');
    const issued = await invoice(id);
    expect(issued.number).toMatch(/^INV\//);
    await officer.click('[data-action="hand-over"]');
    await officer.fill('[data-form="hand-over"] input[name="receivedBy"]', 'Ibu Rina');
    await officer.click('[data-form="hand-over"] button[type="submit"]');
    await officer.waitForSelector('[data-handed-over]');
    await officer.click('[data-action="record-payment"]');
    await officer.fill('[data-form="payment"] input[name="amount"]', '110000');
    await officer.click('[data-action="save-payment"]');
    await officer.waitForSelector('[data-invoice-status="PARTIALLY_PAID"]');
    expect(await invoice(id)).toMatchObject({ status: 'PARTIALLY_PAID', amountDue: '1000000.00' });
    // The PDF link answers a PDF.
    const href = await officer.getAttribute('[data-action="pdf"]', 'href');
    const pdf = await fetch(`${server.url}${href}`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(failures).toEqual([]);
  });

  it('hears another user’s payment on the open invoice page', async () => {
    const list = expectData(
      await server.gql<{ invoices: { nodes: Array<{ id: string; status: string }> } }>(
        `{ invoices(filter: { status: ISSUED, kind: RECEIVABLE }, first: 1) { nodes { id status } } }`,
        {},
        { token },
      ),
    ).invoices.nodes;
    const id = list[0].id;
    await officer.goto(`${server.url}/invoices/${id}`);
    await officer.waitForSelector('[data-invoice-status="ISSUED"]');
    const clientId = expectData(
      await server.gql<{ invoice: { client: { id: string } } }>(`query($id: ID!) { invoice(id: $id) { client { id } } }`, { id }, { token }),
    ).invoice.client.id;
    const manager = await server.login('manager@prospek.test');
    expectData(
      await server.gql(
        `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }`,
        {
          input: {
            direction: 'IN',
            amount: '1.00',
            date: new Date().toISOString().slice(0, 10),
            method: 'CASH',
            clientId,
            allocations: [{ invoiceId: id, amount: '1.00' }],
          },
        },
        { token: manager },
      ),
    );
    await officer.waitForSelector('[data-invoice-status="PARTIALLY_PAID"]');
  });

  it('shows every invoice page in both languages without sideways scrolling on a phone', async () => {
    const first = expectData(await server.gql<{ invoices: { nodes: Array<{ id: string }> } }>(`{ invoices(first: 1) { nodes { id } } }`, {}, { token }))
      .invoices.nodes[0].id;
    for (const locale of ['id', 'en'] as const) {
      await setLocale(officer, locale);
      for (const viewport of VIEWPORTS) {
        await officer.setViewportSize(viewport);
        for (const [name, path, ready] of [
          ['list', '/invoices', '[data-table="invoices"] [data-invoice-id]'],
          ['editor', '/invoices/new', '[data-form="invoice"]'],
          ['detail', `/invoices/${first}`, '[data-invoice-status]'],
          ['aging', '/invoices/aging', '[data-aging-total]'],
        ] as const) {
          await officer.goto(`${server.url}${path}`);
          await officer.waitForSelector(ready);
          await shot(officer, `${name}-${viewport.name}-${locale}`);
          if (viewport.name === 'phone') {
            const overflow = await officer.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(overflow, `${name} ${locale}`).toBeLessThanOrEqual(0);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 180_000);

  it('reverses a payment from the invoice page after a confirmation, and the invoice owes again', async () => {
    const list = expectData(
      await server.gql<{ invoices: { nodes: Array<{ id: string }> } }>(
        `{ invoices(filter: { status: PARTIALLY_PAID, kind: RECEIVABLE }, first: 1) { nodes { id } } }`,
        {},
        { token },
      ),
    ).invoices.nodes;
    const id = list[0].id;
    await officer.goto(`${server.url}/invoices/${id}`);
    await officer.waitForSelector('[data-invoice-status="PARTIALLY_PAID"]');
    const payments = await officer.locator('[data-payments] li').count();
    await officer.locator('[data-action="reverse-payment"]').first().click();
    await officer.waitForSelector('[data-form="reverse-payment"]');
    // Without a reason nothing is reversed: the field says so.
    await officer.click('[data-action="confirm-reversal"]');
    expect(await officer.locator('[data-reversed]').count()).toBe(0);
    await officer.fill('[data-form="reverse-payment"] input[name="reason"]', 'Transfer ditolak bank');
    await officer.click('[data-action="confirm-reversal"]');
    await officer.waitForSelector('[data-payments] li[data-reversed]');
    expect(await officer.locator('[data-payments] li').count()).toBe(payments);
    expect((await invoice(id)).status).not.toBe('PARTIALLY_PAID');
    expect(failures).toEqual([]);
  });

  it('shows managers aging per officer and office, narrows to an officer and reads a past day', async () => {
    const manager = await signedInPage(browser, server.url, 'manager@prospek.test');
    collectPageErrors(manager, failures);
    const managerToken = await server.login('manager@prospek.test');
    const aging = async (variables: Record<string, unknown>) =>
      expectData(
        await server.gql<{ receivablesAging: { total: string; officers: Array<{ officerId: string | null; officerName: string | null; total: string }> } }>(
          `query($asOf: LocalDate, $officerId: ID) { receivablesAging(asOf: $asOf, officerId: $officerId) { total officers { officerId officerName total } } }`,
          variables,
          { token: managerToken },
        ),
      ).receivablesAging;
    try {
      for (const locale of ['id', 'en'] as const) {
        await setLocale(manager, locale);
        for (const viewport of VIEWPORTS) {
          await manager.setViewportSize(viewport);
          await manager.goto(`${server.url}/invoices/aging`);
          await manager.waitForSelector('[data-aging-group="officers"] [data-aging-item]');
          await manager.waitForSelector('[data-aging-group="offices"] [data-aging-item]');
          await shot(manager, `aging-manager-${viewport.name}-${locale}`);
          if (viewport.name === 'phone') {
            const overflow = await manager.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(overflow, `aging ${locale}`).toBeLessThanOrEqual(0);
          }
        }
      }
      await manager.setViewportSize(VIEWPORTS[0]);
      const whole = await aging({});
      const officer = whole.officers.find((o) => o.officerId !== null)!;
      expect(await manager.locator('[data-aging-group="officers"] [data-aging-item]').count()).toBe(whole.officers.length);
      // Choosing an officer narrows the page to their clients: the total is theirs, the per-officer table goes.
      await manager.click(`[data-aging-group="officers"] [data-aging-item="${officer.officerId}"] button`);
      await manager.waitForSelector('[data-aging-group="officers"]', { state: 'detached' });
      expect(await manager.inputValue('select[name="officerId"]')).toBe(officer.officerId);
      const rupiahOf = (money: string) => formatRupiah(parseMoney(money));
      await manager.waitForFunction(
        (text) => document.querySelector('[data-aging-total] th:last-child')?.textContent?.includes(text) ?? false,
        rupiahOf(officer.total),
      );
      // A past day: the page asks for it and shows the server's figure for that day.
      const past = addDays(businessDate(), -45);
      const then = await aging({ asOf: past, officerId: officer.officerId });
      await manager.fill('input[name="asOf"]', past);
      await manager.waitForFunction(
        (text) => document.querySelector('[data-aging-total] th:last-child')?.textContent?.includes(text) ?? false,
        rupiahOf(then.total),
      );
      if (then.total === '0.00') await manager.waitForSelector('[data-aging-empty]');
      await shot(manager, 'aging-manager-officer-past-desktop-en');
      expect(failures).toEqual([]);
    } finally {
      await manager.context().close();
    }
  }, 120_000);

  it('shows managers the month’s PPN with the e-Faktur CSV, from the invoice list, in both languages', async () => {
    const manager = await signedInPage(browser, server.url, 'manager@prospek.test');
    collectPageErrors(manager, failures);
    try {
      for (const locale of ['id', 'en'] as const) {
        await setLocale(manager, locale);
        for (const viewport of VIEWPORTS) {
          await manager.setViewportSize(viewport);
          await manager.goto(`${server.url}/invoices`);
          await manager.click('[data-action="tax-summary"]');
          await manager.waitForURL(/\/invoices\/tax$/);
          await manager.waitForSelector('[data-tax-totals]');
          await shot(manager, `tax-${viewport.name}-${locale}`);
          if (viewport.name === 'phone') {
            const overflow = await manager.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(overflow, `tax ${locale}`).toBeLessThanOrEqual(0);
          }
        }
      }
      // A month with PPN invoices: the page's figures are the server's, and its link answers the CSV.
      const month = '2026-11';
      const summary = expectData(
        await server.gql<{ taxSummary: { outputTax: string; lines: Array<{ invoiceId: string }> } }>(
          `query($m: String!) { taxSummary(month: $m) { outputTax lines { invoiceId } } }`,
          { m: month },
          { token: await server.login('manager@prospek.test') },
        ),
      ).taxSummary;
      await manager.fill('input[name="month"]', month);
      await manager.waitForFunction((n) => document.querySelectorAll('[data-tax-line]').length === n, summary.lines.length);
      const href = await manager.getAttribute('[data-action="efaktur-csv"]', 'href');
      const csv = await fetch(`${server.url}${href}`);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      expect((await csv.text()).length).toBeGreaterThan(0);
      expect(failures).toEqual([]);
    } finally {
      await manager.context().close();
    }
  }, 120_000);
});
