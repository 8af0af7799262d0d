/**
 * Marketing creates a task, assigns it and links a campaign, edits and reassigns it, meets a change
 * made elsewhere, and deletes it, while a manager's open board drops the card live — in Indonesian and
 * in English, on a desktop and on a phone. An officer sees the requests it made, which it may edit but
 * not delete.
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
const shot = screenshots('task-editing');
const VIEWPORTS = { desktop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } } as const;
const WORDS = {
  id: { required: 'Wajib diisi', conflict: 'Tugas ini baru saja diubah orang lain', deleted: 'dihapus', unassigned: 'Belum ada penanggung jawab' },
  en: { required: 'Required', conflict: 'Someone else just changed this task', deleted: 'deleted', unassigned: 'Nobody assigned yet' },
} as const;

describe.runIf(browserAvailable())('creating, editing, assigning and deleting marketing tasks in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let watcher: Page;
  let managerToken: string;
  const failures: string[] = [];

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    browser = await launchBrowser();
    managerToken = await server.login('manager@prospek.test');
    // A manager keeps the task board open throughout.
    watcher = await signedInPage(browser, server.url, 'manager@prospek.test');
    await watcher.goto(`${server.url}/tasks`);
    await watcher.waitForSelector('[data-stage="TODO"] [data-card-id]');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openBoard(email: string, locale: 'id' | 'en', viewport: keyof typeof VIEWPORTS): Promise<Page> {
    const context = await browser.newContext({ viewport: VIEWPORTS[viewport], locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    await context.addInitScript((value) => localStorage.setItem('prospek.locale', value), locale);
    const page = await context.newPage();
    collectPageErrors(page, failures);
    page.setDefaultTimeout(5000);
    await page.goto(`${server.url}/login`);
    await page.fill('input[name=email]', email);
    await page.fill('input[name=password]', 'demo1234');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-live="live"]');
    await page.goto(`${server.url}/tasks`);
    await page.waitForSelector('[data-stage="TODO"] [data-card-id]');
    await page.waitForSelector('[data-live="live"]');
    return page;
  }
  const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

  for (const [locale, viewport] of [
    ['id', 'desktop'],
    ['en', 'phone'],
    ['en', 'desktop'],
    ['id', 'phone'],
  ] as const) {
    it(`marketing creates, assigns, edits and deletes a task (${locale}, ${viewport})`, async () => {
      const words = WORDS[locale];
      const title = `Cetak brosur ${locale} ${viewport}`;
      const page = await openBoard('marketing@prospek.test', locale, viewport);

      // Create: without a title the form says so in words, beside the field.
      await page.click('[data-action="new-task"]');
      const form = page.locator('form[data-form="task"]');
      await form.locator('button[type=submit]').click();
      expect(await form.locator('[data-error-for="title"]').innerText()).toBe(words.required);
      await form.locator('input[name=title]').fill(title);
      await form.locator('select[name=assigneeId]').selectOption({ label: 'Putri Maharani' });
      await form.locator('select[name=campaignId]').selectOption({ label: 'Pameran UMKM Pasar Minggu' });
      await form.locator('input[name=dueDate]').fill('2026-12-15');
      expect(await noSideScroll(page)).toBe(true);
      await shot(page, `01-create-${locale}-${viewport}`, false);
      await form.locator('button[type=submit]').click();
      const card = page.locator('[data-stage="TODO"] [data-card-id]', { hasText: title });
      await card.waitFor();
      expect(await card.innerText()).toContain('Putri Maharani');
      expect(await card.innerText()).toContain('Pameran UMKM Pasar Minggu');
      const id = (await card.getAttribute('data-card-id'))!;
      // The manager's board shows it without a reload.
      await watcher.locator(`[data-card-id="${id}"]`, { hasText: 'Putri Maharani' }).waitFor();

      // Edit: reassign, unlink the campaign, rename.
      await card.click();
      const detail = page.locator('[data-panel="task"]');
      expect(await detail.locator('[data-field="assignee"]').innerText()).toBe('Putri Maharani');
      await shot(page, `02-detail-${locale}-${viewport}`, false);
      await detail.locator('[data-action="edit-task"]').click();
      const edit = page.locator('form[data-form="task"]');
      expect(await edit.locator('input[name=title]').inputValue()).toBe(title);
      expect(await edit.locator('select[name=assigneeId] option:checked').innerText()).toBe('Putri Maharani');
      await edit.locator('input[name=title]').fill(`${title} (revisi)`);
      await edit.locator('select[name=assigneeId]').selectOption({ label: 'Hendra Gunawan' });
      await edit.locator('select[name=campaignId]').selectOption({ value: '' });
      expect(await noSideScroll(page)).toBe(true);
      await shot(page, `03-edit-${locale}-${viewport}`, false);
      await edit.locator('button[type=submit]').click();
      await detail.locator('[data-field="assignee"]', { hasText: 'Hendra Gunawan' }).waitFor();
      const edited = page.locator(`[data-card-id="${id}"]`, { hasText: `${title} (revisi)` });
      await edited.waitFor();
      expect(await edited.innerText()).toContain('Hendra Gunawan');
      expect(await edited.innerText()).not.toContain('Pameran UMKM Pasar Minggu');

      // Someone else unassigns it meanwhile: a save on the old version says so and shows what is there now.
      const { task } = expectData(
        await server.gql<{ task: { version: number } }>('query($id: ID!) { task(id: $id) { version } }', { id }, { token: managerToken }),
      );
      expectData(
        await server.gql(
          'mutation($i: UpdateTaskInput!) { updateTask(input: $i) { id } }',
          { i: { id, expectedVersion: task.version, assigneeId: null } },
          { token: managerToken },
        ),
      );
      await detail.locator('[data-action="edit-task"]').click();
      await edit.locator('input[name=title]').fill(`${title} (bentrok)`);
      await edit.locator('button[type=submit]').click();
      expect(await page.locator('[data-toast="error"]', { hasText: words.conflict }).innerText()).toContain(words.conflict);
      await detail.locator('[data-field="assignee"]', { hasText: words.unassigned }).waitFor();
      await page.locator(`[data-card-id="${id}"]`, { hasText: words.unassigned }).waitFor();

      // Delete, after a confirmation: gone here and on the manager's open board.
      await detail.locator('[data-action="delete-task"]').click();
      const confirm = page.locator('[data-form="delete-task"]');
      expect(await confirm.innerText()).toContain(`${title} (revisi)`);
      expect(await noSideScroll(page)).toBe(true);
      await shot(page, `04-delete-${locale}-${viewport}`, false);
      await confirm.locator('[data-action="confirm-delete"]').click();
      await page.locator('[data-toast="success"]', { hasText: words.deleted }).waitFor();
      await page.locator(`[data-card-id="${id}"]`).waitFor({ state: 'detached' });
      await watcher.locator(`[data-card-id="${id}"]`).waitFor({ state: 'detached' });
      expect(await page.locator('[data-panel="task"]').count()).toBe(0);
      await shot(page, `05-after-delete-${locale}-${viewport}`, false);
      await page.context().close();
      expect(failures).toEqual([]);
    });
  }

  for (const [locale, viewport] of [
    ['id', 'desktop'],
    ['en', 'phone'],
  ] as const) {
    it(`an officer edits its own request but cannot delete it (${locale}, ${viewport})`, async () => {
      const page = await openBoard('officer1@prospek.test', locale, viewport);
      await page.click('[data-action="new-task"]');
      const form = page.locator('form[data-form="task"]');
      // The officer may hand the request to marketing of its office (the choices arrive after the form opens).
      await form.locator('select[name=assigneeId] option').nth(1).waitFor({ state: 'attached' });
      const offered = await form.locator('select[name=assigneeId] option').allInnerTexts();
      expect(offered.slice(1)).toEqual(['Hendra Gunawan', 'Putri Maharani']);
      await form.locator('input[name=title]').fill(`Permintaan spanduk ${locale} ${viewport}`);
      await form.locator('select[name=assigneeId]').selectOption({ label: 'Putri Maharani' });
      await form.locator('button[type=submit]').click();
      const card = page.locator('[data-stage="TODO"] [data-card-id]', { hasText: `Permintaan spanduk ${locale} ${viewport}` });
      await card.click();
      const detail = page.locator('[data-panel="task"]');
      await detail.locator('[data-action="edit-task"]').waitFor();
      expect(await detail.locator('[data-action="delete-task"]').count()).toBe(0);
      expect(await noSideScroll(page)).toBe(true);
      await shot(page, `06-officer-detail-${locale}-${viewport}`, false);
      await page.context().close();
      expect(failures).toEqual([]);
    });
  }
});
