import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserAvailable } from '../helpers/browser.js';
import { launchBrowser } from '../helpers/browser-session.js';
import { buildClient } from '../helpers/client-build.js';
import { databaseTargets } from '../helpers/databases.js';
import { createLead } from '../helpers/leads.js';
import { screenshots } from '../helpers/screenshots.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
type Viewport = typeof PHONE;
type Locale = 'id' | 'en';

const WORDS = {
  id: { title: 'Orang lain menyimpan prospek ini', mine: 'Isian Anda', theirs: 'Tersimpan sekarang', product: 'Orang lain menyimpan produk ini' },
  en: { title: 'Someone else saved this lead', mine: 'Yours', theirs: 'Saved now', product: 'Someone else saved this product' },
} as const;

/** A signed-in tab of `email` at `viewport` in `locale`. */
async function openAs(browser: Browser, url: string, email: string, viewport: Viewport, locale: Locale): Promise<{ context: BrowserContext; page: Page }> {
  const phone = viewport.width < 500;
  const context = await browser.newContext({ viewport, locale: 'id-ID', timezoneId: 'Asia/Jakarta', hasTouch: phone, isMobile: phone });
  await context.addInitScript((l) => localStorage.setItem('prospek.locale', l), locale);
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  page.on('pageerror', (error) => console.error(`[${email}] page error: ${error.message}`));
  await page.goto(`${url}/login`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', 'demo1234');
  await page.click('button[type=submit]');
  await page.waitForURL('**/board');
  return { context, page };
}

/** How far the page reaches past the screen's right edge (nothing may scroll sideways). */
const sideways = (page: Page) =>
  page.evaluate((screen) => document.documentElement.scrollWidth - Math.min(window.innerWidth, screen), page.viewportSize()!.width);

async function openLeadEditor(page: Page, url: string, leadId: string): Promise<void> {
  await page.goto(`${url}/leads/${leadId}`);
  await page.locator('.lead-page__actions button', { hasText: /^(Ubah|Edit)$/ }).click();
  await page.waitForSelector('form[data-form="lead"]');
}

describe.runIf(browserAvailable())('edit conflicts in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  const shot = screenshots('edit-conflict');

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    for (const locale of ['id', 'en'] as const) {
      it(`keeps the second editor's typing, shows the differences and saves theirs on top (${size}, ${locale})`, async () => {
        const officerToken = await server.login('officer1@prospek.test');
        const lead = await createLead(server, officerToken, { fullName: `Konflik ${size} ${locale}`, companyName: 'UD Awal', notes: 'Catatan awal' });
        const first = await openAs(browser, server.url, 'manager@prospek.test', viewport, locale);
        const second = await openAs(browser, server.url, 'officer1@prospek.test', viewport, locale);
        try {
          // Both open the same lead's form at the same version.
          await openLeadEditor(first.page, server.url, lead.id);
          await openLeadEditor(second.page, server.url, lead.id);

          // The manager saves first.
          await first.page.fill('input[name=companyName]', 'CV Dari Manajer');
          await first.page.fill('input[name=email]', 'manajer@contoh.id');
          await first.page.fill('textarea[name=notes]', 'Catatan dari manajer');
          await first.page.click('form[data-form="lead"] button[type=submit]');
          await first.page.waitForSelector('form[data-form="lead"]', { state: 'detached' });

          // The officer, still on the old version, types and saves: the form stays with their text.
          await second.page.fill('input[name=companyName]', 'PT Dari Officer');
          await second.page.fill('textarea[name=notes]', 'Sudah survei lokasi usaha, siap pengajuan');
          await second.page.click('form[data-form="lead"] button[type=submit]');
          const panel = second.page.locator('[data-conflict]');
          await panel.waitFor();
          expect(await second.page.inputValue('input[name=companyName]')).toBe('PT Dari Officer');
          expect(await second.page.inputValue('textarea[name=notes]')).toBe('Sudah survei lokasi usaha, siap pengajuan');
          expect(await panel.innerText()).toContain(WORDS[locale].title);
          expect(await panel.innerText()).not.toMatch(/kartu|card/i);

          // Field by field: theirs against what is saved now.
          const company = panel.locator('[data-conflict-field="companyName"]');
          expect(await company.locator('[data-value="mine"]').innerText()).toContain('PT Dari Officer');
          expect(await company.locator('[data-value="theirs"]').innerText()).toContain('CV Dari Manajer');
          const notes = panel.locator('[data-conflict-field="notes"]');
          expect(await notes.locator('[data-value="mine"]').innerText()).toContain('Sudah survei lokasi usaha');
          expect(await notes.locator('[data-value="theirs"]').innerText()).toContain('Catatan dari manajer');
          // A field only the manager changed is not in question: their value comes into the form.
          expect(await panel.locator('[data-conflict-field="fullName"]').count()).toBe(0);
          expect(await panel.locator('[data-conflict-field="email"]').count()).toBe(0);
          expect(await second.page.inputValue('input[name=email]')).toBe('manajer@contoh.id');
          expect(await panel.locator('[data-conflict-adopted]').innerText()).toContain('Email');
          const words = viewport.width < 500 ? company.locator('.conflict__tag').first() : panel.locator('.conflict__head');
          expect(await words.innerText()).toContain(WORDS[locale].mine);
          expect(await sideways(second.page)).toBeLessThanOrEqual(0);
          await panel.scrollIntoViewIfNeeded();
          await shot(second.page, `lead-conflict-${size}-${locale}`, false);

          // "Save mine over it": saved against the new version, with their values.
          await panel.locator('[data-action="conflict-mine"]').click();
          await second.page.waitForSelector('form[data-form="lead"]', { state: 'detached' });
          const saved = expectData(
            await server.gql<{ lead: { companyName: string; notes: string; email: string; version: number } }>(
              `query($id: ID!) { lead(id: $id) { companyName notes email version } }`,
              { id: lead.id },
              { token: officerToken },
            ),
          ).lead;
          expect(saved).toMatchObject({
            companyName: 'PT Dari Officer',
            notes: 'Sudah survei lokasi usaha, siap pengajuan',
            email: 'manajer@contoh.id',
            version: lead.version + 2,
          });
          await second.page.waitForSelector('.lead-page');
          expect(await second.page.locator('.facts').innerText()).toContain('PT Dari Officer');
        } finally {
          await first.context.close();
          await second.context.close();
        }
      });
    }
  }

  it('shows a product conflict to an admin and takes the saved values when asked', async () => {
    const admin = await server.login('admin@prospek.test');
    const { products } = expectData(
      await server.gql<{ products: { nodes: Array<{ id: string; code: string; name: string; version: number }> } }>(
        '{ products(first: 100) { nodes { id code name version } } }',
        {},
        { token: admin },
      ),
    );
    const depo = products.nodes.find((p) => p.code === 'DEPO')!;
    for (const [viewport, locale] of [
      [DESKTOP, 'en'],
      [PHONE, 'id'],
    ] as const) {
      const { context, page } = await openAs(browser, server.url, 'admin@prospek.test', viewport, locale);
      try {
        await page.goto(`${server.url}/products`);
        await page.locator('[data-product="DEPO"] button', { hasText: /^(Ubah|Edit)$/ }).click();
        await page.waitForSelector('form[data-form="product"]');
        const current = expectData(
          await server.gql<{ products: { nodes: Array<{ id: string; version: number; name: string }> } }>(
            '{ products(first: 100) { nodes { id name version } } }',
            {},
            { token: admin },
          ),
        ).products.nodes.find((p) => p.id === depo.id)!;
        // Someone else renames the product meanwhile.
        expectData(
          await server.gql(
            `mutation($input: UpdateProductInput!) { updateProduct(input: $input) { id } }`,
            {
              input: { id: depo.id, expectedVersion: current.version, name: `Deposito ${locale} lain` },
            },
            { token: admin },
          ),
        );
        await page.fill('textarea[name=description]', 'Penjelasan baru dari saya');
        await page.click('form[data-form="product"] button[type=submit]');
        const panel = page.locator('[data-conflict]');
        await panel.waitFor();
        expect(await panel.innerText()).toContain(WORDS[locale].product);
        // The admin here changed only the description, the other only the name: no question to put,
        // the name comes into the form and the description stays as typed.
        expect(await panel.locator('[data-conflict-field]').count()).toBe(0);
        expect(await page.inputValue('input[name=name]')).toBe(`Deposito ${locale} lain`);
        expect(await panel.locator('[data-conflict-adopted]').innerText()).toContain(locale === 'id' ? 'Nama' : 'Name');
        expect(await page.inputValue('textarea[name=description]')).toBe('Penjelasan baru dari saya');
        expect(await sideways(page)).toBeLessThanOrEqual(0);
        await panel.scrollIntoViewIfNeeded();
        await shot(page, `product-conflict-${viewport.width}-${locale}`, false);
        await panel.locator('[data-action="conflict-theirs"]').click();
        await panel.waitFor({ state: 'detached' });
        expect(await page.inputValue('input[name=name]')).toBe(`Deposito ${locale} lain`);
        expect(await page.inputValue('textarea[name=description]')).not.toBe('Penjelasan baru dari saya');
      } finally {
        await context.close();
      }
    }
  });

  it('keeps a ticked checklist item through a conflict and saves it on top of the other tick', async () => {
    const token = await server.login('marketing@prospek.test');
    const task = expectData(
      await server.gql<{ createTask: { id: string; version: number } }>(
        'mutation($i: TaskFieldsInput!) { createTask(input: $i) { id version } }',
        {
          i: {
            title: 'Cetak brosur pameran',
            checklist: [
              { text: 'Desain', done: false },
              { text: 'Cetak', done: false },
            ],
          },
        },
        { token },
      ),
    ).createTask;
    const { context, page } = await openAs(browser, server.url, 'marketing@prospek.test', PHONE, 'en');
    try {
      await page.goto(`${server.url}/tasks`);
      await page.locator(`[data-card-id="${task.id}"] .card`).click();
      await page.waitForSelector('.checklist');
      // Someone else ticks "Cetak" meanwhile; here "Desain" is ticked at the old version.
      expectData(
        await server.gql(
          'mutation($i: UpdateTaskInput!) { updateTask(input: $i) { id } }',
          {
            i: {
              id: task.id,
              expectedVersion: task.version,
              checklist: [
                { text: 'Desain', done: false },
                { text: 'Cetak', done: true },
              ],
            },
          },
          { token },
        ),
      );
      await page.locator('.checklist label', { hasText: 'Desain' }).locator('input').click();
      const panel = page.locator('[data-conflict]');
      await panel.waitFor();
      expect(await panel.innerText()).toContain('Someone else saved this task');
      expect(await panel.locator('[data-conflict-field="Desain"] [data-value="mine"]').innerText()).toContain('Ticked');
      expect(await panel.locator('[data-conflict-field="Desain"] [data-value="theirs"]').innerText()).toContain('Not ticked');
      expect(await page.locator('.checklist label', { hasText: 'Desain' }).locator('input').isChecked()).toBe(true);
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      await shot(page, 'task-conflict-390-en', false);
      await panel.locator('[data-action="conflict-mine"]').click();
      await panel.waitFor({ state: 'detached' });
      await expect
        .poll(
          async () =>
            expectData(
              await server.gql<{ task: { checklist: Array<{ text: string; done: boolean }> } }>(
                'query($id: ID!) { task(id: $id) { checklist { text done } } }',
                { id: task.id },
                { token },
              ),
            ).task.checklist,
        )
        .toEqual([
          { text: 'Desain', done: true },
          { text: 'Cetak', done: true },
        ]);
    } finally {
      await context.close();
    }
  });

  it('shows an office conflict to an admin and saves the typed name on top of the other change', async () => {
    const admin = await server.login('admin@prospek.test');
    const offices = async () =>
      expectData(
        await server.gql<{ offices: { nodes: Array<{ id: string; code: string; name: string; version: number }> } }>(
          '{ offices(first: 100) { nodes { id code name version } } }',
          {},
          { token: admin },
        ),
      ).offices.nodes;
    const { context, page } = await openAs(browser, server.url, 'admin@prospek.test', DESKTOP, 'id');
    try {
      await page.goto(`${server.url}/offices`);
      await page.locator('[data-office-code="KC-BDG"] [data-action="edit"]').click();
      await page.waitForSelector('form[data-form="office"]');
      const bandung = (await offices()).find((o) => o.code === 'KC-BDG')!;
      expectData(
        await server.gql(
          'mutation($input: UpdateOfficeInput!) { updateOffice(input: $input) { id } }',
          { input: { id: bandung.id, expectedVersion: bandung.version, code: 'KC-BDG', name: 'KC Bandung Dago' } },
          { token: admin },
        ),
      );
      await page.fill('form[data-form="office"] input[name=name]', 'Kantor Cabang Bandung Raya');
      await page.click('form[data-form="office"] button[type=submit]');
      const panel = page.locator('[data-conflict]');
      await panel.waitFor();
      expect(await panel.innerText()).toContain('Orang lain menyimpan kantor ini');
      expect(await panel.locator('[data-conflict-field="name"] [data-value="theirs"]').innerText()).toContain('KC Bandung Dago');
      await shot(page, 'office-conflict-1366-id', false);
      await panel.locator('[data-action="conflict-mine"]').click();
      await page.waitForSelector('form[data-form="office"]', { state: 'detached' });
      expect((await offices()).find((o) => o.code === 'KC-BDG')).toMatchObject({ name: 'Kantor Cabang Bandung Raya', version: bandung.version + 2 });
    } finally {
      await context.close();
    }
  });
  it('shows a user conflict to an admin on a phone and saves the typed name on top of the other change', async () => {
    const admin = await server.login('admin@prospek.test');
    const officer3 = async () =>
      expectData(
        await server.gql<{ users: { nodes: Array<{ id: string; name: string; email: string; role: string; version: number }> } }>(
          '{ users(first: 100) { nodes { id name email role version } } }',
          {},
          { token: admin },
        ),
      ).users.nodes.find((x) => x.email === 'officer3@prospek.test')!;
    const { context, page } = await openAs(browser, server.url, 'admin@prospek.test', PHONE, 'en');
    try {
      await page.goto(`${server.url}/users`);
      await page.locator('[data-user-email="officer3@prospek.test"] [data-action="edit"]').click();
      await page.waitForSelector('form[data-form="user"]');
      const before = await officer3();
      // Meanwhile another admin renames the user.
      expectData(
        await server.gql(
          'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
          { input: { id: before.id, expectedVersion: before.version, name: 'Dewi Lestari Putri' } },
          { token: admin },
        ),
      );
      await page.fill('form[data-form="user"] input[name=name]', 'Dewi Lestari, S.E.');
      await page.click('form[data-form="user"] button[type=submit]');
      const panel = page.locator('[data-conflict]');
      await panel.waitFor();
      expect(await panel.innerText()).toContain('Someone else saved this user');
      expect(await panel.locator('[data-conflict-field="name"] [data-value="theirs"]').innerText()).toContain('Dewi Lestari Putri');
      expect(await page.inputValue('form[data-form="user"] input[name=name]')).toBe('Dewi Lestari, S.E.');
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await shot(page, 'user-conflict-390-en', false);
      await panel.locator('[data-action="conflict-mine"]').click();
      await page.waitForSelector('form[data-form="user"]', { state: 'detached' });
      expect(await officer3()).toMatchObject({ name: 'Dewi Lestari, S.E.', version: before.version + 2 });
    } finally {
      await context.close();
    }
  });
});
