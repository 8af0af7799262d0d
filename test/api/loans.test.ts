import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, businessDate } from '@prospek/shared';
import { signInStaff } from '../helpers/access.js';
import type { Staff } from '../helpers/access.js';
import { databaseTargets } from '../helpers/databases.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { GraphQLResult, TestServer } from '../helpers/server.js';

const LOAN_FIELDS = `id status principal outstandingPrincipal arrears creditBalance daysPastDue collectibility disbursementDate maturityDate version
  client { id name } product { id name }
  schedule { number dueDate principal interest paidPrincipal paidInterest penalty paidPenalty paidDate }
  repayments { id amount valueDate channel reference reversed reversalReason }
  allocations { repaymentId installmentNumber component amount }
  gradeHistory { asOfDate daysPastDue fromBucket toBucket fromGrade toGrade }`;
const DISBURSE = `mutation($input: DisburseLoanInput!) { disburseLoan(input: $input) { ${LOAN_FIELDS} } }`;
const POST = `mutation($input: PostRepaymentInput!) { postRepayment(input: $input) { ${LOAN_FIELDS} } }`;
const REVERSE = `mutation($id: ID!, $reason: String!) { reverseRepayment(id: $id, reason: $reason) { ${LOAN_FIELDS} } }`;
const LOAN = `query($id: ID!) { loan(id: $id) { ${LOAN_FIELDS} } }`;
const LOANS = `query($filter: LoanFilterInput, $first: Int, $after: String) {
  loans(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id status collectibility client { id } } }
}`;

interface Loan {
  id: string;
  product: { id: string };
  status: string;
  principal: string;
  outstandingPrincipal: string;
  arrears: string;
  creditBalance: string;
  daysPastDue: number;
  collectibility: number;
  schedule: Array<{
    number: number;
    dueDate: string;
    principal: string;
    interest: string;
    paidPrincipal: string;
    paidInterest: string;
    paidDate: string | null;
  }>;
  repayments: Array<{ id: string; amount: string; valueDate: string; reversed: boolean }>;
  allocations: Array<{ repaymentId: string; installmentNumber: number; component: string; amount: string }>;
  gradeHistory: Array<{ toGrade: number; toBucket: string }>;
}

const sen = (money: string) => BigInt(money.replace('.', ''));
const rupiah = (minor: bigint) => `${minor / 100n}.${String(minor % 100n).padStart(2, '0')}`;

/** Net allocation per installment and component, from the entries (undoing ones included). */
function netByInstallment(loan: Loan): Record<string, string> {
  const net = new Map<string, bigint>();
  for (const a of loan.allocations) net.set(`${a.installmentNumber}:${a.component}`, (net.get(`${a.installmentNumber}:${a.component}`) ?? 0n) + sen(a.amount));
  return Object.fromEntries([...net].filter(([, v]) => v !== 0n).map(([k, v]) => [k, rupiah(v)]));
}

