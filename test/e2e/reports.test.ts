import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { screenshots } from '../helpers/screenshots.js';
import { browserAvailable } from '../helpers/browser.js';
import { collectPageErrors, launchBrowser, setLocale, signedInPage } from '../helpers/browser-session.js';
import { buildClient } from '../helpers/client-build.js';
import { databaseTargets } from '../helpers/databases.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;
const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const CHARTS = ['funnel', 'velocity', 'forecast', 'portfolio', 'receivables', 'complaint-sla'];

describe.runIf(browserAvailable())('the reports dashboard in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let manager: Page;
  let officer: Page;
  let clientDist: string;
  const failures: string[] = [];
  const shot = screenshots('reports');

  beforeAll(async () => {
    clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    await server.app.services.monthEnds.closeMonths(new Date());
    browser = await launchBrowser();
    manager = await signedInPage(browser, server.url, 'manager@prospek.test');
    officer = await signedInPage(browser, server.url, 'officer1@prospek.test');
    manager.setDefaultTimeout(30_000);
    officer.setDefaultTimeout(30_000);
    collectPageErrors(manager, failures);
    collectPageErrors(officer, failures);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Each chart has drawn onto its canvas (some pixel is not blank). */
  const drawn = (page: Page, name: string) =>
    page.evaluate((chart) => {
      const canvas = document.querySelector<HTMLCanvasElement>(`[data-chart="${chart}"] canvas`);
      if (!canvas || canvas.width === 0) return false;
      const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
      return false;
    }, name);

  it('draws the manager’s charts and officer table in both languages, on a desktop and a phone', async () => {
    for (const locale of ['id', 'en'] as const) {
      await setLocale(manager, locale);
      for (const viewport of VIEWPORTS) {
        await manager.setViewportSize(viewport);
        await manager.goto(`${server.url}/reports`);
        for (const chart of CHARTS) {
          await manager.waitForSelector(`[data-chart="${chart}"] canvas`);
          await expect.poll(() => drawn(manager, chart)).toBe(true);
        }
        await manager.waitForSelector('[data-table="officer-performance"] [data-officer-id]');
        await manager.waitForSelector('[data-section="recommendations"] [data-finding], [data-section="recommendations"] p.muted');
        expect(await manager.locator('select[name="officeId"]').count()).toBe(1);
        expect(await manager.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await shot(manager, `manager-${locale}-${viewport.name}`);
      }
    }
    expect(await manager.locator('h1').innerText()).toBe('Reports');
    expect(await manager.locator('nav').getByText('Reports', { exact: true }).count()).toBe(1);
  }, 180_000);

  it('keeps the filters in the URL and shows each chart as a table', async () => {
    await setLocale(manager, 'en');
    await manager.setViewportSize(VIEWPORTS[0]);
    await manager.goto(`${server.url}/reports?from=2026-01-01&to=2026-03-31&grouping=WEEK`);
    await manager.waitForSelector('[data-chart="funnel"] canvas');
    expect(await manager.locator('input[name="from"]').inputValue()).toBe('2026-01-01');
    expect(await manager.locator('select[name="grouping"]').inputValue()).toBe('WEEK');
    await manager.locator('select[name="grouping"]').selectOption('MONTH');
    await expect.poll(() => new URL(manager.url()).searchParams.get('grouping')).toBe('MONTH');
    await manager.click('[data-action="toggle-funnel"]');
    const rows = manager.locator('[data-report="funnel"] tbody tr');
    await expect.poll(() => rows.count()).toBe(8);
    expect(await rows.first().locator('td').first().innerText()).toBe('New');
    // The trends list one row per month of the period, money as the API's decimal text.
    await manager.click('[data-action="toggle-receivables"]');
    const receivables = manager.locator('[data-report="receivables"] tbody tr');
    await expect.poll(() => receivables.count()).toBe(3);
    expect(await receivables.first().locator('td').first().innerText()).toBe('2026-01-31');
    expect(await receivables.first().locator('td').nth(1).innerText()).toMatch(/^-?\d+\.\d{2}$/);
    await manager.click('[data-action="toggle-complaint-sla"]');
    await expect.poll(() => manager.locator('[data-report="complaint-sla"] tbody tr').count()).toBe(3);
  });

  it('lets a manager set a target and see its achievement', async () => {
    await setLocale(manager, 'en');
    await manager.goto(`${server.url}/reports`);
    const row = manager.locator('[data-table="officer-performance"] [data-officer-id]').first();
    await row.waitFor();
    const officerId = await row.getAttribute('data-officer-id');
    await manager.locator('select[name="target-officer"]').selectOption(officerId!);
    await manager.fill('input[name="target-VISITS"]', '40');
    await manager.click('[data-action="save-targets"]');
    const status = manager.locator('[data-report="targets"] [role="status"]');
    await status.waitFor();
    expect(await status.innerText()).toBe('Targets saved');
    const month = (await manager.locator('[data-report="targets"] h2').innerText()).slice(-7);
    const token = await server.login('manager@prospek.test');
    const set = expectData(
      await server.gql<{ targets: Array<{ officerId: string; metric: string; value: string }> }>(
        `{ targets(month: "${month}") { officerId metric value } }`,
        {},
        { token },
      ),
    );
    expect(set.targets).toContainEqual({ officerId, metric: 'VISITS', value: '40' });
    await manager.waitForSelector(`[data-officer-id="${officerId}"] [data-metric="VISITS"]`);
    await shot(manager, 'manager-target-set');
  }, 120_000);

  it('lists the recommendations with their evidence and links, by thresholds a manager sets', async () => {
    await setLocale(manager, 'en');
    await manager.setViewportSize(VIEWPORTS[1]);
    await manager.goto(`${server.url}/settings`);
    for (const [key, value] of [
      ['STALE_DAYS', '1'],
      ['STALE_SHARE', '0.01'],
    ]) {
      const row = manager.locator(`[data-threshold="${key}"]`);
      await row.locator('input').fill(value);
      await row.locator('[data-action="save-threshold"]').click();
      await expect.poll(() => row.locator('[data-action="save-threshold"]').isDisabled()).toBe(true);
    }
    await manager.goto(`${server.url}/reports`);
    const stale = manager.locator('[data-section="recommendations"] [data-finding="STALE_PIPELINE"]');
    await stale.waitFor();
    expect(await stale.innerText()).toMatch(/of the pipeline is stale/);
    expect(await stale.innerText()).toMatch(/open leads without activity/);
    expect(await manager.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await shot(manager, 'manager-recommendations-phone');
    await stale.locator('[data-link="LEAD"]').first().click();
    await expect.poll(() => new URL(manager.url()).pathname).toMatch(/^\/leads\/\d+$/);
  }, 120_000);

  it('shows an officer their own dashboard without office filters or the targets editor', async () => {
    for (const locale of ['id', 'en'] as const) {
      await setLocale(officer, locale);
      for (const viewport of VIEWPORTS) {
        await officer.setViewportSize(viewport);
        await officer.goto(`${server.url}/reports`);
        await officer.waitForSelector('[data-chart="funnel"] canvas');
        await expect.poll(() => drawn(officer, 'funnel')).toBe(true);
        expect(await officer.locator('[data-table="officer-performance"] [data-officer-id]').count()).toBe(1);
        expect(await officer.locator('select[name="officeId"]').count()).toBe(0);
        expect(await officer.locator('[data-report="targets"]').count()).toBe(0);
        expect(await officer.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await shot(officer, `officer-${locale}-${viewport.name}`);
      }
    }
    expect(failures).toEqual([]);
  }, 180_000);

  it('keeps ECharts out of the main bundle and of every chunk other routes preload', () => {
    const html = readFileSync(join(clientDist, 'index.html'), 'utf8');
    const loaded = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
    expect(loaded.length).toBeGreaterThan(0);
    for (const file of loaded) expect(readFileSync(join(clientDist, 'assets', file), 'utf8')).not.toMatch(/zrender|echarts/i);
    const withCharts = readdirSync(join(clientDist, 'assets')).filter(
      (f) => f.endsWith('.js') && /zrender/.test(readFileSync(join(clientDist, 'assets', f), 'utf8')),
    );
    expect(withCharts).toHaveLength(1);
    expect(withCharts[0]).toMatch(/^ReportsPage-/);
  });
});
