/**
 * Where one keyed posting's time goes, on MySQL (`BENCH_POSTING_PROFILE=1 npm run bench -- test/bench/posting-profile.perf.ts`):
 * seeds loans due in full, posts one payment an installment through `postOnce` (the claim, the posting
 * and the kept answer in one transaction), one call at a time, and prints the rate, the Node process's
 * CPU time beside the wall time, and each kind of statement with its count a call and the time until
 * the next statement (the statement and the Node work after it). Prints only; asserts no failure.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, businessDate } from '@prospek/shared';
import { User } from '../../server/src/modules/user/user.entity.js';
import { databaseTargets } from '../helpers/databases.js';
import { statementProfile } from './statement-profile.js';
import type { TestDatabase } from '../helpers/databases.js';
import { loanBookParties, seedLoans } from '../helpers/loan-book.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const mysql = databaseTargets.find((t) => t.kind === 'mysql');
const LOANS = Number(process.env.BENCH_LOANS ?? 100);
const INSTALLMENTS = 20;

describe.runIf(mysql && process.env.BENCH_POSTING_PROFILE)('keyed posting profile', () => {
  let database: TestDatabase;
  let server: TestServer;
  const profile = statementProfile();
  const { byLabel } = profile;
  beforeAll(async () => {
    database = await mysql!.create();
    server = await startServer({ database }, {}, { onQuery: profile.onQuery });
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });
  it('profiles', async () => {
    const { dataSource, services } = server.app;
    const today = businessDate();
    const parties = await loanBookParties(dataSource);
    const admin = await dataSource.getRepository(User).findOneByOrFail({ id: parties.adminId });
    const disbursed = addMonths(today, -INSTALLMENTS - 1);
    const book = await seedLoans(
      dataSource,
      Array.from({ length: LOANS }, (_, i) => {
        const client = parties.clients[i % parties.clients.length];
        return {
          clientId: client.id,
          officerId: client.officerId,
          officeId: client.officeId,
          productId: parties.products[i % parties.products.length],
          amount: BigInt(5 + (i % 60)) * 1_000_000_00n,
          tenorMonths: INSTALLMENTS,
          annualRate: String(9 + (i % 15)),
          method: 'ANNUITY' as const,
          disbursementDate: disbursed,
          firstDueDate: addMonths(disbursed, 1),
        };
      }),
      parties.adminId,
    );
    const calls = book.flatMap((loan) =>
      loan.schedule.map((due, k) => ({
        key: randomUUID(),
        input: {
          loanId: String(loan.id),
          amount: due.principal + due.interest,
          valueDate: due.dueDate,
          channel: 'TRANSFER' as const,
          reference: `P-${loan.id}-${k}`,
        },
      })),
    );
    profile.on();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (const c of calls) {
      const outcome = await services.repayments.postOnce(admin, c.input, { operation: 'postRepayment', key: c.key, hash: c.key }, (loan) => String(loan.id));
      expect(outcome.kind).toBe('ran');
    }
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    profile.off();
    const lines = [
      `${calls.length} keyed postings one at a time: ${(ms / 1000).toFixed(2)} s, ${Math.round((calls.length * 1000) / ms)}/s, ${(ms / calls.length).toFixed(2)} ms a call; node cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`,
    ];
    const total = [...byLabel.values()].reduce((a, b) => a + b.n, 0);
    lines.push(`statements: ${total}, ${(total / calls.length).toFixed(1)} a call`);
    for (const [k, v] of [...byLabel].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30))
      lines.push(`  ${(v.ms / calls.length).toFixed(3).padStart(7)} ms/call ${(v.n / calls.length).toFixed(2).padStart(5)}× ${k}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  }, 3_600_000);
});
