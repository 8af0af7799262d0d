import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { screenshots } from '../helpers/screenshots.js';
import { browserAvailable } from '../helpers/browser.js';
import { launchBrowser, signedInPage } from '../helpers/browser-session.js';
import { buildClient } from '../helpers/client-build.js';
import { databaseTargets } from '../helpers/databases.js';
import { createLead } from '../helpers/leads.js';
import type { Card } from '../helpers/leads.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;
const DAY = 86_400_000;

/** `YYYY-MM-DDTHH:mm` in Jakarta time, as a datetime-local input takes it. */
const localInput = (at: Date) => new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);

interface ClientState {
  nik: string | null;
  address: string | null;
  birthDate: string | null;
  email: string | null;
  version: number;
  offers: Array<{ id: string; status: string; product: { name: string } }>;
}

describe.runIf(browserAvailable())('a client’s page in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let officer: Page;
  let manager: Page;
  let token: string;
  let clientId: string;
  let idle: Card;
  // The server's clock runs with the wall clock, set back while a lead is made that has since gone idle.
  let offset = 0;

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist }, { now: () => new Date(Date.now() + offset) });
    browser = await launchBrowser();
    token = await server.login('officer1@prospek.test');
    // As a client converted from a won lead comes out: a name and a phone, no NIK, NPWP or address.
    clientId = expectData(
      await server.gql<{ createClient: { id: string } }>(
        'mutation($input: ClientFieldsInput!) { createClient(input: $input) { id } }',
        { input: { type: 'PERSON', name: 'Ibu Wulan Permata', phone: '0813 7777 8899' } },
        { token },
      ),
    ).createClient.id;
    offset = -5 * DAY; // NEW allows 2 days
    idle = await createLead(server, token, { fullName: 'Pak Darto Diam', companyName: 'Bengkel Darto', phone: '0812 6666 1212', segment: 'MICRO' });
    offset = 0;
    officer = await signedInPage(browser, server.url, 'officer1@prospek.test');
    manager = await signedInPage(browser, server.url, 'manager@prospek.test');
    for (const page of [officer, manager]) page.setDefaultTimeout(5000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const shot = screenshots('clients');
  const state = async () =>
    expectData(
      await server.gql<{ client: ClientState }>(
        'query($id: ID!) { client(id: $id) { nik address birthDate email version offers { id status product { name } } } }',
        { id: clientId },
        { token },
      ),
    ).client;
  const timeline = () => officer.locator('[data-panel="timeline"]');

  it('fills in a client’s NIK and address, refusing a wrong NIK without writing anything', async () => {
    await officer.goto(`${server.url}/clients/${clientId}`);
    await officer.locator('h1', { hasText: 'Ibu Wulan Permata' }).waitFor();
    const before = await state();
    expect(before).toMatchObject({ nik: null, address: null });

    await officer.click('[data-action="edit"]');
    const form = officer.locator('form[data-form="client"]');
    await form.waitFor();
    expect(await form.locator('input[name=name]').inputValue()).toBe('Ibu Wulan Permata');
    await form.locator('input[name=nik]').fill('3273 0147');
    await form.locator('textarea[name=address]').fill('Jl. Melati No. 5, Coblong, Bandung');
    await form.locator('button[type=submit]').click();
    const error = form.locator('[data-error-for="nik"]');
    await error.waitFor();
    expect(await error.innerText()).toBe('NIK harus tepat 16 angka');
    await shot(officer, '01-wrong-nik');
    expect(await state()).toMatchObject({ nik: null, address: null, version: before.version });

    // Day 47 is the 7th, for a woman.
    await form.locator('input[name=nik]').fill('3273014708880005');
    await form.locator('button[type=submit]').click();
    await form.waitFor({ state: 'detached' });
    await officer.locator('[data-toast="success"]').first().waitFor();
    expect(await state()).toMatchObject({
      nik: '3273014708880005',
      address: 'Jl. Melati No. 5, Coblong, Bandung',
      birthDate: '1988-08-07',
      version: before.version + 1,
    });
    const facts = officer.locator('.facts');
    await expect.poll(() => facts.innerText()).toContain('3273014708880005');
    expect(await facts.innerText()).toContain('Jl. Melati No. 5, Coblong, Bandung');
    // The timeline names the changed fields in words.
    const edit = officer.locator('[data-panel="timeline"] [data-kind="EDIT"] [data-field="summary"]').first();
    await expect.poll(() => edit.innerText()).toContain('Alamat');
    expect(await edit.innerText()).not.toMatch(/birthDate|address|gender/);
    await shot(officer, '02-edited');
  });

  it('keeps the officer’s typing when someone else saved the client first, and saves it on top of theirs', async () => {
    const { version } = await state();
    expectData(
      await server.gql(
        'mutation($input: UpdateClientInput!) { updateClient(input: $input) { id } }',
        { input: { id: clientId, expectedVersion: version, email: 'wulan@contoh.id', address: 'Jl. Dago No. 1, Bandung' } },
        { token },
      ),
    );
    await officer.click('[data-action="edit"]');
    const form = officer.locator('form[data-form="client"]');
    await form.locator('textarea[name=address]').fill('Jl. Kenanga No. 9, Bandung');
    await form.locator('button[type=submit]').click();
    // The form stays with the typed address, set against the saved one; the email only they changed comes in.
    const panel = form.locator('[data-conflict]');
    await panel.waitFor();
    expect(await panel.innerText()).toContain('Orang lain menyimpan data nasabah ini');
    expect(await panel.locator('[data-conflict-field="address"] [data-value="mine"]').innerText()).toContain('Jl. Kenanga No. 9, Bandung');
    expect(await panel.locator('[data-conflict-field="address"] [data-value="theirs"]').innerText()).toContain('Jl. Dago No. 1, Bandung');
    expect(await form.locator('textarea[name=address]').inputValue()).toBe('Jl. Kenanga No. 9, Bandung');
    expect(await form.locator('input[name=email]').inputValue()).toBe('wulan@contoh.id');
    expect(await panel.locator('[data-conflict-adopted]').innerText()).toContain('Email');
    await shot(officer, '02-conflict');
    await panel.locator('[data-action="conflict-mine"]').click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => officer.locator('.facts').innerText()).toContain('wulan@contoh.id');
    expect(await state()).toMatchObject({ address: 'Jl. Kenanga No. 9, Bandung', email: 'wulan@contoh.id', version: version + 2 });
  });

  it('schedules a follow-up and logs a contact, both on the client’s timeline', async () => {
    const due = new Date(Date.now() + 2 * DAY);
    await officer.click('[data-action="schedule"]');
    const form = officer.locator('form[data-form="schedule"]');
    await form.locator('select[name=type]').selectOption('VISIT');
    await form.locator('input[name=dueAt]').fill(localInput(due));
    await form.locator('textarea[name=notes]').fill('Antar formulir tabungan');
    await shot(officer, '03-schedule');
    await form.locator('button[type=submit]').click();
    await form.waitFor({ state: 'detached' });
    const scheduled = timeline().locator('[data-kind="ACTIVITY"]', { hasText: 'Antar formulir tabungan' });
    await scheduled.waitFor();
    expect(await scheduled.innerText()).toContain('Kunjungan');
    expect(await scheduled.innerText()).toContain('Dijadwalkan');

    await officer.click('[data-action="log"]');
    const log = officer.locator('form[data-form="outcome"]');
    await log.locator('select[name=type]').selectOption('WHATSAPP');
    await log.locator('select[name=outcome]').selectOption('INTERESTED');
    await log.locator('textarea[name=notes]').fill('Minta simulasi KUR');
    await log.locator('button[type=submit]').click();
    await log.waitFor({ state: 'detached' });
    await timeline().locator('[data-kind="ACTIVITY"]', { hasText: 'Tertarik — Minta simulasi KUR' }).waitFor();

    const agenda = expectData(
      await server.gql<{ agenda: { upcoming: Array<{ clientId: string | null; notes: string | null }> } }>(
        '{ agenda { upcoming { clientId notes } } }',
        {},
        { token },
      ),
    ).agenda;
    expect(agenda.upcoming).toContainEqual({ clientId, notes: 'Antar formulir tabungan' });
    await shot(officer, '04-timeline');
  });

  it('makes an offer to the client, listed on its page at once', async () => {
    await officer.click('[data-action="new-offer"]');
    const form = officer.locator('form[data-form="offer"]');
    await form.locator('select[name=productId] option', { hasText: 'KUR Mikro' }).waitFor({ state: 'attached' });
    await form.locator('select[name=productId]').selectOption({ label: 'KUR Mikro' });
    await form.locator('input[name=amount]').fill('30.000.000');
    await form.locator('input[name=tenorMonths]').fill('24');
    await form.locator('[data-field="preview"]').waitFor();
    await shot(officer, '05-offer');
    await form.locator('button[type=submit]').click();
    await form.waitFor({ state: 'detached' });

    const offers = (await state()).offers;
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({ status: 'DRAFT', product: { name: 'KUR Mikro' } });
    const row = officer.locator(`[data-list="offers"] [data-offer-id="${offers[0].id}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain('Rp 30.000.000');
    await timeline().locator('[data-kind="OFFER"]').first().waitFor();
    await shot(officer, '06-offer-listed');
  });

  /** Stale leads come a page at a time, longest idle first: "load more" until `row` shows. */
  async function revealStale(page: Page, row: Locator): Promise<void> {
    const rows = page.locator('[data-table="stale"] [data-lead-id]');
    const more = page.locator('[data-section="stale"] [data-action="load-more"]');
    await page.locator('[data-section="stale"] h2').waitFor();
    await rows.first().waitFor();
    while ((await row.count()) === 0 && (await more.count()) > 0) {
      const shown = await rows.count();
      await more.click();
      await expect.poll(() => rows.count()).toBeGreaterThan(shown);
    }
    await row.waitFor();
  }

  it('lists leads idle past their stage’s limit on the agenda, with their owner for managers', async () => {
    await officer.goto(`${server.url}/agenda`);
    const row = officer.locator(`[data-section="stale"] [data-lead-id="${idle.id}"]`);
    await revealStale(officer, row);
    expect(await row.innerText()).toContain('Pak Darto Diam');
    expect(await row.locator('td').nth(1).innerText()).toBe('Baru');
    expect(await row.locator('[data-field="idle"]').innerText()).toBe('5 hari');
    const days = (await officer.locator('[data-table="stale"] [data-field="idle"]').allInnerTexts()).map((text) => parseInt(text, 10));
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(await officer.locator('[data-table="stale"] th').count()).toBe(3);
    await shot(officer, '07-stale-officer');

    await manager.goto(`${server.url}/agenda`);
    const managed = manager.locator(`[data-section="stale"] [data-lead-id="${idle.id}"]`);
    await revealStale(manager, managed);
    expect(await managed.locator('td').nth(3).innerText()).toBe('Rina Kusuma');
    await manager.locator('select[name=owner]').selectOption({ label: 'Rina Kusuma' });
    await expect.poll(() => manager.locator('[data-table="stale"] th').count()).toBe(3);
    await revealStale(manager, managed);
    await shot(manager, '08-stale-manager');

    // Logging a contact takes the lead off the list; its link leads to it.
    await managed.locator('a').click();
    await manager.waitForURL(`**/leads/${idle.id}`);
    expectData(
      await server.gql(
        'mutation($input: LogActivityInput!) { logActivity(input: $input) { id } }',
        { input: { leadId: idle.id, type: 'CALL', outcome: 'REACHED' } },
        { token },
      ),
    );
    await officer.reload();
    await officer.locator('[data-section="stale"] h2').waitFor();
    await officer.locator(`[data-section="stale"] [data-lead-id="${idle.id}"]`).waitFor({ state: 'detached' });
  });
});
