import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, businessDate } from '@prospek/shared';
import { toBusinessDate } from '../../server/src/db/columns.js';
import { AuditEntry } from '../../server/src/modules/audit/audit-entry.entity.js';
import { signInStaff } from '../helpers/access.js';
import type { Staff } from '../helpers/access.js';
import { databaseTargets } from '../helpers/databases.js';
import { pdfText } from '../helpers/pdf.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const FIELDS = `id number kind status channel subtotal taxBase tax total amountPaid amountDue dueDate overdue version pdfUrl
  client { id name } supplierName campaign { id name } lines { description quantity unitPrice taxCode amount }
  creditNote { number total reason } handedOverDate handedOverTo payments { paymentId amount }`;
const CREATE = `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateInvoiceInput!) { updateInvoice(input: $input) { ${FIELDS} } }`;
const ISSUE = `mutation($id: ID!, $channel: InvoiceChannel!) { issueInvoice(id: $id, channel: $channel) { ${FIELDS} } }`;
const CANCEL = `mutation($id: ID!, $reason: String!) { cancelInvoice(id: $id, reason: $reason) { ${FIELDS} } }`;
const GET = `query($id: ID!) { invoice(id: $id) { ${FIELDS} } }`;
const LIST = `query($filter: InvoiceFilterInput, $first: Int, $after: String) { invoices(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id number status } } }`;
const PAY = `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id amount unallocated } }`;
const AGING = `query($asOf: LocalDate, $officeId: ID, $officerId: ID, $kind: InvoiceKind) {
  receivablesAging(asOf: $asOf, officeId: $officeId, officerId: $officerId, kind: $kind) {
    current d1to30 d31to60 d61to90 over90 total rowCount rows { client { id name } supplierName current d1to30 d31to60 d61to90 over90 total } } }`;
const TAX = `query($month: String!, $officeId: ID) { taxSummary(month: $month, officeId: $officeId) {
  outputTaxBase outputTax inputTaxBase inputTax csvUrl lines { number npwp partyName taxBase tax kind } } }`;

interface InvoiceData {
  id: string;
  number: string | null;
  status: string;
  subtotal: string;
  taxBase: string;
  tax: string;
  total: string;
  amountPaid: string;
  amountDue: string;
  version: number;
  overdue: boolean;
  pdfUrl: string;
  creditNote: { number: string; total: string } | null;
  payments: Array<{ paymentId: string; amount: string }>;
  handedOverDate: string | null;
}

describe.each(databaseTargets)('invoices on $kind', (target) => {
  let server: TestServer;
  let staff: Staff;
  let clientId: string;
  const today = businessDate();
  const year = today.slice(0, 4);

  beforeAll(async () => {
    server = await startServer(target);
    staff = await signInStaff(server);
    const created = await server.gql<{ createClient: { id: string } }>(
      `mutation($input: ClientFieldsInput!) { createClient(input: $input) { id } }`,
      { input: { type: 'COMPANY', name: 'CV Sinar Faktur', npwp: '0123456789012345', email: 'keuangan@sinar.test' } },
      { token: staff.tokens.officer1 },
    );
    clientId = expectData(created).createClient.id;
  });
  afterAll(() => server?.close());

  const gql = <T>(who: keyof Staff['tokens'], query: string, variables: Record<string, unknown> = {}, headers?: Record<string, string>) =>
    server.gql<T>(query, variables, { token: staff.tokens[who], headers });
  const receivable = (lines = [{ description: 'Jasa administrasi', quantity: 2, unitPrice: '500000.00', taxCode: 'PPN' }], dueDate = today) => ({
    kind: 'RECEIVABLE',
    clientId,
    issueDate: today,
    dueDate,
    lines,
  });
  const newClient = async (name: string) =>
    expectData(
      await gql<{ createClient: { id: string } }>('officer1', `mutation($input: ClientFieldsInput!) { createClient(input: $input) { id } }`, {
        input: { type: 'PERSON', name },
      }),
    ).createClient.id;
  const create = async (who: keyof Staff['tokens'] = 'officer1', input: Record<string, unknown> = receivable()) =>
    expectData(await gql<{ createInvoice: InvoiceData }>(who, CREATE, { input })).createInvoice;
  const issue = async (id: string, channel = 'PDF') => expectData(await gql<{ issueInvoice: InvoiceData }>('officer1', ISSUE, { id, channel })).issueInvoice;

  it('creates a draft with PPN 12 % on 11/12 of the price, in sen', async () => {
    const draft = await create();
    expect(draft).toMatchObject({
      status: 'DRAFT',
      number: null,
      subtotal: '1000000.00',
      taxBase: '916666.67',
      tax: '110000.00',
      total: '1110000.00',
      amountDue: '1110000.00',
    });
  });

  it('edits only a draft, at the version read', async () => {
    const draft = await create();
    const lines = [
      { description: 'Biaya notaris', quantity: 1, unitPrice: '250000.00', taxCode: 'EXEMPT' },
      { description: 'Jasa survei', quantity: 3, unitPrice: '100000.00', taxCode: 'PPN' },
    ];
    const updated = expectData(
      await gql<{ updateInvoice: InvoiceData }>('officer1', UPDATE, { input: { id: draft.id, version: draft.version, lines } }),
    ).updateInvoice;
    expect(updated).toMatchObject({ subtotal: '550000.00', taxBase: '275000.00', tax: '33000.00', total: '583000.00' });
    expect(errorCode(await gql('officer1', UPDATE, { input: { id: draft.id, version: draft.version, notes: 'x' } }))).toBe('CONFLICT');
    const issued = await issue(draft.id);
    expect(errorCode(await gql('officer1', UPDATE, { input: { id: draft.id, version: issued.version, notes: 'x' } }))).toBe('BAD_USER_INPUT');
  });

  it('refuses bad input and writes nothing', async () => {
    const before = expectData(await gql<{ invoices: { totalCount: number } }>('admin', LIST, {})).invoices.totalCount;
    for (const input of [
      receivable([]),
      receivable([{ description: '', quantity: 1, unitPrice: '1.00', taxCode: 'PPN' }]),
      receivable([{ description: 'x', quantity: 0, unitPrice: '1.00', taxCode: 'PPN' }]),
      receivable([{ description: 'x', quantity: 1, unitPrice: '-1.00', taxCode: 'PPN' }]),
      { ...receivable(), dueDate: '2000-01-01' },
      { ...receivable(), clientId: null },
      { ...receivable(), kind: 'PAYABLE', clientId: null },
    ])
      expect(errorCode(await gql('officer1', CREATE, { input }))).toBe('BAD_USER_INPUT');
    expect(expectData(await gql<{ invoices: { totalCount: number } }>('admin', LIST, {})).invoices.totalCount).toBe(before);
  });

  it('numbers issued invoices per office and year, and prints them as PDF', async () => {
    const a = await issue((await create()).id);
    const b = await issue((await create()).id, 'PAPER');
    expect(a.number).toMatch(new RegExp(`^INV/KP-JKT/${year}/\\d{6}$`));
    expect(Number(b.number?.slice(-6))).toBe(Number(a.number?.slice(-6)) + 1);
    expect(errorCode(await gql('officer1', ISSUE, { id: a.id, channel: 'PDF' }))).toBe('BAD_USER_INPUT');
    const response = await fetch(`${server.url}${a.pdfUrl}`);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain(a.number as string);
    expect(text).toContain('CV Sinar Faktur');
    expect(text).toContain('tanda tangan, cap');
    expect((await fetch(`${server.url}/invoices/${a.id}/pdf?token=forged`)).status).toBe(401);
  });

  it('hands a paper invoice over and cancels an issued one with a credit note, never deleting it', async () => {
    const issued = await issue((await create()).id, 'PAPER');
    const handed = expectData(
      await gql<{ markInvoiceHandedOver: InvoiceData }>(
        'officer1',
        `mutation($id: ID!, $date: LocalDate!, $by: String!) { markInvoiceHandedOver(id: $id, date: $date, receivedBy: $by) { ${FIELDS} } }`,
        { id: issued.id, date: today, by: 'Ibu Rina (keuangan)' },
      ),
    ).markInvoiceHandedOver;
    expect(handed.handedOverDate).toBe(today);
    const cancelled = expectData(await gql<{ cancelInvoice: InvoiceData }>('officer1', CANCEL, { id: issued.id, reason: 'Salah tagih' })).cancelInvoice;
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.number).toBe(issued.number);
    expect(cancelled.creditNote?.number).toMatch(new RegExp(`^CN/KP-JKT/${year}/\\d{6}$`));
    expect(cancelled.creditNote?.total).toBe(issued.total);
    expect(errorCode(await gql('officer1', CANCEL, { id: issued.id, reason: 'again' }))).toBe('BAD_USER_INPUT');
  });

  it('allocates payments oldest due first, partially, and keeps overpayment as credit; a retried key pays once', async () => {
    const payer = await newClient('Payer Test');
    const dayBefore = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const newer = await issue(
      (await create('officer1', { ...receivable([{ description: 'Premi', quantity: 1, unitPrice: '200000.00', taxCode: 'EXEMPT' }]), clientId: payer })).id,
    );
    const older = await issue((await create('officer1', { ...receivable(), clientId: payer, issueDate: dayBefore, dueDate: dayBefore })).id);
    const key = randomUUID();
    const input = { direction: 'IN', amount: '1200000.00', date: today, method: 'TRANSFER', reference: 'TRF-1', clientId: payer };
    const first = expectData(
      await gql<{ recordPayment: { id: string; unallocated: string } }>('officer1', PAY, { input }, { 'idempotency-key': key }),
    ).recordPayment;
    const again = expectData(await gql<{ recordPayment: { id: string } }>('officer1', PAY, { input }, { 'idempotency-key': key })).recordPayment;
    expect(again.id).toBe(first.id);
    const paidOlder = expectData(await gql<{ invoice: InvoiceData }>('officer1', GET, { id: older.id })).invoice;
    const paidNewer = expectData(await gql<{ invoice: InvoiceData }>('officer1', GET, { id: newer.id })).invoice;
    // 1,110,000 to the older one (due first), the remaining 90,000 to the newer.
    expect(paidOlder).toMatchObject({ status: 'PAID', amountDue: '0.00' });
    expect(paidNewer).toMatchObject({ status: 'PARTIALLY_PAID', amountPaid: '90000.00', amountDue: '110000.00' });
    expect(first.unallocated).toBe('0.00');
    const overpay = expectData(
      await gql<{ recordPayment: { unallocated: string } }>('officer1', PAY, {
        input: { ...input, amount: '50000000.00', reference: 'TRF-2' },
      }),
    ).recordPayment;
    expect(overpay.unallocated).toBe('49890000.00');
    const credit = expectData(
      await gql<{ client: { invoiceCredit: { credit: string } } }>('officer1', `query($id: ID!) { client(id: $id) { invoiceCredit { credit } } }`, {
        id: payer,
      }),
    ).client.invoiceCredit.credit;
    expect(credit).toBe('49890000.00');
    const open = expectData(await gql<{ invoices: { nodes: Array<{ status: string }> } }>('officer1', LIST, { filter: { clientId: payer }, first: 100 }))
      .invoices.nodes;
    expect(open.filter((i) => i.status === 'ISSUED' || i.status === 'PARTIALLY_PAID')).toEqual([]);
  });

  it('takes named allocations, partial ones included, and refuses more than is owed', async () => {
    const inv = await issue((await create()).id);
    const input = { direction: 'IN', amount: '100000.00', date: today, method: 'CASH', clientId, allocations: [{ invoiceId: inv.id, amount: '100000.00' }] };
    expectData(await gql('officer1', PAY, { input }));
    const partly = expectData(await gql<{ invoice: InvoiceData }>('officer1', GET, { id: inv.id })).invoice;
    expect(partly).toMatchObject({ status: 'PARTIALLY_PAID', amountPaid: '100000.00', amountDue: '1010000.00' });
    const tooMuch = { ...input, amount: '2000000.00', allocations: [{ invoiceId: inv.id, amount: '2000000.00' }] };
    expect(errorCode(await gql('officer1', PAY, { input: tooMuch }))).toBe('BAD_USER_INPUT');
    const cancelled = expectData(await gql<{ cancelInvoice: InvoiceData }>('officer1', CANCEL, { id: inv.id, reason: 'Dobel' })).cancelInvoice;
    expect(cancelled.payments.map((p) => p.amount)).toEqual(['100000.00', '-100000.00']);
  });

  it('keeps invoices to those who reach the client; payables to managers and marketing of the office', async () => {
    const inv = await create();
    expect(errorCode(await gql('officer2', GET, { id: inv.id }))).toBe('NOT_FOUND');
    expect(errorCode(await gql('marketing', GET, { id: inv.id }))).toBe('NOT_FOUND');
    expect(errorCode(await gql('managerBdg', GET, { id: inv.id }))).toBe('NOT_FOUND');
    expectData(await gql('manager', GET, { id: inv.id }));
    const payable = {
      kind: 'PAYABLE',
      supplierName: 'Percetakan Maju',
      issueDate: today,
      dueDate: today,
      lines: [{ description: 'Brosur', quantity: 1000, unitPrice: '1500.00', taxCode: 'PPN' }],
    };
    expect(errorCode(await gql('officer1', CREATE, { input: payable }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql('marketing', CREATE, { input: payable }))).toBe('BAD_USER_INPUT');
    const campaigns = expectData(await gql<{ campaigns: { nodes: Array<{ id: string }> } }>('marketing', '{ campaigns(first: 1) { nodes { id } } }')).campaigns
      .nodes;
    const booked = await create('marketing', { ...payable, campaignId: campaigns[0].id });
    expect(booked.status).toBe('DRAFT');
    expect(errorCode(await gql('officer1', GET, { id: booked.id }))).toBe('NOT_FOUND');
    expectData(await gql('manager', GET, { id: booked.id }));
    const issued = expectData(await gql<{ issueInvoice: InvoiceData }>('marketing', ISSUE, { id: booked.id, channel: 'PDF' })).issueInvoice;
    const spend = expectData(
      await gql<{ campaign: { invoicedSpend: string } }>('marketing', `query($id: ID!) { campaign(id: $id) { invoicedSpend } }`, { id: campaigns[0].id }),
    ).campaign.invoicedSpend;
    expect(BigInt(spend.replace('.', ''))).toBeGreaterThanOrEqual(BigInt(issued.total.replace('.', '')));
  });

  it('ages open receivables into buckets per client as of a date', async () => {
    const due = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
    const created = await newClient('Aging Test');
    for (const days of [0, 10, 45, 75, 120]) {
      const d = due(days);
      const inv = await create('officer1', {
        kind: 'RECEIVABLE',
        clientId: created,
        issueDate: d,
        dueDate: d,
        lines: [{ description: `d${days}`, quantity: 1, unitPrice: '100.00', taxCode: 'EXEMPT' }],
      });
      await issue(inv.id);
    }
    const report = expectData(await gql<{ receivablesAging: { rows: Array<Record<string, unknown>> } }>('officer1', AGING, { asOf: today })).receivablesAging;
    const row = report.rows.find((r) => (r.client as { id: string }).id === created);
    expect(row).toMatchObject({ current: '100.00', d1to30: '100.00', d31to60: '100.00', d61to90: '100.00', over90: '100.00', total: '500.00' });
    const other = expectData(await gql<{ receivablesAging: { rows: Array<{ client: { id: string } }> } }>('officer2', AGING, { asOf: today })).receivablesAging;
    expect(other.rows.some((r) => r.client.id === created)).toBe(false);
  });

  it('ages a past day by what was open on it: invoices paid, reversed or cancelled since count as they stood', async () => {
    const ago = (days: number) => addDays(today, -days);
    const party = await newClient('Aging Past');
    const invoiceOf = async (issued: number, due: number, price: string) => {
      const lines = [{ description: `d${issued}`, quantity: 1, unitPrice: price, taxCode: 'EXEMPT' }];
      return (await issue((await create('officer1', { kind: 'RECEIVABLE', clientId: party, issueDate: ago(issued), dueDate: ago(due), lines })).id)).id;
    };
    const pay = async (invoiceId: string, amount: string, date: string) =>
      expectData(
        await gql<{ recordPayment: { id: string } }>('officer1', PAY, {
          input: { direction: 'IN', amount, date, method: 'TRANSFER', clientId: party, allocations: [{ invoiceId, amount }] },
        }),
      ).recordPayment.id;
    const paidSince = await invoiceOf(60, 50, '1000.00');
    await pay(paidSince, '1000.00', ago(20));
    const cancelledSince = await invoiceOf(40, 30, '500.00');
    expectData(await gql('officer1', CANCEL, { id: cancelledSince, reason: 'Salah tagih' }));
    const reversedToday = await invoiceOf(40, 30, '300.00');
    const payment = await pay(reversedToday, '300.00', ago(35));
    expectData(await gql('officer1', `mutation($id: ID!) { reversePayment(id: $id, reason: "Giro ditolak") { id } }`, { id: payment }));
    await invoiceOf(10, 0, '200.00');

    const rowOn = async (asOf: string) =>
      expectData(
        await gql<{ receivablesAging: { rows: Array<Record<string, unknown> & { client: { id: string } }> } }>('officer1', AGING, { asOf }),
      ).receivablesAging.rows.find((r) => r.client.id === party);
    // Before the 300.00 was paid: all three owed (due 50 days before today: 14 days late).
    expect(await rowOn(ago(36))).toMatchObject({ current: '800.00', d1to30: '1000.00', total: '1800.00' });
    // Paid on day 35, so the 300.00 is off; the 500.00 now 5 days late.
    expect(await rowOn(ago(25))).toMatchObject({ current: '0.00', d1to30: '1500.00', total: '1500.00' });
    // The 1,000.00 paid on day 20; the 200.00 not yet issued.
    expect(await rowOn(ago(15))).toMatchObject({ d1to30: '500.00', total: '500.00' });
    // Today: the cancellation took the 500.00 off, the reversal put the 300.00 back, the 200.00 is due today.
    expect(await rowOn(today)).toMatchObject({ current: '200.00', d1to30: '300.00', total: '500.00' });
    expect(await rowOn(ago(61))).toBeUndefined();
  });

  it('fills in the allocations’ days from their payments, reversals and credit notes as their writers do', async () => {
    // Allocations, reversals and cancellations of earlier tests are in the book; the migration that added
    // the day, undone and applied again, must give each entry the day it was written with.
    const read = async () =>
      (await server.app.dataSource.query(`SELECT id, ${server.app.dataSource.driver.escape('date')} AS day FROM payment_allocation ORDER BY id`)).map(
        (r: { id: number | string; day: string | Date }) => `${r.id}:${toBusinessDate(r.day)}`,
      );
    const written = await read();
    expect(written.length).toBeGreaterThan(5);
    await server.app.dataSource.undoLastMigration({ transaction: 'each' });
    await server.app.dataSource.runMigrations({ transaction: 'each' });
    expect(await read()).toEqual(written);
  });

  it('sums the month’s PPN and writes the e-Faktur CSV', async () => {
    const summary = expectData(
      await gql<{ taxSummary: { outputTax: string; csvUrl: string; lines: Array<{ number: string; npwp: string | null; kind: string }> } }>('manager', TAX, {
        month: today.slice(0, 7),
      }),
    ).taxSummary;
    const mine = summary.lines.filter((l) => l.npwp === '0123456789012345');
    expect(mine.length).toBeGreaterThan(0);
    const csv = await (await fetch(`${server.url}${summary.csvUrl}`)).text();
    expect(csv.split('\r\n')[0]).toBe('NPWP,NAMA,DPP,PPN,NOMOR_FAKTUR,TANGGAL_FAKTUR');
    expect(csv).toMatch(/\r\n0123456789012345,CV Sinar Faktur,916666,110000,INV\/KP-JKT\/\d{4}\/\d{6},\d{2}\/\d{2}\/\d{4}\r\n/);
    expect(summary.lines.every((l) => l.number.startsWith('INV/'))).toBe(true);
  });

  it('totals aging per officer and office, each equal to the report narrowed to it; payables age per supplier and count as PPN in', async () => {
    const TOTALS = `query($asOf: LocalDate, $officeId: ID, $officerId: ID, $kind: InvoiceKind) {
      receivablesAging(asOf: $asOf, officeId: $officeId, officerId: $officerId, kind: $kind) {
        total d31to60 officers { officerId officerName total } offices { officeId officeName total } rows { client { id } supplierName officerId current total } } }`;
    type Totals = {
      total: string;
      d31to60: string;
      officers: Array<{ officerId: string | null; officerName: string | null; total: string }>;
      offices: Array<{ officeId: string; officeName: string; total: string }>;
      rows: Array<{ client: { id: string } | null; supplierName: string | null; officerId: string | null; current: string; total: string }>;
    };
    const aging = async (who: keyof Staff['tokens'], variables: Record<string, unknown>) =>
      expectData(await gql<{ receivablesAging: Totals }>(who, TOTALS, { asOf: today, ...variables })).receivablesAging;
    const sen = (money: string) => BigInt(money.replace('.', ''));
    const sum = (list: Array<{ total: string }>) => list.reduce((s, x) => s + sen(x.total), 0n);
    const owing = await newClient('Aging Per Petugas');
    const d = new Date(Date.parse(`${today}T00:00:00Z`) - 40 * 86_400_000).toISOString().slice(0, 10);
    await issue(
      (
        await create('officer1', {
          kind: 'RECEIVABLE',
          clientId: owing,
          issueDate: d,
          dueDate: d,
          lines: [{ description: 'd40', quantity: 1, unitPrice: '900000000.00', taxCode: 'EXEMPT' }],
        })
      ).id,
    );
    const all = await aging('manager', {});
    expect(sum(all.officers)).toBe(sen(all.total));
    expect(sum(all.offices)).toBe(sen(all.total));
    const mine = all.officers.find((o) => o.officerId === staff.ids.officer1);
    const officerName = expectData(await gql<{ me: { name: string } }>('officer1', '{ me { name } }')).me.name;
    expect(mine?.officerName).toBe(officerName);
    // Named, largest first: the 900 million of officer 1 leads.
    expect(all.officers[0].officerId).toBe(staff.ids.officer1);
    expect(all.offices.every((o) => o.officeName.length > 0)).toBe(true);
    expect(all.offices.map((o) => sen(o.total))).toEqual(all.offices.map((o) => sen(o.total)).sort((a, b) => (a === b ? 0 : a > b ? -1 : 1)));
    expect(all.rows.find((r) => r.client?.id === owing)).toMatchObject({ officerId: staff.ids.officer1, total: '900000000.00' });
    expect((await aging('manager', { officerId: staff.ids.officer1 })).total).toBe(mine?.total);
    // An office narrows to its subtree: its own figure stays, and the total is what its offices add up to.
    for (const office of all.offices) {
      const narrowed = await aging('manager', { officeId: office.officeId });
      expect(narrowed.offices.find((o) => o.officeId === office.officeId)?.total).toBe(office.total);
      expect(sum(narrowed.offices)).toBe(sen(narrowed.total));
    }

    const payable = expectData(
      await gql<{ createInvoice: InvoiceData }>('manager', CREATE, {
        input: {
          kind: 'PAYABLE',
          supplierName: 'CV Penerbit Umur',
          issueDate: today,
          dueDate: today,
          lines: [{ description: 'Kalender meja', quantity: 100, unitPrice: '12000.00', taxCode: 'PPN' }],
        },
      }),
    ).createInvoice;
    const issued = expectData(await gql<{ issueInvoice: InvoiceData }>('manager', ISSUE, { id: payable.id, channel: 'PAPER' })).issueInvoice;
    const payables = await aging('manager', { kind: 'PAYABLE' });
    expect(payables.rows.find((r) => r.supplierName === 'CV Penerbit Umur')).toMatchObject({ client: null, current: issued.total, total: issued.total });
    expect(payables.officers).toEqual([]);
    expect(sum(payables.offices)).toBe(sen(payables.total));
    const tax = expectData(
      await gql<{ taxSummary: { inputTax: string; lines: Array<{ number: string; partyName: string; tax: string; kind: string }> } }>('manager', TAX, {
        month: today.slice(0, 7),
      }),
    ).taxSummary;
    expect(tax.lines.find((l) => l.number === issued.number)).toMatchObject({ kind: 'PAYABLE', partyName: 'CV Penerbit Umur', tax: issued.tax });
    expect(sen(tax.inputTax)).toBeGreaterThanOrEqual(sen(issued.tax));
    const csv = await (
      await fetch(`${server.url}${expectData(await gql<{ taxSummary: { csvUrl: string } }>('manager', TAX, { month: today.slice(0, 7) })).taxSummary.csvUrl}`)
    ).text();
    expect(csv).not.toContain('CV Penerbit Umur');
  });

  it('audits every change of an invoice: drafted, edited, issued, paid, cancelled', async () => {
    const draft = await create();
    const edited = expectData(
      await gql<{ updateInvoice: InvoiceData }>('officer1', UPDATE, {
        input: { id: draft.id, version: draft.version, lines: [{ description: 'Jasa survei', quantity: 1, unitPrice: '200000.00', taxCode: 'PPN' }] },
      }),
    ).updateInvoice;
    await issue(edited.id);
    expectData(
      await gql('officer1', PAY, {
        input: { direction: 'IN', amount: '100000.00', date: today, method: 'CASH', clientId, allocations: [{ invoiceId: draft.id, amount: '100000.00' }] },
      }),
    );
    expectData(await gql('officer1', CANCEL, { id: draft.id, reason: 'Salah nominal' }));
    const trail = await server.app.dataSource.getRepository(AuditEntry).find({ where: { entityType: 'Invoice', entityId: draft.id }, order: { id: 'ASC' } });
    expect(trail.map((e) => e.action)).toEqual(['create', 'update', 'issue', 'payment', 'cancel']);
    expect(new Set(trail.map((e) => e.actorId))).toEqual(new Set([Number(staff.ids.officer1)]));
  });

  it.runIf(target.kind === 'mysql')('issues 200 invoices at once with contiguous numbers and no duplicate', async () => {
    const drafts = await Promise.all(Array.from({ length: 200 }, () => create()));
    const results = await Promise.all(drafts.map((d) => gql<{ issueInvoice: InvoiceData }>('officer1', ISSUE, { id: d.id, channel: 'PDF' })));
    const numbers = results.map((r) => expectData(r).issueInvoice.number as string);
    expect(new Set(numbers).size).toBe(200);
    const seqs = numbers.map((n) => Number(n.slice(-6))).sort((a, b) => a - b);
    expect(seqs[199] - seqs[0]).toBe(199);
  });
});
