/** A written-off loan has month-end rows up to the month of its write-off and none after it, and is off the book in that month's portfolio. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, businessDate } from '@prospek/shared';
import { monthEndOf } from '../../server/src/modules/loan/loan-month-end.service.js';
import { User } from '../../server/src/modules/user/user.entity.js';
import { databaseTargets } from '../helpers/databases.js';
import { loanBookParties, seedLoans } from '../helpers/loan-book.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

describe.each(databaseTargets)('month ends of a written-off loan on $kind', (target) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer(target);
  });
  afterAll(() => server?.close());

  it('stops after the write-off month, and shows the loan open in the months before it', async () => {
    const source = server.app.dataSource;
    const q = (n: string) => source.driver.escape(n);
    const parties = await loanBookParties(source);
    const client = parties.clients[0];
    const thisMonth = `${businessDate().slice(0, 7)}-01`;
    const disbursed = addMonths(thisMonth, -7);
    const writtenOff = addDays(addMonths(thisMonth, -4), 14);
    const [writeOff, legacy] = await seedLoans(
      source,
      [0, 1].map(() => ({
        clientId: client.id,
        officerId: client.officerId,
        officeId: client.officeId,
        productId: parties.products[0],
        amount: 20_000_000_00n,
        tenorMonths: 24,
        annualRate: '14',
        method: 'ANNUITY' as const,
        disbursementDate: disbursed,
        firstDueDate: addMonths(disbursed, 1),
      })),
      parties.adminId,
    );
    const admin = await source.getRepository(User).findOneByOrFail({ id: parties.adminId });
    const [{ version }] = await source.query(`SELECT ${q('version')} AS version FROM ${q('loan')} WHERE ${q('id')} = ?`, [writeOff.id]);
    const done = await server.app.services.writeOffs.writeOff(admin, {
      loanId: String(writeOff.id),
      date: writtenOff,
      reason: 'Macet',
      version: Number(version),
    });
    expect(done.writtenOffPrincipal).toBeGreaterThan(0n);
    // Written off before write-off dates were kept: its last positioning stands for the date.
    await source.query(`UPDATE ${q('loan')} SET ${q('status')} = 'WRITTEN_OFF', ${q('closedDate')} = NULL, ${q('positionAsOf')} = ? WHERE ${q('id')} = ?`, [
      writtenOff,
      legacy.id,
    ]);

    await server.app.services.monthEnds.closeMonths(new Date());

    const rowsOf = async (loanId: number) =>
      (
        (await source.query(
          `SELECT ${q('monthEnd')} AS monthEnd, ${q('status')} AS status FROM ${q('loan_month_end')} WHERE ${q('loanId')} = ? ORDER BY ${q('monthEnd')}`,
          [loanId],
        )) as Array<{ monthEnd: string | Date; status: string }>
      ).map((r) => [r.monthEnd instanceof Date ? r.monthEnd.toISOString().slice(0, 10) : String(r.monthEnd).slice(0, 10), r.status]);
    const expected: Array<[string, string]> = [];
    for (let month = monthEndOf(disbursed); month <= monthEndOf(writtenOff); month = monthEndOf(addDays(month, 1))) {
      expected.push([month, month === monthEndOf(writtenOff) ? 'WRITTEN_OFF' : 'ACTIVE']);
    }
    expect(expected).toHaveLength(4);
    expect(await rowsOf(writeOff.id)).toEqual(expected);
    expect(await rowsOf(legacy.id)).toEqual(expected);

    // A later run finds nothing more to write for them.
    await server.app.services.monthEnds.closeMonths(new Date());
    expect(await rowsOf(writeOff.id)).toEqual(expected);

    // The write-off month's portfolio, read from its snapshot as today's is from the loans: the written-off
    // loans are off the book (not counted) but their installments due in the month still count in its
    // collection rate, and the principal written off is reported apart.
    const monthEnd = monthEndOf(writtenOff);
    const token = await server.login('admin@prospek.test');
    const PQ = `query($asOf: LocalDate) { portfolioQuality(asOf: $asOf) { loanCount outstandingPrincipal collectionRate writtenOff recoveries } }`;
    const quality = expectData(await server.gql<{ portfolioQuality: Record<string, unknown> }>(PQ, { asOf: monthEnd }, { token })).portfolioQuality;
    const figures = async (statuses: string) =>
      (
        (await source.query(
          `SELECT COUNT(*) AS n, SUM(${q('dueInMonth')}) AS due, SUM(${q('collectedInMonth')}) AS paid FROM ${q('loan_month_end')}
           WHERE ${q('monthEnd')} = ? AND ${q('status')} IN (${statuses})`,
          [monthEnd],
        )) as Array<{ n: number | string; due: string | number | null; paid: string | number | null }>
      )[0];
    expect(quality.loanCount).toBe(Number((await figures(`'ACTIVE', 'RESTRUCTURED'`)).n));
    // Loans settled or written off in the month still count their collections.
    const month = await figures(`'ACTIVE', 'RESTRUCTURED', 'CLOSED', 'WRITTEN_OFF'`);
    const due = BigInt(month.due ?? 0);
    expect(quality.collectionRate).toBe(due === 0n ? 0 : Number((BigInt(month.paid ?? 0) * 1_000_000n) / due) / 1_000_000);
    expect(quality).toMatchObject({
      writtenOff: `${done.writtenOffPrincipal / 100n}.${String(done.writtenOffPrincipal % 100n).padStart(2, '0')}`,
      recoveries: '0.00',
    });
  });
});
