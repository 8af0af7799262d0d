import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, businessDate } from '@prospek/shared';
import { signInStaff } from '../helpers/access.js';
import type { Staff } from '../helpers/access.js';
import { databaseTargets } from '../helpers/databases.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { GraphQLResult, TestServer } from '../helpers/server.js';

const INSTALLMENT = 'number dueDate principal interest paidPrincipal paidInterest paidDate';
const LOAN_FIELDS = `id status principal outstandingPrincipal arrears daysPastDue collectibility scheduleVersion restructuredFromGrade tenorMonths annualRate maturityDate
  schedule { ${INSTALLMENT} }
  repayments { id valueDate scheduleVersion }
  scheduleVersions { version kind current effectiveDate principal capitalisedArrears carriedArrears tenorMonths annualRate gradeBefore reason installments { ${INSTALLMENT} } }`;
const DISBURSE = `mutation($input: DisburseLoanInput!) { disburseLoan(input: $input) { ${LOAN_FIELDS} } }`;
const RESTRUCTURE = `mutation($input: RestructureLoanInput!) { restructureLoan(input: $input) { ${LOAN_FIELDS} } }`;
const POST = `mutation($input: PostRepaymentInput!) { postRepayment(input: $input) { ${LOAN_FIELDS} } }`;
const LOAN = `query($id: ID!) { loan(id: $id) { ${LOAN_FIELDS} } }`;

interface Installment {
  number: number;
  dueDate: string;
  principal: string;
  interest: string;
  paidPrincipal: string;
  paidInterest: string;
  paidDate: string | null;
}
interface Loan {
  id: string;
  status: string;
  principal: string;
  outstandingPrincipal: string;
  arrears: string;
  daysPastDue: number;
  collectibility: number;
  scheduleVersion: number;
  restructuredFromGrade: number | null;
  tenorMonths: number;
  annualRate: number;
  schedule: Installment[];
  repayments: Array<{ id: string; valueDate: string; scheduleVersion: number }>;
  scheduleVersions: Array<{
    version: number;
    kind: string;
    current: boolean;
    effectiveDate: string;
    principal: string;
    capitalisedArrears: string;
    carriedArrears: string;
    tenorMonths: number;
    gradeBefore: number | null;
    reason: string | null;
    installments: Installment[];
  }>;
}

const sen = (money: string) => BigInt(money.replace('.', ''));
const rupiah = (minor: bigint) => `${minor / 100n}.${String(minor % 100n).padStart(2, '0')}`;
const fieldErrors = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.fieldErrors as Array<{ field: string; code: string }> | undefined;

