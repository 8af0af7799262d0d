import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loanSchedule, moneyToDecimal } from '@prospek/shared';
import { databaseTargets } from '../helpers/databases.js';
import { createLead, moveLead } from '../helpers/leads.js';
import { pdfText } from '../helpers/pdf.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const OFFER = `id status amount tenorMonths annualRate interestMethod validUntil version pdfUrl leadId clientId
  product { id code name }
  figures { fee feeVat depositInterest depositTax loan { installment totalInterest totalPaid schedule { number dueDate principal interest installment balance } } }`;

describe.each(databaseTargets)('products, offers and conversion on $kind', (target) => {
  let server: TestServer;
  let officer: string;
  let officer2: string;
  let admin: string;
  let products: Record<string, { id: string; minAmount: string; maxAmount: string; minRate: number; maxRate: number }>;

  beforeAll(async () => {
    server = await startServer(target);
    [officer, officer2, admin] = await Promise.all([
      server.login('officer1@prospek.test'),
      server.login('officer2@prospek.test'),
      server.login('admin@prospek.test'),
    ]);
    const list = expectData(
      await server.gql<{ products: { nodes: Array<{ id: string; code: string; minAmount: string; maxAmount: string; minRate: number; maxRate: number }> } }>(
        '{ products(first: 100) { nodes { id code kind minAmount maxAmount minRate maxRate requirements { code label } } } }',
        {},
        { token: officer },
      ),
    ).products.nodes;
    products = Object.fromEntries(list.map((p) => [p.code, p]));
  });
  afterAll(() => server?.close());

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const createOffer = (token: string, input: Record<string, unknown>) =>
    server.gql<{ createOffer: Record<string, any> }>(`mutation($input: CreateOfferInput!) { createOffer(input: $input) { ${OFFER} } }`, { input }, { token });
  const act = (token: string, name: 'presentOffer' | 'acceptOffer', id: string) =>
    server.gql<Record<string, Record<string, any>>>(`mutation($id: ID!) { ${name}(id: $id) { ${OFFER} } }`, { id }, { token });

  it('lists the demo catalog to everyone and lets only admins change it', async () => {
    expect(Object.keys(products).sort()).toEqual(['DEPO', 'KAS', 'KKB', 'KMK-UKM', 'KUR-MIKRO', 'PAYROLL']);
    const input = {
      code: 'kur-kecil',
      name: 'KUR Kecil',
      kind: 'LOAN',
      segment: 'MICRO',
      interestMethod: 'ANNUITY',
      minRate: 6,
      maxRate: 6,
      minTenorMonths: 12,
      maxTenorMonths: 60,
      minAmount: '100000000.00',
      maxAmount: '500000000.00',
      fee: '0.00',
      vatTreatment: 'EXEMPT',
      description: 'KUR untuk usaha kecil',
      requirements: [{ code: 'ktp', label: 'KTP' }],
    };
    const mutation = `mutation($input: ProductFieldsInput!) { createProduct(input: $input) { id code requirements { code } active } }`;
    expect(errorCode(await server.gql(mutation, { input }, { token: officer }))).toBe('FORBIDDEN');
    const bad = await server.gql(mutation, { input: { ...input, minRate: 9, interestMethod: null } }, { token: admin });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect((bad.errors?.[0].extensions?.fieldErrors as Array<{ field: string }>).map((e) => e.field).sort()).toEqual(['interestMethod', 'maxRate']);
    const created = expectData(await server.gql<{ createProduct: Record<string, unknown> }>(mutation, { input }, { token: admin })).createProduct;
    expect(created).toMatchObject({ code: 'KUR-KECIL', requirements: [{ code: 'KTP' }], active: true });
  });

  it('simulates a loan with the shared schedule and warns above the debt-service limit', async () => {
    const query = `query($input: SimulateLoanInput!) { simulateLoan(input: $input) { method installment totalInterest totalPaid debtServiceRatio debtServiceLimit overLimit warning schedule { number dueDate principal interest installment balance } } }`;
    const result = expectData(
      await server.gql<{ simulateLoan: Record<string, any> }>(
        query,
        { input: { amount: '50000000.00', tenorMonths: 24, annualRate: 10.5, method: 'ANNUITY', monthlyIncome: '6000000.00', startDate: '2026-12-01' } },
        { token: officer },
      ),
    ).simulateLoan;
    const expected = loanSchedule({ amount: 5_000_000_000n, tenorMonths: 24, annualRate: '10.5', method: 'ANNUITY', startDate: '2026-12-01' });
    expect(result.installment).toBe(moneyToDecimal(expected.installment));
    expect(result.totalPaid).toBe(moneyToDecimal(expected.totalPaid));
    expect(result.schedule).toHaveLength(24);
    expect(result.schedule[23]).toMatchObject({ balance: '0.00', dueDate: '2028-12-01' });
    expect(result.debtServiceLimit).toBe(30);
    expect(result.overLimit).toBe(true); // ≈ 2.318.800 of 6.000.000 is 38.6 %
    expect(result.warning).toContain('30%');
    const bad = await server.gql(query, { input: { amount: '0.00', tenorMonths: 0, annualRate: 150, method: 'FLAT' } }, { token: officer });
    expect((bad.errors?.[0].extensions?.fieldErrors as Array<{ field: string }>).map((e) => e.field)).toEqual(['amount', 'tenorMonths', 'annualRate']);
  });

  it('refuses offer terms outside the product’s ranges, naming them, and writes nothing', async () => {
    const lead = await createLead(server, officer, { segment: 'MICRO' });
    const [{ n: before }] = await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('offer')}`);
    const result = await createOffer(officer, { leadId: lead.id, productId: products['KUR-MIKRO'].id, amount: '5000000.00', tenorMonths: 120, annualRate: 9 });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    const errors = result.errors?.[0].extensions?.fieldErrors as Array<{ field: string; message: string }>;
    expect(errors.map((e) => e.field)).toEqual(['amount', 'tenorMonths', 'annualRate']);
    expect(errors[0].message).toBe('amount must be between Rp 10.000.000 and Rp 100.000.000');
    expect(errors[1].message).toBe('tenorMonths must be between 6 and 60');
    expect(errors[2].message).toBe('annualRate must be between 6% and 6%');
    const [{ n: after }] = await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('offer')}`);
    expect(Number(after)).toBe(Number(before));
    expect(
      errorCode(await createOffer(officer2, { leadId: lead.id, productId: products['KUR-MIKRO'].id, amount: '50000000.00', tenorMonths: 24, annualRate: 6 })),
    ).toBe('NOT_FOUND');
  });

  it('presents an offer: the lead moves to PRESENTED and a PDF holds the terms, for the viewer only', async () => {
    const lead = await createLead(server, officer, { fullName: 'Wayan Sudarma', companyName: 'UD Tenun Bali', segment: 'MICRO' });
    const draft = expectData(
      await createOffer(officer, { leadId: lead.id, productId: products['KUR-MIKRO'].id, amount: '50000000.00', tenorMonths: 24, annualRate: 6 }),
    ).createOffer;
    expect(draft).toMatchObject({ status: 'DRAFT', interestMethod: 'ANNUITY', annualRate: 6 });
    const presented = expectData(await act(officer, 'presentOffer', draft.id)).presentOffer;
    expect(presented.status).toBe('PRESENTED');
    const detail = expectData(
      await server.gql<{ lead: { stage: string; offers: Array<{ id: string }>; stageHistory: Array<{ toStage: string }> } }>(
        `query($id: ID!) { lead(id: $id) { stage offers { id } stageHistory { toStage } } }`,
        { id: lead.id },
        { token: officer },
      ),
    ).lead;
    expect(detail.stage).toBe('PRESENTED');
    expect(detail.offers.map((o) => o.id)).toEqual([draft.id]);
    expect(detail.stageHistory.map((h) => h.toStage)).toEqual(['NEW', 'PRESENTED']);

    const response = await fetch(`${server.url}${presented.pdfUrl}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(new Uint8Array(await response.arrayBuffer()));
    const installment = presented.figures.loan.installment as string;
    for (const expected of [
      'KUR Mikro',
      'Wayan Sudarma',
      'UD Tenun Bali',
      'Rina Kusuma',
      'Rp 50.000.000',
      '24 bulan',
      '6% per tahun',
      'Anuitas',
      'Jadwal angsuran',
      'KTP pemohon dan pasangan',
      'Kartu Keluarga',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.replace(/\s+/g, ' ')).toContain(`Rp ${Number(installment).toLocaleString('id-ID')}`);

    // The link is bound to its viewer and expires; others do not reach the offer at all.
    const forged = presented.pdfUrl.replace(/token=.*/, 'token=nope');
    expect((await fetch(`${server.url}${forged}`)).status).toBe(401);
    expect(errorCode(await server.gql(`query($id: ID!) { offer(id: $id) { id } }`, { id: draft.id }, { token: officer2 }))).toBe('NOT_FOUND');
    const otherLink = expectData(
      await server.gql<{ offer: { pdfUrl: string } }>(`query($id: ID!) { offer(id: $id) { pdfUrl } }`, { id: draft.id }, { token: admin }),
    ).offer.pdfUrl;
    expect((await fetch(`${server.url}${otherLink}`)).status).toBe(200);
  });

  it('holds a lead back from COMMITTEE until its accepted offer’s documents are in, then converts it on WON once', async () => {
    const lead = await createLead(server, officer, { fullName: 'Sari Dewanti', segment: 'MICRO', nik: '3273015505900002' });
    const offer = expectData(
      await createOffer(officer, { leadId: lead.id, productId: products['KUR-MIKRO'].id, amount: '30000000.00', tenorMonths: 12, annualRate: 6 }),
    ).createOffer;
    expectData(await act(officer, 'presentOffer', offer.id));
    const version = async () =>
      expectData(await server.gql<{ lead: { version: number } }>(`query($id: ID!) { lead(id: $id) { version } }`, { id: lead.id }, { token: officer })).lead
        .version;

    const noAccepted = await moveLead(server, officer, { id: lead.id, stage: 'COMMITTEE', expectedVersion: await version() });
    expect(errorCode(noAccepted)).toBe('BAD_USER_INPUT');
    // The rule is named with what it refers to, so that the client says it in its language.
    expect(noAccepted.errors?.[0].extensions?.fieldErrors).toEqual([
      expect.objectContaining({ field: 'stage', code: 'NOT_ALLOWED', reason: 'OFFER_NOT_ACCEPTED', params: { stage: 'COMMITTEE' } }),
    ]);
    expectData(await act(officer, 'acceptOffer', offer.id));
    const missing = await moveLead(server, officer, { id: lead.id, stage: 'COMMITTEE', expectedVersion: await version() });
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    const fieldError = (missing.errors?.[0].extensions?.fieldErrors as Array<{ field: string; message: string; params: { missing: string } }>)[0];
    expect(fieldError.field).toBe('documents');
    expect(fieldError.params.missing.split(',')).toEqual(['KTP', 'KK', 'NIB', 'FOTO_USAHA']);
    expect(fieldError.message).toContain('Kartu Keluarga');
    expect(fieldError).toMatchObject({ code: 'NOT_ALLOWED', reason: 'DOCUMENTS_MISSING' });
    expect((fieldError.params as Record<string, string>).labels).toContain('Kartu Keluarga');

    for (const code of ['KTP', 'KK', 'NIB']) {
      expectData(
        await server.gql(
          `mutation($l: ID!, $c: String!) { setLeadDocument(leadId: $l, code: $c, received: true) { id } }`,
          { l: lead.id, c: code },
          { token: officer },
        ),
      );
    }
    const oneLeft = await moveLead(server, officer, { id: lead.id, stage: 'COMMITTEE', expectedVersion: await version() });
    expect((oneLeft.errors?.[0].extensions?.fieldErrors as Array<{ params: { missing: string } }>)[0].params.missing).toBe('FOTO_USAHA');
    expectData(
      await server.gql(`mutation($l: ID!) { setLeadDocument(leadId: $l, code: "FOTO_USAHA", received: true) { id } }`, { l: lead.id }, { token: officer }),
    );
    expectData(await moveLead(server, officer, { id: lead.id, stage: 'COMMITTEE', expectedVersion: await version() }));

    expectData(await moveLead(server, officer, { id: lead.id, stage: 'WON', expectedVersion: await version() }));
    const won = expectData(
      await server.gql<{ lead: { client: { id: string; cif: string; nik: string; birthDate: string; gender: string; productsHeld: Array<{ id: string }> } } }>(
        `query($id: ID!) { lead(id: $id) { client { id cif nik birthDate gender productsHeld { id } } } }`,
        { id: lead.id },
        { token: officer },
      ),
    ).lead.client;
    expect(won).toMatchObject({ nik: '3273015505900002', birthDate: '1990-05-15', gender: 'FEMALE', productsHeld: [{ id: offer.id }] });
    expect(won.cif).toMatch(/^KP-JKT-\d{6}$/);
    // What was won is the accepted offer's amount, which the WON column sums.
    const wonLead = expectData(
      await server.gql<{ lead: { estimatedAmount: string } }>(`query($id: ID!) { lead(id: $id) { estimatedAmount } }`, { id: lead.id }, { token: officer }),
    ).lead;
    expect(wonLead.estimatedAmount).toBe('30000000.00');
    // A later draft does not take the accepted offer's place on the won card.
    expectData(await createOffer(officer, { leadId: lead.id, productId: products['KUR-MIKRO'].id, amount: '10000000.00', tenorMonths: 12, annualRate: 6 }));
    const card = expectData(
      await server.gql<{ lead: { latestOffer: { id: string; status: string } } }>(
        `query($id: ID!) { lead(id: $id) { latestOffer { id status } } }`,
        { id: lead.id },
        { token: officer },
      ),
    ).lead;
    expect(card.latestOffer).toEqual({ id: offer.id, status: 'ACCEPTED' });

    // A won lead stays won: a move out of WON is refused and changes nothing; still one client.
    const wonVersion = await version();
    const reopened = await moveLead(server, officer, { id: lead.id, stage: 'COMMITTEE', expectedVersion: wonVersion });
    expect(reopened.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'stage', code: 'NOT_ALLOWED', reason: 'WON_IS_FINAL', params: { from: 'WON' } }],
    });
    expect(await version()).toBe(wonVersion);
    expectData(await moveLead(server, officer, { id: lead.id, stage: 'WON', expectedVersion: wonVersion }));
    const [{ n }] = await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('client')} WHERE ${q('nik')} = ?`, ['3273015505900002']);
    expect(Number(n)).toBe(1);
  });

  it('keeps clients unique by NIK and phone, checks NIK against the birth date, and normalises NPWP', async () => {
    const mutation = `mutation($input: ClientFieldsInput!) { createClient(input: $input) { id cif nik npwp phone gender birthDate officer { email } } }`;
    const created = expectData(
      await server.gql<{ createClient: Record<string, unknown> }>(
        mutation,
        {
          input: {
            type: 'PERSON',
            name: 'Bambang Hartono',
            nik: '3578011208850003',
            birthDate: '1985-08-12',
            npwp: '01.234.567.4-901.234',
            phone: '0812 4444 5555',
          },
        },
        { token: officer },
      ),
    ).createClient;
    expect(created).toMatchObject({ npwp: '0012345674901234', phone: '+6281244445555', gender: 'MALE', officer: { email: 'officer1@prospek.test' } });
    const mismatch = await server.gql(mutation, { input: { type: 'PERSON', name: 'X', nik: '3578011208850004', birthDate: '1985-08-13' } }, { token: officer });
    expect(errorCode(mismatch)).toBe('BAD_USER_INPUT');
    expect(mismatch.errors?.[0].extensions?.fieldErrors).toContainEqual(expect.objectContaining({ field: 'nik', code: 'NIK_BIRTH_DATE_MISMATCH' }));
    const impossible = await server.gql(mutation, { input: { type: 'PERSON', name: 'X', nik: '3174013202900001' } }, { token: officer }); // 32 February
    expect(impossible.errors?.[0].extensions?.fieldErrors).toContainEqual(expect.objectContaining({ field: 'nik', code: 'NIK_INVALID' }));
    const duplicate = await server.gql(mutation, { input: { type: 'PERSON', name: 'Bambang H.', phone: '+6281244445555' } }, { token: officer });
    expect(errorCode(duplicate)).toBe('CONFLICT');
    expect(duplicate.errors?.[0].extensions?.current).toMatchObject({ id: created.id, cif: created.cif, field: 'phone' });
    const hidden = await server.gql(mutation, { input: { type: 'PERSON', name: 'Bambang lain', nik: '3578011208850003' } }, { token: officer2 });
    expect(errorCode(hidden)).toBe('CONFLICT');
    expect(hidden.errors?.[0].extensions?.current).toBeNull();
    expect(errorCode(await server.gql(`query($id: ID!) { client(id: $id) { id } }`, { id: created.id }, { token: officer2 }))).toBe('NOT_FOUND');
    const search = expectData(
      await server.gql<{ clients: { totalCount: number; nodes: Array<{ id: string }> } }>(
        `{ clients(filter: { search: "0812-4444" }) { totalCount nodes { id } } }`,
        {},
        { token: officer },
      ),
    ).clients;
    expect(search.nodes.map((c) => c.id)).toEqual([created.id]);
  });

  it('expires offers past their date and refuses to accept them', async () => {
    const lead = await createLead(server, officer, { segment: 'MICRO' });
    const offer = expectData(
      await createOffer(officer, { leadId: lead.id, productId: products.DEPO.id, amount: '100000000.00', tenorMonths: 12, annualRate: 5 }),
    ).createOffer;
    expect(offer.figures).toMatchObject({ depositInterest: '5000000.00', depositTax: '1000000.00', fee: '0.00' });
    expectData(await act(officer, 'presentOffer', offer.id));
    await server.app.dataSource.query(`UPDATE ${q('offer')} SET ${q('validUntil')} = ? WHERE ${q('id')} = ?`, ['2020-01-01', Number(offer.id)]);
    expect(await server.app.services.offers.expireDue()).toBeGreaterThanOrEqual(1);
    const accepted = await act(officer, 'acceptOffer', offer.id);
    expect(errorCode(accepted)).toBe('CONFLICT');
    expect(accepted.errors?.[0].extensions).toMatchObject({ reason: 'OFFER_STATUS', params: { status: 'EXPIRED', allowed: 'PRESENTED' } });
    const status = expectData(
      await server.gql<{ offer: { status: string } }>(`query($id: ID!) { offer(id: $id) { status } }`, { id: offer.id }, { token: officer }),
    ).offer.status;
    expect(status).toBe('EXPIRED');
  });

  it('prices a service offer at the product’s fee, whatever amount was typed', async () => {
    const lead = await createLead(server, officer, { fullName: 'PT Gaji Tepat', segment: 'FINANCIAL_SERVICES' });
    // PAYROLL costs Rp 2.500.000, with PPN of 12% on 11/12 of it.
    for (const amount of ['1.00', '99000000.00']) {
      const offer = expectData(
        await createOffer(officer, { leadId: lead.id, productId: products.PAYROLL.id, amount, tenorMonths: 12, annualRate: 0 }),
      ).createOffer;
      expect(offer).toMatchObject({ amount: '2500000.00', tenorMonths: 1, annualRate: 0, figures: { fee: '2500000.00', feeVat: '275000.00', loan: null } });
      const [row] = await server.app.dataSource.query(`SELECT ${q('amount')} FROM ${q('offer')} WHERE ${q('id')} = ?`, [Number(offer.id)]);
      expect(String(row.amount)).toBe('250000000');
    }
    // A service with no price cannot be offered.
    const priceless = expectData(
      await server.gql<{ createProduct: { id: string } }>(
        `mutation($input: ProductFieldsInput!) { createProduct(input: $input) { id } }`,
        {
          input: {
            code: 'konsultasi',
            name: 'Konsultasi',
            kind: 'SERVICE',
            segment: 'FINANCIAL_SERVICES',
            interestMethod: null,
            minRate: 0,
            maxRate: 0,
            minTenorMonths: 1,
            maxTenorMonths: 1,
            minAmount: '0.00',
            maxAmount: '0.00',
            fee: '0.00',
            vatTreatment: 'PPN',
            description: 'Konsultasi keuangan',
            requirements: [],
          },
        },
        { token: admin },
      ),
    ).createProduct;
    const refused = await createOffer(officer, { leadId: lead.id, productId: priceless.id, amount: '1000000.00', tenorMonths: 1, annualRate: 0 });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fieldErrors).toMatchObject([{ field: 'productId', code: 'NOT_ALLOWED' }]);
  });
});
