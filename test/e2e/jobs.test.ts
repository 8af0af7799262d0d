/**
 * The background jobs page in a real browser: an admin watches a long job's progress move, reads a
 * failed job's error and attempts, retries it, and sees it run to completion; officers have no such page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { JobContext } from '../../server/src/jobs/job-queue.js';
import { browserAvailable } from '../helpers/browser.js';
import { collectPageErrors, launchBrowser, setLocale, signedInPage } from '../helpers/browser-session.js';
import { buildClient } from '../helpers/client-build.js';
import { databaseTargets } from '../helpers/databases.js';
import { screenshots } from '../helpers/screenshots.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;
const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

describe.runIf(browserAvailable())('the background jobs page in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let admin: Page;
  let officer: Page;
  const failures: string[] = [];
  const shot = screenshots('jobs');
  /** The long job holds at 40 % until released. */
  let releaseLong: () => void = () => undefined;
  const longGate = new Promise<void>((resolve) => (releaseLong = resolve));
  /** The nightly run fails while the book is "locked". */
  let locked = true;

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    const jobs = server.app.services.jobs;
    jobs.define('loan-month-end', async (job: JobContext<unknown>) => {
      await job.progress(40);
      await longGate;
    });
    jobs.define(
      'loan-positions',
      async (job: JobContext<unknown>) => {
        if (locked) throw new Error('Loan book locked for maintenance until 02:00');
        await job.progress(100);
      },
      { attempts: 2 },
    );
    void jobs.enqueue('loan-month-end', {}, { jobId: 'loan-month-end.e2e' });
    const failing = await jobs.enqueue('loan-positions', {}, { jobId: 'loan-positions.e2e' });
    await failing.settled;
    browser = await launchBrowser();
    admin = await signedInPage(browser, server.url, 'admin@prospek.test');
    officer = await signedInPage(browser, server.url, 'officer1@prospek.test');
    for (const page of [admin, officer]) {
      page.setDefaultTimeout(10_000);
      collectPageErrors(page, failures);
    }
  }, 240_000);
  afterAll(async () => {
    releaseLong();
    await browser?.close();
    await server?.close();
  });

  const row = (id: string) => admin.locator(`[data-table="jobs"] tr[data-job-id="${id}"]`);

  it('is in an admin’s navigation only', async () => {
    expect(await officer.locator('nav a[href="/jobs"]').count()).toBe(0);
    await officer.goto(`${server.url}/jobs`);
    await officer.waitForURL(/\/board$/);
    await admin.click('[data-action="admin-menu"]');
    await admin.locator('nav a[href="/jobs"]').click();
    await admin.waitForURL(/\/jobs$/);
    await admin.locator('h1', { hasText: 'Pekerjaan latar' }).waitFor();
  });

  it('shows a running job’s progress and a failed job’s error and attempts', async () => {
    await row('loan-month-end.e2e').locator('[data-job-progress][aria-valuenow="40"]').waitFor();
    expect(await row('loan-month-end.e2e').getAttribute('data-job-state')).toBe('ACTIVE');
    const failed = row('loan-positions.e2e');
    await failed.waitFor();
    expect(await failed.getAttribute('data-job-state')).toBe('FAILED');
    expect(await failed.locator('[data-job-error]').innerText()).toContain('locked for maintenance');
    expect(await failed.locator('[data-job-attempts]').innerText()).toBe('2 dari 2');
    expect(await failed.locator('[data-action="retry-job"]').count()).toBe(1);
    expect(await row('loan-month-end.e2e').locator('[data-action="retry-job"]').count()).toBe(0);
  });

  it('fits 1366 and 390 in both languages without sideways scrolling', async () => {
    for (const locale of ['id', 'en'] as const) {
      await setLocale(admin, locale);
      await row('loan-positions.e2e').waitFor();
      for (const viewport of VIEWPORTS) {
        await admin.setViewportSize(viewport);
        const overflow = await admin.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await shot(admin, `jobs-${locale}-${viewport.name}`);
      }
    }
    await setLocale(admin, 'id');
    await admin.setViewportSize(VIEWPORTS[0]);
  });

  it('retries a failed job, which then completes; the list follows on its own', async () => {
    locked = false;
    await row('loan-positions.e2e').locator('[data-action="retry-job"]').click();
    await admin.locator('[data-table="jobs"] tr[data-job-id="loan-positions.e2e"][data-job-state="COMPLETED"]').waitFor();
    expect(await row('loan-positions.e2e').locator('[data-job-error]').innerText()).toBe('');
    // The long job finishes without a reload: the page polls.
    releaseLong();
    await admin.locator('[data-table="jobs"] tr[data-job-id="loan-month-end.e2e"][data-job-state="COMPLETED"]').waitFor();
    expect(await row('loan-month-end.e2e').locator('[data-job-progress]').getAttribute('aria-valuenow')).toBe('100');
    // The filter shows only what is asked.
    await admin.selectOption('select[name="state"]', 'FAILED');
    await admin.locator('[data-table="jobs"] tbody td.muted', { hasText: 'Belum ada pekerjaan' }).waitFor();
    expect(failures).toEqual([]);
  });
});
