import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable } from '../helpers/browser.js';
import { collectPageErrors, launchBrowser, setLocale, signedInPage } from '../helpers/browser-session.js';
import { buildClient } from '../helpers/client-build.js';
import { databaseTargets } from '../helpers/databases.js';
import { createLead } from '../helpers/leads.js';
import type { Card } from '../helpers/leads.js';
import { screenshots } from '../helpers/screenshots.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;
const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/**
 * Numeric fields emptied or out of range: the simulator, the new-offer dialog and the product form say
 * what is wrong in the interface's language and keep what was typed, instead of throwing during render.
 */
describe.runIf(browserAvailable())('numeric fields in the simulator, the offer dialog and the product form', () => {
  let server: TestServer;
  let browser: Browser;
  let officer: Page;
  let admin: Page;
  let lead: Card;
  /** Uncaught errors and errors Vue logs (a render error in a production build is logged, not thrown). */
  const failures: string[] = [];

  const watch = (page: Page) => collectPageErrors(page, failures);
  const shot = screenshots('numeric-forms');

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    browser = await launchBrowser();
    officer = await signedInPage(browser, server.url, 'officer1@prospek.test');
    admin = await signedInPage(browser, server.url, 'admin@prospek.test', 'nav');
    for (const page of [officer, admin]) {
      page.setDefaultTimeout(5000);
      watch(page);
    }
    lead = await createLead(server, await server.login('officer1@prospek.test'), {
      fullName: 'Ketut Arsana',
      companyName: 'UD Ukir Jaya',
      segment: 'MICRO',
      estimatedAmount: '50000000.00',
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('an emptied or negative rate in the simulator shows a message, and a valid one brings the schedule back', async () => {
    await officer.setViewportSize({ width: 1366, height: 900 });
    await officer.goto(`${server.url}/simulator`);
    await officer.fill('input[name=tenor]', '12');
    const rows = officer.locator('[data-table="schedule"] tbody tr');
    await expect.poll(() => rows.count()).toBe(12);

    await officer.fill('input[name=rate]', '');
    await officer.waitForSelector('[data-error-for="rate"]');
    expect(await officer.locator('[data-error-for="rate"]').innerText()).toBe('Wajib diisi');
    expect(await officer.locator('.banner--error').innerText()).toBe('Periksa isian yang ditandai.');
    expect(await officer.locator('[data-method]').count()).toBe(0);
    expect(await rows.count()).toBe(0);

    // The page keeps working: other fields still answer, and the form keeps what was typed.
    await officer.fill('input[name=tenor]', '0');
    await officer.waitForSelector('[data-error-for="tenor"]');
    expect(await officer.locator('[data-error-for="tenor"]').innerText()).toBe('Harus antara 1 bln dan 360 bln');
    await officer.fill('input[name=tenor]', '1.5');
    expect(await officer.locator('[data-error-for="tenor"]').innerText()).toBe('Bilangan bulat 1 bln sampai 360 bln');
    await officer.fill('input[name=tenor]', '12');
    await officer.waitForSelector('[data-error-for="tenor"]', { state: 'detached' });
    await officer.fill('input[name=rate]', '-1');
    expect(await officer.locator('[data-error-for="rate"]').innerText()).toBe('Harus antara 0% dan 100%');
    await officer.fill('input[name=amount]', '');
    expect(await officer.locator('[data-error-for="amount"]').innerText()).toBe('Wajib diisi');
    await officer.fill('input[name=income]', '-5');
    expect(await officer.locator('[data-error-for="income"]').innerText()).toBe('Tulis jumlah seperti 150.000.000');
    expect(await officer.inputValue('input[name=tenor]')).toBe('12');

    await officer.fill('input[name=amount]', '50.000.000');
    await officer.fill('input[name=income]', '');
    await officer.fill('input[name=rate]', '12');
    await expect.poll(() => rows.count()).toBe(12);
    expect(await officer.locator('[data-method="ANNUITY"] [data-field="installment"]').innerText()).toBe('Rp 4.442.439');
    expect(await officer.locator('.field__error').count()).toBe(0);
    expect(failures).toEqual([]);
  });

  it('shows the simulator with a refused rate at both viewports in both languages', async () => {
    for (const locale of ['id', 'en'] as const) {
      await setLocale(officer, locale);
      for (const viewport of VIEWPORTS) {
        await officer.setViewportSize(viewport);
        await officer.fill('input[name=rate]', '');
        await officer.waitForSelector('[data-error-for="rate"]');
        expect(await officer.locator('[data-error-for="rate"]').innerText()).toBe(locale === 'id' ? 'Wajib diisi' : 'Required');
        await shot(officer, `simulator-empty-rate-${locale}-${viewport.name}`);
        await officer.fill('input[name=rate]', '12.5');
        await officer.waitForSelector('[data-table="schedule"] tbody tr');
        await shot(officer, `simulator-${locale}-${viewport.name}`);
      }
    }
    await setLocale(officer, 'id');
    expect(failures).toEqual([]);
  });

  it('the new-offer dialog keeps the typed terms on an empty or negative rate, and opens again', async () => {
    await officer.setViewportSize({ width: 1366, height: 900 });
    await officer.goto(`${server.url}/leads/${lead.id}`);
    await officer.click('[data-action="new-offer"]');
    const dialog = officer.locator('[role=dialog]:has(form[data-form="offer"])');
    await dialog.waitFor();
    const kur = await officer.locator('select[name=productId] option', { hasText: 'KUR Mikro' }).getAttribute('value');
    await officer.selectOption('select[name=productId]', kur!);
    await officer.fill('input[name=amount]', '75.000.000');
    await officer.fill('input[name=tenorMonths]', '24');

    await officer.fill('input[name=annualRate]', '');
    await officer.waitForSelector('[data-error-for="annualRate"]');
    expect(await officer.locator('[data-error-for="annualRate"]').innerText()).toBe('Wajib diisi');
    expect(await officer.locator('[data-field="preview"]').count()).toBe(0);
    await officer.click('form[data-form="offer"] button[type=submit]');
    expect(await dialog.isVisible()).toBe(true);
    expect(await officer.inputValue('input[name=amount]')).toBe('75.000.000');

    await officer.fill('input[name=annualRate]', '-1');
    expect(await officer.locator('[data-error-for="annualRate"]').innerText()).toBe('Produk ini hanya 6%');
    await shot(officer, 'offer-negative-rate-id-desktop');
    expect(await officer.inputValue('input[name=amount]')).toBe('75.000.000');
    expect(await officer.inputValue('input[name=tenorMonths]')).toBe('24');
    expect(await officer.locator('[data-offer-id]').count()).toBe(0);

    // Closed and opened again, "+ Penawaran baru" still answers.
    await dialog.locator('button', { hasText: 'Batal' }).click();
    await dialog.waitFor({ state: 'detached' });
    await officer.click('[data-action="new-offer"]');
    await dialog.waitFor();
    await officer.selectOption('select[name=productId]', kur!);
    await officer.fill('input[name=amount]', '75.000.000');
    await officer.fill('input[name=tenorMonths]', '24');
    await officer.fill('input[name=annualRate]', '6');
    await officer.waitForSelector('[data-field="preview"]');
    await officer.click('form[data-form="offer"] button[type=submit]');
    await officer.locator('[data-offer-id]').first().waitFor();
    expect(failures).toEqual([]);
  });

  it('an admin creates a product in a dialog whose messages speak the interface language', async () => {
    await admin.setViewportSize({ width: 1366, height: 900 });
    await admin.goto(`${server.url}/products`);
    await admin.click('[data-action="new-product"]');
    const dialog = admin.locator('[role=dialog]:has(form[data-form="product"])');
    await dialog.waitFor();
    expect(await admin.locator('form[data-form="product"]').count()).toBe(1);

    await dialog.locator('button[type=submit]').click();
    await admin.waitForSelector('[data-error-for="name"]');
    expect(await admin.locator('[data-error-for="name"]').innerText()).toBe('Wajib diisi');
    expect(await admin.locator('[data-error-for="code"]').innerText()).toBe('Wajib diisi');
    expect(await admin.locator('[data-error-for="maxAmount"]').innerText()).toBe('Jumlah harus lebih dari nol');

    await admin.fill('input[name=code]', 'KUR-MIKRO');
    await admin.fill('input[name=name]', 'Kredit Usaha Tani');
    await admin.fill('textarea[name=description]', 'Modal kerja musim tanam, angsuran setelah panen.');
    await admin.fill('input[name=minRate]', '');
    expect(await admin.locator('[data-error-for="minRate"]').innerText()).toBe('Wajib diisi');
    await admin.fill('input[name=minRate]', '9');
    await admin.fill('input[name=maxRate]', '8');
    expect(await admin.locator('[data-error-for="maxRate"]').innerText()).toBe('Tidak boleh di bawah Bunga minimum (%)');
    await admin.fill('input[name=maxRate]', '11.5');
    await admin.fill('input[name=minTenorMonths]', '6');
    await admin.fill('input[name=maxTenorMonths]', '36');
    await admin.fill('input[name=minAmount]', '5.000.000');
    await admin.fill('input[name=maxAmount]', '100.000.000');
    await admin.fill('textarea[name=requirements]', 'KTP: KTP pemohon');
    expect(await admin.locator('[data-error-for]').count()).toBe(0);

    // A code another product has is refused by the server, and worded here.
    await dialog.locator('button[type=submit]').click();
    await admin.waitForSelector('[data-error-for="code"]');
    expect(await admin.locator('[data-error-for="code"]').innerText()).toBe('Kode ini sudah dipakai produk lain');
    await shot(admin, 'product-code-taken-id-desktop');

    await admin.fill('input[name=code]', 'KUT-TANI');
    await dialog.locator('button[type=submit]').click();
    await dialog.waitFor({ state: 'detached' });
    const card = admin.locator('[data-product="KUT-TANI"]');
    await card.waitFor();
    expect(await card.innerText()).toContain('Kredit Usaha Tani');
    expect(await card.innerText()).toContain('6–36');
    expect(failures).toEqual([]);
  });

  it('shows the product dialog at both viewports in both languages', async () => {
    for (const locale of ['id', 'en'] as const) {
      await setLocale(admin, locale);
      for (const viewport of VIEWPORTS) {
        await admin.setViewportSize(viewport);
        await admin.click('[data-action="new-product"]');
        const dialog = admin.locator('[role=dialog]:has(form[data-form="product"])');
        await dialog.waitFor();
        await dialog.locator('button[type=submit]').click();
        await admin.waitForSelector('[data-error-for="name"]');
        expect(await admin.locator('[data-error-for="name"]').innerText()).toBe(locale === 'id' ? 'Wajib diisi' : 'Required');
        await shot(admin, `product-dialog-${locale}-${viewport.name}`, false);
        await admin.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
      }
    }
    expect(failures).toEqual([]);
  });
});
