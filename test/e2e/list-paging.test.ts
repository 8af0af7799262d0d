/**
 * Lists longer than a page in a real browser: the catalog, the users page and a lead's timeline show
 * how many of how many are shown and load the rest on "load more", in both languages, on a desktop
 * and a phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable } from '../helpers/browser.js';
import { collectPageErrors, launchBrowser, setLocale, signedInPage } from '../helpers/browser-session.js';
import { buildClient } from '../helpers/client-build.js';
import { databaseTargets } from '../helpers/databases.js';
import { screenshots } from '../helpers/screenshots.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;
const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];
const EXTRA_PRODUCTS = 60;
const EXTRA_USERS = 55;

describe.runIf(browserAvailable())('paged lists in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let admin: Page;
  let productTotal: number;
  let userTotal: number;
  let leadId: string;
  let timelineTotal: number;
  const failures: string[] = [];
  const shot = screenshots('list-paging');

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    const q = (name: string) => server.app.dataSource.driver.escape(name);
    const sql = (text: string, params: unknown[] = []) => server.app.dataSource.query(text, params) as Promise<Array<Record<string, unknown>>>;
    /** Copies of one row with some columns changed. */
    async function clone(table: string, where: string, params: unknown[], changes: (i: number) => Record<string, unknown>, count: number) {
      const [row] = await sql(`SELECT * FROM ${q(table)} WHERE ${where}`, params);
      for (let i = 0; i < count; i++) {
        const values: Record<string, unknown> = { ...row, ...changes(i) };
        delete values.id;
        const columns = Object.keys(values);
        await sql(
          `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
          columns.map((c) => values[c]),
        );
      }
    }
    await clone(
      'product',
      `${q('code')} = ?`,
      ['KUR-MIKRO'],
      (i) => ({ code: `KUR-SERI-${i}`, name: `KUR Mikro Seri ${String(i).padStart(2, '0')}` }),
      EXTRA_PRODUCTS,
    );
    await clone(
      'user',
      `${q('email')} = ?`,
      ['officer2@prospek.test'],
      (i) => ({ email: `ao${i}@prospek.test`, name: `AO Cabang ${String(i).padStart(2, '0')}` }),
      EXTRA_USERS,
    );
    // A lead whose history runs past one page of its timeline.
    leadId = String((await sql(`SELECT MIN(${q('id')}) AS id FROM ${q('lead')}`))[0].id);
    for (let i = 0; i < 60; i++) {
      await sql(
        `INSERT INTO ${q('audit_entry')} (${['entityType', 'entityId', 'action', 'actorId', 'after', 'at'].map(q).join(', ')}) VALUES ('Lead', ?, 'update', NULL, ?, ?)`,
        [leadId, JSON.stringify({ notes: `Catatan ${i}` }), `2026-10-${String(1 + (i % 28)).padStart(2, '0')} 03:00:00`],
      );
    }
    productTotal = Number((await sql(`SELECT COUNT(*) AS n FROM ${q('product')}`))[0].n);
    userTotal = Number((await sql(`SELECT COUNT(*) AS n FROM ${q('user')} WHERE ${q('active')} = ?`, [true]))[0].n);
    browser = await launchBrowser();
    admin = await signedInPage(browser, server.url, 'admin@prospek.test');
    admin.setDefaultTimeout(5000);
    collectPageErrors(admin, failures);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  it('shows the first 50 products of all of them, and the rest on "load more"', async () => {
    await admin.goto(`${server.url}/products`);
    const cards = admin.locator('.product-grid [data-product]');
    await cards.nth(49).waitFor();
    expect(await cards.count()).toBe(50);
    expect(await admin.locator('[data-list-count]').innerText()).toBe(`50 dari ${productTotal}`);
    await admin.locator('[data-action="load-more"]', { hasText: 'Muat lagi' }).click();
    await cards.nth(productTotal - 1).waitFor();
    expect(await cards.count()).toBe(productTotal);
    expect(await admin.locator('[data-list-count]').innerText()).toBe(`${productTotal} dari ${productTotal}`);
    expect(await admin.locator('[data-action="load-more"]').count()).toBe(0);
    const codes = await cards.evaluateAll((all) => all.map((a) => a.getAttribute('data-product')));
    expect(new Set(codes).size).toBe(productTotal);
    expect(failures).toEqual([]);
  });

  it('pages the users table the same way', async () => {
    await admin.goto(`${server.url}/users`);
    const rows = admin.locator('tr[data-user-email]');
    await rows.nth(49).waitFor();
    expect(await rows.count()).toBe(50);
    expect(await admin.locator('[data-list-count]').innerText()).toBe(`50 dari ${userTotal}`);
    await admin.locator('[data-action="load-more"]').click();
    await rows.nth(userTotal - 1).waitFor();
    expect(await rows.count()).toBe(userTotal);
    expect(await admin.locator('[data-action="load-more"]').count()).toBe(0);
    const emails = await rows.evaluateAll((all) => all.map((r) => r.getAttribute('data-user-email')));
    expect(new Set(emails).size).toBe(userTotal);
    expect(failures).toEqual([]);
  });

  it('loads the rest of a lead’s timeline', async () => {
    await admin.goto(`${server.url}/leads/${leadId}`);
    const panel = admin.locator('[data-panel="timeline"]');
    const entries = panel.locator('ol.timeline > li');
    await entries.nth(49).waitFor();
    const count = await panel.locator('[data-list-count]').innerText();
    timelineTotal = Number(/^50 dari (\d+)$/.exec(count)?.[1]);
    expect(timelineTotal).toBeGreaterThan(60);
    await panel.locator('[data-action="load-more"]').click();
    await entries.nth(Math.min(timelineTotal, 100) - 1).waitFor();
    while ((await panel.locator('[data-action="load-more"]').count()) > 0) {
      const shown = await entries.count();
      await panel.locator('[data-action="load-more"]').click();
      await expect.poll(() => entries.count()).toBeGreaterThan(shown);
    }
    expect(await entries.count()).toBe(timelineTotal);
    expect(await panel.locator('[data-list-count]').innerText()).toBe(`${timelineTotal} dari ${timelineTotal}`);
    expect(failures).toEqual([]);
  });

  it('reads in both languages and fits a phone', async () => {
    for (const locale of ['id', 'en'] as const) {
      await setLocale(admin, locale);
      for (const viewport of VIEWPORTS) {
        await admin.setViewportSize(viewport);
        for (const [path, name] of [
          ['/products', 'products'],
          ['/users', 'users'],
        ] as const) {
          await admin.goto(`${server.url}${path}`);
          const total = name === 'products' ? productTotal : userTotal;
          const count = admin.locator('[data-list-count]');
          await count.waitFor();
          expect(await count.innerText()).toBe(locale === 'id' ? `50 dari ${total}` : `50 of ${total}`);
          expect(await admin.locator('[data-action="load-more"]').innerText()).toBe(locale === 'id' ? 'Muat lagi' : 'Load more');
          expect(await fitsWidth(admin), `${name} ${locale} ${viewport.name}`).toBe(true);
          await admin.locator('[data-list-more]').scrollIntoViewIfNeeded();
          await shot(admin, `${name}-${locale}-${viewport.name}`, false);
        }
        await admin.goto(`${server.url}/leads/${leadId}`);
        const more = admin.locator('[data-panel="timeline"] [data-list-more]');
        await more.waitFor();
        expect(await more.locator('[data-list-count]').innerText()).toBe(locale === 'id' ? `50 dari ${timelineTotal}` : `50 of ${timelineTotal}`);
        expect(await fitsWidth(admin), `timeline ${locale} ${viewport.name}`).toBe(true);
        await more.scrollIntoViewIfNeeded();
        await shot(admin, `timeline-${locale}-${viewport.name}`, false);
      }
    }
    await setLocale(admin, 'id');
    expect(failures).toEqual([]);
  });
});
