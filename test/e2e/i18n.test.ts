import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { messages } from '../../client/src/i18n/messages.js';
import { browserAvailable } from '../helpers/browser.js';
import { dragCard, launchBrowser, signedInPage } from '../helpers/browser-session.js';
import { buildClient } from '../helpers/client-build.js';
import { databaseTargets } from '../helpers/databases.js';
import { createLead } from '../helpers/leads.js';
import { screenshots } from '../helpers/screenshots.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;
/** The interface's texts as the app merges them: its own and each feature's. */
const { id, en } = messages;
const SIGNUPS = fileURLToPath(new URL('../fixtures/event-signups.csv', import.meta.url));
type Locale = 'id' | 'en';

/** Every text of a message tree, with its key. */
function flatten(tree: unknown, prefix = ''): Array<[string, string]> {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (!tree || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([key, value]) => flatten(value, prefix ? `${prefix}.${key}` : key));
}

/** Words of a text, lower case: what a reader would recognise as a language's. */
function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
}

/** The words of a message, its placeholders ({name}) left out. */
const messageWords = (text: string) => words(text.replace(/\{[^}]*\}/g, ' '));

const textsOf = (messages: unknown) => flatten(messages).map(([, text]) => text);
const vocabulary = (messages: unknown) => new Set(textsOf(messages).flatMap(messageWords));
const idWords = vocabulary(id);
const enWords = vocabulary(en);
/** Words only one language's interface uses: seen in the other language's mode, they are a leak. */
const ONLY: Record<Locale, Set<string>> = {
  id: new Set([...idWords].filter((w) => !enWords.has(w))),
  en: new Set([...enWords].filter((w) => !idWords.has(w))),
};
const GROUPS = new Set(Object.keys(en));

/** Every path of the router, read from its source so that a new route is walked without editing this test. */
function routes(): string[] {
  const source = readFileSync(new URL('../../client/src/router.ts', import.meta.url), 'utf8');
  const paths: string[] = [];
  for (const match of source.matchAll(/\{ path: '([^']+)'(.*?)\},?\n/g)) {
    const [, path, rest] = match;
    if (rest.includes('redirect:') || path === '/login') continue;
    paths.push(path);
  }
  return paths;
}

const ROLES = [
  { role: 'officer', email: 'officer1@prospek.test' },
  { role: 'manager', email: 'manager@prospek.test' },
  { role: 'marketing', email: 'marketing@prospek.test', ready: '[data-live="live"]' },
  { role: 'admin', email: 'admin@prospek.test' },
] as const;

