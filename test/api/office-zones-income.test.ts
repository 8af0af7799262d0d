import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moneyToDecimal, parseMoney } from '@prospek/shared';
import { databaseTargets } from '../helpers/databases.js';
import { createLead, moveLead } from '../helpers/leads.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { GraphQLResult, TestServer } from '../helpers/server.js';

/** 16:30 UTC: 23:30 on 1 December in Jakarta (WIB), already 00:30 on 2 December in Makassar (WITA). */
const NOW = new Date('2026-12-01T16:30:00Z');

type FieldErrors = Array<{ field: string; code: string }>;
const fieldErrors = (result: GraphQLResult) => result.errors?.[0].extensions?.fieldErrors as FieldErrors;

describe.each(databaseTargets)('office time zones on $kind', (target) => {
  let server: TestServer;
  let admin: string;
  let officerWib: string;
  let officerWita: string;

  beforeAll(async () => {
    server = await startServer(target, {}, { now: () => NOW });
    [admin, officerWib, officerWita] = await Promise.all([
      server.login('admin@prospek.test'),
      server.login('officer1@prospek.test'),
      server.login('officer5@prospek.test'),
    ]);
  });
  afterAll(() => server?.close());

  const me = async (token: string) =>
    expectData(await server.gql<{ me: { office: { code: string; timeZone: string } } }>('{ me { office { code timeZone } } }', {}, { token })).me.office;

  it('gives each office its zone, the demo branches outside Java theirs, and tells the viewer their own', async () => {
    const offices = expectData(
      await server.gql<{ offices: { nodes: Array<{ code: string; timeZone: string }> } }>(
        '{ offices(first: 100) { nodes { code timeZone } } }',
        {},
        { token: admin },
      ),
    ).offices.nodes;
    expect(Object.fromEntries(offices.map((o) => [o.code, o.timeZone]))).toMatchObject({
      'KP-JKT': 'Asia/Jakarta',
      'KC-BDG': 'Asia/Jakarta',
      'KC-MKS': 'Asia/Makassar',
      'KC-JAP': 'Asia/Jayapura',
    });
    expect(await me(officerWib)).toEqual({ code: 'KP-JKT', timeZone: 'Asia/Jakarta' });
    expect(await me(officerWita)).toEqual({ code: 'KC-MKS', timeZone: 'Asia/Makassar' });
  });

  it('lets admins set a zone, one of the three, and nobody else', async () => {
    const create = `mutation($input: CreateOfficeInput!) { createOffice(input: $input) { id code timeZone version } }`;
    const update = `mutation($input: UpdateOfficeInput!) { updateOffice(input: $input) { id timeZone version } }`;
    const parentId = expectData(
      await server.gql<{ offices: { nodes: Array<{ id: string; code: string }> } }>('{ offices(first: 100) { nodes { id code } } }', {}, { token: admin }),
    ).offices.nodes.find((o) => o.code === 'KP-JKT')?.id;

    const plain = expectData(
      await server.gql<{ createOffice: { id: string; timeZone: string; version: number } }>(
        create,
        { input: { code: 'KC-SBY', name: 'Surabaya', parentId } },
        { token: admin },
      ),
    ).createOffice;
    expect(plain.timeZone).toBe('Asia/Jakarta');

    const wrong = await server.gql(create, { input: { code: 'KC-DPS', name: 'Denpasar', parentId, timeZone: 'Asia/Tokyo' } }, { token: admin });
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(wrong)).toMatchObject([{ field: 'timeZone', code: 'INVALID' }]);
    const offices = expectData(
      await server.gql<{ offices: { nodes: Array<{ code: string }> } }>('{ offices(first: 100) { nodes { code } } }', {}, { token: admin }),
    ).offices.nodes;
    expect(offices.map((o) => o.code)).not.toContain('KC-DPS');

    const bali = expectData(
      await server.gql<{ createOffice: { timeZone: string } }>(
        create,
        { input: { code: 'KC-DPS', name: 'Denpasar', parentId, timeZone: 'Asia/Makassar' } },
        { token: admin },
      ),
    ).createOffice;
    expect(bali.timeZone).toBe('Asia/Makassar');

    const badUpdate = await server.gql(update, { input: { id: plain.id, expectedVersion: plain.version, timeZone: 'WIT' } }, { token: admin });
    expect(fieldErrors(badUpdate)).toMatchObject([{ field: 'timeZone', code: 'INVALID' }]);
    const moved = expectData(
      await server.gql<{ updateOffice: { timeZone: string } }>(
        update,
        { input: { id: plain.id, expectedVersion: plain.version, timeZone: 'Asia/Jayapura' } },
        { token: admin },
      ),
    ).updateOffice;
    expect(moved.timeZone).toBe('Asia/Jayapura');

    const refused = await server.gql(update, { input: { id: plain.id, expectedVersion: plain.version + 1, timeZone: 'Asia/Jakarta' } }, { token: officerWib });
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  it('takes "today" from the office: the agenda, an offer’s validity and its expiry', async () => {
    const agendaDate = async (token: string) => expectData(await server.gql<{ agenda: { date: string } }>('{ agenda { date } }', {}, { token })).agenda.date;
    expect(await agendaDate(officerWib)).toBe('2026-12-01');
    expect(await agendaDate(officerWita)).toBe('2026-12-02');

    // A follow-up at 00:30 WITA on 2 December is today's in Makassar.
    const lead = await createLead(server, officerWita, { fullName: 'Andi Makkasau' });
    expectData(
      await server.gql(
        `mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { id } }`,
        { input: { leadId: lead.id, type: 'CALL', dueAt: '2026-12-02T00:30:00+08:00' } },
        { token: officerWita },
      ),
    );
    const agenda = expectData(
      await server.gql<{ agenda: { today: Array<{ dueAt: string }>; upcoming: unknown[] } }>(
        '{ agenda { today { dueAt } upcoming { id } } }',
        {},
        { token: officerWita },
      ),
    ).agenda;
    expect(agenda.today.map((a) => a.dueAt)).toEqual(['2026-12-01T16:30:00.000Z']);

    const products = expectData(
      await server.gql<{ products: { nodes: Array<{ id: string; code: string }> } }>(
        '{ products(first: 100) { nodes { id code } } }',
        {},
        { token: officerWib },
      ),
    ).products.nodes;
    const kur = products.find((p) => p.code === 'KUR-MIKRO')?.id;
    const offer = `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id validUntil status } }`;
    const terms = { productId: kur, amount: '30000000.00', tenorMonths: 12, annualRate: 6, validUntil: '2026-12-01' };
    const wibLead = await createLead(server, officerWib, { fullName: 'Bagus Santoso' });
    const wibOffer = expectData(
      await server.gql<{ createOffer: { id: string } }>(offer, { input: { ...terms, leadId: wibLead.id } }, { token: officerWib }),
    ).createOffer;
    // 1 December is still today in Jakarta but yesterday in Makassar.
    const late = await server.gql(offer, { input: { ...terms, leadId: lead.id } }, { token: officerWita });
    expect(fieldErrors(late)).toMatchObject([{ field: 'validUntil', code: 'DATE_INVALID' }]);
    const witaOffer = expectData(
      await server.gql<{ createOffer: { id: string; validUntil: string } }>(
        offer,
        { input: { ...terms, leadId: lead.id, validUntil: undefined } },
        { token: officerWita },
      ),
    ).createOffer;
    expect(witaOffer.validUntil > '2026-12-02').toBe(true);

    const q = (name: string) => server.app.dataSource.driver.escape(name);
    await server.app.dataSource.query(`UPDATE ${q('offer')} SET ${q('validUntil')} = ? WHERE ${q('id')} = ?`, ['2026-12-01', Number(witaOffer.id)]);
    await server.app.services.offers.expireDue();
    const status = async (id: string, token: string) =>
      expectData(await server.gql<{ offer: { status: string } }>('query($id: ID!) { offer(id: $id) { status } }', { id }, { token })).offer.status;
    expect(await status(witaOffer.id, officerWita)).toBe('EXPIRED');
    expect(await status(wibOffer.id, officerWib)).toBe('DRAFT');
  });
});

describe.each(databaseTargets)('applicant income and the debt-service ratio on $kind', (target) => {
  let server: TestServer;
  let officer: string;
  let kur: string;

  beforeAll(async () => {
    server = await startServer(target);
    officer = await server.login('officer1@prospek.test');
    const products = expectData(
      await server.gql<{ products: { nodes: Array<{ id: string; code: string }> } }>('{ products(first: 100) { nodes { id code } } }', {}, { token: officer }),
    ).products.nodes;
    kur = products.find((p) => p.code === 'KUR-MIKRO')?.id as string;
  });
  afterAll(() => server?.close());

  const OFFER = 'id dsrPercent dsrOverLimit dsrLimitPercent figures { loan { installment debtServiceRatio debtServiceLimit overLimit warning } }';
  type OfferDsr = {
    id: string;
    dsrPercent: number | null;
    dsrOverLimit: boolean;
    dsrLimitPercent: number;
    figures: { loan: { installment: string; debtServiceRatio: number | null; overLimit: boolean; warning: string | null } };
  };
  const readOffer = async (id: string) =>
    expectData(await server.gql<{ offer: OfferDsr }>(`query($id: ID!) { offer(id: $id) { ${OFFER} } }`, { id }, { token: officer })).offer;
  const updateLead = (input: Record<string, unknown>) =>
    server.gql<{ updateLead: { version: number; monthlyIncome: string | null; existingInstallments: string | null } }>(
      `mutation($input: UpdateLeadInput!) { updateLead(input: $input) { version monthlyIncome existingInstallments } }`,
      { input },
      { token: officer },
    );
  const leadVersion = async (id: string) =>
    expectData(await server.gql<{ lead: { version: number } }>('query($id: ID!) { lead(id: $id) { version } }', { id }, { token: officer })).lead.version;

  /** (installment + existing) / income in percent, two decimals, half-up, in integers. */
  const expectedPercent = (debt: bigint, income: bigint) => Number((debt * 10_000n * 2n + income) / (2n * income)) / 100;

  it('records income and existing installments on the lead, never negative, and clears them with null', async () => {
    const negative = await server.gql(
      `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`,
      { input: { fullName: 'Minus', source: 'WALK_IN', estimatedAmount: '1000000.00', monthlyIncome: '-1.00', existingInstallments: '-0.01' } },
      { token: officer },
    );
    expect(errorCode(negative)).toBe('BAD_USER_INPUT');
    expect(
      fieldErrors(negative)
        .map((e) => [e.field, e.code])
        .sort(),
    ).toEqual([
      ['existingInstallments', 'AMOUNT_NEGATIVE'],
      ['monthlyIncome', 'AMOUNT_NEGATIVE'],
    ]);

    const lead = await createLead(server, officer, { monthlyIncome: '8000000.00', existingInstallments: '0.00' });
    const read = expectData(
      await server.gql<{ lead: { monthlyIncome: string; existingInstallments: string } }>(
        'query($id: ID!) { lead(id: $id) { monthlyIncome existingInstallments } }',
        { id: lead.id },
        { token: officer },
      ),
    ).lead;
    expect(read).toEqual({ monthlyIncome: '8000000.00', existingInstallments: '0.00' });

    const bad = await updateLead({ id: lead.id, expectedVersion: await leadVersion(lead.id), existingInstallments: '-5.00' });
    expect(fieldErrors(bad)).toMatchObject([{ field: 'existingInstallments', code: 'AMOUNT_NEGATIVE' }]);
    const cleared = expectData(await updateLead({ id: lead.id, expectedVersion: await leadVersion(lead.id), monthlyIncome: null })).updateLead;
    expect(cleared).toMatchObject({ monthlyIncome: null, existingInstallments: '0.00' });
  });

  it('shows the offer’s ratio against the limit, exactly, and only warns when it is over', async () => {
    const lead = await createLead(server, officer, { fullName: 'Wulan Sari' });
    const created = expectData(
      await server.gql<{ createOffer: OfferDsr }>(
        `mutation($input: CreateOfferInput!) { createOffer(input: $input) { ${OFFER} } }`,
        { input: { leadId: lead.id, productId: kur, amount: '30000000.00', tenorMonths: 12, annualRate: 6 } },
        { token: officer },
      ),
    ).createOffer;
    // No income known: no ratio and no warning.
    expect(created).toMatchObject({ dsrPercent: null, dsrOverLimit: false, dsrLimitPercent: 30 });
    expect(created.figures.loan).toMatchObject({ debtServiceRatio: null, overLimit: false, warning: null });

    const installment = parseMoney(created.figures.loan.installment);
    // Existing installments chosen so that the debt divides by 3: an income of debt × 10/3 is exactly 30 %.
    const existing = 1_000_000_00n + ((3n - ((installment + 1_000_000_00n) % 3n)) % 3n);
    const debt = installment + existing;
    const atLimit = (debt * 10n) / 3n;
    expectData(
      await updateLead({
        id: lead.id,
        expectedVersion: await leadVersion(lead.id),
        monthlyIncome: moneyToDecimal(atLimit),
        existingInstallments: moneyToDecimal(existing),
      }),
    );
    const exact = await readOffer(created.id);
    expect(exact).toMatchObject({ dsrPercent: 30, dsrOverLimit: false });
    expect(exact.figures.loan).toMatchObject({ debtServiceRatio: 30, overLimit: false, warning: null });

    // One sen less income: still 30.00 % once rounded, but over the limit, so the warning shows.
    expectData(await updateLead({ id: lead.id, expectedVersion: await leadVersion(lead.id), monthlyIncome: moneyToDecimal(atLimit - 1n) }));
    const over = await readOffer(created.id);
    expect(over).toMatchObject({ dsrPercent: 30, dsrOverLimit: true });
    expect(over.figures.loan.warning).toContain('30%');

    // An odd income: the percent is the integer half-up rounding of the exact ratio.
    const income = 7_777_777_77n;
    expectData(await updateLead({ id: lead.id, expectedVersion: await leadVersion(lead.id), monthlyIncome: moneyToDecimal(income) }));
    const odd = await readOffer(created.id);
    expect(odd.dsrPercent).toBe(expectedPercent(debt, income));
    expect(odd.dsrOverLimit).toBe(debt * 100n > 30n * income);

    // Over the limit is a warning, not a refusal: the offer is still presented.
    expectData(await server.gql(`mutation($id: ID!) { presentOffer(id: $id) { id status } }`, { id: created.id }, { token: officer }));
  });

  /** Accepts an offer for the lead, ticks its documents and moves it to WON; answers the client it became. */
  async function win(leadId: string) {
    const offer = expectData(
      await server.gql<{ createOffer: { id: string } }>(
        `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`,
        { input: { leadId, productId: kur, amount: '30000000.00', tenorMonths: 12, annualRate: 6 } },
        { token: officer },
      ),
    ).createOffer;
    for (const name of ['presentOffer', 'acceptOffer'])
      expectData(await server.gql(`mutation($id: ID!) { ${name}(id: $id) { id } }`, { id: offer.id }, { token: officer }));
    for (const code of ['KTP', 'KK', 'NIB', 'FOTO_USAHA']) {
      expectData(
        await server.gql(
          `mutation($l: ID!, $c: String!) { setLeadDocument(leadId: $l, code: $c, received: true) { id } }`,
          { l: leadId, c: code },
          { token: officer },
        ),
      );
    }
    expectData(await moveLead(server, officer, { id: leadId, stage: 'COMMITTEE', expectedVersion: await leadVersion(leadId) }));
    expectData(await moveLead(server, officer, { id: leadId, stage: 'WON', expectedVersion: await leadVersion(leadId) }));
    return expectData(
      await server.gql<{ lead: { client: { id: string; version: number; monthlyIncome: string | null; existingInstallments: string | null } } }>(
        'query($id: ID!) { lead(id: $id) { client { id version monthlyIncome existingInstallments } } }',
        { id: leadId },
        { token: officer },
      ),
    ).lead.client;
  }

  it('fills in a returning client’s missing income from the won lead, keeping what it has', async () => {
    const created = expectData(
      await server.gql<{ createClient: { id: string; version: number } }>(
        `mutation($input: ClientFieldsInput!) { createClient(input: $input) { id version } }`,
        { input: { type: 'PERSON', name: 'Made Wirawan', phone: '081338765432', existingInstallments: '750000.00' } },
        { token: officer },
      ),
    ).createClient;
    const lead = await createLead(server, officer, {
      fullName: 'Made Wirawan',
      phone: '081338765432',
      monthlyIncome: '9000000.00',
      existingInstallments: '0.00',
    });
    const client = await win(lead.id);
    expect(client).toMatchObject({ id: created.id, monthlyIncome: '9000000.00', existingInstallments: '750000.00' });
    // A changed record has a new version: an edit opened before the win is refused as stale.
    expect(client.version).toBe(created.version + 1);
  });

  it('carries income and existing installments to the client when the lead is won', async () => {
    const lead = await createLead(server, officer, { fullName: 'Rudi Hartono', monthlyIncome: '12500000.00', existingInstallments: '2000000.00' });
    const client = await win(lead.id);
    expect(client).toMatchObject({ monthlyIncome: '12500000.00', existingInstallments: '2000000.00' });

    const update = `mutation($input: UpdateClientInput!) { updateClient(input: $input) { monthlyIncome existingInstallments } }`;
    const bad = await server.gql(update, { input: { id: client.id, expectedVersion: client.version, monthlyIncome: '-1.00' } }, { token: officer });
    expect(fieldErrors(bad)).toMatchObject([{ field: 'monthlyIncome', code: 'AMOUNT_NEGATIVE' }]);
    const changed = expectData(
      await server.gql<{ updateClient: { monthlyIncome: string } }>(
        update,
        { input: { id: client.id, expectedVersion: client.version, monthlyIncome: '15000000.00' } },
        { token: officer },
      ),
    ).updateClient;
    expect(changed).toEqual({ monthlyIncome: '15000000.00', existingInstallments: '2000000.00' });
  });
});