describe.each(databaseTargets)('loans on $kind', (target) => {
  let server: TestServer;
  let staff: Staff;
  const today = businessDate();
  const disbursed = addMonths(today, -5);

  beforeAll(async () => {
    server = await startServer(target);
    staff = await signInStaff(server);
  });
  afterAll(() => server?.close());

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const count = async (table: string) => Number((await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q(table)}`))[0].n);
  const counts = async () => Promise.all(['loan', 'loan_installment', 'loan_repayment', 'loan_allocation', 'loan_posting', 'audit_entry'].map(count));

  /**
   * An accepted offer not disbursed yet, of one of the officer's clients: a won lead's when one is left,
   * else a new offer to the client, presented and accepted through the API.
   */
  async function freeOffer(officerId: string, fromLead = true): Promise<{ id: string }> {
    const rows: Array<{ id: number }> = fromLead
      ? await server.app.dataSource.query(
          `SELECT o.${q('id')} AS id FROM ${q('offer')} o
       JOIN ${q('lead')} l ON l.${q('id')} = o.${q('leadId')} JOIN ${q('client')} c ON c.${q('id')} = l.${q('clientId')}
       JOIN ${q('product')} p ON p.${q('id')} = o.${q('productId')}
       WHERE o.${q('status')} = 'ACCEPTED' AND l.${q('stage')} = 'WON' AND p.${q('kind')} = 'LOAN' AND c.${q('officerId')} = ?
         AND NOT EXISTS (SELECT 1 FROM ${q('loan')} ln WHERE ln.${q('offerId')} = o.${q('id')}) ORDER BY o.${q('id')}`,
          [Number(officerId)],
        )
      : [];
    if (rows.length > 0) return { id: String(rows[0].id) };
    const [client]: Array<{ id: number }> = await server.app.dataSource.query(
      `SELECT ${q('id')} AS id FROM ${q('client')} WHERE ${q('officerId')} = ? ORDER BY ${q('id')}`,
      [Number(officerId)],
    );
    const products = expectData(
      await server.gql<{
        products: { nodes: Array<{ id: string; kind: string; minAmount: string; minTenorMonths: number; maxTenorMonths: number; minRate: number }> };
      }>('{ products(first: 100) { nodes { id kind minAmount minTenorMonths maxTenorMonths minRate } } }', {}, { token: staff.tokens.admin }),
    ).products.nodes.filter((p) => p.kind === 'LOAN');
    const product = products[0];
    const created = expectData(
      await server.gql<{ createOffer: { id: string } }>(
        `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`,
        {
          input: {
            clientId: String(client.id),
            productId: product.id,
            amount: product.minAmount,
            tenorMonths: Math.min(product.maxTenorMonths, Math.max(product.minTenorMonths, 12)),
            annualRate: product.minRate,
          },
        },
        { token: staff.tokens.admin },
      ),
    ).createOffer;
    expectData(await server.gql(`mutation($id: ID!) { presentOffer(id: $id) { id } }`, { id: created.id }, { token: staff.tokens.admin }));
    expectData(await server.gql(`mutation($id: ID!) { acceptOffer(id: $id) { id } }`, { id: created.id }, { token: staff.tokens.admin }));
    return created;
  }

  async function disburse(token: string, officerId: string, when = disbursed, fromLead = false): Promise<Loan> {
    const offer = await freeOffer(officerId, fromLead);
    return expectData(
      await server.gql<{ disburseLoan: Loan }>(DISBURSE, { input: { offerId: offer.id, disbursementDate: when, firstDueDate: addMonths(when, 1) } }, { token }),
    ).disburseLoan;
  }

  const post = (token: string, loanId: string, amount: string, valueDate: string, key?: string) =>
    server.gql<{ postRepayment: Loan }>(
      POST,
      { input: { loanId, amount, valueDate, channel: 'TRANSFER', reference: `TRX-${valueDate}` } },
      { token, headers: key ? { 'idempotency-key': key } : {} },
    );

  it('disburses an accepted offer of a won lead into a schedule that adds up, late installments already counted', async () => {
    const loan = await disburse(staff.tokens.officer1, staff.ids.officer1, disbursed, true);
    expect(loan.status).toBe('ACTIVE');
    expect(loan.schedule.reduce((sum, s) => sum + sen(s.principal), 0n)).toBe(sen(loan.principal));
    expect(loan.schedule[0].dueDate).toBe(addMonths(disbursed, 1));
    // Five months back with nothing paid: installments 1–4 (or 5) are late, so the loan is in arrears.
    expect(sen(loan.arrears)).toBeGreaterThan(0n);
    expect(loan.daysPastDue).toBeGreaterThan(100);
    expect(loan.collectibility).toBe(3);
    expect(loan.gradeHistory.map((g) => g.toGrade)).toEqual([1, 3]);
    const again = await server.gql(DISBURSE, {
      input: { offerId: (await freeOffer(staff.ids.officer1)).id, disbursementDate: today, firstDueDate: addMonths(today, 1) },
    });
    expect(errorCode(again)).toBe('UNAUTHENTICATED');
  });

  it('refuses a second disbursement of one offer and bad dates, writing nothing', async () => {
    const offer = await freeOffer(staff.ids.officer2, false);
    const first = expectData(
      await server.gql<{ disburseLoan: Loan }>(
        DISBURSE,
        { input: { offerId: offer.id, disbursementDate: today, firstDueDate: addMonths(today, 1) } },
        { token: staff.tokens.officer2 },
      ),
    );
    expect(first.disburseLoan.daysPastDue).toBe(0);
    const other = await freeOffer(staff.ids.officer2, false);
    const before = await counts();
    const twice = await server.gql(
      DISBURSE,
      { input: { offerId: offer.id, disbursementDate: today, firstDueDate: addMonths(today, 1) } },
      { token: staff.tokens.officer2 },
    );
    expect(errorCode(twice)).toBe('CONFLICT');
    const future = await server.gql(
      DISBURSE,
      { input: { offerId: other.id, disbursementDate: addDays(today, 1), firstDueDate: addMonths(today, 1) } },
      { token: staff.tokens.officer2 },
    );
    expect(errorCode(future)).toBe('BAD_USER_INPUT');
    expect(future.errors?.[0].extensions?.fieldErrors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'disbursementDate', code: 'DATE_INVALID' })]),
    );
    const early = await server.gql(DISBURSE, { input: { offerId: other.id, disbursementDate: today, firstDueDate: today } }, { token: staff.tokens.officer2 });
    expect(early.errors?.[0].extensions?.fieldErrors).toEqual([expect.objectContaining({ field: 'firstDueDate', code: 'DATE_INVALID' })]);
    // Someone else's client's offer: officer1 may not disburse it, nor marketing anything.
    const foreign = await server.gql(
      DISBURSE,
      { input: { offerId: other.id, disbursementDate: today, firstDueDate: addMonths(today, 1) } },
      { token: staff.tokens.officer1 },
    );
    expect(foreign.errors?.[0].extensions?.fieldErrors).toEqual([expect.objectContaining({ field: 'offerId', code: 'NOT_ALLOWED' })]);
    const marketing = await server.gql(
      DISBURSE,
      { input: { offerId: other.id, disbursementDate: today, firstDueDate: addMonths(today, 1) } },
      { token: staff.tokens.marketing },
    );
    expect(errorCode(marketing)).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('scopes loans like clients: officers their own, managers their office tree, marketing nothing', async () => {
    const loan = await disburse(staff.tokens.officer1, staff.ids.officer1, addMonths(today, -1));
    const read = (who: keyof Staff['tokens']) => server.gql<{ loan: Loan }>(LOAN, { id: loan.id }, { token: staff.tokens[who] });
    expect(expectData(await read('officer1')).loan.id).toBe(loan.id);
    expect(expectData(await read('manager')).loan.id).toBe(loan.id);
    expect(expectData(await read('admin')).loan.id).toBe(loan.id);
    for (const who of ['officer2', 'marketing', 'managerBdg'] as const) expect(errorCode(await read(who))).toBe('NOT_FOUND');
    const list = async (who: keyof Staff['tokens']) =>
      expectData(await server.gql<{ loans: { totalCount: number; nodes: Array<{ id: string }> } }>(LOANS, { first: 100 }, { token: staff.tokens[who] })).loans;
    expect((await list('marketing')).totalCount).toBe(0);
    const own = await list('officer1');
    expect(own.nodes.map((n) => n.id)).toContain(loan.id);
    expect((await list('officer2')).nodes.map((n) => n.id)).not.toContain(loan.id);
    expect((await list('manager')).totalCount).toBeGreaterThanOrEqual(own.totalCount);
    // Paging: pages of one follow each other without repeats, and the filters apply.
    const page1 = expectData(
      await server.gql<{ loans: { pageInfo: { endCursor: string }; nodes: Array<{ id: string }> } }>(LOANS, { first: 1 }, { token: staff.tokens.officer1 }),
    ).loans;
    const page2 = expectData(
      await server.gql<{ loans: { nodes: Array<{ id: string }> } }>(LOANS, { first: 1, after: page1.pageInfo.endCursor }, { token: staff.tokens.officer1 }),
    ).loans;
    expect(page2.nodes[0].id).not.toBe(page1.nodes[0].id);
    const filtered = expectData(
      await server.gql<{ loans: { nodes: Array<{ collectibility: number; status: string }> } }>(
        LOANS,
        { filter: { collectibility: 1, status: 'ACTIVE' }, first: 100 },
        { token: staff.tokens.manager },
      ),
    ).loans;
    expect(filtered.nodes.every((n) => n.collectibility === 1 && n.status === 'ACTIVE')).toBe(true);
    // The client shows its loans and its grade (the worst loan's).
    const client = expectData(
      await server.gql<{ client: { loans: Array<{ id: string }>; collectibility: number } }>(
        `query($id: ID!) { client(id: $id) { loans { id } collectibility } }`,
        { id: (loan as unknown as { client: { id: string } }).client.id },
        { token: staff.tokens.officer1 },
      ),
    ).client;
    expect(client.loans.map((l) => l.id)).toContain(loan.id);
    expect(client.collectibility).toBeGreaterThanOrEqual(1);
  });

  it('refuses bad repayments with field errors and writes nothing', async () => {
    const loan = await disburse(staff.tokens.officer1, staff.ids.officer1, addMonths(today, -2));
    const before = await counts();
    const fields = async (result: GraphQLResult) => {
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      return (result.errors?.[0].extensions?.fieldErrors as Array<{ field: string; code: string }>).map((e) => `${e.field}:${e.code}`);
    };
    expect(await fields(await post(staff.tokens.officer1, loan.id, '0', today))).toEqual(['amount:AMOUNT_NOT_POSITIVE']);
    expect(errorCode(await post(staff.tokens.officer1, loan.id, '-5000.00', today))).toBe('BAD_USER_INPUT');
    expect(await fields(await post(staff.tokens.officer1, loan.id, '1000.00', addDays(today, 1)))).toEqual(['valueDate:DATE_INVALID']);
    expect(await fields(await post(staff.tokens.officer1, loan.id, '1000.00', addMonths(today, -3)))).toEqual(['valueDate:DATE_INVALID']);
    expect(await fields(await post(staff.tokens.officer1, '999999', '1000.00', today))).toEqual(['loanId:NOT_ALLOWED']);
    // Out of reach reads as unknown.
    expect(await fields(await post(staff.tokens.officer2, loan.id, '1000.00', today))).toEqual(['loanId:NOT_ALLOWED']);
    expect(errorCode(await post(staff.tokens.marketing, loan.id, '1000.00', today))).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('allocates installment by installment, keeps overpayment as credit and closes a paid loan', async () => {
    const loan = await disburse(staff.tokens.officer1, staff.ids.officer1, addMonths(today, -2));
    const first = loan.schedule[0];
    const due1 = sen(first.principal) + sen(first.interest);
    const paid = expectData(await post(staff.tokens.officer1, loan.id, rupiah(due1), first.dueDate)).postRepayment;
    expect(paid.schedule[0]).toMatchObject({ paidPrincipal: first.principal, paidInterest: first.interest, paidDate: first.dueDate });
    expect(netByInstallment(paid)).toEqual({ '1:INTEREST': first.interest, '1:PRINCIPAL': first.principal });
    expect(sen(paid.outstandingPrincipal)).toBe(sen(loan.principal) - sen(first.principal));
    const owed = loan.schedule.reduce((sum, s) => sum + sen(s.principal) + sen(s.interest), 0n) - due1;
    const closed = expectData(await post(staff.tokens.officer1, loan.id, rupiah(owed + 50_000_00n), today)).postRepayment;
    expect(closed).toMatchObject({
      status: 'CLOSED',
      outstandingPrincipal: '0.00',
      arrears: '0.00',
      creditBalance: '50000.00',
      daysPastDue: 0,
      collectibility: 1,
    });
    const after = await post(staff.tokens.officer1, loan.id, '1000.00', today);
    expect(after.errors?.[0].extensions?.fieldErrors).toEqual([expect.objectContaining({ field: 'loanId', code: 'NOT_ALLOWED' })]);
  });

  it('replays a back-dated payment and a reversal by adding entries, never deleting', async () => {
    const loan = await disburse(staff.tokens.officer1, staff.ids.officer1, addMonths(today, -4));
    const [i1, i2] = loan.schedule;
    const inst = (i: typeof i1) => sen(i.principal) + sen(i.interest);
    // Arrives first: a payment dated at the second due date. It pays installment 1 (past due) first.
    const late = expectData(await post(staff.tokens.officer1, loan.id, rupiah(inst(i2)), i2.dueDate)).postRepayment;
    const lateId = late.repayments[0].id;
    expect(late.allocations.filter((a) => a.repaymentId === lateId).map((a) => a.installmentNumber)).toEqual([1, 1]);
    // Then the back-dated one, at the first due date: it takes installment 1 and the later one moves to 2.
    const back = expectData(await post(staff.tokens.officer1, loan.id, rupiah(inst(i1)), i1.dueDate)).postRepayment;
    const backId = back.repayments.find((r) => r.valueDate === i1.dueDate)!.id;
    expect(netByInstallment(back)).toEqual({ '1:INTEREST': i1.interest, '1:PRINCIPAL': i1.principal, '2:INTEREST': i2.interest, '2:PRINCIPAL': i2.principal });
    const ofLate = back.allocations.filter((a) => a.repaymentId === lateId);
    expect(ofLate.some((a) => sen(a.amount) < 0n)).toBe(true);
    expect(ofLate.reduce((sum, a) => sum + (a.installmentNumber === 2 ? sen(a.amount) : 0n), 0n)).toBe(inst(i2));
    expect(back.schedule[0].paidDate).toBe(i1.dueDate);
    // Reversing the back-dated one: the later payment returns to installment 1, nothing is deleted.
    const entriesBefore = back.allocations.length;
    const once = { token: staff.tokens.officer1, headers: { 'idempotency-key': randomUUID() } };
    const reversed = expectData(await server.gql<{ reverseRepayment: Loan }>(REVERSE, { id: backId, reason: 'Bounced transfer' }, once)).reverseRepayment;
    // A retry of the same request (its answer lost on the way) gets the first answer, not a refusal.
    expect(expectData(await server.gql<{ reverseRepayment: Loan }>(REVERSE, { id: backId, reason: 'Bounced transfer' }, once)).reverseRepayment).toEqual(
      reversed,
    );
    expect(reversed.repayments.find((r) => r.id === backId)).toMatchObject({ reversed: true });
    expect(reversed.allocations.length).toBeGreaterThan(entriesBefore);
    expect(netByInstallment(reversed)).toEqual({ '1:INTEREST': i1.interest, '1:PRINCIPAL': i1.principal });
    expect(reversed.schedule[1].paidDate).toBeNull();
    const twice = await server.gql(REVERSE, { id: backId, reason: 'again' }, { token: staff.tokens.officer1 });
    expect(errorCode(twice)).toBe('CONFLICT');
    expect(errorCode(await server.gql(REVERSE, { id: lateId, reason: 'x' }, { token: staff.tokens.officer2 }))).toBe('NOT_FOUND');
    const blank = await server.gql(REVERSE, { id: lateId, reason: '  ' }, { token: staff.tokens.officer1 });
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
  });

  it('posts once per Idempotency-Key, and the same key with another amount is a conflict', async () => {
    const loan = await disburse(staff.tokens.officer1, staff.ids.officer1, addMonths(today, -1));
    const key = randomUUID();
    const a = expectData(await post(staff.tokens.officer1, loan.id, '100000.00', today, key)).postRepayment;
    const b = expectData(await post(staff.tokens.officer1, loan.id, '100000.00', today, key)).postRepayment;
    expect(b).toEqual(a);
    expect(errorCode(await post(staff.tokens.officer1, loan.id, '200000.00', today, key))).toBe('CONFLICT');
    const now = expectData(await server.gql<{ loan: Loan }>(LOAN, { id: loan.id }, { token: staff.tokens.officer1 })).loan;
    expect(now.repayments).toHaveLength(1);
  });

  it('posts concurrent repayments to one loan exactly once each, and a key retried concurrently once', async () => {
    const loan = await disburse(staff.tokens.officer1, staff.ids.officer1, addMonths(today, -3));
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => post(staff.tokens.officer1, loan.id, '10000.00', addDays(today, -i), randomUUID())));
    for (const r of results) expectData(r);
    const key = randomUUID();
    const same = await Promise.all(Array.from({ length: 6 }, () => post(staff.tokens.officer1, loan.id, '25000.00', today, key)));
    // Each either ran, replayed the kept answer, or was told to retry while the first was running.
    expect(same.filter((r) => !r.errors).length).toBeGreaterThanOrEqual(1);
    const now = expectData(await server.gql<{ loan: Loan }>(LOAN, { id: loan.id }, { token: staff.tokens.officer1 })).loan;
    expect(now.repayments.map((r) => r.amount).sort()).toEqual([...Array(8).fill('10000.00'), '25000.00'].sort());
    const allocated = now.allocations.reduce((sum, a) => sum + sen(a.amount), 0n);
    expect(allocated + sen(now.creditBalance)).toBe(8n * 10_000_00n + 25_000_00n);
  });

  it('any arrival order of the same payments gives the allocation of posting them in value-date order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .uniqueArray(fc.integer({ min: 0, max: 150 }), { minLength: 2, maxLength: 5 })
          .chain((days) =>
            fc.tuple(
              fc.constant(days),
              fc.array(fc.integer({ min: 1, max: 60 }), { minLength: days.length, maxLength: days.length }),
              fc.shuffledSubarray(days, { minLength: days.length }),
            ),
          ),
        async ([days, amounts, arrival]) => {
          const start = addMonths(today, -6);
          const payments = days.map((d, i) => ({ valueDate: addDays(start, d + 1), amount: rupiah(BigInt(amounts[i]) * 50_000_00n) }));
          const byDate = [...payments].sort((a, b) => (a.valueDate < b.valueDate ? -1 : 1));
          const inArrival = arrival.map((d) => payments[days.indexOf(d)]);
          const finals: Loan[] = [];
          for (const order of [byDate, inArrival]) {
            const loan = await disburse(staff.tokens.manager, staff.ids.officer3, start);
            let last = loan;
            for (const p of order) last = expectData(await post(staff.tokens.manager, loan.id, p.amount, p.valueDate)).postRepayment;
            finals.push(last);
          }
          // Per payment (by value date, unique here), installment and component.
          const view = (loan: Loan) => {
            const dateOf = new Map(loan.repayments.map((r) => [r.id, r.valueDate]));
            const net = new Map<string, bigint>();
            for (const a of loan.allocations) {
              const key = `${dateOf.get(a.repaymentId)}:${a.installmentNumber}:${a.component}`;
              net.set(key, (net.get(key) ?? 0n) + sen(a.amount));
            }
            return [...net].filter(([, v]) => v !== 0n).sort(([a], [b]) => (a < b ? -1 : 1));
          };
          expect(view(finals[1])).toEqual(view(finals[0]));
          expect(finals[1].schedule.map(({ paidPrincipal, paidInterest, paidDate }) => ({ paidPrincipal, paidInterest, paidDate }))).toEqual(
            finals[0].schedule.map(({ paidPrincipal, paidInterest, paidDate }) => ({ paidPrincipal, paidInterest, paidDate })),
          );
          expect(finals[1]).toMatchObject({
            outstandingPrincipal: finals[0].outstandingPrincipal,
            creditBalance: finals[0].creditBalance,
            daysPastDue: finals[0].daysPastDue,
          });
        },
      ),
      { numRuns: 4 },
    );
  });

  it('repositions open loans each business day: days past due and grade move with the calendar', async () => {
    const loan = await disburse(staff.tokens.officer1, staff.ids.officer1, today);
    expect(loan).toMatchObject({ daysPastDue: 0, collectibility: 1 });
    const later = addDays(loan.schedule[0].dueDate, 10);
    const failures: string[] = [];
    expect(await server.app.services.loans.refreshPositions(later, (m) => failures.push(m))).toBeGreaterThan(0);
    expect(failures).toEqual([]);
    const moved = expectData(await server.gql<{ loan: Loan }>(LOAN, { id: loan.id }, { token: staff.tokens.officer1 })).loan;
    // Ten days late, less the product's grace days (the demo's micro loans have three).
    const [setting]: Array<{ graceDays: number }> = await server.app.dataSource.query(
      `SELECT s.${q('graceDays')} AS graceDays FROM ${q('loan_product_setting')} s JOIN ${q('loan')} l ON l.${q('productId')} = s.${q('productId')} WHERE l.${q('id')} = ?`,
      [Number(loan.id)],
    );
    expect(moved).toMatchObject({ daysPastDue: 10 - Number(setting?.graceDays ?? 0), collectibility: 2 });
    expect(moved.gradeHistory.at(-1)).toMatchObject({ toBucket: '1-30', toGrade: 2 });
    // A second run of the same day finds nothing left to do.
    expect(await server.app.services.loans.refreshPositions(later)).toBe(0);
  });

  it('reports portfolio quality within reach, agreeing with the installments summed in SQL', async () => {
    const PQ = `query($asOf: LocalDate, $office: ID, $officer: ID) { portfolioQuality(asOf: $asOf, officeId: $office, officerId: $officer) {
      asOf outstandingPrincipal loanCount nplRatio par1 par30 par90 collectionRate grades { grade count outstanding } } }`;
    interface Quality {
      outstandingPrincipal: string;
      loanCount: number;
      nplRatio: number;
      par1: number;
      par30: number;
      par90: number;
      collectionRate: number;
      grades: Array<{ grade: number; count: number; outstanding: string }>;
    }
    const read = async (who: keyof Staff['tokens'], vars: Record<string, unknown> = {}) =>
      expectData(await server.gql<{ portfolioQuality: Quality }>(PQ, vars, { token: staff.tokens[who] })).portfolioQuality;
    /** The same figures from the installments, by raw SQL, for the loans of one officer. */
    const fromInstallments = async (officerId: string) => {
      const [row] = await server.app.dataSource.query(
        `SELECT COUNT(DISTINCT l.${q('id')}) AS n, SUM(i.${q('principal')} - i.${q('paidPrincipal')}) AS outstanding FROM ${q('loan')} l
         JOIN ${q('loan_installment')} i ON i.${q('loanId')} = l.${q('id')} WHERE l.${q('officerId')} = ? AND l.${q('status')} IN ('ACTIVE', 'RESTRUCTURED')`,
        [Number(officerId)],
      );
      return { n: Number(row.n), outstanding: BigInt(row.outstanding ?? 0) };
    };
    const mine = await read('officer1');
    const sql = await fromInstallments(staff.ids.officer1);
    expect(mine.loanCount).toBe(sql.n);
    expect(sen(mine.outstandingPrincipal)).toBe(sql.outstanding);
    expect(mine.grades.reduce((s, g) => s + sen(g.outstanding), 0n)).toBe(sen(mine.outstandingPrincipal));
    for (const r of [mine.nplRatio, mine.par1, mine.par30, mine.par90, mine.collectionRate]) {
      expect(r).toBeGreaterThanOrEqual(0);
      expect(r).toBeLessThanOrEqual(1);
    }
    expect(mine.par1).toBeGreaterThanOrEqual(mine.par30);
    expect(mine.par30).toBeGreaterThanOrEqual(mine.par90);
    const npl = mine.grades.filter((g) => g.grade >= 3).reduce((s, g) => s + sen(g.outstanding), 0n);
    expect(mine.nplRatio).toBeCloseTo(Number(npl) / Number(sen(mine.outstandingPrincipal)), 5);
    // The manager's tree holds officer1's book; officer2 reading officer1's answers nothing of it.
    expect(sen((await read('manager', { officer: staff.ids.officer1 })).outstandingPrincipal)).toBe(sen(mine.outstandingPrincipal));
    expect((await read('officer2', { officer: staff.ids.officer1 })).loanCount).toBe(0);
    expect(sen((await read('manager')).outstandingPrincipal)).toBeGreaterThan(sen(mine.outstandingPrincipal));
    expect(errorCode(await server.gql(PQ, {}, { token: staff.tokens.marketing }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(PQ, { asOf: addDays(today, -1) }, { token: staff.tokens.manager }))).toBe('BAD_USER_INPUT');
  });

  it('follows the product’s allocation order, kept as data and set by admins', async () => {
    const TERMS = `mutation($input: UpdateLoanProductTermsInput!) { updateLoanProductTerms(input: $input) { productId allocationPreset graceDays toleranceAmount penaltyPercentPerDay } }`;
    const loan = await disburse(staff.tokens.officer1, staff.ids.officer1, addMonths(today, -3));
    const input = { productId: loan.product.id, allocationPreset: 'PRINCIPAL_FIRST', graceDays: 0, toleranceAmount: '0', penaltyPercentPerDay: 0 };
    expect(errorCode(await server.gql(TERMS, { input }, { token: staff.tokens.manager }))).toBe('FORBIDDEN');
    const bad = await server.gql(TERMS, { input: { ...input, graceDays: -1, penaltyPercentPerDay: 5 } }, { token: staff.tokens.admin });
    expect((bad.errors?.[0].extensions?.fieldErrors as Array<{ field: string }>).map((e) => e.field).sort()).toEqual(['graceDays', 'penaltyPercentPerDay']);
    const set = expectData(await server.gql<{ updateLoanProductTerms: { allocationPreset: string } }>(TERMS, { input }, { token: staff.tokens.admin }));
    expect(set.updateLoanProductTerms.allocationPreset).toBe('PRINCIPAL_FIRST');
    // Two installments past due: the payment takes both principals before any interest.
    const [i1, i2] = loan.schedule;
    const paid = expectData(await post(staff.tokens.officer1, loan.id, rupiah(sen(i1.principal) + sen(i2.principal)), today)).postRepayment;
    expect(netByInstallment(paid)).toEqual({ '1:PRINCIPAL': i1.principal, '2:PRINCIPAL': i2.principal });
    expectData(
      await server.gql(
        TERMS,
        { input: { ...input, allocationPreset: 'INSTALLMENT_BY_INSTALLMENT', graceDays: 3, toleranceAmount: '5000.00' } },
        { token: staff.tokens.admin },
      ),
    );
  });

  it('lets admins version the collectibility rules and the institution type', async () => {
    const sets = expectData(
      await server.gql<{ collectibilityRuleSets: Array<{ institutionType: string; maxDaysPastDue: number[]; pastMaturityMinGrade: number | null }> }>(
        '{ collectibilityRuleSets { institutionType effectiveFrom maxDaysPastDue pastMaturityMinGrade } }',
        {},
        { token: staff.tokens.officer1 },
      ),
    ).collectibilityRuleSets;
    expect(sets.find((s) => s.institutionType === 'BPR')).toMatchObject({ maxDaysPastDue: [30, 90, 180, 360], pastMaturityMinGrade: 2 });
    expect(sets.find((s) => s.institutionType === 'COMMERCIAL_BANK')).toMatchObject({ maxDaysPastDue: [0, 90, 120, 180], pastMaturityMinGrade: null });
    const UPDATE = `mutation($input: UpdateCollectibilityRuleSetInput!) { updateCollectibilityRuleSet(input: $input) { id effectiveFrom maxDaysPastDue } }`;
    const input = { institutionType: 'KOPERASI', effectiveFrom: '2026-01-01', maxDaysPastDue: [15, 60, 120, 240], pastMaturityMinGrade: 2 };
    expect(errorCode(await server.gql(UPDATE, { input }, { token: staff.tokens.manager }))).toBe('FORBIDDEN');
    const bad = await server.gql(UPDATE, { input: { ...input, maxDaysPastDue: [15, 10, 120, 240] } }, { token: staff.tokens.admin });
    expect(bad.errors?.[0].extensions?.fieldErrors).toEqual([expect.objectContaining({ field: 'maxDaysPastDue', code: 'INVALID' })]);
    expect(
      expectData(await server.gql<{ updateCollectibilityRuleSet: { maxDaysPastDue: number[] } }>(UPDATE, { input }, { token: staff.tokens.admin }))
        .updateCollectibilityRuleSet.maxDaysPastDue,
    ).toEqual([15, 60, 120, 240]);
    const after = expectData(
      await server.gql<{ collectibilityRuleSets: Array<{ institutionType: string }> }>(
        '{ collectibilityRuleSets { institutionType } }',
        {},
        { token: staff.tokens.admin },
      ),
    ).collectibilityRuleSets;
    expect(after.filter((s) => s.institutionType === 'KOPERASI')).toHaveLength(2);
    const SET = `mutation($t: InstitutionType!) { updateInstitutionType(institutionType: $t) { institutionType } }`;
    expect(errorCode(await server.gql(SET, { t: 'BPR' }, { token: staff.tokens.officer1 }))).toBe('FORBIDDEN');
    expect(
      expectData(await server.gql<{ updateInstitutionType: { institutionType: string } }>(SET, { t: 'BPR' }, { token: staff.tokens.admin }))
        .updateInstitutionType.institutionType,
    ).toBe('BPR');
    // About 20 days late: grade 1 under BPR rules (up to 30 days), where a bank says 2.
    const loan = await disburse(staff.tokens.officer1, staff.ids.officer1, addDays(addMonths(today, -1), -20));
    expect(loan.daysPastDue).toBeGreaterThan(15);
    expect(loan.daysPastDue).toBeLessThan(26);
    expect(loan.collectibility).toBe(1);
    expectData(await server.gql(SET, { t: 'COMMERCIAL_BANK' }, { token: staff.tokens.admin }));
    const bank = await disburse(staff.tokens.officer1, staff.ids.officer1, addDays(addMonths(today, -1), -20));
    expect(bank.collectibility).toBe(2);
  });
});
