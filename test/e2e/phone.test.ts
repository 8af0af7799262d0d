/**
 * The app on an officer's phone (390 × 844, touch) and on a desktop: no page scrolls sideways, dialogs
 * open inside the screen, phone numbers are links, icons ship with the app, a tap opens a card.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserAvailable } from '../helpers/browser.js';
import { dragCard, launchBrowser } from '../helpers/browser-session.js';
import { buildClient } from '../helpers/client-build.js';
import { databaseTargets } from '../helpers/databases.js';
import { createLead } from '../helpers/leads.js';
import type { Card } from '../helpers/leads.js';
import { screenshots } from '../helpers/screenshots.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
type Viewport = typeof PHONE;

/** A signed-in tab of `email` at `viewport`, in Indonesian unless told otherwise. */
async function openAs(browser: Browser, url: string, email: string, viewport: Viewport): Promise<{ context: BrowserContext; page: Page }> {
  const phone = viewport.width < 500;
  const context = await browser.newContext({ viewport, locale: 'id-ID', timezoneId: 'Asia/Jakarta', hasTouch: phone, isMobile: phone });
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  page.on('pageerror', (error) => console.error(`[${email}] page error: ${error.message}`));
  await page.goto(`${url}/login`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', 'demo1234');
  await page.click('button[type=submit]');
  await page.waitForURL('**/board');
  await page.waitForSelector('[data-stage="NEW"]');
  return { context, page };
}

/**
 * How far the document reaches past the screen's right edge, and the elements that make it. A mobile
 * browser widens its layout viewport (innerWidth) to fit wide content, so the screen's own width counts.
 */
async function overflow(page: Page): Promise<{ excess: number; culprits: string[] }> {
  return page.evaluate((screenWidth) => {
    const width = Math.min(window.innerWidth, screenWidth);
    const excess = document.documentElement.scrollWidth - width;
    const culprits: string[] = [];
    if (excess > 0) {
      for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
        const rect = el.getBoundingClientRect();
        if (rect.right > width + 1 && !el.closest('.board')) culprits.push(`${el.tagName.toLowerCase()}.${el.className} → ${Math.round(rect.right)}`);
      }
    }
    return { excess, culprits: culprits.slice(0, 8) };
  }, page.viewportSize()!.width);
}

/** A dialog lies wholly inside the screen. */
async function expectDialogInside(page: Page): Promise<void> {
  const box = await page.locator('.dialog').last().boundingBox();
  const size = page.viewportSize()!;
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(size.width);
  expect(await overflow(page)).toMatchObject({ excess: 0 });
}

/**
 * The path once the events of a click have run: a click's handler navigates (the lead page is not
 * loaded lazily) before the next frame is drawn.
 */
async function pathAfterClick(page: Page): Promise<string> {
  return page.evaluate(() => new Promise<string>((resolve) => requestAnimationFrame(() => resolve(location.pathname))));
}

