/**
 * The month's collection figures each loan keeps (due and paid on the installments falling due in the
 * month of its position) agree with a recount from its installments after random postings, back-dated
 * postings and reversals, after the nightly run, and portfolio quality's collection rate agrees with the
 * rate summed from installments, for loans kept and loans not kept yet alike.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, businessDate } from '@prospek/shared';
import type { InterestMethod } from '@prospek/shared';
import { User } from '../../server/src/modules/user/user.entity.js';
import { databaseTargets } from '../helpers/databases.js';
import { loanBookParties, seedLoans } from '../helpers/loan-book.js';
import type { LoanSpec } from '../helpers/loan-book.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const METHODS: InterestMethod[] = ['FLAT', 'EFFECTIVE', 'ANNUITY'];

describe.each(databaseTargets)('kept loan figures on $kind', (target) => {
  let server: TestServer;
  let admin: User;
  let parties: Awaited<ReturnType<typeof loanBookParties>>;
  const today = businessDate();

  beforeAll(async () => {
    server = await startServer(target);
    parties = await loanBookParties(server.app.dataSource);
    admin = await server.app.dataSource.getRepository(User).findOneByOrFail({ id: parties.adminId });
  });
  afterAll(() => server?.close());

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const rows = (sql: string, params: unknown[] = []): Promise<Array<Record<string, unknown>>> => server.app.dataSource.query(sql, params);
  const dateText = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));

  /** Each loan's kept month and figures beside the same figures recounted from its installments for that month. */
  async function keptAndRecounted(ids: number[], mustKeep: (id: number) => boolean) {
    const loans = await rows(
      `SELECT ${q('id')} AS id, ${q('collectionMonth')} AS month, ${q('dueInMonth')} AS due, ${q('collectedInMonth')} AS collected, ${q('positionAsOf')} AS asOf
       FROM ${q('loan')} WHERE ${q('id')} IN (${ids.map(() => '?').join(', ')}) ORDER BY ${q('id')}`,
      ids,
    );
    const kept: string[] = [];
    const recounted: string[] = [];
    for (const loan of loans) {
      // Written straight into the tables and never posted to: not kept yet (portfolio quality counts it from installments).
      if (loan.month === null && !mustKeep(Number(loan.id))) continue;
      const month = dateText(loan.asOf).slice(0, 7);
      const from = `${month}-01`;
      const [sums] = await rows(
        `SELECT COALESCE(SUM(${q('principal')} + ${q('interest')}), 0) AS due, COALESCE(SUM(${q('paidPrincipal')} + ${q('paidInterest')}), 0) AS collected
         FROM ${q('loan_installment')} WHERE ${q('loanId')} = ? AND ${q('dueDate')} >= ? AND ${q('dueDate')} < ?`,
        [loan.id, from, addMonths(from, 1)],
      );
      kept.push(`${String(loan.id)} ${String(loan.month)} ${String(loan.due)} ${String(loan.collected)}`);
      recounted.push(`${String(loan.id)} ${month} ${String(sums.due)} ${String(sums.collected)}`);
    }
    return { kept, recounted };
  }

  /** The month of today's collection rate summed from installments: loans open in it, those settled or written off in it too. */
  async function rateFromInstallments(): Promise<number> {
    const from = `${today.slice(0, 7)}-01`;
    const [sums] = await rows(
      `SELECT COALESCE(SUM(i.${q('principal')} + i.${q('interest')}), 0) AS due, COALESCE(SUM(i.${q('paidPrincipal')} + i.${q('paidInterest')}), 0) AS paid
       FROM ${q('loan_installment')} i JOIN ${q('loan')} ln ON ln.${q('id')} = i.${q('loanId')}
       WHERE (ln.${q('status')} IN ('ACTIVE', 'RESTRUCTURED') OR ln.${q('closedDate')} >= ?) AND i.${q('dueDate')} >= ? AND i.${q('dueDate')} < ?`,
      [from, from, addMonths(from, 1)],
    );
    const due = BigInt(String(sums.due));
    return due === 0n ? 0 : Number((BigInt(String(sums.paid)) * 1_000_000n) / due) / 1_000_000;
  }

  const loanPlan = fc.record({
    client: fc.nat(),
    millions: fc.integer({ min: 5, max: 60 }),
    tenor: fc.integer({ min: 3, max: 24 }),
    rate: fc.integer({ min: 6, max: 30 }),
    method: fc.constantFrom(...METHODS),
    monthsAgo: fc.integer({ min: 0, max: 20 }),
    // Days before today, in arrival order: later arrivals are often dated earlier (back-dated).
    payments: fc.array(fc.record({ daysAgo: fc.nat({ max: 600 }), thousands: fc.integer({ min: 100, max: 8000 }) }), { maxLength: 6 }),
    reverse: fc.nat({ max: 3 }),
  });

  it('keeps the month’s due and collected equal to a recount from installments, and portfolio quality agrees', async () => {
    const { services } = server.app;
    await fc.assert(
      fc.asyncProperty(fc.array(loanPlan, { minLength: 4, maxLength: 8 }), async (plans) => {
        const specs: LoanSpec[] = plans.map((p, i) => {
          const client = parties.clients[p.client % parties.clients.length];
          const disbursed = addDays(addMonths(today, -p.monthsAgo), -(i % 20));
          return {
            clientId: client.id,
            officerId: client.officerId,
            officeId: client.officeId,
            productId: parties.products[i % parties.products.length],
            amount: BigInt(p.millions) * 1_000_000_00n,
            tenorMonths: p.tenor,
            annualRate: String(p.rate),
            method: p.method,
            disbursementDate: disbursed,
            firstDueDate: addMonths(disbursed, 1),
          };
        });
        const seeded = await seedLoans(server.app.dataSource, specs, parties.adminId);
        const ids = seeded.map((l) => l.id);
        // Not kept yet (as written straight into the tables): counted from the installments.
        expect((await services.portfolio.read(admin, null, null, null)).collectionRate).toBe(await rateFromInstallments());

        const postedTo = new Set<number>();
        for (const [i, p] of plans.entries()) {
          const loan = seeded[i];
          const posted: number[] = [];
          for (const payment of p.payments) {
            const valueDate = addDays(today, -payment.daysAgo);
            if (valueDate < loan.disbursementDate) continue;
            const after = await services.repayments.post(admin, {
              loanId: String(loan.id),
              amount: BigInt(payment.thousands) * 1_000_00n,
              valueDate,
              channel: 'CASH',
              reference: null,
            });
            const [last] = await rows(`SELECT MAX(${q('id')}) AS id FROM ${q('loan_repayment')} WHERE ${q('loanId')} = ?`, [loan.id]);
            posted.push(Number(last.id));
            postedTo.add(loan.id);
            if (after.status === 'CLOSED') break;
          }
          for (const id of posted.slice(0, p.reverse)) await services.repayments.reverse(admin, String(id), 'Salah posting');
        }
        const afterPostings = await keptAndRecounted(ids, (id) => postedTo.has(id));
        expect(afterPostings.kept).toEqual(afterPostings.recounted);
        expect((await services.portfolio.read(admin, null, null, null)).collectionRate).toBe(await rateFromInstallments());

        // The nightly run into the next month keeps the new month's figures.
        const failures: string[] = [];
        await services.loans.refreshPositions(addMonths(today, 1), (m) => failures.push(m));
        expect(failures).toEqual([]);
        const afterNight = await keptAndRecounted(ids, () => true);
        expect(afterNight.kept).toEqual(afterNight.recounted);
        // Back to today's month: the loans kept for the next month are counted from installments again.
        expect((await services.portfolio.read(admin, null, null, null)).collectionRate).toBe(await rateFromInstallments());
      }),
      { numRuns: 3 },
    );
  }, 240_000);
});
