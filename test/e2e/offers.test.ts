import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable } from '../helpers/browser.js';
import { launchBrowser, signedInPage } from '../helpers/browser-session.js';
import { buildClient } from '../helpers/client-build.js';
import { databaseTargets } from '../helpers/databases.js';
import { createLead } from '../helpers/leads.js';
import type { Card } from '../helpers/leads.js';
import { pdfText } from '../helpers/pdf.js';
import { screenshots } from '../helpers/screenshots.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;

describe.runIf(browserAvailable())('offers and the simulator in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let officer: Page;
  let manager: Page;
  let lead: Card;

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    browser = await launchBrowser();
    officer = await signedInPage(browser, server.url, 'officer1@prospek.test');
    manager = await signedInPage(browser, server.url, 'manager@prospek.test');
    // A step that cannot happen fails in seconds, naming what it waited for.
    for (const page of [officer, manager]) page.setDefaultTimeout(5000);
    lead = await createLead(server, await server.login('officer1@prospek.test'), {
      fullName: 'Wayan Sudarma',
      companyName: 'UD Tenun Bali',
      segment: 'MICRO',
      estimatedAmount: '50000000.00',
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const shot = screenshots('offers');
  const installmentOf = (page: Page, method: string) => page.locator(`[data-method="${method}"] [data-field="installment"]`).innerText();

  it('opens a lead from the board and simulates its amount, comparing the three methods as you type', async () => {
    const card = officer.locator(`[data-card-id="${lead.id}"] .card`);
    await card.waitFor({ timeout: 2000 });
    await card.click();
    await officer.waitForURL(`**/leads/${lead.id}`);
    await officer.waitForSelector('[data-panel="offers"]');
    await shot(officer, '01-lead');

    await officer.click('[data-panel="offers"] [data-action="simulate"]');
    await officer.waitForURL('**/simulator**');
    expect(await officer.inputValue('input[name=amount]')).toBe('50.000.000');
    await officer.fill('input[name=tenor]', '12');
    await officer.fill('input[name=rate]', '12');
    // 50 jt over 12 months at 1% a month: flat 4.166.667 + 500.000 (effective starts the same);
    // the annuity is P·r / (1 − (1 + r)^−n) = 4.442.439.
    expect(await installmentOf(officer, 'FLAT')).toBe('Rp 4.666.667');
    expect(await installmentOf(officer, 'EFFECTIVE')).toBe('Rp 4.666.667');
    expect(await installmentOf(officer, 'ANNUITY')).toBe('Rp 4.442.439');
    await shot(officer, '02-simulator');

    // Typing updates every method at once, and a bad amount says what is wrong.
    await officer.fill('input[name=amount]', '100.000.000');
    await expect.poll(() => installmentOf(officer, 'ANNUITY'), { timeout: 2000 }).toBe('Rp 8.884.879');
    expect(await installmentOf(officer, 'FLAT')).toBe('Rp 9.333.333');
    await officer.fill('input[name=amount]', 'seratus');
    await officer.waitForSelector('.banner--error');
    expect(await officer.locator('[data-method]').count()).toBe(0);
    await shot(officer, '03-simulator-invalid');
    await officer.fill('input[name=amount]', '50.000.000');

    // Income makes the debt-service ratio show, with a warning past the limit.
    await officer.fill('input[name=income]', '10.000.000');
    await officer.waitForSelector('[data-method="FLAT"] [data-warning="dsr"]');
    expect(await officer.locator('[data-method="ANNUITY"] [data-warning="dsr"]').count()).toBe(1);
    await officer.fill('input[name=income]', '20.000.000');
    await officer.waitForSelector('[data-warning="dsr"]', { state: 'detached' });

    // The schedule below follows the chosen method.
    await officer.click('[data-method="EFFECTIVE"]');
    const rows = officer.locator('[data-table="schedule"] tbody tr');
    await expect.poll(() => rows.count()).toBe(12);
    expect(await rows.nth(11).locator('td').nth(4).innerText()).toBe('4.208.333');
    await shot(officer, '04-simulator-effective');
  });

  it('downloads the schedule as CSV and prints it', async () => {
    const [download] = await Promise.all([officer.waitForEvent('download'), officer.click('[data-action="download-schedule"]')]);
    expect(download.suggestedFilename()).toBe('simulasi-effective.csv');
    const csv = readFileSync(await download.path()).toString('utf8');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines).toHaveLength(13);
    expect(lines[0]).toBe('No;Jatuh tempo;Pokok;Bunga;Angsuran;Sisa pokok');
    const [number, , principal, interest, installment, balance] = lines[1].split(';');
    expect([number, principal, interest, installment, balance]).toEqual(['1', '4166667.00', '500000.00', '4666667.00', '45833333.00']);
    expect(lines[12].split(';')[4]).toBe('4208333.00');

    // A headless browser has no print dialog: count the calls, and look at the page as printed.
    await officer.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => void (w.printed += 1);
    });
    await officer.click('[data-action="print-schedule"]');
    expect(await officer.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await officer.emulateMedia({ media: 'print' });
    expect(await officer.locator('form.sim-form').isVisible()).toBe(false);
    expect(await officer.locator('[data-table="schedule"]').isVisible()).toBe(true);
    await shot(officer, '05-simulator-print');
    await officer.emulateMedia({ media: 'screen' });
  });

  it('creates and presents an offer; the card moves to PRESENTED with its offer in a second page', async () => {
    await officer.click('[data-action="back-to-lead"]');
    await officer.waitForURL(`**/leads/${lead.id}`);
    await officer.click('[data-action="new-offer"]');
    await officer.waitForSelector('form[data-form="offer"]');
    const kur = await officer.locator('select[name=productId] option', { hasText: 'KUR Mikro' }).getAttribute('value');
    await officer.selectOption('select[name=productId]', kur!);
    await officer.fill('input[name=amount]', '50.000.000');
    // Terms outside the product's ranges are refused, naming the ranges in the officer's words.
    await officer.fill('input[name=tenorMonths]', '72');
    await officer.fill('input[name=annualRate]', '9');
    await officer.click('form[data-form="offer"] button[type=submit]');
    await officer.waitForSelector('[data-error-for="tenorMonths"]');
    expect(await officer.locator('[data-error-for="tenorMonths"]').innerText()).toBe('Harus antara 6 bln dan 60 bln');
    expect(await officer.locator('[data-error-for="annualRate"]').innerText()).toBe('Produk ini hanya 6%');
    expect(await officer.locator('[data-offer-id]').count()).toBe(0);
    await shot(officer, '06-offer-refused');
    await officer.fill('input[name=tenorMonths]', '24');
    await officer.fill('input[name=annualRate]', '6');
    await officer.waitForSelector('[data-field="preview"]');
    await shot(officer, '06-offer-form');
    await officer.click('form[data-form="offer"] button[type=submit]');
    const offer = officer.locator('[data-offer-id]').first();
    await offer.waitFor({ timeout: 2000 });
    expect(await offer.getAttribute('data-status')).toBe('DRAFT');

    await offer.locator('[data-action="present"]').click();
    await officer.waitForSelector('[data-offer-id][data-status="PRESENTED"]', { timeout: 2000 });
    await shot(officer, '07-offer-presented');

    const card = manager.locator(`[data-stage="PRESENTED"] [data-card-id="${lead.id}"]`);
    await card.waitFor({ timeout: 3000 });
    await card.locator('[data-offer-status="PRESENTED"]').waitFor({ timeout: 3000 });
    expect(await card.locator('.card__offer').innerText()).toContain('KUR Mikro');
    await card.scrollIntoViewIfNeeded();
    await shot(manager, '08-manager-board', false);
  });

  it('opens the presented offer as a PDF with its terms', async () => {
    const href = await officer.locator('[data-offer-id][data-status="PRESENTED"] [data-action="pdf"]').getAttribute('href');
    expect(href).toMatch(/^\/offers\/\d+\/pdf\?token=/);
    const response = await officer.context().request.get(new URL(href!, server.url).toString());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const text = await pdfText(new Uint8Array(await response.body()));
    for (const expected of ['KUR Mikro', 'Wayan Sudarma', 'UD Tenun Bali', 'Rp 50.000.000', '24 bulan']) expect(text).toContain(expected);
  });
});
