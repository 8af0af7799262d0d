/** The audit page in a real browser: a manager finds an officer's read of a client's NIK. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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
];

describe.runIf(browserAvailable())('the audit page in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let manager: Page;
  let officer: Page;
  let clientId: string;
  const failures: string[] = [];
  const shot = screenshots('audit-page');

  const watch = (page: Page) => collectPageErrors(page, failures);

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    browser = await launchBrowser();
    const q = (name: string) => server.app.dataSource.driver.escape(name);
    const token = await server.login('officer1@prospek.test');
    const officerId = expectData(await server.gql<{ me: { id: string; office: { id: string } } }>('{ me { id office { id } } }', {}, { token })).me;
    await server.app.dataSource.query(
      `INSERT INTO ${q('client')} (${['cif', 'type', 'name', 'nik', 'officerId', 'officeId', 'status', 'version'].map(q).join(', ')}) VALUES ('AUD-E2E-1', 'PERSON', 'Ibu Sekar Ayu', '3171014501900001', ?, ?, 'ACTIVE', 1)`,
      [Number(officerId.id), Number(officerId.office.id)],
    );
    clientId = String((await server.app.dataSource.query(`SELECT ${q('id')} AS id FROM ${q('client')} WHERE ${q('cif')} = 'AUD-E2E-1'`))[0].id);
    // The officer reads the client's NIK: that read is what the manager looks for.
    expectData(await server.gql(`query($id: ID!) { client(id: $id) { nik } }`, { id: clientId }, { token }));
    // Enough older entries that the unfiltered log runs past one page.
    const managerId = expectData(await server.gql<{ me: { id: string } }>('{ me { id } }', {}, { token: await server.login('manager@prospek.test') })).me.id;
    for (let i = 0; i < 60; i++) {
      await server.app.dataSource.query(
        `INSERT INTO ${q('audit_entry')} (${['entityType', 'entityId', 'action', 'actorId', 'after', 'at'].map(q).join(', ')}) VALUES ('Product', '1', 'update', ?, ?, '2026-01-02 03:04:05')`,
        [Number(managerId), JSON.stringify({ name: `Produk ${i}` })],
      );
    }
    manager = await signedInPage(browser, server.url, 'manager@prospek.test');
    officer = await signedInPage(browser, server.url, 'officer1@prospek.test');
    for (const page of [manager, officer]) {
      page.setDefaultTimeout(5000);
      watch(page);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const rows = () => manager.locator('[data-table="audit"] tbody tr[data-audit-id]');

  it('is in a manager’s navigation, not an officer’s', async () => {
    expect(await officer.locator('nav a[href="/audit"]').count()).toBe(0);
    await officer.goto(`${server.url}/audit`);
    await officer.waitForURL(/\/board$/);
    await manager.click('[data-action="admin-menu"]');
    await manager.locator('nav a[href="/audit"]').click();
    await manager.waitForURL(/\/audit$/);
    await manager.locator('h1', { hasText: 'Log audit' }).waitFor();
  });

  it('pages through the whole log with "load more"', async () => {
    await rows().first().waitFor();
    expect(await rows().count()).toBe(50);
    await manager.locator('[data-action="audit-more"]').click();
    await manager.waitForFunction(() => document.querySelectorAll('[data-table="audit"] tbody tr[data-audit-id]').length > 50);
    const ids = await rows().evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-audit-id'))));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('filters by record type Client and shows the officer’s read of the NIK', async () => {
    await manager.selectOption('select[name="entityType"]', 'Client');
    const read = manager.locator(`[data-table="audit"] tr[data-audit-action="read"][data-entity-type="Client"]`, {
      has: manager.locator(`a[href="/clients/${clientId}"]`),
    });
    await read.waitFor();
    await manager.waitForFunction(() =>
      [...document.querySelectorAll('[data-table="audit"] tbody tr[data-audit-id]')].every((tr) => tr.getAttribute('data-entity-type') === 'Client'),
    );
    expect(await read.locator('td').nth(1).innerText()).toBe('Rina Kusuma');
    expect(await read.locator('td').nth(2).innerText()).toBe('Data pribadi dibaca');
    expect(await read.locator('[data-audit-fields]').innerText()).toBe('NIK');
    expect(await manager.locator('[data-action="audit-more"]').count()).toBe(0);
    expect(failures).toEqual([]);
  });

  it('reads in both languages at both sizes', async () => {
    for (const locale of ['id', 'en'] as const) {
      await setLocale(manager, locale);
      await manager.selectOption('select[name="entityType"]', 'Client');
      const read = manager.locator(`[data-table="audit"] tr[data-audit-action="read"]`).first();
      await read.waitFor();
      expect(await read.locator('td').nth(2).innerText()).toBe(locale === 'id' ? 'Data pribadi dibaca' : 'Personal data read');
      expect(await manager.locator('h1').innerText()).toBe(locale === 'id' ? 'Log audit' : 'Audit log');
      expect(await manager.locator('[data-audit-count]').innerText()).toBe(locale === 'id' ? '1 catatan' : '1 entry');
      for (const viewport of VIEWPORTS) {
        await manager.setViewportSize(viewport);
        await shot(manager, `audit-client-reads-${locale}-${viewport.name}`);
      }
    }
    await setLocale(manager, 'id');
    expect(failures).toEqual([]);
  });
});
