import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable } from '../helpers/browser.js';
import { launchBrowser, signedInPage } from '../helpers/browser-session.js';
import { buildClient } from '../helpers/client-build.js';
import { databaseTargets } from '../helpers/databases.js';
import { fetchBoard } from '../helpers/leads.js';
import type { Card } from '../helpers/leads.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;

interface Person {
  id: string;
  email: string;
  officeId: string;
}

describe.runIf(browserAvailable())('access in the browser: who sees, claims and reassigns leads, and who manages users', () => {
  let server: TestServer;
  let browser: Browser;
  let officer: Page;
  let manager: Page;
  let admin: Page;
  let officerToken: string;
  let people: Person[];
  const person = (email: string) => people.find((p) => p.email === email)!;

  /** The cards a page shows, by stage. */
  async function cardsOnPage(page: Page): Promise<Map<string, string[]>> {
    const shown = await page
      .locator('[data-stage]')
      .evaluateAll((columns) =>
        columns.map(
          (c) => [c.getAttribute('data-stage')!, [...c.querySelectorAll('[data-card-id]')].map((card) => card.getAttribute('data-card-id')!)] as const,
        ),
      );
    return new Map(shown.map(([stage, ids]) => [stage, [...ids].sort()]));
  }

  async function officerCards(): Promise<Card[]> {
    return (await fetchBoard(server, officerToken, { perColumn: 50 })).flatMap((c) => c.cards);
  }

  /** Signs in on the login page of a fresh profile; the page may be empty of cards. */
  async function signIn(email: string, password: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.fill('input[name=email]', email);
    await page.fill('input[name=password]', password);
    await page.click('button[type=submit]');
    return page;
  }

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    browser = await launchBrowser();
    officerToken = await server.login('officer1@prospek.test');
    const adminToken = await server.login('admin@prospek.test');
    people = expectData(
      await server.gql<{ users: { nodes: Person[] } }>(
        '{ users(filter: { active: null }, first: 100) { nodes { id email officeId } } }',
        {},
        { token: adminToken },
      ),
    ).users.nodes;
    officer = await signedInPage(browser, server.url, 'officer1@prospek.test');
    manager = await signedInPage(browser, server.url, 'manager@prospek.test');
    admin = await signedInPage(browser, server.url, 'admin@prospek.test');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows an officer only their own cards and their office’s pool, as the API answers', async () => {
    const me = person('officer1@prospek.test');
    const columns = await fetchBoard(server, officerToken, { perColumn: 50 });
    const shown = await cardsOnPage(officer);
    for (const column of columns) expect(shown.get(column.stage), column.stage).toEqual(column.cards.map((c) => c.id).sort());
    const cards = columns.flatMap((c) => c.cards);
    expect(cards.every((c) => c.ownerId === me.id || c.ownerId === null)).toBe(true);
    expect(cards.some((c) => c.ownerId === null)).toBe(true);
    // Someone else's lead, which the manager sees, is not on the officer's board.
    const managerToken = await server.login('manager@prospek.test');
    const others = (await fetchBoard(server, managerToken, { perColumn: 50 })).flatMap((c) => c.cards).filter((c) => c.ownerId && c.ownerId !== me.id);
    expect(others.length).toBeGreaterThan(0);
    expect(await officer.locator(`[data-card-id="${others[0].id}"]`).count()).toBe(0);
    // Pool cards are to be claimed, not dragged; the officer's own cards move.
    const pool = cards.find((c) => c.ownerId === null)!;
    const own = cards.find((c) => c.ownerId === me.id)!;
    expect(await officer.locator(`[data-card-id="${pool.id}"]`).getAttribute('data-locked')).toBe('true');
    expect(await officer.locator(`[data-card-id="${pool.id}"] [data-action="claim"]`).count()).toBe(1);
    expect(await officer.locator(`[data-card-id="${own.id}"]`).getAttribute('data-locked')).toBeNull();
    // Arrow keys on a pool card do not move it.
    await officer.locator(`[data-card-id="${pool.id}"] .card`).focus();
    await officer.keyboard.press('ArrowRight');
    await officer.waitForTimeout(300);
    expect(await officer.locator(`[data-stage="${pool.stage}"] [data-card-id="${pool.id}"]`).count()).toBe(1);
  });

  it('lets a manager reassign an officer’s card on the lead page, and the card leaves the officer’s board live', async () => {
    const me = person('officer1@prospek.test');
    const other = person('officer4@prospek.test');
    const card = (await officerCards()).find((c) => c.ownerId === me.id && c.stage === 'NEW')!;
    await officer.waitForSelector(`[data-card-id="${card.id}"]`);
    await manager.goto(`${server.url}/leads/${card.id}`);
    await manager.click('[data-action="reassign"]');
    await manager.selectOption('form[data-form="reassign"] select[name=ownerId]', other.id);
    await manager.click('form[data-form="reassign"] button[type=submit]');
    // A reason is required for a lead that has an officer.
    await manager.waitForSelector('[data-error-for="reason"]');
    await manager.fill('form[data-form="reassign"] textarea[name=reason]', 'AO cuti dua minggu');
    await manager.click('form[data-form="reassign"] button[type=submit]');
    await officer.waitForSelector(`[data-card-id="${card.id}"]`, { state: 'detached', timeout: 3000 });
    const history = manager.locator('[data-panel="assignments"] li').first();
    await history.waitFor();
    expect(await history.innerText()).toContain('AO cuti dua minggu');
    const audit = manager.locator('[data-panel="audit"] [data-audit-action="reassign"]').first();
    await audit.waitFor();
    expect(await audit.innerText()).toContain('Rina Kusuma');
    expect(await audit.innerText()).toContain('Fajar Nugroho');
    expect((await officerCards()).some((c) => c.id === card.id)).toBe(false);
  });

  it('lets an officer claim a pool card with its button', async () => {
    const me = person('officer1@prospek.test');
    const pool = officer.locator('[data-card-id]:has([data-pool])').first();
    const id = (await pool.getAttribute('data-card-id'))!;
    await manager.goto(`${server.url}/board`);
    await manager.waitForSelector(`[data-card-id="${id}"] [data-pool]`);
    await manager.waitForSelector('[data-live="live"]');
    await pool.locator('[data-action="claim"]').click();
    await officer.waitForSelector(`[data-card-id="${id}"]:not([data-locked])`, { timeout: 3000 });
    expect(await officer.locator(`[data-card-id="${id}"] [data-pool]`).count()).toBe(0);
    expect((await officerCards()).find((c) => c.id === id)?.ownerId).toBe(me.id);
    // The manager's board shows it taken, live.
    await manager.waitForSelector(`[data-card-id="${id}"]:not(:has([data-pool]))`, { timeout: 3000 });
  });

  describe('users', () => {
    const email = 'wulan.sari@prospek.test';
    let newcomer: Page;

    it('lets an admin create a user on the users page, who can then sign in', async () => {
      await admin.click('[data-action="admin-menu"]');
      await admin.click('nav >> text=Pengguna');
      await admin.waitForSelector('[data-user-email="officer1@prospek.test"]');
      await admin.click('[data-action="new-user"]');
      await admin.fill('form[data-form="user"] input[name=name]', 'Wulan Sari');
      await admin.fill('form[data-form="user"] input[name=email]', email);
      await admin.selectOption('form[data-form="user"] select[name=role]', 'OFFICER');
      await admin.selectOption('form[data-form="user"] select[name=officeId]', person('officer2@prospek.test').officeId);
      await admin.selectOption('form[data-form="user"] select[name=segment]', 'MICRO');
      await admin.fill('form[data-form="user"] input[name=password]', 'short');
      await admin.click('form[data-form="user"] button[type=submit]');
      await admin.waitForSelector('[data-error-for="password"]');
      await admin.fill('form[data-form="user"] input[name=password]', 'rahasia-wulan-1');
      await admin.click('form[data-form="user"] button[type=submit]');
      const row = admin.locator(`[data-user-email="${email}"]`);
      await row.waitFor();
      expect(await row.innerText()).toContain('Kantor Cabang Bandung');

      newcomer = await signIn(email, 'rahasia-wulan-1');
      await newcomer.waitForSelector('[data-live="live"]');
      const header = await newcomer.locator('[data-user]').innerText();
      expect(header).toContain('Wulan Sari');
      expect(header).toContain('Account Officer');
      // An officer's navigation has no admin pages, and the router refuses them.
      expect(await newcomer.locator('nav a[href="/users"]').count()).toBe(0);
      await newcomer.goto(`${server.url}/offices`);
      await newcomer.waitForURL((url) => url.pathname === '/board');
    });

    it('shows a reset password once, and its user must choose a new one after signing in', async () => {
      const row = admin.locator(`[data-user-email="${email}"]`);
      await row.locator('[data-action="reset-password"]').click();
      await admin.click('[data-action="confirm-reset"]');
      const temporary = await admin.locator('[data-temporary-password]').innerText();
      expect(temporary.length).toBeGreaterThanOrEqual(8);
      await admin.click('.dialog .button--primary');
      expect(await admin.locator('[data-temporary-password]').count()).toBe(0);

      const again = await signIn(email, temporary);
      await again.waitForSelector('[data-message="must-change"]');
      await again.fill('input[name=currentPassword]', temporary);
      await again.fill('input[name=newPassword]', 'rahasia-wulan-2');
      await again.fill('input[name=repeatPassword]', 'rahasia-wulan-2');
      await again.click('form[data-form="change-password"] button[type=submit]');
      await again.waitForURL((url) => url.pathname === '/board');
      await again.waitForSelector('[data-stage="NEW"]');
      await again.context().close();
      await server.login(email, 'rahasia-wulan-2');
    });

    it('sends a deactivated user’s open page to the login page with a message', async () => {
      admin.once('dialog', (dialog) => void dialog.accept());
      await admin.locator(`[data-user-email="${email}"] [data-action="deactivate"]`).click();
      await admin.waitForSelector(`[data-user-email="${email}"]`, { state: 'detached' });
      await newcomer.waitForURL(/\/login/, { timeout: 5000 });
      await newcomer.waitForSelector('[data-message="expired"]');
      // And the account no longer signs in.
      await newcomer.fill('input[name=email]', email);
      await newcomer.fill('input[name=password]', 'rahasia-wulan-2');
      await newcomer.click('button[type=submit]');
      await newcomer.waitForSelector('[role=alert]');
      expect(newcomer.url()).toContain('/login');
    });
  });
});
