/**
 * The money view over real HTTP on each database: cash flow and budgets against independent SQL over the
 * demo book, a journal that balances after any random activity (disbursements, repayments, reversals,
 * invoices, payments, cancellations) with totals equal to the events' own sums, the account mapping kept
 * by admins only, and bad input refused with nothing written.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, businessDate, parseMoney } from '@prospek/shared';
import { signInStaff } from '../helpers/access.js';
import type { Staff, Who } from '../helpers/access.js';
import { disburseLoan, postRepayment } from '../helpers/collection-loans.js';
import { databaseTargets } from '../helpers/databases.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const CASH_FLOW = `query($from: LocalDate!, $to: LocalDate!, $officeId: ID, $officerId: ID) { cashFlow(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {
  months { month moneyIn moneyOut net principal interest penalty repaymentCredit receivablesCollected disbursed payablesPaid } } }`;
const BUDGETS = `query($from: LocalDate!, $to: LocalDate!, $officeId: ID) { budgetVsActual(from: $from, to: $to, officeId: $officeId) {
  lines { kind id name budget spend remaining leads won disbursed } } }`;
const JOURNAL = `query($month: String!, $officeId: ID) { journalExport(month: $month, officeId: $officeId) { url month lineCount debitTotal creditTotal } }`;
const MAPPING = `{ accountMapping { id account code name version } }`;
const SET_MAPPING = `mutation($i: SetAccountMappingInput!) { setAccountMapping(input: $i) { id account code name version } }`;

type Month = Record<string, string>;
interface Journal {
  url: string;
  lineCount: number;
  debitTotal: string;
  creditTotal: string;
}
const sen = (decimal: string) => parseMoney(decimal);
const dec = (value: bigint) =>
  `${value < 0n ? '-' : ''}${(value < 0n ? -value : value) / 100n}.${((value < 0n ? -value : value) % 100n).toString().padStart(2, '0')}`;
const monthOf = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value)).slice(0, 7);

describe.each(databaseTargets)('the money view on $kind', (target) => {
  let server: TestServer;
  let staff: Staff;
  const today = businessDate();
  const months = [addMonths(today, -2), addMonths(today, -1), today].map((d) => d.slice(0, 7));
  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const sql = <T>(text: string, params: unknown[] = []): Promise<T[]> => server.app.dataSource.query(text, params);
  const gql = <T>(who: Who, query: string, variables: Record<string, unknown> = {}) => server.gql<T>(query, variables, { token: staff.tokens[who] });

  beforeAll(async () => {
    server = await startServer(target);
    staff = await signInStaff(server);
  });
  afterAll(() => server?.close());

  /** Cash flow by month, summed here in JS from plain rows (not the report's grouped SQL). */
  async function expectedCashFlow(from: string, to: string, officeIds: string[], officerId: string | null) {
    const inOffices = `(${officeIds.map(() => '?').join(', ')})`;
    const loans = await sql<{ id: number; principal: string; disbursementDate: unknown; officerId: number | null }>(
      `SELECT ${q('id')}, ${q('principal')}, ${q('disbursementDate')}, ${q('officerId')} FROM ${q('loan')} WHERE ${q('officeId')} IN ${inOffices}`,
      officeIds,
    );
    const mine = loans.filter((l) => officerId === null || String(l.officerId) === officerId);
    const loanIds = new Set(mine.map((l) => Number(l.id)));
    const repayments = (
      await sql<{ id: number; loanId: number; amount: string; valueDate: unknown; reversed: number | boolean }>(`SELECT * FROM ${q('loan_repayment')}`)
    ).filter((r) => loanIds.has(Number(r.loanId)) && !Number(r.reversed));
    const entries = await sql<{ repaymentId: number; component: string; amount: string; kind: string; postedFor: number | null }>(
      `SELECT a.${q('repaymentId')} AS ${q('repaymentId')}, a.${q('component')} AS ${q('component')}, a.${q('amount')} AS ${q('amount')}, p.${q('kind')} AS ${q('kind')}, p.${q('repaymentId')} AS ${q('postedFor')}
       FROM ${q('loan_allocation')} a JOIN ${q('loan_posting')} p ON p.${q('id')} = a.${q('postingId')}`,
    );
    const payments = await sql<{ direction: string; amount: string; date: unknown; clientOfficer: number | null; officeId: number }>(
      `SELECT p.${q('direction')} AS ${q('direction')}, p.${q('amount')} AS ${q('amount')}, p.${q('date')} AS ${q('date')}, c.${q('officerId')} AS ${q('clientOfficer')}, p.${q('officeId')} AS ${q('officeId')}
       FROM ${q('payment')} p LEFT JOIN ${q('client')} c ON c.${q('id')} = p.${q('clientId')}`,
    );
    const result = new Map<string, Record<string, bigint>>();
    const zero = () => ({ disbursed: 0n, payablesPaid: 0n, principal: 0n, interest: 0n, penalty: 0n, repaid: 0n, receivablesCollected: 0n });
    for (let m = `${from.slice(0, 7)}-01`; m <= to; m = addMonths(m, 1)) result.set(m.slice(0, 7), zero());
    const within = (date: unknown) => {
      const d = (date instanceof Date ? date.toISOString() : String(date)).slice(0, 10);
      return d >= from && d <= to ? result.get(d.slice(0, 7)) : undefined;
    };
    for (const l of mine) {
      const row = within(l.disbursementDate);
      if (row) row.disbursed += BigInt(l.principal);
    }
    for (const r of repayments) {
      const row = within(r.valueDate);
      if (!row) continue;
      row.repaid += BigInt(r.amount);
      for (const e of entries.filter((x) => Number(x.repaymentId) === Number(r.id) && x.kind === 'REPAYMENT' && Number(x.postedFor) === Number(r.id)))
        row[e.component.toLowerCase()] += BigInt(e.amount);
    }
    for (const p of payments) {
      if (!officeIds.includes(String(p.officeId))) continue;
      if (officerId !== null && (p.direction !== 'IN' || String(p.clientOfficer) !== officerId)) continue;
      const row = within(p.date);
      if (row) row[p.direction === 'IN' ? 'receivablesCollected' : 'payablesPaid'] += BigInt(p.amount);
    }
    return [...result].map(([month, r]) => ({
      month,
      moneyIn: dec(r.repaid + r.receivablesCollected),
      moneyOut: dec(r.disbursed + r.payablesPaid),
      net: dec(r.repaid + r.receivablesCollected - r.disbursed - r.payablesPaid),
      principal: dec(r.principal),
      interest: dec(r.interest),
      penalty: dec(r.penalty),
      repaymentCredit: dec(r.repaid - r.principal - r.interest - r.penalty),
      receivablesCollected: dec(r.receivablesCollected),
      disbursed: dec(r.disbursed),
      payablesPaid: dec(r.payablesPaid),
    }));
  }

  const officeIds = async () =>
    (await sql<{ id: number; code: string }>(`SELECT ${q('id')}, ${q('code')} FROM ${q('office')}`)).map((o) => ({ id: String(o.id), code: o.code }));

  it('shows cash flow by month equal to the book summed independently, for the whole book, a branch and an officer', async () => {
    // A repayment of officer1's in the window, so that every component shows.
    const loan = await disburseLoan(server, staff.tokens.admin, staff.tokens.officer1, staff.ids.officer1, addDays(today, -70));
    await postRepayment(server, staff.tokens.officer1, loan.id, '750000.00', addDays(today, -5));
    const from = `${addMonths(today, -11).slice(0, 7)}-01`;
    const offices = await officeIds();
    const all = expectData(await gql<{ cashFlow: { months: Month[] } }>('admin', CASH_FLOW, { from, to: today })).cashFlow.months;
    expect(all).toEqual(
      await expectedCashFlow(
        from,
        today,
        offices.map((o) => o.id),
        null,
      ),
    );
    expect(all.some((m) => m.principal !== '0.00' && m.interest !== '0.00')).toBe(true);
    expect(all.every((m) => sen(m.net) === sen(m.moneyIn) - sen(m.moneyOut))).toBe(true);

    const bdg = offices.find((o) => o.code === 'KC-BDG')!.id;
    const branch = expectData(await gql<{ cashFlow: { months: Month[] } }>('manager', CASH_FLOW, { from, to: today, officeId: bdg })).cashFlow.months;
    expect(branch).toEqual(await expectedCashFlow(from, today, [bdg], null));

    const own = expectData(await gql<{ cashFlow: { months: Month[] } }>('officer1', CASH_FLOW, { from, to: today })).cashFlow.months;
    expect(own).toEqual(
      await expectedCashFlow(
        from,
        today,
        offices.map((o) => o.id),
        staff.ids.officer1,
      ),
    );
    expect(own.at(-1)?.moneyIn).not.toBe('0.00');
  });

  it('sets each campaign’s and office’s budget against its payables and what it brought', async () => {
    const offices = await officeIds();
    const ho = offices.find((o) => o.code === 'KP-JKT')!.id;
    const { offices: list } = expectData(
      await gql<{ offices: { nodes: Array<{ id: string; version: number }> } }>('admin', '{ offices(first: 100) { nodes { id version } } }'),
    );
    const version = list.nodes.find((o) => o.id === ho)!.version;
    const updated = expectData(
      await gql<{ updateOffice: { monthlyBudget: string } }>('admin', `mutation($i: UpdateOfficeInput!) { updateOffice(input: $i) { monthlyBudget } }`, {
        i: { id: ho, expectedVersion: version, monthlyBudget: '25000000.00' },
      }),
    ).updateOffice;
    expect(updated.monthlyBudget).toBe('25000000.00');

    const from = `${addMonths(today, -5).slice(0, 7)}-01`;
    const lines = expectData(await gql<{ budgetVsActual: { lines: Month[] } }>('manager', BUDGETS, { from, to: today })).budgetVsActual.lines;
    const campaigns = await sql<{ id: number; budget: string }>(
      `SELECT ${q('id')}, ${q('budget')} FROM ${q('campaign')} WHERE ${q('startDate')} <= ? AND ${q('endDate')} >= ?`,
      [today, from],
    );
    const invoices = await sql<{ campaignId: number | null; officeId: number; total: string; status: string; kind: string; issueDate: unknown }>(
      `SELECT ${q('campaignId')}, ${q('officeId')}, ${q('total')}, ${q('status')}, ${q('kind')}, ${q('issueDate')} FROM ${q('invoice')}`,
    );
    const charged = invoices.filter((i) => {
      const d = (i.issueDate instanceof Date ? i.issueDate.toISOString() : String(i.issueDate)).slice(0, 10);
      return i.kind === 'PAYABLE' && ['ISSUED', 'PARTIALLY_PAID', 'PAID'].includes(i.status) && d >= from && d <= today;
    });
    expect(
      lines
        .filter((l) => l.kind === 'CAMPAIGN')
        .map((l) => l.id)
        .sort(),
    ).toEqual(campaigns.map((c) => String(c.id)).sort());
    for (const c of campaigns) {
      const line = lines.find((l) => l.kind === 'CAMPAIGN' && l.id === String(c.id))!;
      const spend = charged.filter((i) => Number(i.campaignId) === Number(c.id)).reduce((s, i) => s + BigInt(i.total), 0n);
      expect(line).toMatchObject({ budget: dec(BigInt(c.budget)), spend: dec(spend), remaining: dec(BigInt(c.budget) - spend) });
    }
    const office = lines.find((l) => l.kind === 'OFFICE' && l.id === ho)!;
    const officeSpend = charged.filter((i) => String(i.officeId) === ho).reduce((s, i) => s + BigInt(i.total), 0n);
    const instant = (v: unknown) => (v instanceof Date ? v : new Date(`${String(v).replace(' ', 'T')}Z`));
    const n = (await sql<{ createdAt: unknown }>(`SELECT ${q('createdAt')} FROM ${q('lead')} WHERE ${q('officeId')} = ?`, [Number(ho)])).filter((l) => {
      const d = businessDate(instant(l.createdAt));
      return d >= from && d <= today;
    }).length;
    const disbursed = (
      await sql<{ principal: string; disbursementDate: unknown }>(
        `SELECT ${q('principal')}, ${q('disbursementDate')} FROM ${q('loan')} WHERE ${q('officeId')} = ?`,
        [Number(ho)],
      )
    )
      .filter((l) => {
        const d = (l.disbursementDate instanceof Date ? l.disbursementDate.toISOString() : String(l.disbursementDate)).slice(0, 10);
        return d >= from && d <= today;
      })
      .reduce((s, l) => s + BigInt(l.principal), 0n);
    expect(office).toMatchObject({ budget: dec(25_000_000_00n * 6n), spend: dec(officeSpend), leads: Number(n), disbursed: dec(disbursed) });
    expect(Number(office.won)).toBeLessThanOrEqual(Number(n));
  });

  /** What the month's events add up to, one gross amount per event, from plain rows. */
  async function expectedJournalTotal(month: string): Promise<bigint> {
    let total = 0n;
    const add = (rows: Array<Record<string, unknown>>, amount: string, date: string, keep: (r: Record<string, unknown>) => boolean = () => true) => {
      for (const r of rows) if (keep(r) && monthOf(r[date]) === month) total += BigInt(String(r[amount]));
    };
    add(await sql(`SELECT ${q('principal')}, ${q('disbursementDate')} FROM ${q('loan')}`), 'principal', 'disbursementDate');
    add(
      await sql(`SELECT ${q('writtenOffPrincipal')}, ${q('closedDate')} FROM ${q('loan')} WHERE ${q('status')} = 'WRITTEN_OFF'`),
      'writtenOffPrincipal',
      'closedDate',
    );
    const repayments = await sql<Record<string, unknown>>(
      `SELECT ${q('amount')}, ${q('valueDate')}, ${q('reversed')}, ${q('reversedAt')} FROM ${q('loan_repayment')}`,
    );
    add(repayments, 'amount', 'valueDate');
    // Demo offices and the ones here keep Jakarta time: a reversal belongs to its WIB day.
    for (const r of repayments)
      if (
        Number(r.reversed) &&
        businessDate(new Date(r.reversedAt instanceof Date ? r.reversedAt : `${String(r.reversedAt).replace(' ', 'T')}Z`)).slice(0, 7) === month
      )
        total += BigInt(String(r.amount));
    add(
      await sql(`SELECT ${q('total')}, ${q('issueDate')}, ${q('status')}, ${q('number')} FROM ${q('invoice')}`),
      'total',
      'issueDate',
      (r) => r.status !== 'DRAFT' && r.number !== null,
    );
    add(await sql(`SELECT ${q('total')}, ${q('date')} FROM ${q('credit_note')}`), 'total', 'date');
    add(await sql(`SELECT ${q('amount')}, ${q('date')} FROM ${q('payment')}`), 'amount', 'date');
    return total;
  }

  /** Exports a month as admin (every office), downloads the CSV and checks it against its totals. */
  async function exportMonth(month: string): Promise<Journal> {
    const journal = expectData(await gql<{ journalExport: Journal }>('admin', JOURNAL, { month })).journalExport;
    const response = await fetch(`${server.url}${journal.url}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = (await response.text()).split('\r\n').filter(Boolean).slice(1);
    expect(rows).toHaveLength(journal.lineCount);
    // Descriptions are plain names and numbers: no quoted commas in the amounts' columns.
    const cells = rows.map((r) => r.split(','));
    expect(dec(cells.reduce((s, c) => s + sen(c[3]), 0n))).toBe(journal.debitTotal);
    expect(dec(cells.reduce((s, c) => s + sen(c[4]), 0n))).toBe(journal.creditTotal);
    expect(cells.every((c) => c[0].startsWith(month))).toBe(true);
    return journal;
  }

  it('exports a journal that balances after any random activity, its totals equal to the events’ own sums', async () => {
    const [client] = await sql<{ id: number }>(`SELECT ${q('id')} FROM ${q('client')} WHERE ${q('officerId')} = ? ORDER BY ${q('id')}`, [
      Number(staff.ids.officer1),
    ]);
    const [campaign] = await sql<{ id: number }>(
      `SELECT c.${q('id')} FROM ${q('campaign')} c JOIN ${q('office')} o ON o.${q('id')} = c.${q('officeId')} WHERE o.${q('code')} = 'KP-JKT'`,
    );
    const loans: Array<{ id: string; date: string }> = [];
    const day = fc.integer({ min: 0, max: 60 });
    const action = fc.oneof(
      fc.record({ t: fc.constant('disburse' as const), day }),
      fc.record({ t: fc.constant('repay' as const), pick: fc.nat(), day, rupiah: fc.integer({ min: 1, max: 4000 }) }),
      fc.record({ t: fc.constant('reverse' as const), pick: fc.nat() }),
      fc.record({ t: fc.constant('writeOff' as const), pick: fc.nat() }),
      fc.record({ t: fc.constant('recover' as const), pick: fc.nat(), rupiah: fc.integer({ min: 1, max: 4000 }) }),
      fc.record({
        t: fc.constant('invoice' as const),
        day,
        payable: fc.boolean(),
        campaign: fc.boolean(),
        ppn: fc.boolean(),
        quantity: fc.integer({ min: 1, max: 5 }),
        rupiah: fc.integer({ min: 1, max: 900 }),
      }),
      fc.record({ t: fc.constant('pay' as const), pick: fc.nat(), share: fc.integer({ min: 1, max: 100 }), day }),
      fc.record({ t: fc.constant('cancel' as const), pick: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 3, maxLength: 7 }), async (actions) => {
        for (const a of actions) {
          if (a.t === 'disburse') {
            const date = addDays(today, -a.day);
            loans.push({ id: (await disburseLoan(server, staff.tokens.admin, staff.tokens.officer1, staff.ids.officer1, date)).id, date });
          } else if (a.t === 'repay') {
            // A loan repaid in full is closed and takes no more.
            const active = new Set((await sql<{ id: number }>(`SELECT ${q('id')} FROM ${q('loan')} WHERE ${q('status')} = 'ACTIVE'`)).map((l) => String(l.id)));
            const open = loans.filter((l) => active.has(l.id));
            if (open.length === 0) continue;
            const loan = open[a.pick % open.length];
            const date = addDays(today, -a.day) < loan.date ? loan.date : addDays(today, -a.day);
            await postRepayment(server, staff.tokens.officer1, loan.id, `${a.rupiah * 1000}.00`, date);
          } else if (a.t === 'reverse') {
            const open = await sql<{ id: number }>(`SELECT ${q('id')} FROM ${q('loan_repayment')} WHERE ${q('reversed')} = 0 ORDER BY ${q('id')}`);
            if (open.length === 0) continue;
            const id = String(open[a.pick % open.length].id);
            expectData(await gql('admin', `mutation($id: ID!) { reverseRepayment(id: $id, reason: "Salah posting") { id } }`, { id }));
          } else if (a.t === 'writeOff') {
            const active = await sql<{ id: number; version: number }>(
              `SELECT ${q('id')}, ${q('version')} FROM ${q('loan')} WHERE ${q('status')} = 'ACTIVE' ORDER BY ${q('id')}`,
            );
            if (active.length === 0) continue;
            const loan = active[a.pick % active.length];
            const input = { loanId: String(loan.id), date: today, reason: 'Tidak tertagih', version: Number(loan.version) };
            expectData(await gql('admin', `mutation($i: WriteOffLoanInput!) { writeOffLoan(input: $i) { id } }`, { i: input }));
          } else if (a.t === 'recover') {
            const gone = await sql<{ id: number }>(`SELECT ${q('id')} FROM ${q('loan')} WHERE ${q('status')} = 'WRITTEN_OFF' ORDER BY ${q('id')}`);
            if (gone.length === 0) continue;
            await postRepayment(server, staff.tokens.admin, String(gone[a.pick % gone.length].id), `${a.rupiah * 1000}.00`, today);
          } else if (a.t === 'invoice') {
            const issueDate = addDays(today, -a.day);
            const input = {
              kind: a.payable ? 'PAYABLE' : 'RECEIVABLE',
              ...(a.payable
                ? { supplierName: 'CV Cetak Brosur', ...(a.campaign && campaign ? { campaignId: String(campaign.id) } : {}) }
                : { clientId: String(client.id) }),
              issueDate,
              dueDate: today,
              lines: [{ description: 'Jasa', quantity: a.quantity, unitPrice: `${a.rupiah * 1000}.00`, taxCode: a.ppn ? 'PPN' : 'EXEMPT' }],
            };
            const created = expectData(
              await gql<{ createInvoice: { id: string } }>('admin', `mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }`, { i: input }),
            );
            expectData(await gql('admin', `mutation($id: ID!) { issueInvoice(id: $id, channel: PDF) { id } }`, { id: created.createInvoice.id }));
          } else if (a.t === 'pay') {
            const open = await sql<{
              id: number;
              kind: string;
              total: string;
              amountPaid: string;
              issueDate: unknown;
              officeId: number;
              clientId: number | null;
              supplierName: string | null;
            }>(
              `SELECT ${['id', 'kind', 'total', 'amountPaid', 'issueDate', 'officeId', 'clientId', 'supplierName'].map(q).join(', ')} FROM ${q('invoice')}
               WHERE ${q('status')} IN ('ISSUED', 'PARTIALLY_PAID') ORDER BY ${q('id')}`,
            );
            if (open.length === 0) continue;
            const invoice = open[a.pick % open.length];
            const due = BigInt(invoice.total) - BigInt(invoice.amountPaid);
            const amount = dec(((due * BigInt(a.share)) / 100n / 100n) * 100n || due);
            const issued = (invoice.issueDate instanceof Date ? invoice.issueDate.toISOString() : String(invoice.issueDate)).slice(0, 10);
            const date = addDays(today, -a.day) < issued ? issued : addDays(today, -a.day);
            const input =
              invoice.kind === 'RECEIVABLE'
                ? {
                    direction: 'IN',
                    clientId: String(invoice.clientId),
                    amount,
                    date,
                    method: 'TRANSFER',
                    allocations: [{ invoiceId: String(invoice.id), amount }],
                  }
                : {
                    direction: 'OUT',
                    supplierName: invoice.supplierName,
                    officeId: String(invoice.officeId),
                    amount,
                    date,
                    method: 'TRANSFER',
                    allocations: [{ invoiceId: String(invoice.id), amount }],
                  };
            expectData(await gql('admin', `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }`, { i: input }));
          } else if (a.t === 'cancel') {
            const issued = await sql<{ id: number }>(
              `SELECT ${q('id')} FROM ${q('invoice')} WHERE ${q('status')} IN ('ISSUED', 'PARTIALLY_PAID', 'PAID') ORDER BY ${q('id')}`,
            );
            if (issued.length === 0) continue;
            const id = String(issued[a.pick % issued.length].id);
            expectData(await gql('admin', `mutation($id: ID!) { cancelInvoice(id: $id, reason: "Salah tagih") { id } }`, { id }));
          }
        }
        let lines = 0;
        for (const month of months) {
          const journal = await exportMonth(month);
          lines += journal.lineCount;
          expect(journal.debitTotal).toBe(journal.creditTotal);
          expect(journal.debitTotal).toBe(dec(await expectedJournalTotal(month)));
        }
        expect(lines).toBeGreaterThan(0);
      }),
      { numRuns: Number(process.env.MONEY_RUNS ?? 4) },
    );
  });

  it('takes a written-off loan’s principal off the book as a loss and books what is recovered later as income', async () => {
    const loan = await disburseLoan(server, staff.tokens.admin, staff.tokens.officer1, staff.ids.officer1, addDays(today, -40));
    await postRepayment(server, staff.tokens.officer1, loan.id, '500000.00', addDays(today, -10));
    const [before] = await sql<{ version: number; outstanding: string }>(
      `SELECT ${q('version')}, ${q('outstandingPrincipal')} AS outstanding FROM ${q('loan')} WHERE ${q('id')} = ?`,
      [Number(loan.id)],
    );
    const input = { loanId: loan.id, date: today, reason: 'Usaha tutup, tidak tertagih', version: Number(before.version) };
    expectData(await gql('admin', `mutation($i: WriteOffLoanInput!) { writeOffLoan(input: $i) { id } }`, { i: input }));
    const [gone] = await sql<{ principal: string }>(`SELECT ${q('writtenOffPrincipal')} AS principal FROM ${q('loan')} WHERE ${q('id')} = ?`, [
      Number(loan.id),
    ]);
    expect(BigInt(gone.principal)).toBe(BigInt(before.outstanding));
    await postRepayment(server, staff.tokens.admin, loan.id, '250000.00', today);
    const journal = await exportMonth(today.slice(0, 7));
    const rows = (await (await fetch(`${server.url}${journal.url}`)).text())
      .split('\r\n')
      .filter(Boolean)
      .slice(1)
      .map((r) => r.split(','));
    const writeOff = rows.filter((c) => c[5] === `PINJ-${loan.id}/HB`);
    expect(writeOff.map((c) => [c[0], c[1], c[3], c[4]])).toEqual([
      [today, '5-1300', dec(BigInt(before.outstanding)), '0.00'],
      [today, '1-1300', '0.00', dec(BigInt(before.outstanding))],
    ]);
    const [recovery] = await sql<{ id: number }>(`SELECT ${q('id')} FROM ${q('loan_repayment')} WHERE ${q('loanId')} = ? AND ${q('recovery')} = ?`, [
      Number(loan.id),
      true,
    ]);
    const recovered = rows.filter((c) => c[5].startsWith(`ANGS-${recovery.id}/`));
    expect(recovered.map((c) => [c[1], c[3], c[4], c[6].startsWith('Penerimaan pinjaman hapus buku')])).toEqual([
      ['1-1100', '250000.00', '0.00', true],
      ['4-1300', '0.00', '250000.00', true],
    ]);
  });

  it('posts through the account mapping admins keep, audited; a loan product may have its own code', async () => {
    const mapping = expectData(
      await gql<{ accountMapping: Array<{ id: string; account: string; code: string; name: string; version: number }> }>('admin', MAPPING),
    ).accountMapping;
    expect(mapping.find((m) => m.account === 'CASH')).toMatchObject({ code: '1-1100', name: 'Kas' });
    expect(mapping.find((m) => m.account === 'LOAN_PRINCIPAL')).toMatchObject({ code: '1-1300', name: 'Pinjaman yang diberikan' });
    expect(mapping.find((m) => m.account === 'INTEREST_INCOME')).toMatchObject({ code: '4-1100' });
    expect(errorCode(await gql('manager', MAPPING))).toBe('FORBIDDEN');

    const cash = mapping.find((m) => m.account === 'CASH')!;
    const changed = expectData(
      await gql<{ setAccountMapping: { code: string; version: number } }>('admin', SET_MAPPING, {
        i: { account: 'CASH', code: '1-1101', name: 'Kas besar', expectedVersion: cash.version },
      }),
    ).setAccountMapping;
    expect(changed).toMatchObject({ code: '1-1101', version: cash.version + 1 });
    const [product] = await sql<{ id: number }>(
      `SELECT l.${q('productId')} AS id FROM ${q('loan')} l JOIN ${q('loan_repayment')} r ON r.${q('loanId')} = l.${q('id')} WHERE r.${q('valueDate')} >= ? ORDER BY r.${q('id')} DESC`,
      [`${months[2]}-01`],
    );
    expectData(await gql('admin', SET_MAPPING, { i: { account: 'LOAN_PRINCIPAL', productId: String(product.id), code: '1-1310', name: 'Pinjaman mikro' } }));
    const journal = expectData(await gql<{ journalExport: Journal }>('admin', JOURNAL, { month: months[2] })).journalExport;
    const csv = await (await fetch(`${server.url}${journal.url}`)).text();
    expect(csv).toContain(',1-1101,Kas besar,');
    expect(csv).not.toContain(',1-1100,Kas,');
    expect(csv).toContain(',1-1310,Pinjaman mikro,');
    const audits = await sql<{ action: string; after: string }>(
      `SELECT ${q('action')}, ${q('after')} FROM ${q('audit_entry')} WHERE ${q('entityType')} = 'AccountMapping' ORDER BY ${q('id')}`,
    );
    expect(audits.map((a) => a.action)).toEqual(['update', 'create']);
    expect(JSON.parse(audits[0].after)).toEqual({ code: '1-1101', name: 'Kas besar' });
    // A stale version is a conflict, and writes nothing.
    expect(errorCode(await gql('admin', SET_MAPPING, { i: { account: 'CASH', code: '1-1102', name: 'Kas', expectedVersion: cash.version } }))).toBe('CONFLICT');
  });

  it('lets officers see only their own flows, managers their tree, and keeps the journal from officers and the link from strangers', async () => {
    const journal = expectData(await gql<{ journalExport: Journal }>('manager', JOURNAL, { month: months[2] })).journalExport;
    expect(journal.debitTotal).toBe(journal.creditTotal);
    expect((await fetch(`${server.url}${journal.url.replace(/token=[^&]+/, 'token=forged')}`)).status).toBe(401);
    expect(errorCode(await gql('officer1', JOURNAL, { month: months[2] }))).toBe('FORBIDDEN');
    expect(errorCode(await gql('officer1', BUDGETS, { from: `${months[2]}-01`, to: today }))).toBe('FORBIDDEN');
    expect(errorCode(await gql('officer1', CASH_FLOW, { from: `${months[2]}-01`, to: today, officerId: staff.ids.officer2 }))).toBe('NOT_FOUND');
    const offices = await officeIds();
    const ho = offices.find((o) => o.code === 'KP-JKT')!.id;
    expect(errorCode(await gql('managerBdg', CASH_FLOW, { from: `${months[2]}-01`, to: today, officeId: ho }))).toBe('NOT_FOUND');
    expect(errorCode(await gql('managerBdg', JOURNAL, { month: months[2], officeId: ho }))).toBe('NOT_FOUND');
  });

  it('refuses bad input with a clear code and writes nothing', async () => {
    const fieldOf = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
      ((r.errors?.[0]?.extensions?.fieldErrors ?? []) as Array<{ field: string; code: string }>).map((e) => `${e.field}:${e.code}`);
    const bad = async (who: Who, query: string, variables: Record<string, unknown>, field: string) => {
      const result = await gql(who, query, variables);
      expect(errorCode(result), JSON.stringify(result)).toBe('BAD_USER_INPUT');
      expect(fieldOf(result)[0]).toBe(field);
    };
    await bad('manager', CASH_FLOW, { from: today, to: addDays(today, -1) }, 'to:INVALID');
    await bad('manager', CASH_FLOW, { from: addDays(today, -400), to: today }, 'to:INVALID');
    await bad('manager', BUDGETS, { from: today, to: addDays(today, -1) }, 'to:INVALID');
    await bad('manager', JOURNAL, { month: '2026-13' }, 'month:DATE_INVALID');
    await bad('manager', JOURNAL, { month: 'bulan ini' }, 'month:DATE_INVALID');

    const count = async () => (await sql<{ n: number }>(`SELECT COUNT(*) AS n FROM ${q('audit_entry')}`))[0].n;
    const mapping = async () => JSON.stringify(await sql(`SELECT * FROM ${q('account_mapping')} ORDER BY ${q('id')}`));
    const [before, audits] = [await mapping(), await count()];
    const cash = expectData(await gql<{ accountMapping: Array<{ account: string; version: number }> }>('admin', MAPPING)).accountMapping.find(
      (m) => m.account === 'CASH',
    )!;
    await bad('admin', SET_MAPPING, { i: { account: 'CASH', code: 'kas besar!', name: 'Kas', expectedVersion: cash.version } }, 'code:INVALID');
    await bad('admin', SET_MAPPING, { i: { account: 'CASH', code: '1-1100', name: ' ', expectedVersion: cash.version } }, 'name:REQUIRED');
    await bad('admin', SET_MAPPING, { i: { account: 'CASH', productId: '1', code: '1-1100', name: 'Kas' } }, 'productId:NOT_ALLOWED');
    await bad('admin', SET_MAPPING, { i: { account: 'INTEREST_INCOME', productId: '987654', code: '4-1100', name: 'Bunga' } }, 'productId:NOT_ALLOWED');
    await bad('admin', SET_MAPPING, { i: { account: 'CASH', code: '1-1100', name: 'Kas' } }, 'expectedVersion:REQUIRED');
    expect(await mapping()).toBe(before);
    expect(Number(await count())).toBe(Number(audits));

    const { offices } = expectData(
      await gql<{ offices: { nodes: Array<{ id: string; version: number; monthlyBudget: string }> } }>(
        'admin',
        '{ offices(first: 100) { nodes { id version monthlyBudget } } }',
      ),
    );
    const office = offices.nodes[0];
    await bad(
      'admin',
      `mutation($i: UpdateOfficeInput!) { updateOffice(input: $i) { id } }`,
      { i: { id: office.id, expectedVersion: office.version, monthlyBudget: '-5.00' } },
      'monthlyBudget:AMOUNT_INVALID',
    );
    const after = expectData(
      await gql<{ offices: { nodes: Array<{ id: string; version: number; monthlyBudget: string }> } }>(
        'admin',
        '{ offices(first: 100) { nodes { id version monthlyBudget } } }',
      ),
    );
    expect(after.offices.nodes[0]).toEqual(office);
  });
});
