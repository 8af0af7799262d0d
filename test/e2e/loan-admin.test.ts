import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { businessDate } from '@prospek/shared';
import { browserAvailable } from '../helpers/browser.js';
import { collectPageErrors, launchBrowser, setLocale, signedInPage } from '../helpers/browser-session.js';
import { buildClient } from '../helpers/client-build.js';
import { databaseTargets } from '../helpers/databases.js';
import { screenshots } from '../helpers/screenshots.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;
const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

interface AdminState {
  loanBookSetting: { institutionType: string };
  collectibilityRuleSets: Array<{ institutionType: string; effectiveFrom: string; maxDaysPastDue: number[]; pastMaturityMinGrade: number | null }>;
  loanProductTerms: Array<{ productId: string; allocationPreset: string; graceDays: number; toleranceAmount: string; penaltyPercentPerDay: number }>;
  products: { nodes: Array<{ id: string; code: string }> };
}

describe.runIf(browserAvailable())('credit rules in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let admin: Page;
  let adminToken: string;
  const failures: string[] = [];
  const shot = screenshots('loan-admin');

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    browser = await launchBrowser();
    admin = await signedInPage(browser, server.url, 'admin@prospek.test');
    collectPageErrors(admin, failures);
    admin.on('console', (message) => {
      if (message.text().includes('[i18n]')) failures.push(message.text());
    });
    adminToken = await server.login('admin@prospek.test');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const adminState = async () =>
    expectData(
      await server.gql<AdminState>(
        `{ loanBookSetting { institutionType }
           collectibilityRuleSets { institutionType effectiveFrom maxDaysPastDue pastMaturityMinGrade }
           loanProductTerms { productId allocationPreset graceDays toleranceAmount penaltyPercentPerDay }
           products(filter: { kind: LOAN }, first: 100) { nodes { id code } } }`,
        {},
        { token: adminToken },
      ),
    );

  it('switches the book to the BPR rules from the admin menu', async () => {
    await admin.click('[data-action="admin-menu"]');
    await admin.click('a[href="/loan-settings"]');
    await admin.locator('[data-rule-type="BPR"] [data-rule-version]').first().waitFor();
    await admin.selectOption('select[name="institutionType"]', 'BPR');
    await admin.click('[data-action="save-institution"]');
    await admin.locator('[data-rule-type="BPR"] [data-in-use]').waitFor();
    expect((await adminState()).loanBookSetting.institutionType).toBe('BPR');
  });

  it('refuses thresholds that do not rise and saves a new version that does', async () => {
    const today = businessDate();
    const before = (await adminState()).collectibilityRuleSets.filter((s) => s.institutionType === 'BPR');
    await admin.click('[data-rule-type="BPR"] [data-action="new-rule-version"]');
    const dialog = admin.locator('[data-form="rule-set"]');
    await dialog.locator('input[name="maxDays-3"]').fill('60');
    await dialog.locator('input[name="upgradeAfter"]').fill('40');
    await dialog.locator('button[type="submit"]').click();
    expect(await dialog.locator('[data-error-for="maxDays-3"]').innerText()).toContain('2');
    expect(await dialog.locator('[data-error-for="upgradeAfter"]').innerText()).toMatch(/1.*36/);
    expect((await adminState()).collectibilityRuleSets.filter((s) => s.institutionType === 'BPR')).toEqual(before);

    await dialog.locator('input[name="maxDays-1"]').fill('15');
    await dialog.locator('input[name="maxDays-3"]').fill('150');
    await dialog.locator('input[name="upgradeAfter"]').fill('6');
    await dialog.locator('input[name="effectiveFrom"]').fill(today);
    await dialog.locator('button[type="submit"]').click();
    await dialog.waitFor({ state: 'detached' });
    const saved = (await adminState()).collectibilityRuleSets.find((s) => s.institutionType === 'BPR' && s.effectiveFrom === today);
    expect(saved).toEqual({ institutionType: 'BPR', effectiveFrom: today, maxDaysPastDue: [15, 90, 150, 360], pastMaturityMinGrade: 2 });
    const current = admin.locator(`[data-rule-type="BPR"] [data-rule-version="${today}"][data-state="current"]`);
    expect(await current.locator('[data-grade-range="3"]').innerText()).toMatch(/91.150/);
  });

  it('sets a product’s collection terms, refusing a grace period past 90 days', async () => {
    const { products } = await adminState();
    const product = products.nodes[0];
    const card = admin.locator(`[data-product-terms="${product.code}"]`);
    await card.locator('[data-action="edit-terms"]').click();
    const dialog = admin.locator('[data-form="product-terms"]');
    await dialog.locator('input[name="graceDays"]').fill('120');
    await dialog.locator('input[name="toleranceAmount"]').fill('abc');
    await dialog.locator('button[type="submit"]').click();
    await dialog.locator('[data-error-for="graceDays"]').waitFor();
    await dialog.locator('[data-error-for="toleranceAmount"]').waitFor();
    expect((await adminState()).loanProductTerms.find((row) => row.productId === product.id)?.graceDays ?? 0).not.toBe(120);

    await dialog.locator('select[name="allocationPreset"]').selectOption('PRINCIPAL_FIRST');
    await dialog.locator('input[name="graceDays"]').fill('5');
    await dialog.locator('input[name="toleranceAmount"]').fill('10.000');
    await dialog.locator('input[name="penaltyPercentPerDay"]').fill('0.1');
    await dialog.locator('button[type="submit"]').click();
    await dialog.waitFor({ state: 'detached' });
    expect((await adminState()).loanProductTerms.find((row) => row.productId === product.id)).toEqual({
      productId: product.id,
      allocationPreset: 'PRINCIPAL_FIRST',
      graceDays: 5,
      toleranceAmount: '10000.00',
      penaltyPercentPerDay: 0.1,
    });
    await card.locator('[data-fact="grace"]:text-is("5")').waitFor();
  });

  it('reads in both languages without sideways scrolling on a phone', async () => {
    for (const locale of ['id', 'en'] as const) {
      await setLocale(admin, locale);
      for (const viewport of VIEWPORTS) {
        await admin.setViewportSize(viewport);
        await admin.goto(`${server.url}/loan-settings`);
        await admin.locator('[data-product-terms]').first().waitFor();
        expect(await admin.locator('h1').innerText()).toBe(locale === 'id' ? 'Aturan kredit' : 'Credit rules');
        const overflow = await admin.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${locale} ${viewport.name}`).toBeLessThanOrEqual(0);
        await shot(admin, `loan-admin-${locale}-${viewport.name}`);
        await admin.click('[data-rule-type="KOPERASI"] [data-action="new-rule-version"]');
        await admin.locator('[data-form="rule-set"]').waitFor();
        await shot(admin, `loan-admin-rules-dialog-${locale}-${viewport.name}`, false);
        await admin.keyboard.press('Escape');
        await admin.locator('[data-action="edit-terms"]').first().click();
        await admin.locator('[data-form="product-terms"]').waitFor();
        await shot(admin, `loan-admin-terms-dialog-${locale}-${viewport.name}`, false);
        await admin.keyboard.press('Escape');
      }
    }
    await setLocale(admin, 'id');
    await admin.setViewportSize(VIEWPORTS[0]);
    expect(failures).toEqual([]);
  });

  it('keeps the page from a manager', async () => {
    const manager = await signedInPage(browser, server.url, 'manager@prospek.test');
    expect(await manager.locator('a[href="/loan-settings"]').count()).toBe(0);
    await manager.goto(`${server.url}/loan-settings`);
    await manager.waitForURL(/\/board/);
    await manager.close();
  });
});
