import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable } from '../helpers/browser.js';
import { dragCard, launchBrowser, signedInPage } from '../helpers/browser-session.js';
import { buildClient } from '../helpers/client-build.js';
import { databaseTargets } from '../helpers/databases.js';
import { COLUMN, createLead, growKeysInOneGap } from '../helpers/leads.js';
import type { Column } from '../helpers/leads.js';
import { REBALANCE_KEY_LENGTH } from '../../server/src/boards/board-rebalance.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;
// The officer's own cards: pool cards on the board are theirs to claim, not to move.
const OWN_CARD = '[data-card-id]:not(:has([data-pool]))';

describe.runIf(browserAvailable())('pipeline board in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let officer: Page;
  let manager: Page;

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    browser = await launchBrowser();
    officer = await signedInPage(browser, server.url, 'officer1@prospek.test');
    manager = await signedInPage(browser, server.url, 'manager@prospek.test');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const countOf = (page: Page, stage: string) => page.locator(`[data-stage="${stage}"] [data-field="count"]`).innerText().then(Number);

  it('drags a card to another column in one page and shows it arriving in the other', async () => {
    const cardId = await officer.locator(`[data-stage="NEW"] ${OWN_CARD}`).first().getAttribute('data-card-id');
    const contactedBefore = await countOf(manager, 'CONTACTED');
    const newBefore = await countOf(manager, 'NEW');
    await dragCard(officer, cardId!, '[data-stage="CONTACTED"] .column__cards');
    await officer.waitForSelector(`[data-stage="CONTACTED"] [data-card-id="${cardId}"]`, { timeout: 2000 });
    await manager.waitForSelector(`[data-stage="CONTACTED"] [data-card-id="${cardId}"]`, { timeout: 2000 });
    expect(await manager.locator(`[data-stage="NEW"] [data-card-id="${cardId}"]`).count()).toBe(0);
    expect(await countOf(manager, 'CONTACTED')).toBe(contactedBefore + 1);
    expect(await countOf(manager, 'NEW')).toBe(newBefore - 1);
    // The move survives a reload.
    await officer.reload();
    await officer.waitForSelector(`[data-stage="CONTACTED"] [data-card-id="${cardId}"]`);
  });

  it('asks for a reason when a card is dropped on LOST', async () => {
    const cardId = await officer.locator(`[data-stage="PRESENTED"] ${OWN_CARD}`).first().getAttribute('data-card-id');
    await dragCard(officer, cardId!, '[data-stage="LOST"] .column__cards');
    await officer.waitForSelector('textarea[name=lostReason]');
    expect(await officer.locator(`[data-stage="LOST"] [data-card-id="${cardId}"]`).count()).toBe(0);
    await officer.fill('textarea[name=lostReason]', 'Memilih koperasi lain');
    await officer.click('.dialog button[type=submit]');
    await manager.waitForSelector(`[data-stage="LOST"] [data-card-id="${cardId}"]`, { timeout: 2000 });
    expect(await manager.locator(`[data-card-id="${cardId}"] .card__lost`).innerText()).toBe('Memilih koperasi lain');
  });

  it('moves a card from the keyboard', async () => {
    const card = officer.locator(`[data-stage="APPLICATION"] ${OWN_CARD}`).first();
    const cardId = await card.getAttribute('data-card-id');
    await card.locator('.card').focus();
    await officer.keyboard.press('ArrowRight');
    await manager.waitForSelector(`[data-stage="SURVEY"] [data-card-id="${cardId}"]`, { timeout: 2000 });
    await officer.waitForSelector(`[data-stage="SURVEY"] [data-card-id="${cardId}"] .card:focus`);
  });

  it('rolls a refused move back visibly, with a message', async () => {
    const card = officer.locator(`[data-stage="COMMITTEE"] ${OWN_CARD}`).first();
    const cardId = (await card.getAttribute('data-card-id'))!;
    // Someone else's write the page has not heard about: the page's version is now stale.
    const q = (n: string) => server.app.dataSource.driver.escape(n);
    await server.app.dataSource.query(`UPDATE ${q('lead')} SET ${q('version')} = ${q('version')} + 1 WHERE ${q('id')} = ?`, [Number(cardId)]);
    await dragCard(officer, cardId, '[data-stage="SURVEY"] .column__cards');
    await officer.waitForSelector('[data-toast="error"]', { timeout: 3000 });
    await officer.waitForSelector(`[data-stage="COMMITTEE"] [data-card-id="${cardId}"]`, { timeout: 2000 });
    expect(await officer.locator(`[data-stage="SURVEY"] [data-card-id="${cardId}"]`).count()).toBe(0);
  });

  it('creates a lead from the form with validation messages, and shows it live elsewhere', async () => {
    await officer.click('[data-action="new-lead"]');
    await officer.fill('input[name=fullName]', 'Bagus Wicaksono');
    await officer.fill('input[name=phone]', '12345');
    await officer.fill('input[name=nik]', '123');
    await officer.fill('input[name=estimatedAmount]', '0');
    await officer.click('form[data-form="lead"] button[type=submit]');
    expect(await officer.locator('[data-error-for="phone"]').innerText()).toContain('08');
    expect(await officer.locator('[data-error-for="nik"]').innerText()).toContain('16');
    expect(await officer.locator('[data-error-for="estimatedAmount"]').count()).toBe(1);
    await officer.fill('input[name=phone]', '0812-7000-1234');
    await officer.fill('input[name=nik]', '3273015505900002');
    await officer.fill('input[name=estimatedAmount]', '175.000.000');
    await officer.fill('input[name=companyName]', 'CV Batik Wicaksono');
    await officer.click('form[data-form="lead"] button[type=submit]');
    const card = manager.locator('[data-stage="NEW"] [data-card-id]', { hasText: 'Bagus Wicaksono' });
    await card.waitFor({ timeout: 2000 });
    expect(await card.locator('[data-field="amount"]').innerText()).toBe('Rp 175.000.000');
  });

  it('shows when live updates pause and refetches after reconnecting', async () => {
    for (const socket of server.app.io.of('/').sockets.values()) socket.conn.close();
    await manager.waitForSelector('[data-live="paused"]', { timeout: 3000 });
    const token = await server.login('officer2@prospek.test');
    const missed = await createLead(server, token, { fullName: 'Terlewat Saat Putus' });
    await manager.waitForSelector('[data-live="live"]', { timeout: 10_000 });
    await manager.waitForSelector(`[data-card-id="${missed.id}"]`, { timeout: 3000 });
  });

  // Some two hundred drops into one gap, one after another: slow on a busy machine.
  it('reads a column again when the server rewrites its keys, showing the order it keeps', async () => {
    const token = await server.login('manager@prospek.test');
    const { top, last } = await growKeysInOneGap(server, token, REBALANCE_KEY_LENGTH);
    await manager.waitForSelector(`[data-stage="NEW"] [data-card-id="${top.id}"] + [data-card-id="${last.id}"]`, { timeout: 3000 });
    // The column's first page, asked for again (paging on would name a cursor).
    const firstPage = (body: string) => /leadColumn/.test(body) && /"stage":"NEW"/.test(body) && /"after":null/.test(body);
    const reread = manager.waitForResponse((r) => r.url().endsWith('/graphql') && firstPage(r.request().postData() ?? ''));
    expect((await server.app.services.scheduler.tick(new Date('2026-11-29T04:00:00Z')))['board-rebalance']).toBe(1);
    await reread;
    // The column's first page again (the board's page is 50 cards), in the order the server keeps.
    const { leadColumn } = expectData(await server.gql<{ leadColumn: Column }>(COLUMN, { stage: 'NEW', first: 50 }, { token }));
    await manager.waitForFunction(
      (expected) => [...document.querySelectorAll('[data-stage="NEW"] [data-card-id]')].map((el) => el.getAttribute('data-card-id')).join() === expected,
      leadColumn.cards.map((card) => card.id).join(),
      { timeout: 3000 },
    );
  }, 120_000);

  it('switches the interface to English', async () => {
    await manager.click('[data-locale="en"]');
    expect(await manager.locator('[data-stage="NEW"] h2').innerText()).toBe('NEW');
    expect(await manager.locator('h1').first().innerText()).toBe('Credit pipeline');
    await manager.click('[data-locale="id"]');
    expect(await manager.locator('h1').first().innerText()).toBe('Pipeline Kredit');
  });
});
