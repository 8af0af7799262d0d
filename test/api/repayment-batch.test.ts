/**
 * A repayment file posted at once (`postRepayments`): each payment under its own key, the same
 * allocation and figures as posting the payments one by one in the file's order (back-dated ones
 * replayed, an overpayment kept as credit, a payment after the settling one refused), a retry that
 * replays every kept answer and writes nothing, a malformed file refused whole, and two copies of a
 * file sent at once posting each payment once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, businessDate } from '@prospek/shared';
import { User } from '../../server/src/modules/user/user.entity.js';
import { databaseTargets } from '../helpers/databases.js';
import { loanBookParties, seedLoans } from '../helpers/loan-book.js';
import type { LoanSpec } from '../helpers/loan-book.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const POST = `mutation($input: PostRepaymentsInput!) {
  postRepayments(input: $input) { key outcome repaymentId loanId outstandingPrincipal arrears creditBalance daysPastDue collectibility loanStatus errorCode errorField }
}`;

interface Result {
  key: string;
  outcome: string;
  repaymentId: string | null;
  loanId: string;
  outstandingPrincipal: string | null;
  creditBalance: string | null;
  loanStatus: string | null;
  errorCode: string | null;
  errorField: string | null;
}

describe.each(databaseTargets)('repayment file on $kind', (target) => {
  let server: TestServer;
  let token: string;
  let admin: User;
  let spec: () => LoanSpec;
  const today = businessDate();
  const disbursed = addMonths(today, -3);

  beforeAll(async () => {
    server = await startServer(target);
    const parties = await loanBookParties(server.app.dataSource);
    admin = await server.app.dataSource.getRepository(User).findOneByOrFail({ id: parties.adminId });
    token = await server.login('admin@prospek.test');
    const client = parties.clients[0];
    spec = () => ({
      clientId: client.id,
      officerId: client.officerId,
      officeId: client.officeId,
      productId: parties.products[0],
      amount: 12_000_000_00n,
      tenorMonths: 12,
      annualRate: '12',
      method: 'FLAT',
      disbursementDate: disbursed,
      firstDueDate: addMonths(disbursed, 1),
    });
  });
  afterAll(() => server?.close());

  const seed = async (n: number) => (await seedLoans(server.app.dataSource, Array.from({ length: n }, spec), admin.id)).map((l) => l.id);
  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const count = async (table: string, where = '1 = 1', params: unknown[] = []) =>
    Number((await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q(table)} WHERE ${where}`, params))[0].n);
  const post = async (items: unknown[]) => server.gql<{ postRepayments: Result[] }>(POST, { input: { items } }, { token });
  const installments = async (loanId: number) =>
    (
      await server.app.dataSource.query(
        `SELECT ${q('paidPrincipal')} AS pp, ${q('paidInterest')} AS pi, ${q('paidDate')} AS pd FROM ${q('loan_installment')} WHERE ${q('loanId')} = ? ORDER BY ${q('number')}`,
        [loanId],
      )
    ).map((r: { pp: unknown; pi: unknown; pd: unknown }) => [String(r.pp), String(r.pi), r.pd === null ? null : String(r.pd).slice(0, 10)]);
  const figures = async (loanId: number) => {
    const [l] = await server.app.dataSource.query(
      `SELECT ${q('outstandingPrincipal')} AS o, ${q('creditBalance')} AS c, ${q('status')} AS s, ${q('daysPastDue')} AS d FROM ${q('loan')} WHERE ${q('id')} = ?`,
      [loanId],
    );
    return [String(l.o), String(l.c), l.s, Number(l.d)];
  };

  it('posts as the same payments posted one by one would, and a retry replays every answer and writes nothing', async () => {
    const [one, file] = await seed(2);
    // The file's order: the second installment's payment, then the first's back-dated, then more than is owed, then one too many.
    const payments = [
      { amount: '1120000.00', valueDate: addMonths(disbursed, 2) },
      { amount: '1120000.00', valueDate: addMonths(disbursed, 1) },
      { amount: '20000000.00', valueDate: today },
      { amount: '50000.00', valueDate: today },
    ];
    const refusals: string[] = [];
    for (const p of payments) {
      const input = { loanId: String(one), amount: BigInt(p.amount.replace('.', '')), valueDate: p.valueDate, channel: 'TRANSFER' as const, reference: null };
      await server.app.services.repayments.post(admin, input).catch((error: Error) => refusals.push(error.message));
    }
    expect(refusals).toHaveLength(1);

    const items = payments.map((p, i) => ({ key: `file-a-${i}`, loanId: String(file), channel: 'TRANSFER', ...p }));
    const results = expectData(await post(items)).postRepayments;
    expect(results.map((r) => r.outcome)).toEqual(['POSTED', 'POSTED', 'POSTED', 'REFUSED']);
    expect(results[3]).toMatchObject({ errorCode: 'NOT_ALLOWED', errorField: 'loanId', repaymentId: null });
    expect(results[2]).toMatchObject({ loanStatus: 'CLOSED', outstandingPrincipal: '0.00' });
    expect(BigInt(results[2].creditBalance!.replace('.', ''))).toBeGreaterThan(0n);
    expect(await installments(file)).toEqual(await installments(one));
    expect(await figures(file)).toEqual(await figures(one));

    const repayments = await count('loan_repayment', `${q('loanId')} = ?`, [file]);
    const allocations = await count('loan_allocation', `${q('loanId')} = ?`, [file]);
    const again = expectData(await post(items)).postRepayments;
    expect(again.map((r) => r.outcome)).toEqual(['REPLAYED', 'REPLAYED', 'REPLAYED', 'REFUSED']);
    for (const i of [0, 1, 2]) expect({ ...again[i], outcome: 'POSTED' }).toEqual(results[i]);
    expect(await count('loan_repayment', `${q('loanId')} = ?`, [file])).toBe(repayments);
    expect(await count('loan_allocation', `${q('loanId')} = ?`, [file])).toBe(allocations);
  });

  it('refuses a malformed file whole, naming the payment and field, and writes nothing', async () => {
    const [loanId] = await seed(1);
    const before = [await count('loan_repayment'), await count('idempotency_key')];
    const good = { key: 'bad-0', loanId: String(loanId), amount: '1000.00', valueDate: today, channel: 'CASH' };
    for (const [items, field] of [
      [[good, { ...good, key: 'bad-1', amount: '0.00' }], 'items.1.amount'],
      [[good, { ...good, key: 'bad-0' }], 'items.1.key'],
      [[good, { ...good, key: 'bad-2', valueDate: addMonths(today, 1) }], 'items.1.valueDate'],
      [[good, { ...good, key: 'bad-3', loanId: 'x' }], 'items.1.loanId'],
      [[], 'items'],
    ] as const) {
      const result = await post([...items]);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(result.errors)).toContain(field);
    }
    expect([await count('loan_repayment'), await count('idempotency_key')]).toEqual(before);
  });

  it('refuses a key sent again with another payment, and posts the rest of the file', async () => {
    const [loanId] = await seed(1);
    const item = { key: 'reuse-1', loanId: String(loanId), amount: '1000.00', valueDate: today, channel: 'CASH' };
    expect(expectData(await post([item])).postRepayments[0].outcome).toBe('POSTED');
    const results = expectData(
      await post([
        { ...item, amount: '2000.00' },
        { ...item, key: 'reuse-2' },
      ]),
    ).postRepayments;
    expect(results.map((r) => [r.outcome, r.errorCode])).toEqual([
      ['REFUSED', 'CONFLICT'],
      ['POSTED', null],
    ]);
    expect(await count('loan_repayment', `${q('loanId')} = ?`, [loanId])).toBe(2);
  });

  it('posts each payment once when two copies of a file arrive at once', async () => {
    const loans = await seed(6);
    const items = loans.flatMap((id, i) =>
      [1, 2].map((k) => ({ key: `race-${i}-${k}`, loanId: String(id), amount: '1120000.00', valueDate: addMonths(disbursed, k), channel: 'TRANSFER' })),
    );
    // One copy in file order, the other reversed: the two take the loans' locks in the same (id) order.
    const [a, b] = await Promise.all([post(items), post([...items].reverse())]);
    const posted = [...expectData(a).postRepayments, ...expectData(b).postRepayments].filter((r) => r.outcome === 'POSTED');
    expect(posted).toHaveLength(items.length);
    expect(new Set(posted.map((r) => r.key)).size).toBe(items.length);
    expect(await count('loan_repayment', `${q('loanId')} IN (${loans.map(() => '?').join(', ')})`, loans)).toBe(items.length);
  });
});
