import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserAvailable } from '../helpers/browser.js';
import { dragCard, launchBrowser } from '../helpers/browser-session.js';
import { buildClient } from '../helpers/client-build.js';
import { databaseTargets } from '../helpers/databases.js';
import { createLead, moveLead } from '../helpers/leads.js';
import { screenshots } from '../helpers/screenshots.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
type Viewport = typeof PHONE;
type Locale = 'id' | 'en';

const WORDS = {
  id: {
    offer: 'Penawaran diterima: KUR Mikro, Rp 30.000.000',
    client: 'Rekening nasabah dibuka',
    next: 'Berikutnya: Dihubungi',
    noOffer: 'memerlukan penawaran yang diterima',
  },
  en: {
    offer: 'Accepted offer: KUR Mikro, Rp 30.000.000',
    client: 'A client account (nasabah) is opened',
    next: 'Next: Contacted',
    noOffer: 'needs an accepted offer',
  },
} as const;

async function openAs(browser: Browser, url: string, viewport: Viewport, locale: Locale): Promise<{ context: BrowserContext; page: Page }> {
  const phone = viewport.width < 500;
  const context = await browser.newContext({ viewport, locale: 'id-ID', timezoneId: 'Asia/Jakarta', hasTouch: phone, isMobile: phone });
  await context.addInitScript((l) => localStorage.setItem('prospek.locale', l), locale);
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${url}/login`);
  await page.fill('input[name=email]', 'officer1@prospek.test');
  await page.fill('input[name=password]', 'demo1234');
  await page.click('button[type=submit]');
  await page.waitForURL('**/board');
  await page.waitForSelector('[data-live="live"]');
  return { context, page };
}

const sideways = (page: Page) =>
  page.evaluate((screen) => document.documentElement.scrollWidth - Math.min(window.innerWidth, screen), page.viewportSize()!.width);

/** A dialog lies wholly inside the screen, and nothing scrolls sideways. */
async function expectDialogInside(page: Page): Promise<void> {
  const box = await page.locator('.dialog').last().boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
}

describe.runIf(browserAvailable())('winning and losing a lead in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let officer: string;
  let kur: { id: string };
  const shot = screenshots('lead-won');

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    browser = await launchBrowser();
    officer = await server.login('officer1@prospek.test');
    const { products } = expectData(
      await server.gql<{ products: { nodes: Array<{ id: string; code: string }> } }>('{ products(first: 100) { nodes { id code } } }', {}, { token: officer }),
    );
    kur = products.nodes.find((p) => p.code === 'KUR-MIKRO')!;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const leadState = async (id: string) =>
    expectData(
      await server.gql<{ lead: { stage: string; version: number; lostReason: string | null; estimatedAmount: string; client: { id: string } | null } }>(
        `query($id: ID!) { lead(id: $id) { stage version lostReason estimatedAmount client { id } } }`,
        { id },
        { token: officer },
      ),
    ).lead;

  /** A lead in COMMITTEE with an accepted KUR Mikro offer of Rp 30.000.000 and its documents in. */
  async function leadReadyToWin(fullName: string): Promise<string> {
    const lead = await createLead(server, officer, { fullName, segment: 'MICRO', estimatedAmount: '25000000.00' });
    const offer = expectData(
      await server.gql<{ createOffer: { id: string } }>(
        `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`,
        { input: { leadId: lead.id, productId: kur.id, amount: '30000000.00', tenorMonths: 12, annualRate: 6 } },
        { token: officer },
      ),
    ).createOffer;
    for (const step of ['presentOffer', 'acceptOffer'])
      expectData(await server.gql(`mutation($id: ID!) { ${step}(id: $id) { id } }`, { id: offer.id }, { token: officer }));
    for (const code of ['KTP', 'KK', 'NIB', 'FOTO_USAHA']) {
      expectData(
        await server.gql(
          `mutation($l: ID!, $c: String!) { setLeadDocument(leadId: $l, code: $c, received: true) { id } }`,
          { l: lead.id, c: code },
          { token: officer },
        ),
      );
    }
    expectData(await moveLead(server, officer, { id: lead.id, stage: 'COMMITTEE', expectedVersion: (await leadState(lead.id)).version }));
    return lead.id;
  }

  it('asks before a drop on WON, naming the offer, amount and client; cancelling leaves the card (desktop, id)', async () => {
    const leadId = await leadReadyToWin('Menang Seret Desktop');
    const { context, page } = await openAs(browser, server.url, DESKTOP, 'id');
    try {
      await page.waitForSelector(`[data-stage="COMMITTEE"] [data-card-id="${leadId}"]`);
      // COMMITTEE and WON side by side at the board's right end.
      await page.locator('.board').evaluate((board) => (board.scrollLeft = board.scrollWidth));
      await dragCard(page, leadId, '[data-stage="WON"] .column__cards');
      const dialog = page.locator('[data-dialog="won"]');
      await dialog.locator('[data-won="offer"]').waitFor();
      expect(await dialog.locator('[data-won="offer"]').innerText()).toContain(WORDS.id.offer);
      expect(await dialog.locator('[data-won="client"]').innerText()).toContain(WORDS.id.client);
      expect(await page.locator(`[data-stage="WON"] [data-card-id="${leadId}"]`).count()).toBe(0);
      await expectDialogInside(page);
      await shot(page, 'board-confirm-desktop-id', false);

      await dialog.locator('[data-action="won-cancel"]').click();
      await dialog.waitFor({ state: 'detached' });
      expect(await page.locator(`[data-stage="COMMITTEE"] [data-card-id="${leadId}"]`).count()).toBe(1);
      expect(await page.locator(`[data-stage="WON"] [data-card-id="${leadId}"]`).count()).toBe(0);
      expect((await leadState(leadId)).stage).toBe('COMMITTEE');

      await dragCard(page, leadId, '[data-stage="WON"] .column__cards');
      await dialog.locator('[data-won="offer"]').waitFor();
      await dialog.locator('[data-action="won-confirm"]').click();
      await page.waitForSelector(`[data-stage="WON"] [data-card-id="${leadId}"]`);
      const won = await leadState(leadId);
      expect(won).toMatchObject({ stage: 'WON', estimatedAmount: '30000000.00' });
      expect(won.client).not.toBeNull();
    } finally {
      await context.close();
    }
  });

  it('asks the same before a keyboard move to WON on a phone (en)', async () => {
    const leadId = await leadReadyToWin('Menang Keyboard Ponsel');
    const { context, page } = await openAs(browser, server.url, PHONE, 'en');
    try {
      const card = page.locator(`[data-stage="COMMITTEE"] [data-card-id="${leadId}"] .card`);
      await card.focus();
      await page.keyboard.press('ArrowRight');
      const dialog = page.locator('[data-dialog="won"]');
      await dialog.locator('[data-won="offer"]').waitFor();
      expect(await dialog.locator('[data-won="offer"]').innerText()).toContain(WORDS.en.offer);
      expect(await dialog.locator('[data-won="client"]').innerText()).toContain(WORDS.en.client);
      await expectDialogInside(page);
      await shot(page, 'board-confirm-phone-en', false);
      await dialog.locator('[data-action="won-cancel"]').click();
      await dialog.waitFor({ state: 'detached' });
      expect((await leadState(leadId)).stage).toBe('COMMITTEE');
      expect(await page.locator(`[data-stage="COMMITTEE"] [data-card-id="${leadId}"]`).count()).toBe(1);

      await card.focus();
      await page.keyboard.press('ArrowRight');
      await dialog.locator('[data-won="offer"]').waitFor();
      await dialog.locator('[data-action="won-confirm"]').click();
      await page.waitForSelector(`[data-stage="WON"] [data-card-id="${leadId}"]`);
      expect((await leadState(leadId)).stage).toBe('WON');
    } finally {
      await context.close();
    }
  });

  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    for (const locale of ['id', 'en'] as const) {
      it(`moves, loses and wins a lead from its own page (${size}, ${locale})`, async () => {
        const { context, page } = await openAs(browser, server.url, viewport, locale);
        const stage = page.locator('[data-stage-controls] select[name=stage]');
        try {
          // Next stage, and a chosen one; WON waits for an accepted offer.
          const open = await createLead(server, officer, { fullName: `Halaman ${size} ${locale}` });
          await page.goto(`${server.url}/leads/${open.id}`);
          const next = page.locator('[data-action="stage-next"]');
          expect(await next.innerText()).toBe(WORDS[locale].next);
          expect(await page.locator('[data-action="stage-won"]').isDisabled()).toBe(true);
          expect(await page.locator('[data-hint="won"]').innerText()).toContain(WORDS[locale].noOffer);
          expect(await sideways(page)).toBeLessThanOrEqual(0);
          await shot(page, `lead-page-${size}-${locale}`, false);
          await next.click();
          await expect.poll(() => stage.inputValue()).toBe('CONTACTED');
          expect((await leadState(open.id)).stage).toBe('CONTACTED');
          await stage.selectOption('APPLICATION');
          await page.click('[data-action="stage-move"]');
          await expect.poll(() => stage.inputValue()).toBe('APPLICATION');
          expect((await leadState(open.id)).stage).toBe('APPLICATION');

          // Lost asks the reason, as the board does.
          await page.click('[data-action="stage-lost"]');
          await page.fill('textarea[name=lostReason]', 'Memilih bank lain');
          await expectDialogInside(page);
          await page.click('.dialog button[type=submit]');
          await expect.poll(() => stage.inputValue()).toBe('LOST');
          expect(await leadState(open.id)).toMatchObject({ stage: 'LOST', lostReason: 'Memilih bank lain' });

          // Won asks first, naming the accepted offer, its amount and the client.
          const ready = await leadReadyToWin(`Menang Halaman ${size} ${locale}`);
          await page.goto(`${server.url}/leads/${ready}`);
          await page.click('[data-action="stage-won"]');
          const dialog = page.locator('[data-dialog="won"]');
          await dialog.locator('[data-won="offer"]').waitFor();
          expect(await dialog.locator('[data-won="offer"]').innerText()).toContain(WORDS[locale].offer);
          await expectDialogInside(page);
          await shot(page, `lead-page-won-${size}-${locale}`, false);
          await dialog.locator('[data-action="won-confirm"]').click();
          await page.waitForSelector('[data-stage-controls]', { state: 'detached' });
          const won = await leadState(ready);
          expect(won).toMatchObject({ stage: 'WON', estimatedAmount: '30000000.00' });
          expect(won.client).not.toBeNull();
        } finally {
          await context.close();
        }
      });
    }
  }
});
