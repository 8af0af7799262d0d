import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BUSINESS_TIME_ZONE } from '@prospek/shared';
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

/** A time as the board words it: "Kam, 26 Nov, 10.00" (the card's own format, in Jakarta time). */
const boardTime = (at: Date) =>
  new Intl.DateTimeFormat('id-ID', {
    timeZone: BUSINESS_TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);

/** `YYYY-MM-DDTHH:mm` in Jakarta time, as a datetime-local input takes it. */
const localInput = (at: Date) => new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);

describe.runIf(browserAvailable())('follow-ups in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let officer: Page;
  let manager: Page;
  let token: string;
  let lead: Card;
  let activityId: string;
  const firstDue = new Date(Date.now() + 10 * 60_000);
  // Three days on, at 10:00 in Jakarta.
  const nextDue = new Date(`${new Date(Date.now() + 3 * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10)}T10:00:00+07:00`);

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    browser = await launchBrowser();
    token = await server.login('officer1@prospek.test');
    lead = await createLead(server, token, { fullName: 'Ibu Ratna Sari', companyName: 'Warung Ratna', phone: '0812 3333 4444', segment: 'MICRO' });
    activityId = expectData(
      await server.gql<{ scheduleActivity: { id: string } }>(
        'mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { id } }',
        { input: { leadId: lead.id, type: 'WHATSAPP', dueAt: firstDue.toISOString(), notes: 'Tanyakan kebutuhan modal' } },
        { token },
      ),
    ).scheduleActivity.id;
    officer = await signedInPage(browser, server.url, 'officer1@prospek.test');
    manager = await signedInPage(browser, server.url, 'manager@prospek.test');
    // A step that cannot happen fails in seconds, naming what it waited for.
    for (const page of [officer, manager]) page.setDefaultTimeout(5000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const shot = screenshots('agenda');
  const nextAction = (page: Page) => page.locator(`[data-card-id="${lead.id}"] .card__next`);
  const unread = async () =>
    expectData(await server.gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, { token })).unreadNotificationCount;

  it('rings the bell when a follow-up falls due, and clears it when read', async () => {
    const bell = officer.locator('[data-action="bell"] [data-field="unread"]');
    await server.app.services.scheduler.tick();
    const expected = await unread();
    expect(expected).toBeGreaterThan(0);
    const shown = async () => (await bell.allInnerTexts())[0] ?? '0';
    await expect.poll(shown, { timeout: 3000 }).toBe(String(expected));
    // Reminders delivered by one run make one toast, however many there are.
    await officer.locator('[data-toast="info"]').first().waitFor({ timeout: 3000 });
    expect(await officer.locator('[data-toast="info"]').count()).toBe(1);
    await officer.click('[data-action="bell"]');
    const item = officer.locator('.bell__item', { hasText: 'Ibu Ratna Sari' });
    await item.waitFor({ timeout: 2000 });
    expect(await item.locator('strong').innerText()).toBe('WhatsApp Ibu Ratna Sari');
    await shot(officer, '01-bell', false);
    await item.click();
    await officer.waitForURL(`**/leads/${lead.id}`);
    await expect.poll(shown, { timeout: 2000 }).toBe(String(expected - 1));
    expect(await unread()).toBe(expected - 1);
  });

  it('opens WhatsApp from the agenda with the number and the message filled in', async () => {
    await officer.click('.topbar__nav a[href="/agenda"]');
    const item = officer.locator(`[data-activity-id="${activityId}"]`);
    await item.waitFor({ timeout: 3000 });
    // A prospect's message starts as a greeting, not an installment reminder.
    expect(await item.locator('select[name=template]').inputValue()).toBe('GREETING');
    const link = item.locator('[data-link="whatsapp"]');
    await expect
      .poll(async () => new URL((await link.getAttribute('href')) ?? 'about:blank').searchParams.get('text') ?? '', { timeout: 2000 })
      .toContain('Ibu Ratna Sari');
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.origin + href.pathname).toBe('https://wa.me/6281233334444');
    expect(href.searchParams.get('text')).toContain('Rina Kusuma');
    expect(href.searchParams.get('text')).toContain('Warung Ratna');
    await shot(officer, '02-agenda');

    // The link opens WhatsApp in a new tab; wa.me itself is stood in for, the machine being offline.
    await officer.context().route('https://wa.me/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>WhatsApp</title>' }));
    const [popup] = await Promise.all([officer.waitForEvent('popup'), link.click()]);
    await popup.waitForLoadState();
    expect(popup.url()).toBe(href.toString());
    await popup.close();
  });

  it('logs the outcome, schedules the next step, and the card’s next action changes live on the board', async () => {
    await nextAction(manager).waitFor({ timeout: 3000 });
    expect(await nextAction(manager).innerText()).toContain(boardTime(firstDue));

    await officer.locator(`[data-activity-id="${activityId}"] [data-action="complete"]`).click();
    const form = officer.locator('form[data-form="outcome"]');
    await form.waitFor();
    await form.locator('select[name=outcome]').selectOption('INTERESTED');
    await form.locator('textarea[name=notes]').fill('Butuh modal untuk etalase baru');
    await form.locator('select[name=nextType]').selectOption('VISIT');
    await form.locator('input[name=nextAt]').fill(localInput(nextDue));
    await shot(officer, '03-outcome');
    await form.locator('button[type=submit]').click();
    await officer.waitForSelector('[data-toast="success"]', { timeout: 2000 });

    await expect.poll(() => nextAction(manager).innerText(), { timeout: 3000 }).toContain(boardTime(nextDue));
    await shot(manager, '04-board', false);

    // The agenda drops the done follow-up and lists the visit.
    await officer.locator(`[data-activity-id="${activityId}"]`).waitFor({ state: 'detached', timeout: 2000 });
    const visit = officer.locator('[data-section="upcoming"] .agenda-item', { hasText: 'Ibu Ratna Sari' });
    await visit.waitFor({ timeout: 2000 });
    expect(await visit.locator('.chip').innerText()).toBe('Kunjungan');
    await shot(officer, '05-agenda-after');
  });

  it('shows the outcome and the next step on the lead’s timeline, in words', async () => {
    await officer.goto(`${server.url}/leads/${lead.id}`);
    const timeline = officer.locator('[data-panel="timeline"]');
    await timeline.locator('[data-kind="ACTIVITY"]').first().waitFor();
    const activities = await timeline.locator('[data-kind="ACTIVITY"]').allInnerTexts();
    expect(activities.some((text) => text.includes('Tertarik — Butuh modal untuk etalase baru'))).toBe(true);
    expect(activities.some((text) => text.includes('Dijadwalkan'))).toBe(true);
    expect(await timeline.innerText()).not.toMatch(/INTERESTED|SCHEDULED|fullName/);
    await shot(officer, '06-timeline');
  });
});
