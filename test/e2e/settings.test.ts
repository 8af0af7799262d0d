import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable } from '../helpers/browser.js';
import { launchBrowser, signedInPage } from '../helpers/browser-session.js';
import { buildClient } from '../helpers/client-build.js';
import { databaseTargets } from '../helpers/databases.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;

describe.runIf(browserAvailable())('settings in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let manager: Page;
  let admin: Page;
  let managerToken: string;

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    browser = await launchBrowser();
    [manager, admin] = await Promise.all([signedInPage(browser, server.url, 'manager@prospek.test'), signedInPage(browser, server.url, 'admin@prospek.test')]);
    managerToken = await server.login('manager@prospek.test');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const templates = async () =>
    expectData(
      await server.gql<{ messageTemplates: { nodes: Array<{ code: string; body: string; active: boolean }> } }>(
        '{ messageTemplates(includeInactive: true, first: 100) { nodes { code body active } } }',
        {},
        { token: managerToken },
      ),
    ).messageTemplates.nodes;

  it('lets a manager write a message template with placeholders, and refuses an empty one', async () => {
    await manager.click('[data-action="admin-menu"]');
    await manager.click('a[href="/settings"]');
    await manager.click('[data-action="new-template"]');
    await manager.fill('.dialog input[name=code]', 'ucapan_lebaran');
    await manager.fill('.dialog input[name=name]', 'Ucapan Lebaran');
    await manager.click('.dialog button[type=submit]');
    await manager.waitForSelector('.dialog .field__error');
    expect(await templates()).not.toContainEqual(expect.objectContaining({ code: 'UCAPAN_LEBARAN' }));

    await manager.fill('.dialog textarea[name=body]', 'Selamat Idulfitri, {{nma}}');
    await manager.click('.dialog button[type=submit]');
    await manager.waitForSelector('.dialog .field__error:has-text("{{nma}}")');
    expect(await templates()).not.toContainEqual(expect.objectContaining({ code: 'UCAPAN_LEBARAN' }));

    await manager.fill('.dialog textarea[name=body]', 'Selamat Idulfitri, ');
    await manager.click('.dialog [data-placeholder="nama"]');
    await manager.click('.dialog button[type=submit]');
    await manager.waitForSelector('[data-template="UCAPAN_LEBARAN"]');
    expect(await templates()).toContainEqual({ code: 'UCAPAN_LEBARAN', body: 'Selamat Idulfitri, {{nama}}', active: true });

    await manager.click('[data-template="UCAPAN_LEBARAN"] [data-action="edit-template"]');
    await manager.uncheck('.dialog input[name=active]');
    await manager.click('.dialog button[type=submit]');
    await manager.waitForSelector('.dialog', { state: 'detached' });
    expect(await templates()).toContainEqual(expect.objectContaining({ code: 'UCAPAN_LEBARAN', active: false }));

    // Escape closes a dialog even after a refused submit moved the focus out of it.
    await manager.click('[data-action="new-template"]');
    await manager.click('.dialog button[type=submit]');
    await manager.waitForSelector('.dialog .field__error');
    await manager.keyboard.press('Escape');
    await manager.waitForSelector('.dialog', { state: 'detached' });
  });

  it('sets a hard WIP limit that the task board then shows', async () => {
    await manager.goto(`${server.url}/settings`);
    await manager.fill('input[name="wip-REVIEW"]', '3');
    await manager.check('input[name="hard-REVIEW"]');
    await manager.click('[data-wip-column="REVIEW"] [data-action="save-wip"]');
    await manager.waitForSelector('[data-wip-column="REVIEW"] [data-action="save-wip"]:disabled');
    const settings = expectData(
      await server.gql<{ boardColumnSettings: Array<{ columnKey: string; wipLimit: number | null; hardLimit: boolean }> }>(
        '{ boardColumnSettings(board: "tasks") { columnKey wipLimit hardLimit } }',
        {},
        { token: managerToken },
      ),
    ).boardColumnSettings;
    expect(settings).toContainEqual({ columnKey: 'REVIEW', wipLimit: 3, hardLimit: true });
    await manager.click('a[href="/tasks"]');
    await manager.waitForSelector('[data-stage="REVIEW"]');
    expect(await manager.locator('[data-stage="REVIEW"]').innerText()).toMatch(/\d+\s*\/\s*3/);
  });

  it('lets only the admin change a stage’s idle limit', async () => {
    await manager.goto(`${server.url}/settings`);
    await manager.waitForSelector('[data-sla-stage="NEW"]');
    expect(await manager.locator('input[name="sla-NEW"]').count()).toBe(0);

    await admin.goto(`${server.url}/settings`);
    await admin.fill('input[name="sla-SURVEY"]', '9');
    await admin.click('[data-sla-stage="SURVEY"] [data-action="save-sla"]');
    await admin.waitForSelector('[data-sla-stage="SURVEY"] [data-action="save-sla"]:disabled');
    const slas = expectData(
      await server.gql<{ stageSlas: Array<{ stage: string; maxIdleDays: number }> }>('{ stageSlas { stage maxIdleDays } }', {}, { token: managerToken }),
    ).stageSlas;
    expect(slas).toContainEqual({ stage: 'SURVEY', maxIdleDays: 9 });
  });
});
