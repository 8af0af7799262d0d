import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, businessDate, longDateId } from '@prospek/shared';
import { signInStaff } from '../helpers/access.js';
import type { Staff } from '../helpers/access.js';
import { databaseTargets } from '../helpers/databases.js';
import { pdfText } from '../helpers/pdf.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { GraphQLResult, TestServer } from '../helpers/server.js';

const SHEET = `query($officerId: ID, $date: LocalDate) {
  collectionSheet(officerId: $officerId, date: $date) {
    date timeZone officeName officer { id name } totalDue pdfUrl
    rows { loanId clientId clientName phone amountDue dueOnDate daysPastDue collectibility oldestDueDate nextDueDate
      contactLinks { tel whatsapp sms whatsappUnavailable } }
  }
}`;
const SHEET_WITH_PROMISES = `query($date: LocalDate) {
  collectionSheet(date: $date) { pdfUrl rows { loanId lastPromise { promisedDate amount status madeOn } } }
}`;
interface SheetPromise {
  promisedDate: string;
  amount: string;
  status: string;
  madeOn: string;
}
const LOAN = `query($id: ID!) { loan(id: $id) { id status daysPastDue collectibility client { id name }
  schedule { dueDate principal interest paidPrincipal paidInterest penalty paidPenalty } repayments { id amount reversed } } }`;
const LOANS = `query($filter: LoanFilterInput, $after: String) { loans(filter: $filter, first: 100, after: $after) {
  pageInfo { hasNextPage endCursor } nodes { id status } } }`;
const POST = `mutation($input: PostRepaymentInput!) { postRepayment(input: $input) { id arrears repayments { id } } }`;

interface Row {
  loanId: string;
  clientId: string;
  clientName: string;
  phone: string | null;
  amountDue: string;
  dueOnDate: string;
  daysPastDue: number;
  collectibility: number;
  oldestDueDate: string;
  nextDueDate: string | null;
  contactLinks: { tel: string | null; whatsapp: string | null; sms: string | null; whatsappUnavailable: string | null };
}
interface Sheet {
  date: string;
  timeZone: string;
  officeName: string;
  officer: { id: string; name: string };
  totalDue: string;
  pdfUrl: string;
  rows: Row[];
}
interface Installment {
  dueDate: string;
  principal: string;
  interest: string;
  paidPrincipal: string;
  paidInterest: string;
  penalty: string;
  paidPenalty: string;
}

const sen = (money: string) => BigInt(money.replace('.', ''));
const unpaid = (i: Installment) => sen(i.principal) + sen(i.interest) + sen(i.penalty) - sen(i.paidPrincipal) - sen(i.paidInterest) - sen(i.paidPenalty);

