/**
 * The month's collection rate of `portfolioQuality` (paid on the installments falling due in the month /
 * due) counts every loan open during the month: the ones settled or written off in it still count their
 * installments due in it, a loan settled the month before does not. Checked against the same rate summed
 * independently from the installments by SQL, and against the month-end snapshot of the same month.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, businessDate } from '@prospek/shared';
import { monthEndOf } from '../../server/src/modules/loan/loan-month-end.service.js';
import { User } from '../../server/src/modules/user/user.entity.js';
import { databaseTargets } from '../helpers/databases.js';
import { loanBookParties, seedLoans } from '../helpers/loan-book.js';
import type { SeededLoan } from '../helpers/loan-book.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const PQ = `query($officeId: ID) { portfolioQuality(officeId: $officeId) { loanCount collectionRate } }`;
const rateOf = (paid: bigint, due: bigint) => (due === 0n ? 0 : Number((paid * 1_000_000n) / due) / 1_000_000);
const rupiah = (sen: bigint) => `${sen / 100n}.${String(sen % 100n).padStart(2, '0')}`;

describe.each(databaseTargets)('the month’s collection rate on $kind', (target) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer(target);
  });
  afterAll(() => server?.close());

  it('counts the loans settled or written off in the month, as the month-end snapshot does', async () => {
    const source = server.app.dataSource;
    const q = (n: string) => source.driver.escape(n);
    const { services } = server.app;
    const parties = await loanBookParties(source);
    const admin = await source.getRepository(User).findOneByOrFail({ id: parties.adminId });
    const client = parties.clients[0];
    const today = businessDate();
    const monthStart = `${today.slice(0, 7)}-01`;
    // Due on the first of each month: the third installment falls due on the first of this month.
    const disbursed = addMonths(monthStart, -3);
    const [onTime, late, settled, writtenOff, settledBefore] = await seedLoans(
      source,
      [0, 1, 2, 3, 4].map(() => ({
        clientId: client.id,
        officerId: client.officerId,
        officeId: client.officeId,
        productId: parties.products[0],
        amount: 12_000_000_00n,
        tenorMonths: 12,
        annualRate: '12',
        method: 'FLAT' as const,
        disbursementDate: disbursed,
        firstDueDate: addMonths(disbursed, 1),
      })),
      parties.adminId,
    );
    const pay = (loan: SeededLoan, amount: bigint, valueDate: string) =>
      services.repayments.post(admin, { loanId: String(loan.id), amount, valueDate, channel: 'TRANSFER', reference: null });
    const installment = (loan: SeededLoan, n: number) => loan.schedule[n].principal + loan.schedule[n].interest;
    const rest = (loan: SeededLoan, from: number) => loan.schedule.slice(from).reduce((s, i) => s + i.principal + i.interest, 0n);

    // Pays the two installments before this month and half of this month's.
    await pay(onTime, installment(onTime, 0) + installment(onTime, 1), addMonths(monthStart, -1));
    await pay(onTime, installment(onTime, 2) / 2n, monthStart);
    // Nothing paid at all: never posted to, so counted from its installments.
    void late;
    // Settles the whole loan today: closed in the month, its installment due this month paid.
    await pay(settled, installment(settled, 0), addMonths(monthStart, -2));
    expect((await pay(settled, rest(settled, 1), today)).status).toBe('CLOSED');
    // Pays the first installment, then is written off today: off the book, its installment due this month unpaid.
    await pay(writtenOff, installment(writtenOff, 0), addMonths(monthStart, -2));
    const [{ version }] = await source.query(`SELECT ${q('version')} AS version FROM ${q('loan')} WHERE ${q('id')} = ?`, [writtenOff.id]);
    const off = await services.writeOffs.writeOff(admin, { loanId: String(writtenOff.id), date: today, reason: 'Macet', version: Number(version) });
    expect(off.status).toBe('WRITTEN_OFF');
    // Settled on the last day of the month before: not open in this month, not counted.
    expect((await pay(settledBefore, rest(settledBefore, 0), addDays(monthStart, -1))).status).toBe('CLOSED');

    // The same rate summed from the installments: every installment falling due this month of a loan not
    // closed before the month began (the office's demo loans too).
    const monthSums = async (only: SeededLoan[] | null) => {
      const [sums]: Array<{ due: string | number | null; paid: string | number | null }> = await source.query(
        `SELECT SUM(i.${q('principal')} + i.${q('interest')}) AS due, SUM(i.${q('paidPrincipal')} + i.${q('paidInterest')}) AS paid
         FROM ${q('loan_installment')} i JOIN ${q('loan')} ln ON ln.${q('id')} = i.${q('loanId')}
         WHERE ln.${q('officeId')} = ? AND i.${q('dueDate')} >= ? AND i.${q('dueDate')} < ?
           AND (ln.${q('closedDate')} IS NULL OR ln.${q('closedDate')} >= ?)${only ? ` AND ln.${q('id')} IN (${only.map(() => '?').join(', ')})` : ''}`,
        [client.officeId, monthStart, addMonths(monthStart, 1), monthStart, ...(only ?? []).map((l) => l.id)],
      );
      return { due: BigInt(sums.due ?? 0), paid: BigInt(sums.paid ?? 0) };
    };
    // The four loans open in the month, this month's installment each; half of one and the whole of another paid.
    const ours = await monthSums([onTime, late, settled, writtenOff, settledBefore]);
    expect(ours.due).toBe([onTime, late, settled, writtenOff].reduce((s, loan) => s + installment(loan, 2), 0n));
    expect(ours.paid).toBe(installment(onTime, 2) / 2n + installment(settled, 2));
    const { due, paid } = await monthSums(null);
    const [{ open }] = await source.query(
      `SELECT COUNT(*) AS open FROM ${q('loan')} WHERE ${q('officeId')} = ? AND ${q('status')} IN ('ACTIVE', 'RESTRUCTURED')`,
      [client.officeId],
    );

    const token = await server.login('admin@prospek.test');
    const quality = expectData(
      await server.gql<{ portfolioQuality: { loanCount: number; collectionRate: number } }>(PQ, { officeId: String(client.officeId) }, { token }),
    ).portfolioQuality;
    // Only the open loans are on the book; the collection rate counts the settled and written-off ones too.
    expect(quality.loanCount).toBe(Number(open));
    expect(quality.collectionRate).toBe(rateOf(paid, due));
    expect(quality.collectionRate).not.toBe(
      rateOf(paid - ours.paid + installment(onTime, 2) / 2n, due - ours.due + installment(onTime, 2) + installment(late, 2)),
    );

    const endedThisMonth = async () =>
      (
        await source.query(
          `SELECT COUNT(*) AS n FROM ${q('loan')} WHERE ${q('officeId')} = ? AND ${q('status')} IN ('CLOSED', 'WRITTEN_OFF') AND ${q('closedDate')} >= ?`,
          [client.officeId, monthStart],
        )
      )[0].n;
    // The month-end snapshot of this month, written now: its rows give the same rate.
    const monthEnd = monthEndOf(today);
    await services.monthEnds.snapshotMonth(monthEnd, [client.officeId]);
    const [snapshot]: Array<{ n: string | number; due: string | number | null; paid: string | number | null }> = await source.query(
      `SELECT COUNT(*) AS n, SUM(${q('dueInMonth')}) AS due, SUM(${q('collectedInMonth')}) AS paid FROM ${q('loan_month_end')}
       WHERE ${q('monthEnd')} = ? AND ${q('officeId')} = ?`,
      [monthEnd, client.officeId],
    );
    expect(Number(snapshot.n)).toBe(Number(open) + Number(await endedThisMonth()));
    expect(rupiah(BigInt(snapshot.due ?? 0))).toBe(rupiah(due));
    expect(rupiah(BigInt(snapshot.paid ?? 0))).toBe(rupiah(paid));
  });
});
