import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addMonths, businessDate } from '@prospek/shared';
import { screenshots } from '../helpers/screenshots.js';
import { browserAvailable } from '../helpers/browser.js';
import { collectPageErrors, launchBrowser, setLocale, signedInPage } from '../helpers/browser-session.js';
import { buildClient } from '../helpers/client-build.js';
import { databaseTargets } from '../helpers/databases.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;
const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

describe.runIf(browserAvailable())('loan book import in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let manager: Page;
  let nik: string;
  let productCode: string;
  const failures: string[] = [];
  const shot = screenshots('loan-import');
  const today = businessDate();
  const disbursed = addMonths(today, -4);

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    browser = await launchBrowser();
    const q = (name: string) => server.app.dataSource.driver.escape(name);
    // A client of the head office, given a NIK to be found by.
    nik = '3171014501900003';
    const [{ id }] = await server.app.dataSource.query(
      `SELECT c.${q('id')} AS id FROM ${q('client')} c JOIN ${q('office')} o ON o.${q('id')} = c.${q('officeId')} WHERE o.${q('code')} = 'KP-JKT' ORDER BY c.${q('id')} LIMIT 1`,
    );
    await server.app.dataSource.query(`UPDATE ${q('client')} SET ${q('nik')} = ? WHERE ${q('id')} = ?`, [nik, id]);
    [{ code: productCode }] = await server.app.dataSource.query(
      `SELECT ${q('code')} AS code FROM ${q('product')} WHERE ${q('kind')} = 'LOAN' ORDER BY ${q('id')} LIMIT 1`,
    );
    manager = await signedInPage(browser, server.url, 'manager@prospek.test');
    manager.setDefaultTimeout(5000);
    collectPageErrors(manager, failures);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Two good loans and one of an unknown client. */
  const sheet = (prefix: string) =>
    Buffer.from(
      [
        'No Kredit;NIK;Kode Produk;Plafon;Suku Bunga;Tenor;Metode;Tgl Pencairan;Angsuran Pertama;Angsuran Dibayar',
        `${prefix}-1;${nik};${productCode};10.000.000;12;12;FLAT;${disbursed};${addMonths(disbursed, 1)};2`,
        `${prefix}-2;${nik};${productCode};24.000.000;10,5;24;ANNUITY;${disbursed};${addMonths(disbursed, 1)};4`,
        `${prefix}-3;3171999999999999;${productCode};5.000.000;12;12;FLAT;${disbursed};${addMonths(disbursed, 1)};0`,
      ].join('\n'),
    );

  const count = async () => Number((await manager.locator('[data-count]').innerText()).replace(/\D/g, ''));

  for (const [i, viewport] of VIEWPORTS.entries()) {
    const locale = i === 0 ? 'id' : 'en';
    it(`uploads, previews, checks, imports and shows the result on the loans page (${viewport.name}, ${locale})`, async () => {
      await manager.setViewportSize(viewport);
      await setLocale(manager, locale);
      await manager.goto(`${server.url}/loans`);
      await manager.locator('[data-count]').waitFor();
      await manager.locator('[data-table="loans"] [data-loan-id]').first().waitFor();
      const before = await count();
      await manager.locator('[data-action="import-loans"]').click();
      const panel = manager.locator('[data-loan-import] [data-panel="import"]');
      await panel.locator('input[type=file]').setInputFiles({ name: `buku-${viewport.name}.csv`, mimeType: 'text/csv', buffer: sheet(`E2E-${viewport.name}`) });
      await panel.locator('[data-action="import"]').waitFor();
      expect(await panel.locator('select[name="map-externalNumber"]').inputValue()).toBe('No Kredit');
      expect(await panel.locator('select[name="map-client"]').inputValue()).toBe('NIK');
      expect(await panel.locator('select[name="map-paidInstallments"]').inputValue()).toBe('Angsuran Dibayar');
      const check = panel.locator('[data-import-check]');
      await check.locator('[data-field="valid"]').waitFor();
      expect(await check.locator('[data-field="valid"]').innerText()).toBe(locale === 'id' ? '2 baris siap diimpor' : '2 rows ready to import');
      expect(await check.locator('[data-problem-row="4"]').innerText()).toContain(
        locale === 'id' ? 'nasabah tidak dikenal: 3171999999999999' : 'unknown client: 3171999999999999',
      );
      // A needed column left out: nothing can run until it is chosen again.
      await panel.locator('select[name="map-principal"]').selectOption('');
      await check.locator('[data-import-check-error]').waitFor();
      expect(await panel.locator('[data-action="import"]').isDisabled()).toBe(true);
      await panel.locator('select[name="map-principal"]').selectOption('Plafon');
      await check.locator('[data-field="valid"]').waitFor();
      let overflow = await manager.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `preview ${viewport.name}`).toBeLessThanOrEqual(0);
      await shot(manager, `preview-${locale}-${viewport.name}`);

      await panel.locator('[data-action="import"]').click();
      await panel.locator('[role="progressbar"][aria-valuenow="100"]').waitFor();
      const result = panel.locator('[data-import-result]');
      await result.waitFor();
      expect(await result.innerText()).toContain(locale === 'id' ? '2 pinjaman diimpor, 1 baris ditolak.' : '2 loans imported, 1 rows refused.');
      expect(await result.locator('[data-link="rejected"]').count()).toBe(1);
      await expect.poll(count).toBe(before + 2);
      overflow = await manager.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `result ${viewport.name}`).toBeLessThanOrEqual(0);
      await shot(manager, `result-${locale}-${viewport.name}`);
      // The newest loan heads the list: an imported one, showing the bank's own number.
      await manager.locator('[data-table="loans"] [data-loan-id]').first().click();
      expect(await manager.locator('[data-field="external-number"]').innerText()).toMatch(new RegExp(`^E2E-${viewport.name}-[12]$`));
      expect(failures).toEqual([]);
    });
  }

  it('offers no import to an officer', async () => {
    const officer = await signedInPage(browser, server.url, 'officer1@prospek.test');
    await officer.goto(`${server.url}/loans`);
    await officer.locator('[data-count]').waitFor();
    // The heading and filters are there; the import button is not.
    await officer.locator('select[name="status"]').waitFor();
    expect(await officer.locator('[data-action="import-loans"]').count()).toBe(0);
    await officer.close();
  });
});
