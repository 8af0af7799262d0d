import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { screenshots } from '../helpers/screenshots.js';
import { browserAvailable } from '../helpers/browser.js';
import { dragCard, launchBrowser, signedInPage } from '../helpers/browser-session.js';
import { buildClient } from '../helpers/client-build.js';
import { databaseTargets } from '../helpers/databases.js';
import { createLead } from '../helpers/leads.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;
const SIGNUPS = fileURLToPath(new URL('../fixtures/event-signups.csv', import.meta.url));

describe.runIf(browserAvailable())('campaigns, the capture form, imports and the task board in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let marketing: Page;
  let manager: Page;

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    browser = await launchBrowser();
    // Marketing sees only the leads its campaigns brought; the demo's campaigns brought some.
    marketing = await signedInPage(browser, server.url, 'marketing@prospek.test');
    await shot(marketing, '00-marketing-board', false);
    manager = await signedInPage(browser, server.url, 'manager@prospek.test');
    // A step that cannot happen fails in seconds, naming what it waited for.
    for (const page of [marketing, manager]) page.setDefaultTimeout(5000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const shot = screenshots('marketing');
  const figure = (name: string) => marketing.locator(`[data-panel="figures"] [data-field="${name}"]`).innerText();

  it('creates a lead from the board that stays on marketing’s board, through the campaign it names', async () => {
    await marketing.click('[data-action="new-lead"]');
    const form = marketing.locator('form[data-form="lead"]');
    await form.locator('input[name=fullName]').fill('Bapak Surya Pengunjung');
    await form.locator('input[name=phone]').fill('0812 6666 0001');
    await form.locator('input[name=estimatedAmount]').fill('180.000.000');
    // Without a campaign the lead would leave marketing's sight: the form asks for one, in words.
    await form.locator('button[type=submit]').click();
    const error = form.locator('[data-error-for="campaignId"]');
    await error.waitFor();
    expect(await error.innerText()).toBe('Pilih kampanye yang membawa prospek ini: tim marketing hanya melihat prospek dari kampanyenya');
    await form.locator('select[name=campaignId]').selectOption({ label: 'Instagram Kredit Kendaraan' });
    // The campaign brings its channel and product.
    expect(await form.locator('select[name=source]').inputValue()).toBe('SOCIAL_MEDIA');
    expect(await form.locator('select[name=productId] option:checked').innerText()).toBe('Kredit Kendaraan Bermotor');
    await shot(marketing, '00-lead-form');
    await form.locator('button[type=submit]').click();
    const card = marketing.locator('[data-stage="NEW"] [data-card-id]', { hasText: 'Bapak Surya Pengunjung' });
    await card.waitFor({ timeout: 3000 });
    // Still there from the server's side, not only in the page that made it.
    await marketing.reload();
    await card.waitFor({ timeout: 3000 });
    await shot(marketing, '00-marketing-board-with-lead', false);
  });

  it('creates a campaign from the campaign list', async () => {
    await marketing.click('.topbar__nav a[href="/campaigns"]');
    // The demo office already runs some, each with its figures.
    const row = marketing.locator('[data-table="campaigns"] tr', { hasText: 'Instagram Kredit Kendaraan' });
    await row.waitFor();
    expect(Number((await row.locator('td').nth(3).innerText()).split(' / ')[0])).toBeGreaterThan(0);
    await shot(marketing, '00-campaign-list');
    await marketing.click('[data-action="new-campaign"]');
    const form = marketing.locator('form[data-form="campaign"]');
    // Nothing named and an end before the start: both are refused, in words.
    await form.locator('input[name=endDate]').fill('2020-01-01');
    await form.locator('button[type=submit]').click();
    await form.locator('[data-error-for="name"]').waitFor();
    expect(await form.locator('[data-error-for="name"]').innerText()).toBe('Wajib diisi');
    expect(await form.locator('[data-error-for="endDate"]').innerText()).toBe('Tanggal selesai sebelum tanggal mulai');
    await form.locator('input[name=endDate]').fill(await form.locator('input[name=startDate]').inputValue());
    await form.locator('input[name=name]').fill('Pameran UMKM Pasar Minggu');
    await form.locator('select[name=channel]').selectOption('EVENT');
    await form.locator('select[name=status]').selectOption('ACTIVE');
    await form.locator('input[name=leadGoal]').fill('20');
    await form.locator('input[name=budget]').fill('3.000.000');
    await form.locator('input[name=spend]').fill('1.500.000');
    await shot(marketing, '01-campaign-form');
    await form.locator('button[type=submit]').click();
    await marketing.waitForURL(/\/campaigns\/\d+$/);
    await marketing.waitForSelector('[data-panel="figures"]');
    expect(await figure('leads')).toBe('0');
    await shot(marketing, '02-campaign');
  });

  it('turns a public form submission into a pool lead on the board, and counts it on the campaign live', async () => {
    const formUrl = (await marketing.locator('[data-link="form"]').getAttribute('href'))!;
    // The address is shown whole, to be pasted into posts and messages.
    expect(await marketing.locator('[data-link="form"]').innerText()).toBe(formUrl);
    expect(formUrl).toMatch(new RegExp(`^${server.url}/f/[a-z0-9-]+$`));
    // A prospect's phone: no sign-in, no app, just the page.
    const visitor = await (await browser.newContext({ viewport: { width: 400, height: 800 }, locale: 'id-ID' })).newPage();
    await visitor.goto(formUrl);
    expect(await visitor.locator('h1').innerText()).toBe('Pameran UMKM Pasar Minggu');
    await visitor.fill('input[name=name]', 'Ibu Sumarni');
    await visitor.fill('input[name=phone]', '0812 7777 0001');
    await visitor.click('button[type=submit]');
    // Without consent nothing is written and the page says why, keeping what was typed.
    await visitor.waitForSelector('[data-error-for="consent"]');
    expect(await visitor.inputValue('input[name=name]')).toBe('Ibu Sumarni');
    await shot(visitor, '03-form-error');
    await visitor.check('input[name=consent]');
    await visitor.click('button[type=submit]');
    await visitor.waitForSelector('[data-submitted="yes"]');
    await shot(visitor, '04-form-thanks');
    await visitor.context().close();

    const card = manager.locator('[data-stage="NEW"] [data-card-id]', { hasText: 'Ibu Sumarni' });
    await card.waitFor({ timeout: 3000 });
    expect(await card.locator('[data-pool]').count()).toBe(1);
    await shot(manager, '05-board', false);
    await expect.poll(() => figure('leads'), { timeout: 3000 }).toBe('1');
    await marketing.locator('.plain-list li', { hasText: 'Ibu Sumarni' }).waitFor({ timeout: 3000 });
    await shot(marketing, '06-campaign-live');
  });

  it('imports a sheet through the campaign page, showing progress and then what was imported', async () => {
    // An open lead already has Budi's number: his row is a duplicate.
    await createLead(server, await server.login('officer1@prospek.test'), { fullName: 'Budi lama', phone: '0813 2222 3333' });
    const panel = marketing.locator('[data-panel="import"]');
    await panel.locator('input[type=file]').setInputFiles(SIGNUPS);
    await panel.locator('[data-action="import"]').waitFor();
    expect(await panel.locator('select[name="map-fullName"]').inputValue()).toBe('Nama');
    expect(await panel.locator('select[name="map-phone"]').inputValue()).toBe('No HP');
    // Every row is checked before anything is written, and again when a column changes.
    const check = panel.locator('[data-import-check]');
    await check.locator('[data-field="valid"]').waitFor();
    expect(await check.locator('[data-field="valid"]').innerText()).toBe('3 baris siap diimpor');
    expect(await check.locator('[data-problem-row="11"]').innerText()).toContain('sumber tidak dikenal: Radio');
    await panel.locator('select[name="map-fullName"]').selectOption('');
    await check.locator('[data-import-check-error]').waitFor();
    expect(await panel.locator('[data-action="import"]').isDisabled()).toBe(true);
    await panel.locator('select[name="map-fullName"]').selectOption('Nama');
    await check.locator('[data-field="valid"]').waitFor();
    await shot(marketing, '07-import-mapping');
    await panel.locator('[data-action="import"]').click();
    await panel.locator('[role="progressbar"][aria-valuenow="100"]').waitFor({ timeout: 5000 });
    const result = panel.locator('[data-import-result]');
    await result.waitFor({ timeout: 5000 });
    expect(await result.innerText()).toContain('3 prospek diimpor, 7 baris ditolak.');
    expect(await result.locator('[data-link="rejected"]').count()).toBe(1);
    await expect.poll(() => figure('leads'), { timeout: 3000 }).toBe('4');
    await shot(marketing, '08-import-done');
  });

  let token: string;
  const createTask = async (title: string) =>
    expectData(
      await server.gql<{ createTask: { id: string; version: number } }>(
        'mutation($i: TaskFieldsInput!) { createTask(input: $i) { id version } }',
        { i: { title } },
        { token },
      ),
    ).createTask;
  const moveTask = async (id: string, status: string, version: number) =>
    expectData(
      await server.gql('mutation($i: MoveTaskInput!) { moveTask(input: $i) { task { id } } }', { i: { id, status, expectedVersion: version } }, { token }),
    );
  const header = (status: string) => marketing.locator(`[data-stage="${status}"] [data-field="count"]`).innerText();

  it('refuses a drag past a hard WIP limit, putting the card back with the reason', async () => {
    token = await server.login('marketing@prospek.test');
    await marketing.click('.topbar__nav a[href="/tasks"]');
    await marketing.waitForSelector('[data-stage="IN_PROGRESS"] [data-field="count"]');
    // The demo board: the office's requests in every column.
    for (const status of ['TODO', 'IN_PROGRESS', 'REVIEW', 'DONE']) await marketing.locator(`[data-stage="${status}"] [data-card-id]`).first().waitFor();
    await shot(marketing, '08-task-board', false);
    let count = Number((await header('IN_PROGRESS')).split(' / ')[0]);
    while (count < 5) {
      const task = await createTask(`Isi kolom ${count}`);
      await moveTask(task.id, 'IN_PROGRESS', task.version);
      count++;
    }
    await expect.poll(() => header('IN_PROGRESS'), { timeout: 3000 }).toBe('5 / 5');
    // One more task, from the board's own form.
    await marketing.click('[data-action="new-task"]');
    const form = marketing.locator('form[data-form="task"]');
    await form.locator('button[type=submit]').click();
    expect(await form.locator('[data-error-for="title"]').innerText()).toBe('Wajib diisi');
    await form.locator('input[name=title]').fill('Cetak spanduk pameran');
    await form.locator('button[type=submit]').click();
    const extra = marketing.locator('[data-stage="TODO"] [data-card-id]', { hasText: 'Cetak spanduk pameran' });
    await extra.waitFor({ timeout: 3000 });
    const extraId = (await extra.getAttribute('data-card-id'))!;
    await dragCard(marketing, extraId, '[data-stage="IN_PROGRESS"] .column__cards');
    const toast = marketing.locator('[data-toast="error"]');
    await toast.waitFor({ timeout: 3000 });
    expect(await toast.locator('span').innerText()).toBe('Pemindahan dibatalkan: kolom Dikerjakan penuh (5 / 5); selesaikan dulu tugas di sana');
    await marketing.locator(`[data-stage="TODO"] [data-card-id="${extraId}"]`).waitFor({ timeout: 2000 });
    expect(await header('IN_PROGRESS')).toBe('5 / 5');
    await shot(marketing, '09-wip-refused', false);
  });

  it('warns past a soft limit but lets the card move', async () => {
    const managerToken = await server.login('manager@prospek.test');
    const reviewCount = async () => Number((await header('REVIEW')).split(' / ')[0]);
    // A limit the column already reaches, so that one more card goes past it.
    if ((await reviewCount()) === 0) {
      const first = await createTask('Tinjau materi');
      await moveTask(first.id, 'REVIEW', first.version);
      await expect.poll(reviewCount, { timeout: 3000 }).toBe(1);
    }
    const inReview = await reviewCount();
    expectData(
      await server.gql(
        'mutation($n: Int!) { updateBoardColumnSetting(board: "tasks", columnKey: "REVIEW", wipLimit: $n, hardLimit: false) { wipLimit } }',
        { n: inReview },
        { token: managerToken },
      ),
    );
    // The open board hears its office's new limit at once.
    await expect.poll(() => header('REVIEW'), { timeout: 3000 }).toBe(`${inReview} / ${inReview}`);
    const task = await createTask('Desain brosur KUR');
    await marketing.reload();
    const limit = inReview;
    await expect.poll(() => header('REVIEW'), { timeout: 3000 }).toBe(`${inReview} / ${limit}`);
    const card = marketing.locator(`[data-card-id="${task.id}"]`);
    await card.waitFor();
    await dragCard(marketing, task.id, '[data-stage="REVIEW"] .column__cards');
    const toast = marketing.locator('[data-toast="info"]', { hasText: 'Ditinjau melewati batas WIP' });
    await toast.waitFor({ timeout: 3000 });
    expect(await toast.locator('span').innerText()).toBe(`Ditinjau melewati batas WIP (${inReview + 1} / ${limit})`);
    await marketing.locator(`[data-stage="REVIEW"] [data-card-id="${task.id}"]`).waitFor({ timeout: 2000 });
    await expect.poll(() => header('REVIEW'), { timeout: 2000 }).toBe(`${inReview + 1} / ${limit}`);
    await shot(marketing, '10-wip-warned', false);
  });
});
