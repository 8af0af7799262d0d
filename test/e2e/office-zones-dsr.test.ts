/**
 * Times in the viewer's office zone and the debt-service ratio of offers, in the browser: an officer of
 * the Makassar branch (WITA) on a device set to Jakarta time enters a follow-up at 09:00 and sees 09:00
 * WITA; the manager in Jakarta sees 08:00 WIB, labelled. An offer shows its DSR against the limit and
 * warns above it. In Indonesian and English, on a desktop and on a phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addDays, businessDate } from '@prospek/shared';
import { browserAvailable } from '../helpers/browser.js';
import { collectPageErrors, launchBrowser } from '../helpers/browser-session.js';
import { buildClient } from '../helpers/client-build.js';
import { databaseTargets } from '../helpers/databases.js';
import { createLead } from '../helpers/leads.js';
import type { Card } from '../helpers/leads.js';
import { screenshots } from '../helpers/screenshots.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;
const shot = screenshots('office-zones-dsr');
const VIEWPORTS = { desktop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } } as const;
type Viewport = keyof typeof VIEWPORTS;

describe.runIf(browserAvailable())('office time zones and the debt-service ratio in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let officerToken: string;
  let kur: string;
  const failures: string[] = [];
  // Three days ahead in Makassar, so the follow-up is not overdue.
  const day = addDays(businessDate(new Date(), 'Asia/Makassar'), 3);

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    browser = await launchBrowser();
    officerToken = await server.login('officer5@prospek.test');
    const products = expectData(
      await server.gql<{ products: { nodes: Array<{ id: string; code: string }> } }>(
        '{ products(first: 100) { nodes { id code } } }',
        {},
        { token: officerToken },
      ),
    ).products.nodes;
    kur = products.find((p) => p.code === 'KUR-MIKRO')!.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A signed-in page on a device set to Jakarta time, whatever the user's office. */
  async function pageAs(email: string, locale: 'id' | 'en', viewport: Viewport): Promise<Page> {
    const phone = viewport === 'phone';
    const context = await browser.newContext({ viewport: VIEWPORTS[viewport], locale: 'id-ID', timezoneId: 'Asia/Jakarta', hasTouch: phone, isMobile: phone });
    await context.addInitScript((value) => localStorage.setItem('prospek.locale', value), locale);
    const page = await context.newPage();
    page.setDefaultTimeout(5000);
    collectPageErrors(page, failures);
    await page.goto(`${server.url}/login`);
    await page.fill('input[name=email]', email);
    await page.fill('input[name=password]', 'demo1234');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-live="live"]');
    return page;
  }

  /** Nothing but the board's columns may scroll sideways. */
  async function expectNoSidewaysScroll(page: Page): Promise<void> {
    const excess = await page.evaluate((width) => document.documentElement.scrollWidth - Math.min(window.innerWidth, width), page.viewportSize()!.width);
    expect(excess).toBeLessThanOrEqual(0);
  }

  const clock = (locale: 'id' | 'en', time: string) => (locale === 'id' ? time.replace(':', '.') : time);

  for (const locale of ['id', 'en'] as const) {
    for (const viewport of ['desktop', 'phone'] as const) {
      const tag = `${locale}-${viewport}`;

      it(`takes 09:00 typed in Makassar as 09:00 WITA, which Jakarta reads as 08:00 WIB (${tag})`, async () => {
        const lead = await createLead(server, officerToken, { fullName: `Daeng Rahman ${tag}`, segment: 'MICRO' });
        const officer = await pageAs('officer5@prospek.test', locale, viewport);
        expect(await officer.locator('[data-user] small').innerText()).toContain('(WITA)');
        await officer.goto(`${server.url}/leads/${lead.id}`);
        await officer.click('[data-action="edit"]');
        const form = officer.locator('[data-form="lead"]');
        expect(await form.locator('[data-zone]').innerText()).toBe('WITA');
        await form.locator('input[name=nextActionAt]').fill(`${day}T09:00`);
        await shot(officer, `${tag}-01-officer-enters-0900`, false);
        await form.locator('button[type=submit]').click();
        await form.waitFor({ state: 'detached' });

        const stored = expectData(
          await server.gql<{ lead: { nextActionAt: string } }>('query($id: ID!) { lead(id: $id) { nextActionAt } }', { id: lead.id }, { token: officerToken }),
        ).lead;
        expect(stored.nextActionAt).toBe(new Date(`${day}T01:00:00Z`).toISOString());
        await expect.poll(() => officer.locator('[data-next-action]').innerText()).toContain(`${clock(locale, '09:00')} WITA`);
        // In the officer's own office nothing else needs a label.
        expect(await officer.locator('[data-panel="timeline"] li').first().innerText()).not.toMatch(/WI[BT]A?/);
        await expectNoSidewaysScroll(officer);
        await shot(officer, `${tag}-02-officer-sees-0900-wita`);
        // Opened again, the form shows what was typed, not the device's 08:00.
        await officer.click('[data-action="edit"]');
        expect(await officer.inputValue('[data-form="lead"] input[name=nextActionAt]')).toBe(`${day}T09:00`);
        await officer.context().close();

        const manager = await pageAs('manager@prospek.test', locale, viewport);
        const card = manager.locator(`[data-card-id="${lead.id}"] [data-overdue]`);
        expect(await card.innerText()).toContain(`${clock(locale, '08:00')} WIB`);
        await manager.goto(`${server.url}/leads/${lead.id}`);
        await expect.poll(() => manager.locator('[data-next-action]').innerText()).toContain(`${clock(locale, '08:00')} WIB`);
        // The lead's history is in the manager's zone too, and says so.
        expect(await manager.locator('[data-panel="timeline"] li').first().innerText()).toMatch(/ WIB · /);
        await expectNoSidewaysScroll(manager);
        await shot(manager, `${tag}-03-manager-sees-0800-wib`);
        await manager.context().close();
      });

      it(`shows the offer's debt-service ratio and warns above the limit, still letting it be presented (${tag})`, async () => {
        const lead = (await createLead(server, officerToken, {
          fullName: `Ibu Nurhayati ${tag}`,
          segment: 'MICRO',
          estimatedAmount: '30000000.00',
          monthlyIncome: '5000000.00',
          existingInstallments: '1000000.00',
        })) as Card;
        const offer = expectData(
          await server.gql<{ createOffer: { id: string; dsrPercent: number; dsrOverLimit: boolean } }>(
            `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id dsrPercent dsrOverLimit } }`,
            { input: { leadId: lead.id, productId: kur, amount: '30000000.00', tenorMonths: 12, annualRate: 6 } },
            { token: officerToken },
          ),
        ).createOffer;
        // 30 jt over 12 months at 6%: about 2.582.000 + 1.000.000 elsewhere of 5.000.000, some 72 %.
        expect(offer.dsrOverLimit).toBe(true);
        expect(offer.dsrPercent).toBeGreaterThan(71);
        const percent = offer.dsrPercent.toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 });

        const officer = await pageAs('officer5@prospek.test', locale, viewport);
        await officer.goto(`${server.url}/leads/${lead.id}`);
        const card = officer.locator(`[data-offer-id="${offer.id}"]`);
        expect(await card.locator('[data-dsr]').innerText()).toBe(locale === 'id' ? `DSR ${percent}% (batas 30%)` : `DSR ${percent}% (limit 30%)`);
        expect(await card.locator('[data-warning="dsr"]').innerText()).toContain('30%');
        expect(await officer.locator('[data-field="monthlyIncome"]').innerText()).toBe('Rp 5.000.000');
        await card.scrollIntoViewIfNeeded();
        await expectNoSidewaysScroll(officer);
        await shot(officer, `${tag}-04-offer-dsr-over-limit`);

        // The new-offer dialog previews the ratio of the terms being typed.
        await officer.click('[data-action="new-offer"]');
        const dialog = officer.locator('[data-form="offer"]');
        await dialog.locator('select[name=productId]').selectOption(kur);
        await dialog.locator('input[name=tenorMonths]').fill('12');
        await dialog.locator('input[name=amount]').fill('10.000.000');
        await expect.poll(() => dialog.locator('[data-field="preview"] [data-dsr]').getAttribute('data-over-limit')).toBe('true');
        await dialog.locator('input[name=tenorMonths]').fill('60');
        // 10 jt over 60 months: about 193.000 + 1.000.000 of 5.000.000, some 24 %, under the limit.
        await expect.poll(() => dialog.locator('[data-field="preview"] [data-dsr]').getAttribute('data-over-limit')).toBe('false');
        expect(await dialog.locator('[data-warning="dsr"]').count()).toBe(0);
        await shot(officer, `${tag}-05-offer-dialog-dsr`, false);
        await officer.click('[data-form="offer"] .button--ghost');

        // Over the limit is a warning: the offer is still presented.
        await card.locator('[data-action="present"]').click();
        await expect.poll(() => card.getAttribute('data-status')).toBe('PRESENTED');

        // The simulator starts from the lead's income and installments elsewhere.
        await officer.click('[data-panel="offers"] [data-action="simulate"]');
        await officer.waitForURL('**/simulator**');
        expect(await officer.inputValue('input[name=income]')).toBe('5.000.000');
        expect(await officer.inputValue('input[name=existing]')).toBe('1.000.000');
        await officer.waitForSelector('[data-method="ANNUITY"] [data-warning="dsr"]');
        await expectNoSidewaysScroll(officer);
        await shot(officer, `${tag}-06-simulator-dsr`);
        await officer.context().close();
      });
    }
  }

  it('lets the admin see and set each office’s zone', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      for (const locale of ['id', 'en'] as const) {
        const admin = await pageAs('admin@prospek.test', locale, viewport);
        await admin.goto(`${server.url}/offices`);
        const row = admin.locator('[data-office-code="KC-MKS"]');
        expect(await row.locator('[data-office-zone]').innerText()).toBe('WITA');
        await row.locator('[data-action="edit"]').click();
        expect(await admin.inputValue('[data-form="office"] select[name=timeZone]')).toBe('Asia/Makassar');
        await expectNoSidewaysScroll(admin);
        await shot(admin, `${locale}-${viewport}-07-office-zone`, false);
        await admin.context().close();
      }
    }
    expect(failures).toEqual([]);
  });
});