describe.each(databaseTargets)('collection sheet on $kind', (target) => {
  let server: TestServer;
  let staff: Staff;
  const today = businessDate();

  /** Statements the server ran while `recording` is on. */
  const statements: string[] = [];
  let recording = false;

  beforeAll(async () => {
    server = await startServer(target, {}, { onQuery: (sql) => recording && statements.push(sql) });
    staff = await signInStaff(server);
  });
  afterAll(() => server?.close());

  const sheet = async (token: string, officerId: string | null, date: string | null = null) =>
    expectData(await server.gql<{ collectionSheet: Sheet }>(SHEET, { officerId, date }, { token })).collectionSheet;

  async function loansOf(officerId: string): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { loans: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Array<{ id: string; status: string }> } } = expectData(
        await server.gql(LOANS, { filter: { officerId }, after }, { token: staff.tokens.admin }),
      );
      ids.push(...page.loans.nodes.filter((n) => n.status === 'ACTIVE' || n.status === 'RESTRUCTURED').map((n) => n.id));
      if (!page.loans.pageInfo.hasNextPage) return ids;
      after = page.loans.pageInfo.endCursor;
    }
  }

  it('lists exactly the loans with an installment due by the date and unpaid, with what they owe, most days past due first', async () => {
    for (const date of [today, '2027-01-15']) {
      const got = await sheet(staff.tokens.officer1, null, date);
      expect(got.officer.id).toBe(staff.ids.officer1);
      expect(got.date).toBe(date);
      expect(got.timeZone).toBe('Asia/Jakarta');
      const expected = new Map<string, { amountDue: bigint; dueOnDate: bigint; oldest: string; next: string | null }>();
      for (const id of await loansOf(staff.ids.officer1)) {
        const loan = expectData(await server.gql<{ loan: { schedule: Installment[] } }>(LOAN, { id }, { token: staff.tokens.admin })).loan;
        const due = loan.schedule.filter((i) => i.dueDate <= date && unpaid(i) > 0n);
        if (due.length === 0) continue;
        expected.set(id, {
          amountDue: due.reduce((sum, i) => sum + unpaid(i), 0n),
          dueOnDate: due.filter((i) => i.dueDate === date).reduce((sum, i) => sum + unpaid(i), 0n),
          oldest: due[0].dueDate,
          next: loan.schedule.find((i) => i.dueDate > date && unpaid(i) > 0n)?.dueDate ?? null,
        });
      }
      expect(expected.size).toBeGreaterThan(0);
      expect(new Set(got.rows.map((r) => r.loanId))).toEqual(new Set(expected.keys()));
      for (const row of got.rows) {
        const want = expected.get(row.loanId)!;
        expect(sen(row.amountDue)).toBe(want.amountDue);
        expect(sen(row.dueOnDate)).toBe(want.dueOnDate);
        expect(row.oldestDueDate).toBe(want.oldest);
        expect(row.nextDueDate).toBe(want.next);
        expect(row.clientName).not.toBe('');
        if (row.phone) {
          expect(row.contactLinks.tel).toBe(`tel:${row.phone}`);
          expect(row.contactLinks.whatsapp ?? row.contactLinks.whatsappUnavailable).toBeTruthy();
          if (row.contactLinks.whatsapp) expect(row.contactLinks.whatsapp).toMatch(/^https:\/\/wa\.me\/62\d+$/);
        }
      }
      expect(sen(got.totalDue)).toBe([...expected.values()].reduce((sum, e) => sum + e.amountDue, 0n));
      const days = got.rows.map((r) => r.daysPastDue);
      expect(days).toEqual([...days].sort((a, b) => b - a));
      if (date === today) {
        // Today's figures are the loans' own (after grace days and tolerance), as on the loan page.
        const first = got.rows[0];
        const loan = expectData(
          await server.gql<{ loan: { daysPastDue: number; collectibility: number } }>(LOAN, { id: first.loanId }, { token: staff.tokens.admin }),
        ).loan;
        expect([first.daysPastDue, first.collectibility]).toEqual([loan.daysPastDue, loan.collectibility]);
      }
    }
  });

  it('gives officers their own sheet, managers those of their office tree, and marketing none', async () => {
    expect((await sheet(staff.tokens.manager, staff.ids.officer1)).rows.length).toBeGreaterThan(0);
    expect((await sheet(staff.tokens.admin, staff.ids.officer2)).officer.id).toBe(staff.ids.officer2);
    const other = await server.gql(SHEET, { officerId: staff.ids.officer2 }, { token: staff.tokens.officer1 });
    expect(errorCode(other), JSON.stringify(other.errors)).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(SHEET, { officerId: staff.ids.officer1 }, { token: staff.tokens.managerBdg }))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(SHEET, { officerId: '999999' }, { token: staff.tokens.manager }))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(SHEET, { officerId: null }, { token: staff.tokens.marketing }))).toBe('FORBIDDEN');
    const [bdgOfficer]: Array<{ id: number }> = await server.app.dataSource.query(
      `SELECT u.${q('id')} AS id FROM ${q('user')} u WHERE u.${q('officeId')} = ? AND u.${q('role')} = 'OFFICER' ORDER BY u.${q('id')}`,
      [Number(staff.offices.bdg)],
    );
    if (bdgOfficer) expect((await sheet(staff.tokens.managerBdg, String(bdgOfficer.id))).officer.id).toBe(String(bdgOfficer.id));
    const bad = await server.gql(SHEET, { date: '2026-02-30' }, { token: staff.tokens.officer1 });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  const q = (name: string) => server.app.dataSource.driver.escape(name);

  it('prints the sheet as a PDF with office, officer, date, the rows and room for notes', async () => {
    const got = await sheet(staff.tokens.officer1, null);
    const response = await fetch(`${server.url}${got.pdfUrl}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = (await pdfText(new Uint8Array(await response.arrayBuffer()))).replace(/\s+/g, ' ');
    for (const expected of [got.officeName, got.officer.name, longDateId(got.date), 'Catatan / tanda tangan', `#${got.rows[0].loanId}`]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain(`Rp ${Number(got.rows[0].amountDue).toLocaleString('id-ID')}`);
    expect(text).toContain(`Jumlah pinjaman: ${got.rows.length}`);
    // The link names its sheet: another officer or day is refused, as is a forged token.
    expect((await fetch(`${server.url}${got.pdfUrl.replace(/officerId=\d+/, `officerId=${staff.ids.officer2}`)}`)).status).toBe(401);
    expect((await fetch(`${server.url}${got.pdfUrl.replace(/token=.*/, 'token=nope')}`)).status).toBe(401);
  });

  it('shows each loan’s newest promise to pay, read in one statement for the whole sheet, and prints it', async () => {
    const before = await sheet(staff.tokens.officer1, null);
    const [first, second] = before.rows;
    const promise = (loanId: string, promiseDate: string, amount: string) =>
      server.gql(
        'mutation($input: RecordPaymentPromiseInput!) { recordPaymentPromise(input: $input) { id } }',
        { input: { loanId, promiseDate, promiseAmount: amount, type: 'CALL' } },
        { token: staff.tokens.officer1 },
      );
    expectData(await promise(first.loanId, addDays(today, 3), '150000.00'));
    expectData(await promise(first.loanId, addDays(today, 5), '275000.00'));
    expectData(await promise(second.loanId, addDays(today, 2), '90000.00'));

    statements.length = 0;
    recording = true;
    const got = await server.gql<{ collectionSheet: { pdfUrl: string; rows: Array<{ loanId: string; lastPromise: SheetPromise | null }> } }>(
      SHEET_WITH_PROMISES,
      {},
      { token: staff.tokens.officer1 },
    );
    recording = false;
    const rows = expectData(got).collectionSheet.rows;
    expect(rows.length).toBeGreaterThan(2);
    expect(statements.filter((sql) => sql.includes('payment_promise'))).toHaveLength(1);
    const byLoan = new Map(rows.map((r) => [r.loanId, r.lastPromise]));
    expect(byLoan.get(first.loanId)).toEqual({ promisedDate: addDays(today, 5), amount: '275000.00', status: 'PENDING', madeOn: today });
    expect(byLoan.get(second.loanId)).toEqual({ promisedDate: addDays(today, 2), amount: '90000.00', status: 'PENDING', madeOn: today });
    // Every other row: the loan's own newest promise as the loan page lists it, or none.
    for (const row of rows) {
      const loan = expectData(
        await server.gql<{ loan: { promises: Array<{ id: string; promisedDate: string; amount: string; status: string; madeOn: string }> } }>(
          'query($id: ID!) { loan(id: $id) { promises { id promisedDate amount status madeOn } } }',
          { id: row.loanId },
          { token: staff.tokens.admin },
        ),
      ).loan;
      const newest = [...loan.promises].filter((p) => p.madeOn <= today).sort((a, b) => Number(b.id) - Number(a.id))[0];
      expect(row.lastPromise, row.loanId).toEqual(
        newest ? { promisedDate: newest.promisedDate, amount: newest.amount, status: newest.status, madeOn: newest.madeOn } : null,
      );
    }
    // A sheet of a day before the promises were made shows none of them.
    const earlier = expectData(
      await server.gql<{ collectionSheet: { rows: Array<{ loanId: string; lastPromise: SheetPromise | null }> } }>(
        SHEET_WITH_PROMISES,
        { date: addDays(today, -1) },
        { token: staff.tokens.officer1 },
      ),
    ).collectionSheet.rows.find((r) => r.loanId === first.loanId);
    expect(earlier?.lastPromise?.madeOn ?? '').not.toBe(today);

    const pdf = (await pdfText(new Uint8Array(await (await fetch(`${server.url}${expectData(got).collectionSheet.pdfUrl}`)).arrayBuffer()))).replace(
      /\s+/g,
      ' ',
    );
    expect(pdf).toContain('Janji terakhir');
    expect(pdf).toContain(`${addDays(today, 5).split('-').reverse().join('/')} Rp 275.000 (menunggu)`);
  });

  it('posts a batch with one key per row: retrying the whole batch posts nothing twice', async () => {
    const got = await sheet(staff.tokens.officer1, null);
    const batch = got.rows.slice(0, 3).map((row) => ({ row, key: randomUUID() }));
    expect(batch.length).toBe(3);
    const countRepayments = async () => Number((await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('loan_repayment')}`))[0].n);
    const before = await countRepayments();
    const send = () =>
      Promise.all(
        batch.map(({ row, key }, i) =>
          server.gql<{ postRepayment: { id: string; arrears: string; repayments: Array<{ id: string }> } }>(
            POST,
            // The third row's amount is refused: the batch reports it and posts the others.
            { input: { loanId: row.loanId, amount: i === 2 ? '0.00' : row.amountDue, valueDate: today, channel: 'CASH', reference: `SHEET-${i}` } },
            { token: staff.tokens.officer1, headers: { 'idempotency-key': key } },
          ),
        ),
      );
    const first = await send();
    const again = await send();
    expect(first.slice(0, 2).map((r) => expectData(r).postRepayment.id)).toEqual(batch.slice(0, 2).map((b) => b.row.loanId));
    expect(errorCode(first[2] as GraphQLResult)).toBe('BAD_USER_INPUT');
    expect(again.slice(0, 2)).toEqual(first.slice(0, 2));
    expect(errorCode(again[2] as GraphQLResult)).toBe('BAD_USER_INPUT');
    expect(await countRepayments()).toBe(before + 2);
    const after = await sheet(staff.tokens.officer1, null);
    for (const { row } of batch.slice(0, 2)) expect(after.rows.map((r) => r.loanId)).not.toContain(row.loanId);
    expect(after.rows.map((r) => r.loanId)).toContain(batch[2].row.loanId);
  });
});
