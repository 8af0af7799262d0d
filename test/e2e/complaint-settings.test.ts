/**
 * A manager keeps complaint settings in the browser: a category with its own deadline, a limit on the
 * board that the officer's open board shows at once, and a complaint handed to another officer, which
 * leaves the first officer's open board live.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable } from '../helpers/browser.js';
import { collectPageErrors, launchBrowser, signedInPage } from '../helpers/browser-session.js';
import { buildClient } from '../helpers/client-build.js';
import { databaseTargets } from '../helpers/databases.js';
import { screenshots } from '../helpers/screenshots.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;

describe.runIf(browserAvailable())('complaint settings in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let officer: Page;
  let manager: Page;
  const failures: string[] = [];
  const shot = screenshots('complaint-settings');

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    browser = await launchBrowser();
    officer = await signedInPage(browser, server.url, 'officer1@prospek.test');
    manager = await signedInPage(browser, server.url, 'manager@prospek.test');
    for (const page of [officer, manager]) {
      page.setDefaultTimeout(8000);
      collectPageErrors(page, failures);
      await page.setViewportSize({ width: 1366, height: 900 });
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('adds a category with its own working days, which a complaint logged under it counts', async () => {
    await manager.goto(`${server.url}/complaint-settings`);
    const fresh = manager.locator('[data-category="new"]');
    await fresh.locator('input[name=name]').fill('Transfer gagal');
    await fresh.locator('input[name=slaWorkingDays]').fill('5');
    await fresh.locator('[data-action="add-category"]').click();
    const saved = manager.locator('[data-panel="complaint-categories"] tr:not([data-category="new"])', { has: manager.locator('input[name=name]') });
    await expect
      .poll(async () => await saved.locator('input[name=name]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)))
      .toContain('Transfer gagal');
    await shot(manager, 'category-added');

    const token = await server.login('officer1@prospek.test');
    const category = expectData(
      await server.gql<{ complaintCategories: Array<{ id: string; name: string }> }>('{ complaintCategories { id name } }', {}, { token }),
    ).complaintCategories.find((c) => c.name === 'Transfer gagal');
    const [row]: Array<{ clientId: number }> = await server.app.dataSource.query(
      "SELECT c.id AS clientId FROM client c JOIN user u ON u.id = c.officerId WHERE u.email = 'officer1@prospek.test' ORDER BY c.id LIMIT 1",
    );
    const created = expectData(
      await server.gql<{ createComplaint: { id: string; workingDaysAllowed: number } }>(
        'mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { id workingDaysAllowed } }',
        {
          input: {
            clientId: String(row.clientId),
            category: category?.id,
            channel: 'PHONE',
            description: 'Transfer tidak sampai',
            receivedAt: new Date().toISOString().slice(0, 10),
          },
        },
        { token },
      ),
    ).createComplaint;
    expect(created.workingDaysAllowed).toBe(5);
    await officer.goto(`${server.url}/complaints/${created.id}`);
    await officer.locator('[data-field="status"]').waitFor();
    expect(await officer.locator('.page').textContent()).toContain('Transfer gagal');
  });

  it('sets a limit on a board column that the officer’s open board shows at once', async () => {
    await officer.goto(`${server.url}/complaints`);
    await officer.locator('[data-stage="OPEN"] [data-card-id]').first().waitFor();
    await officer.locator('[data-live="live"]').waitFor();
    await manager.goto(`${server.url}/complaint-settings`);
    const column = manager.locator('[data-wip-column="WAITING_CLIENT"]');
    await column.locator('input').fill('1');
    await column.locator('[data-action="save-wip"]').click();
    await officer.locator('[data-stage="WAITING_CLIENT"] [data-field="count"]', { hasText: '/ 1' }).waitFor();
    await shot(officer, 'board-limit');
  });

  it('hands a complaint to another officer from its page; it leaves the first officer’s open board', async () => {
    const card = officer.locator('[data-stage="OPEN"] [data-card-id]').first();
    const id = await card.getAttribute('data-card-id');
    await manager.goto(`${server.url}/complaints/${id}`);
    await manager.locator('[data-action="reassign"]').click();
    const form = manager.locator('[data-form="complaint-reassign"]');
    const fajar = await form.locator('option', { hasText: 'Fajar Nugroho' }).getAttribute('value');
    await form.locator('select[name=ownerId]').selectOption(fajar ?? '');
    await shot(manager, 'reassign');
    await form.locator('button[type=submit]').click();
    await officer.locator(`[data-card-id="${id}"]`).waitFor({ state: 'detached' });
    await manager.locator('.page', { hasText: 'Fajar Nugroho' }).first().waitFor();
    expect(failures).toEqual([]);
  });
});
