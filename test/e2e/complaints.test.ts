import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addDays, businessDate, isWeekend } from '@prospek/shared';
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
] as const;

describe.runIf(browserAvailable())('complaints in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let officer: Page;
  let manager: Page;
  let admin: Page;
  let clientId = '';
  let complaintId = '';
  const failures: string[] = [];
  const shot = screenshots('complaints');

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    const [row]: Array<{ clientId: number }> = await server.app.dataSource.query(
      "SELECT c.id AS clientId FROM client c JOIN user u ON u.id = c.officerId WHERE u.email = 'officer1@prospek.test' ORDER BY c.id LIMIT 1",
    );
    clientId = String(row.clientId);
    browser = await launchBrowser();
    officer = await signedInPage(browser, server.url, 'officer1@prospek.test');
    manager = await signedInPage(browser, server.url, 'manager@prospek.test');
    admin = await signedInPage(browser, server.url, 'admin@prospek.test');
    for (const page of [officer, manager, admin]) {
      page.setDefaultTimeout(8000);
      collectPageErrors(page, failures);
      await page.setViewportSize({ width: 1366, height: 900 });
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const compliance = async () => {
    await manager.goto(`${server.url}/complaints/report`);
    await manager.locator('[data-field="compliance"]').waitFor();
    return (await manager.locator('[data-field="compliance"]').textContent())?.trim() ?? '';
  };

  it('logs a walk-in complaint from the client page, and its deadline skips a holiday added to the calendar', async () => {
    const before = await compliance();
    expect(before).not.toBe('');
    await officer.goto(`${server.url}/clients/${clientId}`);
    await officer.click('[data-panel="client-complaints"] [data-action="new-complaint"]');
    await officer.selectOption('[data-form="complaint"] [name="channel"]', 'WALK_IN');
    await officer.fill('[data-form="complaint"] [name="description"]', 'Denda keterlambatan dikenakan padahal angsuran sudah dibayar.');
    await officer.click('[data-form="complaint"] button[type="submit"]');
    const link = officer.locator('[data-list="client-complaints"] li').first();
    await link.waitFor();
    complaintId = (await link.getAttribute('data-complaint-id')) ?? '';
    await link.locator('a').click();
    await officer.locator('[data-field="dueDate"]').waitFor();
    await officer.waitForSelector('[data-live="live"]');
    const due = (await officer.locator('[data-field="dueDate"]').textContent()) ?? '';
    await shot(officer, 'complaint-open-id-desktop');

    // The admin marks a coming working day off on the work calendar page; the open page follows live.
    // The day is one the calendar does not already keep off (else nothing would move), whatever today is.
    const adminToken = await server.login('admin@prospek.test');
    const officerToken = await server.login('officer1@prospek.test');
    const daysOff = new Set<string>();
    for (const year of [Number(businessDate().slice(0, 4)), Number(businessDate().slice(0, 4)) + 1]) {
      const calendar = await server.gql<{ workCalendar: { holidays: Array<{ date: string }> } }>(
        'query($year: Int!) { workCalendar(year: $year) { holidays { date } } }',
        { year },
        { token: adminToken },
      );
      for (const day of calendar.data?.workCalendar.holidays ?? []) daysOff.add(day.date);
    }
    const dueOf = async () =>
      (
        await server.gql<{ complaint: { slaDueDate: string } }>(
          'query($id: ID!) { complaint(id: $id) { slaDueDate } }',
          { id: complaintId },
          { token: officerToken },
        )
      ).data?.complaint.slaDueDate ?? '';
    const dueBefore = await dueOf();
    let holiday = addDays(businessDate(), 2);
    while (isWeekend(holiday) || daysOff.has(holiday)) holiday = addDays(holiday, 1);
    expect(holiday < dueBefore).toBe(true);
    await admin.goto(`${server.url}/work-calendar`);
    await admin.locator('[data-form="holiday"]').waitFor();
    await admin.fill('[data-form="holiday"] [name="date"]', holiday);
    await admin.fill('[data-form="holiday"] [name="name"]', 'Libur daerah uji');
    await admin.click('[data-form="holiday"] button[type="submit"]');
    await admin.locator(`[data-list="holidays"] [data-date="${holiday}"]`).waitFor();
    await shot(admin, 'work-calendar-id-desktop');
    await officer.waitForFunction((text) => document.querySelector('[data-field="dueDate"]')?.textContent !== text, due);
    // The deadline skips the new day off: one working day later than before.
    let dueAfter = addDays(dueBefore, 1);
    while (isWeekend(dueAfter) || daysOff.has(dueAfter)) dueAfter = addDays(dueAfter, 1);
    expect(await dueOf()).toBe(dueAfter);
    expect(failures).toEqual([]);
  });

  it('pauses it on the board while waiting for the client, resolves it under a policy, and the compliance figure moves', async () => {
    const before = await compliance();
    await officer.goto(`${server.url}/complaints`);
    const card = (column: string) => officer.locator(`[data-stage="${column}"] [data-card-id="${complaintId}"]`);
    await card('OPEN').locator('article').focus();
    await officer.keyboard.press('ArrowRight');
    await card('IN_PROGRESS').waitFor();
    await card('IN_PROGRESS').locator('article').focus();
    await officer.keyboard.press('ArrowRight');
    await card('WAITING_CLIENT').locator('[data-tone="paused"]').waitFor();
    await shot(officer, 'board-paused-id-desktop');

    await officer.goto(`${server.url}/complaints/${complaintId}`);
    // The one extension, with how and when the client was told of it.
    await officer.click('[data-action="extend"]');
    // The hint says the days this complaint's extension adds (the demo's categories leave it to the setting's ten).
    const extensionDays = expectData(
      await server.gql<{ complaint: { extensionDays: number } }>(
        `query($id: ID!) { complaint(id: $id) { extensionDays } }`,
        { id: complaintId },
        { token: await server.login('officer1@prospek.test') },
      ),
    ).complaint.extensionDays;
    expect(await officer.locator('[data-form="extend"] p.muted').first().textContent()).toContain(`${extensionDays} hari kerja`);
    await officer.fill('[data-form="extend"] [name="reason"]', 'Menunggu rekening koran dari bank lain.');
    await officer.selectOption('[data-form="extend"] [name="toldVia"]', 'WHATSAPP');
    await officer.fill('[data-form="extend"] [name="toldOn"]', businessDate());
    await officer.click('[data-form="extend"] button[type="submit"]');
    await officer.locator('[data-section="extension"] [data-field="extension-told"]').waitFor();
    expect(await officer.locator('[data-section="extension"] [data-field="extension-told"]').textContent()).toContain('WhatsApp');
    await officer.locator('[data-list="complaint-timeline"] [data-kind="EXTENDED"] [data-field="extension-told"]').waitFor();
    await officer.click('[data-action="resolve"]');
    await officer.fill('[data-form="resolve"] [name="resolution"]', 'Denda dihapus dan dijelaskan kepada nasabah.');
    await officer.click('[data-form="resolve"] button[type="submit"]');
    await officer.locator('[data-section="resolution"]').waitFor();
    expect(await officer.locator('[data-field="status"]').textContent()).toBe('Selesai');
    await shot(officer, 'complaint-resolved-id-desktop');

    const after = await compliance();
    expect(after).not.toBe(before);
    await shot(manager, 'report-id-desktop');
    expect(failures).toEqual([]);
  });

  it('fits every complaints page at 1366 and 390 in both languages, without untranslated keys', async () => {
    const pages = [
      { path: '/complaints', ready: '[data-stage="OPEN"]', name: 'board' },
      { path: `/complaints/${complaintId}`, ready: '[data-list="complaint-timeline"]', name: 'complaint' },
      { path: '/complaints/report', ready: '[data-field="compliance"]', name: 'report' },
      { path: '/work-calendar', ready: '[data-list="holidays"] li', name: 'calendar' },
      { path: `/clients/${clientId}`, ready: '[data-list="client-complaints"] li', name: 'client' },
    ];
    for (const locale of ['id', 'en'] as const) {
      await setLocale(manager, locale);
      for (const viewport of VIEWPORTS) {
        await manager.setViewportSize({ width: viewport.width, height: viewport.height });
        for (const page of pages) {
          await manager.goto(`${server.url}${page.path}`);
          await manager.locator(page.ready).first().waitFor();
          const overflow = await manager.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${page.name} ${locale} ${viewport.name}`).toBeLessThanOrEqual(0);
          const text = (await manager.locator('body').textContent()) ?? '';
          expect(text, `${page.name} ${locale}`).not.toMatch(/complaints\.|workCalendar\./);
          await shot(manager, `${page.name}-${locale}-${viewport.name}`);
        }
      }
    }
    await setLocale(manager, 'id');
    expect(failures).toEqual([]);
  }, 180_000);
});
