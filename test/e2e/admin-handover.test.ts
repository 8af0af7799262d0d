/**
 * An admin adds an office (under the head office unless told otherwise) and hands an officer's portfolio
 * over, reading how many open leads, clients and follow-ups moved — in Indonesian and in English, on a
 * desktop and on a phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable } from '../helpers/browser.js';
import { launchBrowser } from '../helpers/browser-session.js';
import { buildClient } from '../helpers/client-build.js';
import { databaseTargets } from '../helpers/databases.js';
import { screenshots } from '../helpers/screenshots.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;
const shot = screenshots('admin-handover');
const VIEWPORTS = { desktop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } } as const;

describe.runIf(browserAvailable())('admin: offices and portfolio handover in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let adminToken: string;

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    browser = await launchBrowser();
    adminToken = await server.login('admin@prospek.test');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function adminPage(locale: 'id' | 'en', viewport: keyof typeof VIEWPORTS): Promise<Page> {
    const context = await browser.newContext({ viewport: VIEWPORTS[viewport], locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    await context.addInitScript((value) => localStorage.setItem('prospek.locale', value), locale);
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(`${server.url}/login`);
    await page.fill('input[name=email]', 'admin@prospek.test');
    await page.fill('input[name=password]', 'demo1234');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-live="live"]');
    return page;
  }

  for (const locale of ['id', 'en'] as const) {
    for (const viewport of ['desktop', 'phone'] as const) {
      it(`offers the head office as a new office's parent, and no second head office (${locale}, ${viewport})`, async () => {
        const { offices } = expectData(
          await server.gql<{ offices: { nodes: Array<{ id: string; parentId: string | null }> } }>(
            '{ offices(first: 100) { nodes { id parentId } } }',
            {},
            { token: adminToken },
          ),
        );
        const head = offices.nodes.find((office) => office.parentId === null)!;
        const page = await adminPage(locale, viewport);
        await page.goto(`${server.url}/offices`);
        await page.click('[data-action="new-office"]');
        const parent = page.locator('.dialog select[name=parentId]');
        expect(await parent.inputValue()).toBe(head.id);
        expect(await parent.locator('option[value=""]').count()).toBe(0);
        await shot(page, `new-office-${locale}-${viewport}`, false);
        await page.context().close();
      });
    }
  }

  for (const locale of ['id', 'en'] as const) {
    for (const viewport of ['desktop', 'phone'] as const) {
      it(`opens the handover dialog inside the screen (${locale}, ${viewport})`, async () => {
        const page = await adminPage(locale, viewport);
        await page.goto(`${server.url}/users`);
        await page.click('[data-action="reassign-portfolio"]');
        const dialog = await page.locator('.dialog').boundingBox();
        expect(dialog!.x).toBeGreaterThanOrEqual(0);
        expect(dialog!.x + dialog!.width).toBeLessThanOrEqual(VIEWPORTS[viewport].width);
        await shot(page, `portfolio-dialog-${locale}-${viewport}`, false);
        await page.context().close();
      });
    }
  }

  it('hands over an officer’s open leads, clients and follow-ups and says how many of each', async () => {
    const q = (name: string) => server.app.dataSource.driver.escape(name);
    const {
      users: { nodes: users },
    } = expectData(
      await server.gql<{ users: { nodes: Array<{ id: string; email: string }> } }>('{ users(first: 100) { nodes { id email } } }', {}, { token: adminToken }),
    );
    const from = users.find((u) => u.email === 'officer1@prospek.test')!;
    const to = users.find((u) => u.email === 'officer3@prospek.test')!;
    const count = async (sql: string) => Number((await server.app.dataSource.query(sql, [Number(from.id)]))[0].n);
    const leads = await count(
      `SELECT COUNT(*) AS n FROM ${q('lead')} WHERE ${q('ownerId')} = ? AND ${q('archivedAt')} IS NULL AND ${q('stage')} NOT IN ('WON', 'LOST')`,
    );
    const clients = await count(`SELECT COUNT(*) AS n FROM ${q('client')} WHERE ${q('officerId')} = ?`);
    expect(leads).toBeGreaterThan(0);

    const page = await adminPage('id', 'desktop');
    await page.goto(`${server.url}/users`);
    await page.click('[data-action="reassign-portfolio"]');
    await page.selectOption('.dialog select[name=fromOfficerId]', from.id);
    await page.selectOption('.dialog select[name=toOfficerId]', to.id);
    await page.fill('.dialog textarea[name=reason]', 'Cuti melahirkan');
    await page.click('.dialog button[type=submit]');
    const banner = page.locator('[data-portfolio-moved]');
    await banner.waitFor();
    const text = await banner.innerText();
    expect(text).toContain(`${leads} prospek terbuka`);
    expect(text).toContain(`${clients} nasabah`);
    expect(text).toMatch(/\d+ tindak lanjut terbuka/);
    await shot(page, 'portfolio-moved-id-desktop', false);
    expect(await count(`SELECT COUNT(*) AS n FROM ${q('client')} WHERE ${q('officerId')} = ?`)).toBe(0);
    await page.context().close();
  });
});
