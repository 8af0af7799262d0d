/**
 * A keyed posting with the claim, the posting and the kept answer in one transaction: the same key
 * posts once however often and however concurrently it is sent, a refused posting keeps nothing (its
 * corrected retry runs), and a key sent with another request is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, businessDate } from '@prospek/shared';
import { User } from '../../server/src/modules/user/user.entity.js';
import { databaseTargets } from '../helpers/databases.js';
import { loanBookParties, seedLoans } from '../helpers/loan-book.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

describe.each(databaseTargets)('keyed posting in one transaction on $kind', (target) => {
  let server: TestServer;
  let admin: User;
  let loanId: number;
  const today = businessDate();

  beforeAll(async () => {
    server = await startServer(target);
    const parties = await loanBookParties(server.app.dataSource);
    admin = await server.app.dataSource.getRepository(User).findOneByOrFail({ id: parties.adminId });
    const client = parties.clients[0];
    const disbursed = addMonths(today, -3);
    const [loan] = await seedLoans(
      server.app.dataSource,
      [
        {
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
        },
      ],
      parties.adminId,
    );
    loanId = loan.id;
  });
  afterAll(() => server?.close());

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const count = async (table: string, where: string, params: unknown[]) =>
    Number((await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q(table)} WHERE ${where}`, params))[0].n);
  const repayments = () => count('loan_repayment', `${q('loanId')} = ?`, [loanId]);
  const answer = (loan: { id: number; outstandingPrincipal: bigint }) =>
    JSON.stringify({ data: { id: String(loan.id), out: String(loan.outstandingPrincipal) } });
  const input = (amount: bigint, valueDate = today) => ({ loanId: String(loanId), amount, valueDate, channel: 'CASH' as const, reference: null });

  it('posts once for a key sent many times at once, and answers every retry with the kept answer', async () => {
    const before = await repayments();
    const key = { operation: 'postRepayment', key: 'once-1', hash: 'h1' };
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => server.app.services.repayments.postOnce(admin, input(500_000_00n), key, answer)));
    expect(outcomes.filter((o) => o.kind === 'ran')).toHaveLength(1);
    const ran = outcomes.find((o) => o.kind === 'ran')!;
    const kept = ran.kind === 'ran' ? answer(ran.result) : '';
    for (const o of outcomes) if (o.kind === 'replay') expect(o.response).toBe(kept);
    expect(await repayments()).toBe(before + 1);
    const again = await server.app.services.repayments.postOnce(admin, input(500_000_00n), key, answer);
    expect(again).toEqual({ kind: 'replay', response: kept });
    expect(await repayments()).toBe(before + 1);
    expect(await count('idempotency_key', `${q('key')} = ? AND ${q('status')} = 'DONE'`, ['once-1'])).toBe(1);
  });

  it('keeps nothing for a refused posting, so the corrected retry with the same key posts', async () => {
    const before = await repayments();
    const key = { operation: 'postRepayment', key: 'once-2', hash: 'h2' };
    // Dated before the disbursement: refused inside the transaction, after the claim.
    await expect(server.app.services.repayments.postOnce(admin, input(100_000_00n, addMonths(today, -4)), key, answer)).rejects.toThrow(/valueDate/);
    expect(await count('idempotency_key', `${q('key')} = ?`, ['once-2'])).toBe(0);
    expect(await repayments()).toBe(before);
    const retried = await server.app.services.repayments.postOnce(admin, input(100_000_00n), key, answer);
    expect(retried.kind).toBe('ran');
    expect(await repayments()).toBe(before + 1);
  });

  it('refuses a key used for another request and posts nothing', async () => {
    const before = await repayments();
    await expect(
      server.app.services.repayments.postOnce(admin, input(200_000_00n), { operation: 'postRepayment', key: 'once-1', hash: 'other' }, answer),
    ).rejects.toThrow(/different request/);
    expect(await repayments()).toBe(before);
  });
});