describe.runIf(browserAvailable())('every page in both languages', () => {
  let server: TestServer;
  let browser: Browser;
  /** Words and codes the data holds (names, notes, product names): shown as they are, in any language. */
  const dataWords = new Set<string>();
  const dataCodes = new Set<string>();

  beforeAll(async () => {
    const clientDist = await buildClient();
    server = await startServer(sqlite, { clientDist });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const shot = screenshots('i18n');

  /** Reads what the data holds now (the demo data goes on being written after start-up, and tests add their own). */
  async function readData(): Promise<void> {
    const source = server.app.dataSource;
    for (const meta of source.entityMetadatas) {
      const rows = (await source.query(`SELECT * FROM ${source.driver.escape(meta.tableName)}`)) as Array<Record<string, unknown>>;
      for (const row of rows)
        for (const value of Object.values(row))
          if (typeof value === 'string') {
            for (const w of words(value)) dataWords.add(w);
            for (const c of value.match(/[A-Z0-9]+(?:_[A-Z0-9]+)+/g) ?? []) dataCodes.add(c);
          }
    }
  }

  /** What a page shows that is not in the page's language: the other language's words, raw keys, raw codes. */
  async function untranslated(page: Page, locale: Locale): Promise<string[]> {
    const text = await page.locator('body').innerText();
    const other = ONLY[locale === 'id' ? 'en' : 'id'];
    const leaks = new Set<string>();
    // The page speaks its language at all: else the checks below would look at the wrong words.
    if (!words(text).some((w) => ONLY[locale].has(w))) leaks.add('no word of its own language');
    for (const w of words(text)) if (other.has(w) && !dataWords.has(w)) leaks.add(`word "${w}"`);
    for (const [, group, rest] of text.matchAll(/\b([a-z][A-Za-z]+)\.([a-zA-Z_][\w.]*)/g)) if (GROUPS.has(group)) leaks.add(`key "${group}.${rest}"`);
    for (const [code] of text.matchAll(/\b[A-Z]+(?:_[A-Z]+)+\b/g)) if (!dataCodes.has(code)) leaks.add(`code "${code}"`);
    return [...leaks];
  }

  async function pathsFor(token: string): Promise<Map<string, string>> {
    const leads = expectData(await server.gql<{ leads: { nodes: Array<{ id: string }> } }>('{ leads(first: 1) { nodes { id } } }', {}, { token })).leads.nodes;
    const clients = await server.gql<{ clients: { nodes: Array<{ id: string }> } }>('{ clients(first: 1) { nodes { id } } }', {}, { token });
    const campaigns = await server.gql<{ campaigns: { nodes: Array<{ id: string }> } }>('{ campaigns(first: 100) { nodes { id } } }', {}, { token });
    const complaints = await server.gql<{ complaints: { nodes: Array<{ id: string }> } }>('{ complaints(first: 1) { nodes { id } } }', {}, { token });
    const reports = await server.gql<{ workReports: Array<{ officer: { id: string } }> }>(
      '{ workReports(period: { kind: MONTH, date: "2026-11-01" }) { officer { id } } }',
      {},
      { token },
    );
    const statements = await server.gql<{ bankStatements: { nodes: Array<{ id: string }> } }>('{ bankStatements(first: 1) { nodes { id } } }', {}, { token });
    const ids: Record<string, string | undefined> = {
      '/work-reports/:id': reports.data?.workReports[0]?.officer.id,
      '/complaints/:id': complaints.data?.complaints.nodes[0]?.id,
      '/reconciliation/statements/:id': statements.data?.bankStatements?.nodes[0]?.id,
      '/leads/:id': leads[0]?.id,
      '/clients/:id': clients.data?.clients.nodes[0]?.id,
      '/campaigns/:id': campaigns.data?.campaigns.nodes[0]?.id,
    };
    const out = new Map<string, string>();
    for (const path of routes()) {
      if (!path.includes(':')) out.set(path, path);
      else if (ids[path]) out.set(path, path.replace(/:id$/, ids[path]!));
    }
    return out;
  }

  it.each(ROLES)(
    'shows $role nothing untranslated on any route, in Indonesian and in English',
    async ({ role, email, ...rest }) => {
      const ready = 'ready' in rest ? rest.ready : undefined;
      const page = await signedInPage(browser, server.url, email, ready);
      page.setDefaultTimeout(10_000);
      await page.setViewportSize({ width: 1366, height: 900 });
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.text().includes('[i18n]') || message.text().includes('Not found')) warnings.push(message.text());
      });
      const paths = await pathsFor(await server.login(email));
      await readData();
      const found: string[] = [];
      let visited = 0;
      for (const locale of ['id', 'en'] as const) {
        await page.evaluate((l) => localStorage.setItem('prospek.locale', l), locale);
        for (const [route, path] of paths) {
          await page.goto(`${server.url}${path}`);
          await page.waitForLoadState('networkidle');
          await page.waitForSelector('h1, h2');
          for (const leak of await untranslated(page, locale)) found.push(`${locale} ${route}: ${leak}`);
          if (role === 'officer' || role === 'admin') {
            const name = `${role}-${locale}-${route.replace(/[/:]+/g, '_')}`;
            await shot(page, `${name}-desktop`, false);
            await page.setViewportSize({ width: 390, height: 844 });
            await shot(page, `${name}-phone`, false);
            await page.setViewportSize({ width: 1366, height: 900 });
          }
          visited++;
        }
      }
      await page.context().close();
      expect(visited).toBe(paths.size * 2);
      expect(found).toEqual([]);
      expect(warnings).toEqual([]);
    },
    240_000,
  );

  // A move to WON asks first and cannot be confirmed without an accepted offer; the committee has the
  // same rule and no confirmation, so the server's refusal reaches the screen.
  it('words a refused move in Indonesian: to the credit committee without an accepted offer', async () => {
    const officerToken = await server.login('officer1@prospek.test');
    const lead = await createLead(server, officerToken, { fullName: 'Bayu Permana', segment: 'MICRO' });
    await readData();
    const page = await signedInPage(browser, server.url, 'officer1@prospek.test');
    page.setDefaultTimeout(5000);
    for (const [locale, expected, viewport] of [
      ['id', 'Prospek baru bisa masuk tahap Komite Kredit setelah ada penawaran yang diterima', { width: 1366, height: 900 }],
      ['en', 'A lead moves to Credit committee only with an accepted offer', { width: 1366, height: 900 }],
    ] as const) {
      await page.setViewportSize({ width: 2400, height: 1000 });
      await page.evaluate((l) => localStorage.setItem('prospek.locale', l), locale);
      await page.reload();
      await page.waitForSelector(`[data-card-id="${lead.id}"]`);
      await dragCard(page, lead.id, '[data-stage="COMMITTEE"] .column__cards');
      const toast = page.locator('[data-toast="error"]').last();
      await toast.waitFor();
      expect(await toast.innerText()).toContain(expected);
      expect(await untranslated(page, locale)).toEqual([]);
      await page.setViewportSize(viewport);
      await shot(page, `refusal-won-${locale}`, false);
    }
    // The card stays where it was.
    await page.waitForSelector(`[data-stage="NEW"] [data-card-id="${lead.id}"]`);
    await page.context().close();
  });

  it('words a timeline for people: offer terms in the language’s units, changed fields by their labels', async () => {
    const token = await server.login('officer1@prospek.test');
    const lead = await createLead(server, token, { fullName: 'Made Wirawan', segment: 'SME', nik: '5171010101800003' });
    const product = expectData(
      await server.gql<{ products: { nodes: Array<{ id: string; code: string; requirements: Array<{ code: string }> }> } }>(
        '{ products(first: 100) { nodes { id code requirements { code } } } }',
        {},
        { token },
      ),
    ).products.nodes.find((p) => p.code === 'KMK-UKM')!;
    const offer = expectData(
      await server.gql<{ createOffer: { id: string } }>(
        'mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }',
        { input: { leadId: lead.id, productId: product.id, amount: '150000000.00', tenorMonths: 12, annualRate: 10.5 } },
        { token },
      ),
    ).createOffer;
    for (const step of ['presentOffer', 'acceptOffer'])
      expectData(await server.gql(`mutation($id: ID!) { ${step}(id: $id) { id } }`, { id: offer.id }, { token }));
    for (const requirement of product.requirements)
      expectData(
        await server.gql(
          'mutation($l: ID!, $c: String!) { setLeadDocument(leadId: $l, code: $c, received: true) { id } }',
          { l: lead.id, c: requirement.code },
          { token },
        ),
      );
    const version = async () =>
      expectData(await server.gql<{ lead: { version: number } }>('query($id: ID!) { lead(id: $id) { version } }', { id: lead.id }, { token })).lead.version;
    for (const stage of ['COMMITTEE', 'WON'])
      expectData(
        await server.gql(
          'mutation($input: MoveLeadInput!) { moveLead(input: $input) { id } }',
          { input: { id: lead.id, stage, expectedVersion: await version() } },
          { token },
        ),
      );
    const client = expectData(
      await server.gql<{ lead: { client: { id: string } } }>('query($id: ID!) { lead(id: $id) { client { id } } }', { id: lead.id }, { token }),
    ).lead.client;

    await readData();
    const page = await signedInPage(browser, server.url, 'officer1@prospek.test');
    page.setDefaultTimeout(5000);
    const expected = {
      id: { offer: '12 bln', percent: '10,5%', fields: ['CIF', 'Nama', 'Prospek asal'], document: 'Kartu Keluarga' },
      en: { offer: '12 mo', percent: '10.5%', fields: ['CIF', 'Name', 'Source lead'], document: 'Kartu Keluarga' },
    } as const;
    for (const locale of ['id', 'en'] as const) {
      await page.evaluate((l) => localStorage.setItem('prospek.locale', l), locale);
      for (const viewport of [
        { name: 'desktop', width: 1366, height: 900 },
        { name: 'phone', width: 390, height: 844 },
      ]) {
        await page.setViewportSize(viewport);
        await page.goto(`${server.url}/leads/${lead.id}`);
        const timeline = page.locator('[data-panel="timeline"]');
        await timeline.locator('[data-kind="OFFER"]').first().waitFor();
        const offerLine = await timeline.locator('[data-kind="OFFER"] [data-field="summary"]').first().innerText();
        expect(offerLine).toContain(`Rp 150.000.000 · ${expected[locale].offer}`);
        const edits = await timeline.locator('[data-kind="EDIT"] [data-field="summary"]').allInnerTexts();
        expect(edits).toContain(expected[locale].document);
        expect(await page.locator('[data-panel="offers"]').innerText()).toContain(expected[locale].percent);
        await shot(page, `timeline-lead-${locale}-${viewport.name}`);
        expect(await untranslated(page, locale)).toEqual([]);

        await page.goto(`${server.url}/clients/${client.id}`);
        const converted = page.locator('[data-panel="timeline"] [data-kind="EDIT"] [data-field="summary"]');
        await converted.first().waitFor();
        expect(await converted.allInnerTexts()).toContain(expected[locale].fields.join(', '));
        await shot(page, `timeline-client-${locale}-${viewport.name}`);
        expect(await untranslated(page, locale)).toEqual([]);
      }
    }
    await page.context().close();
  });

  // The server stores a notification's title and an import refusal's reason in Indonesian; the
  // interface words both from their type and params (or codes) in the language it is in.
  it('words notifications and refused import rows in the interface’s language', async () => {
    const [officer, manager] = await Promise.all([server.login('officer1@prospek.test'), server.login('manager@prospek.test')]);
    const me = expectData(await server.gql<{ me: { id: string } }>('{ me { id } }', {}, { token: officer })).me;
    const handOver = async (fullName: string) => {
      const lead = await createLead(server, manager, { fullName });
      expectData(
        await server.gql(
          `mutation($id: ID!, $owner: ID!) { reassignLead(id: $id, ownerId: $owner, reason: "Cuti") { id } }`,
          { id: lead.id, owner: me.id },
          {
            token: manager,
          },
        ),
      );
    };
    // Stored before the page opens: read from the list, not pushed live.
    await handOver('Kartika Sari');
    const page = await signedInPage(browser, server.url, 'officer1@prospek.test');
    page.setDefaultTimeout(5000);
    const expected = {
      id: { stored: 'Prospek baru untuk Anda: Kartika Sari', live: 'Prospek baru untuk Anda: Lukman Hakim' },
      en: { stored: 'New lead for you: Kartika Sari', live: 'New lead for you: Wahyu Nugroho' },
    } as const;
    for (const locale of ['id', 'en'] as const) {
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.evaluate((l) => localStorage.setItem('prospek.locale', l), locale);
      // On the board the socket is live: a notification pushed now comes as a toast, and into the bell and the list.
      await page.goto(`${server.url}/board`);
      await page.waitForSelector('[data-live="live"]');
      await handOver(locale === 'id' ? 'Lukman Hakim' : 'Wahyu Nugroho');
      await page.locator('[data-toast="info"]', { hasText: expected[locale].live }).waitFor();
      await page.click('[data-action="bell"]');
      const bell = page.locator('.bell__menu');
      await bell.locator('.bell__item', { hasText: expected[locale].live }).waitFor();
      await page.click('.bell__all');
      // The one stored before the page opened is worded from its params too.
      const list = page.locator('.notification-list');
      await list.locator('li', { hasText: expected[locale].stored }).waitFor();
      await list.locator('li', { hasText: expected[locale].live }).waitFor();
      await shot(page, `notifications-${locale}-desktop`, false);
      await page.setViewportSize({ width: 390, height: 844 });
      await shot(page, `notifications-${locale}-phone`, false);
      await readData();
      expect(await untranslated(page, locale)).toEqual([]);
    }
    await page.context().close();

    const marketing = await server.login('marketing@prospek.test');
    const campaign = expectData(
      await server.gql<{ campaigns: { nodes: Array<{ id: string }> } }>('{ campaigns(first: 1) { nodes { id } } }', {}, { token: marketing }),
    ).campaigns.nodes[0];
    const importer = await signedInPage(browser, server.url, 'marketing@prospek.test', '[data-live="live"]');
    importer.setDefaultTimeout(5000);
    const reasons = {
      id: { 11: 'sumber tidak dikenal: Radio', 9: 'NIK harus 16 angka' },
      en: { 11: 'unknown source: Radio', 9: 'NIK must be 16 digits' },
    } as const;
    for (const [locale, viewport] of [
      ['en', { name: 'phone', width: 390, height: 844 }],
      ['id', { name: 'desktop', width: 1366, height: 900 }],
    ] as const) {
      await importer.setViewportSize({ width: viewport.width, height: viewport.height });
      await importer.evaluate((l) => localStorage.setItem('prospek.locale', l), locale);
      await importer.goto(`${server.url}/campaigns/${campaign.id}`);
      const panel = importer.locator('[data-panel="import"]');
      await panel.locator('input[type=file]').setInputFiles(SIGNUPS);
      const check = panel.locator('[data-import-check]');
      await check.locator('[data-problem-row="11"]').waitFor();
      for (const [row, text] of Object.entries(reasons[locale])) expect(await check.locator(`[data-problem-row="${row}"]`).innerText()).toContain(text);
      await check.scrollIntoViewIfNeeded();
      await shot(importer, `import-reasons-${locale}-${viewport.name}`, false);
      await readData();
      expect(await untranslated(importer, locale)).toEqual([]);
    }
    await importer.context().close();
  });

  it('names a saved office once, without doubling its prefix', async () => {
    const page = await signedInPage(browser, server.url, 'admin@prospek.test');
    page.setDefaultTimeout(5000);
    for (const [locale, code, name, expected, viewport] of [
      ['id', 'KC-SBY', 'Kantor Cabang Surabaya', 'Kantor disimpan: Kantor Cabang Surabaya', { name: 'desktop', width: 1366, height: 900 }],
      ['en', 'KC-MLG', 'Kantor Cabang Malang', 'Office saved: Kantor Cabang Malang', { name: 'phone', width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.evaluate((l) => localStorage.setItem('prospek.locale', l), locale);
      await page.goto(`${server.url}/offices`);
      await page.click('[data-action="new-office"]');
      await page.fill('form[data-form="office"] input[name=code]', code);
      await page.fill('form[data-form="office"] input[name=name]', name);
      await page.click('form[data-form="office"] button[type=submit]');
      const toast = page.locator('[data-toast="success"]').last();
      await toast.waitFor();
      expect(await toast.innerText()).toContain(expected);
      await shot(page, `office-saved-${locale}-${viewport.name}`, false);
    }
    await page.context().close();
  });
});