describe.each(databaseTargets)('loan restructuring on $kind', (target) => {
  let server: TestServer;
  let staff: Staff;
  const today = businessDate();
  /** The rate range of the product the loans are disbursed on. */
  let rates = { min: 0, max: 0 };

  beforeAll(async () => {
    server = await startServer(target);
    staff = await signInStaff(server);
  });
  afterAll(() => server?.close());

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const count = async (table: string) => Number((await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q(table)}`))[0].n);
  const counts = async () =>
    Promise.all(['loan_installment', 'loan_schedule_version', 'loan_past_installment', 'loan_repayment', 'loan_posting', 'audit_entry'].map(count));

  /** A new accepted offer to one of officer1's clients, at 12 % for 12 months. */
  async function disburse(when: string): Promise<Loan> {
    const [client]: Array<{ id: number }> = await server.app.dataSource.query(
      `SELECT ${q('id')} AS id FROM ${q('client')} WHERE ${q('officerId')} = ? ORDER BY ${q('id')}`,
      [Number(staff.ids.officer1)],
    );
    const products = expectData(
      await server.gql<{
        products: {
          nodes: Array<{ id: string; kind: string; minAmount: string; minTenorMonths: number; maxTenorMonths: number; minRate: number; maxRate: number }>;
        };
      }>('{ products(first: 100) { nodes { id kind minAmount minTenorMonths maxTenorMonths minRate maxRate } } }', {}, { token: staff.tokens.admin }),
    ).products.nodes.filter((p) => p.kind === 'LOAN' && p.minTenorMonths <= 12 && p.maxTenorMonths >= 12);
    const product = products[0];
    rates = { min: product.minRate, max: product.maxRate };
    const offer = expectData(
      await server.gql<{ createOffer: { id: string } }>(
        `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`,
        { input: { clientId: String(client.id), productId: product.id, amount: product.minAmount, tenorMonths: 12, annualRate: product.minRate } },
        { token: staff.tokens.admin },
      ),
    ).createOffer;
    expectData(await server.gql(`mutation($id: ID!) { presentOffer(id: $id) { id } }`, { id: offer.id }, { token: staff.tokens.admin }));
    expectData(await server.gql(`mutation($id: ID!) { acceptOffer(id: $id) { id } }`, { id: offer.id }, { token: staff.tokens.admin }));
    return expectData(
      await server.gql<{ disburseLoan: Loan }>(
        DISBURSE,
        { input: { offerId: offer.id, disbursementDate: when, firstDueDate: addMonths(when, 1) } },
        { token: staff.tokens.officer1 },
      ),
    ).disburseLoan;
  }

  const restructure = (token: string, input: Record<string, unknown>, key?: string) =>
    server.gql<{ restructureLoan: Loan }>(RESTRUCTURE, { input }, { token, headers: key ? { 'idempotency-key': key } : {} });
  const post = (loanId: string, amount: string, valueDate: string) =>
    server.gql<{ postRepayment: Loan }>(POST, { input: { loanId, amount, valueDate, channel: 'TRANSFER', reference: null } }, { token: staff.tokens.officer1 });
  const due = (row: Installment) => rupiah(sen(row.principal) + sen(row.interest));

  it('reschedules the outstanding as a new version, keeps the old one readable, caps the grade and replays a retried key', async () => {
    const loan = await disburse(addMonths(today, -5));
    // One installment paid, the rest late: the loan is in arrears with a grade worse than 1.
    const paid = expectData(await post(loan.id, due(loan.schedule[0]), loan.schedule[0].dueDate)).postRepayment;
    expect(paid.collectibility).toBeGreaterThan(1);
    const input = {
      loanId: loan.id,
      kind: 'RESCHEDULING',
      newTenorMonths: 24,
      newAnnualRate: rates.min,
      effectiveDate: today,
      reason: 'Usaha terdampak banjir',
    };
    const key = randomUUID();
    const done = expectData(await restructure(staff.tokens.manager, input, key)).restructureLoan;
    expect(done.status).toBe('RESTRUCTURED');
    expect(done.scheduleVersion).toBe(2);
    expect(done.tenorMonths).toBe(24);
    expect(done.annualRate).toBe(rates.min);
    // The outstanding principal is preserved and scheduled anew from the month after.
    expect(done.outstandingPrincipal).toBe(paid.outstandingPrincipal);
    expect(done.schedule).toHaveLength(24);
    expect(done.schedule.reduce((s, r) => s + sen(r.principal), 0n)).toBe(sen(paid.outstandingPrincipal));
    expect(done.schedule[0].dueDate > today && done.schedule[0].dueDate <= addMonths(today, 1)).toBe(true);
    expect(done.daysPastDue).toBe(0);
    // Grade capped at the grade before, although nothing is late on the new schedule.
    expect(done.collectibility).toBe(paid.collectibility);
    expect(done.restructuredFromGrade).toBe(paid.collectibility);
    const [v1, v2] = done.scheduleVersions;
    expect(v1).toMatchObject({ version: 1, kind: 'ORIGINAL', current: false, tenorMonths: 12 });
    expect(v1.installments.map((i) => [i.number, i.paidPrincipal])).toEqual(paid.schedule.map((i) => [i.number, i.paidPrincipal]));
    expect(v2).toMatchObject({
      version: 2,
      kind: 'RESCHEDULING',
      current: true,
      effectiveDate: today,
      gradeBefore: paid.collectibility,
      capitalisedArrears: '0.00',
    });
    expect(v2.reason).toBe('Usaha terdampak banjir');
    // Unpaid interest fallen due stays owed in the first new installment, not capitalised.
    expect(sen(v2.carriedArrears)).toBeGreaterThan(0n);
    expect(sen(done.schedule[0].interest)).toBeGreaterThan(sen(v2.carriedArrears));

    // The same key replays the answer and writes nothing; with another request it is a conflict.
    const before = await counts();
    const again = expectData(await restructure(staff.tokens.manager, input, key)).restructureLoan;
    expect(again.scheduleVersion).toBe(2);
    expect(await counts()).toEqual(before);
    expect(errorCode(await restructure(staff.tokens.manager, { ...input, newTenorMonths: 30 }, key))).toBe('CONFLICT');

    // Repayments post against the new schedule; none may be dated before the restructuring, and one
    // allocated to the replaced schedule may no longer be reversed.
    const early = await post(loan.id, '100000.00', addDays(today, -1));
    expect(fieldErrors(early)).toEqual([expect.objectContaining({ field: 'valueDate', code: 'DATE_INVALID' })]);
    const reverse = await server.gql(
      `mutation($id: ID!) { reverseRepayment(id: $id, reason: "salah") { id } }`,
      { id: paid.repayments[0].id },
      { token: staff.tokens.manager },
    );
    expect(fieldErrors(reverse)).toEqual([expect.objectContaining({ field: 'id', code: 'NOT_ALLOWED' })]);
    const next = expectData(await post(loan.id, due(done.schedule[0]), today)).postRepayment;
    expect(next.status).toBe('RESTRUCTURED');
    expect(next.schedule[0].paidDate).toBe(today);
    expect(next.repayments.find((r) => r.valueDate === today)?.scheduleVersion).toBe(2);
    expect(next.scheduleVersions[0].installments).toEqual(v1.installments);
    expect(next.collectibility).toBe(paid.collectibility);
  });

  it('improves a restructured loan by one grade after three installments paid on time', async () => {
    const disbursed = addMonths(today, -9);
    const loan = await disburse(disbursed);
    // Nothing paid for four installments: over 90 days past due on the effective date (grace days
    // of the product included), grade 3.
    const effectiveDate = addDays(addMonths(disbursed, 4), 6);
    const done = expectData(
      await restructure(staff.tokens.admin, {
        loanId: loan.id,
        kind: 'RESCHEDULING',
        newTenorMonths: 12,
        newAnnualRate: rates.min,
        effectiveDate,
        reason: 'Restrukturisasi',
      }),
    ).restructureLoan;
    expect(done.scheduleVersions[1].gradeBefore).toBe(3);
    const rows = done.schedule;
    // Paying the first two on their due dates: the new schedule is about two months late, still grade 3 (not 2).
    for (const row of rows.slice(0, 2)) expectData(await post(loan.id, due(row), row.dueDate));
    const two = expectData(await server.gql<{ loan: Loan }>(LOAN, { id: loan.id }, { token: staff.tokens.manager })).loan;
    expect(two.daysPastDue).toBeGreaterThan(0);
    expect(two.daysPastDue).toBeLessThanOrEqual(90);
    expect(two.collectibility).toBe(3);
    // The third on time earns one grade.
    const three = expectData(await post(loan.id, due(rows[2]), rows[2].dueDate)).postRepayment;
    expect(three.daysPastDue).toBeLessThanOrEqual(90);
    expect(three.collectibility).toBe(2);
  });

  it('reconditions with the arrears interest capitalised', async () => {
    const loan = await disburse(addMonths(today, -4));
    const done = expectData(
      await restructure(staff.tokens.manager, {
        loanId: loan.id,
        kind: 'RECONDITIONING',
        newTenorMonths: 18,
        newAnnualRate: rates.min,
        effectiveDate: today,
        reason: 'Suku bunga diturunkan',
      }),
    ).restructureLoan;
    const v2 = done.scheduleVersions[1];
    expect(v2.kind).toBe('RECONDITIONING');
    expect(sen(v2.capitalisedArrears)).toBeGreaterThan(0n);
    expect(v2.carriedArrears).toBe('0.00');
    expect(sen(done.outstandingPrincipal)).toBe(sen(loan.outstandingPrincipal) + sen(v2.capitalisedArrears));
    expect(done.schedule.reduce((s, r) => s + sen(r.principal), 0n)).toBe(sen(v2.principal));
  });

  it('refuses bad input, closed loans, officers and managers out of reach, writing nothing', async () => {
    const loan = await disburse(addMonths(today, -2));
    const good = { loanId: loan.id, kind: 'RESCHEDULING', newTenorMonths: 12, newAnnualRate: rates.min, effectiveDate: today, reason: 'Alasan' };
    const before = await counts();
    const refused = async (input: Record<string, unknown>, field: string, token = staff.tokens.manager) => {
      const result = await restructure(token, { ...good, ...input });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldErrors(result)).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    };
    await refused({ effectiveDate: addDays(addMonths(today, -2), -1) }, 'effectiveDate');
    await refused({ effectiveDate: addDays(today, 1) }, 'effectiveDate');
    await refused({ newTenorMonths: 0 }, 'newTenorMonths');
    await refused({ newTenorMonths: -3 }, 'newTenorMonths');
    await refused({ newAnnualRate: -1 }, 'newAnnualRate');
    await refused({ newAnnualRate: rates.max + 0.5 }, 'newAnnualRate');
    await refused({ newAnnualRate: 100.5 }, 'newAnnualRate');
    await refused({ reason: '   ' }, 'reason');
    await refused({ loanId: '999999' }, 'loanId');
    // The Bandung manager does not reach a head-office officer's loan.
    await refused({}, 'loanId', staff.tokens.managerBdg);
    expect(errorCode(await restructure(staff.tokens.officer1, good))).toBe('FORBIDDEN');
    expect(errorCode(await restructure(staff.tokens.marketing, good))).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
    // A loan repaid in full is closed and can no longer be restructured.
    const owed = loan.schedule.reduce((s, r) => s + sen(r.principal) + sen(r.interest), 0n);
    expect(expectData(await post(loan.id, rupiah(owed), today)).postRepayment.status).toBe('CLOSED');
    const closed = await counts();
    await refused({}, 'loanId');
    expect(await counts()).toEqual(closed);
  });

  it('shows a loan never restructured as its one original version', async () => {
    const loan = await disburse(addMonths(today, -1));
    expect(loan.scheduleVersions).toHaveLength(1);
    expect(loan.scheduleVersions[0]).toMatchObject({ version: 1, kind: 'ORIGINAL', current: true, gradeBefore: null });
    expect(loan.scheduleVersions[0].installments).toEqual(loan.schedule);
  });
});