describe.runIf(browserAvailable())('the app on a phone', () => {
  let server: TestServer;
  let browser: Browser;
  let lead: Card;
  let clientId: string;
  let campaignId: string;
  const shot = screenshots('phone');

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    browser = await launchBrowser();
    const token = await server.login('officer1@prospek.test');
    lead = await createLead(server, token, {
      fullName: 'Ibu Ratna Kusuma Wardhani',
      companyName: 'Warung Nasi Ratna Sejahtera Abadi',
      phone: '0812 3456 7890',
      whatsapp: '0813 9876 5432',
      segment: 'MICRO',
      estimatedAmount: '25000000.00',
    });
    clientId = expectData(
      await server.gql<{ createClient: { id: string } }>(
        'mutation($input: ClientFieldsInput!) { createClient(input: $input) { id } }',
        { input: { type: 'PERSON', name: 'Bapak Slamet Riyadi Hadiwijaya', phone: '0812 1111 2222', whatsapp: '0813 3333 4444' } },
        { token },
      ),
    ).createClient.id;
    const campaigns = expectData(
      await server.gql<{ campaigns: { nodes: Array<{ id: string }> } }>(
        '{ campaigns(first: 100) { nodes { id } } }',
        {},
        { token: await server.login('marketing@prospek.test') },
      ),
    );
    campaignId = campaigns.campaigns.nodes[0].id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** What shows that a page has its data, where a heading alone does not. */
  const READY: Record<string, string> = {
    '/board': '[data-stage="NEW"] [data-card-id]',
    // Marketing may not see an officer's lead: the page says so.
    '/leads/__LEAD__': '[data-panel="offers"], .banner--error',
    '/clients': '[data-client-id]',
    '/clients/__CLIENT__': '.lead-page .facts',
    '/campaigns': '[data-campaign-id]',
    '/products': '.product',
    '/tasks': '[data-stage="TODO"]',
    '/users': 'table tbody tr',
    '/offices': '.office-tree__row',
  };
  const common = ['/board', `/leads/__LEAD__`, '/products', '/simulator', '/campaigns', '/campaigns/__CAMPAIGN__', '/tasks', '/password', '/notifications'];
  const office = ['/agenda', '/clients', '/clients/__CLIENT__'];
  const roles: Array<[string, string[]]> = [
    ['officer1@prospek.test', [...common, ...office]],
    ['marketing@prospek.test', common],
    ['manager@prospek.test', [...common, ...office, '/users', '/settings']],
    ['admin@prospek.test', [...common, ...office, '/users', '/offices', '/settings']],
  ];

  for (const [email, routes] of roles) {
    it(`fits every page of ${email.split('@')[0]} on a 390 px screen`, async () => {
      const { context, page } = await openAs(browser, server.url, email, PHONE);
      const wide: Record<string, unknown> = {};
      for (const route of routes) {
        const path = route.replace('__LEAD__', lead.id).replace('__CLIENT__', clientId).replace('__CAMPAIGN__', campaignId);
        await page.goto(`${server.url}${path}`);
        await page.waitForSelector(READY[route] ?? 'h1');
        await page.waitForLoadState('networkidle');
        const measured = await overflow(page);
        if (measured.excess > 0) wide[route] = measured;
      }
      await context.close();
      expect(wide).toEqual({});
    });
  }
  it('opens the log-contact, new-offer and lead dialogs inside a phone screen', async () => {
    const { context, page } = await openAs(browser, server.url, 'officer1@prospek.test', PHONE);
    await page.click('[data-action="new-lead"]');
    await page.waitForSelector('.dialog');
    await expectDialogInside(page);
    await shot(page, 'phone-id-lead-form');
    await page.keyboard.press('Escape');

    await page.goto(`${server.url}/leads/${lead.id}`);
    await page.click('[data-action="log"]');
    await page.waitForSelector('.dialog');
    await expectDialogInside(page);
    await shot(page, 'phone-id-log-contact');
    await page.keyboard.press('Escape');
    await page.click('[data-panel="offers"] [data-action="new-offer"]');
    await page.waitForSelector('.dialog');
    await expectDialogInside(page);
    await shot(page, 'phone-id-new-offer');
    await page.keyboard.press('Escape');

    await page.goto(`${server.url}/clients/${clientId}`);
    await page.click('[data-action="new-offer"]');
    await page.waitForSelector('.dialog');
    await expectDialogInside(page);
    await context.close();
  });

  it('makes the numbers on the lead and client pages call, chat and text links, drawn with the app’s own icons', async () => {
    const { context, page } = await openAs(browser, server.url, 'officer1@prospek.test', PHONE);
    await page.goto(`${server.url}/leads/${lead.id}`);
    await page.waitForSelector('.contact-links');
    expect(await page.getAttribute('[data-field="phone"]', 'href')).toBe('tel:+6281234567890');
    expect(await page.getAttribute('[data-field="whatsapp"]', 'href')).toBe('https://wa.me/6281398765432');
    expect(await page.getAttribute('.contact-links [data-link="tel"]', 'href')).toBe('tel:+6281234567890');
    expect(await page.getAttribute('.contact-links [data-link="whatsapp"]', 'href')).toBe('https://wa.me/6281398765432');
    expect(await page.getAttribute('.contact-links [data-link="sms"]', 'href')).toBe('sms:+6281234567890');
    expect(await page.locator('.contact-links svg[data-icon]').count()).toBe(3);

    await page.goto(`${server.url}/clients/${clientId}`);
    await page.waitForSelector('.contact-links');
    expect(await page.getAttribute('[data-field="phone"]', 'href')).toBe('tel:+6281211112222');
    expect(await page.getAttribute('.contact-links [data-link="whatsapp"]', 'href')).toBe('https://wa.me/6281333334444');
    expect(await page.getAttribute('.contact-links [data-link="sms"]', 'href')).toBe('sms:+6281211112222');

    // No page leans on an emoji font that a phone may lack.
    for (const path of ['/agenda', `/leads/${lead.id}`, `/clients/${clientId}`, '/tasks']) {
      await page.goto(`${server.url}${path}`);
      await page.waitForSelector(path === '/tasks' ? '[data-stage="TODO"] [data-card-id]' : '.page h1');
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.body.innerText.match(/\p{Extended_Pictographic}/gu))).toBeNull();
    }
    await context.close();
  });

  it('opens a card with one tap on a phone', async () => {
    const { context, page } = await openAs(browser, server.url, 'officer1@prospek.test', PHONE);
    const card = page.locator(`[data-card-id="${lead.id}"] .card`);
    await card.tap();
    await page.waitForURL(`**/leads/${lead.id}`);
    await context.close();
  });

  it('opens a card with one click or Enter on a desktop, but not when the click ends a drag', async () => {
    const { context, page } = await openAs(browser, server.url, 'officer1@prospek.test', DESKTOP);
    await page.locator(`[data-card-id="${lead.id}"] .card`).click();
    await page.waitForURL(`**/leads/${lead.id}`);
    await page.goBack();
    await page.locator(`[data-card-id="${lead.id}"] .card`).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/leads/${lead.id}`);
    await page.goBack();

    await dragCard(page, lead.id, '[data-stage="CONTACTED"] .column__cards');
    await page.waitForSelector(`[data-stage="CONTACTED"] [data-card-id="${lead.id}"]`);
    expect(await pathAfterClick(page)).toBe('/board');
    // A drag that ends where it began is no click either.
    const box = (await page.locator(`[data-card-id="${lead.id}"]`).boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + 60, box.y + 120, { steps: 6 });
    await page.mouse.move(box.x + 20, box.y + 20, { steps: 6 });
    await page.mouse.up();
    expect(await pathAfterClick(page)).toBe('/board');
    // The next click opens the card: the drag's click was taken and nothing else was.
    await page.locator(`[data-card-id="${lead.id}"] .card__name`).click();
    await page.waitForURL(`**/leads/${lead.id}`);

    await page.goto(`${server.url}/tasks`);
    await page.locator('[data-stage="TODO"] [data-card-id] .card').first().click();
    await page.waitForSelector('.dialog');
    await context.close();
  });

  it('shows the lead page, client page, agenda and board on a phone and a desktop, in both languages', async () => {
    for (const [label, viewport] of [
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ] as const) {
      const { context, page } = await openAs(browser, server.url, 'officer1@prospek.test', viewport);
      for (const locale of ['id', 'en'] as const) {
        if (locale === 'en') await page.click('[data-locale="en"]');
        await page.goto(`${server.url}/board`);
        await page.waitForSelector('[data-stage="NEW"] [data-card-id]');
        await shot(page, `${label}-${locale}-board`, false);
        await page.goto(`${server.url}/leads/${lead.id}`);
        await page.waitForSelector('[data-panel="offers"]');
        await shot(page, `${label}-${locale}-lead`);
        await page.goto(`${server.url}/clients/${clientId}`);
        await page.waitForSelector('.contact-links');
        await shot(page, `${label}-${locale}-client`);
        await page.goto(`${server.url}/agenda`);
        await page.waitForSelector('.page h1');
        await page.waitForLoadState('networkidle');
        await shot(page, `${label}-${locale}-agenda`);
        expect(await overflow(page)).toMatchObject({ excess: 0 });
      }
      await context.close();
    }
  }, 180_000);
});
