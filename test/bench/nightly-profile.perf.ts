/**
 * Where the nightly run's time goes, on MySQL (`BENCH_NIGHTLY_PROFILE=1 npm run bench -- test/bench/nightly-profile.perf.ts`):
 * seeds 50,000 loans, none paid, most of them late (as the loan-book bench's nightly part does), runs
 * the nightly run once and prints its time per step, the Node process's CPU time beside the wall time,
 * and each kind of statement with its count and the time until the next statement (the statement and
 * the Node work after it). Statements per chunk = statements / chunks. Prints only; asserts no failure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, businessDate } from '@prospek/shared';
import type { InterestMethod } from '@prospek/shared';
import { databaseTargets } from '../helpers/databases.js';
import { statementProfile } from './statement-profile.js';
import type { TestDatabase } from '../helpers/databases.js';
import { loanBookParties, seedLoans } from '../helpers/loan-book.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const mysql = databaseTargets.find((t) => t.kind === 'mysql');
const N = Number(process.env.BENCH_NIGHTLY_LOANS ?? 50_000);
const METHODS: InterestMethod[] = ['FLAT', 'EFFECTIVE', 'ANNUITY'];

describe.runIf(mysql && process.env.BENCH_NIGHTLY_PROFILE)('nightly run profile', () => {
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
    const q = (n: string) => dataSource.driver.escape(n);
    const today = businessDate();
    const parties = await loanBookParties(dataSource);
    await seedLoans(
      dataSource,
      Array.from({ length: N }, (_, i) => {
        const client = parties.clients[i % parties.clients.length];
        const disbursed = addDays(today, -((i * 7) % 200));
        return {
          clientId: client.id,
          officerId: client.officerId,
          officeId: client.officeId,
          productId: parties.products[i % parties.products.length],
          amount: BigInt(5 + (i % 60)) * 1_000_000_00n,
          tenorMonths: 40,
          annualRate: String(9 + (i % 15)),
          method: METHODS[i % METHODS.length],
          disbursementDate: disbursed,
          firstDueDate: addMonths(disbursed, 1),
        };
      }),
      parties.adminId,
    );
    await dataSource.query(`ANALYZE TABLE ${q('loan')}, ${q('loan_installment')}, ${q('loan_repayment')}`);
    profile.on();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const failures: string[] = [];
    const n = await services.loans.refreshPositions(addDays(today, 1), (m) => failures.push(m));
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    profile.off();
    expect(failures).toEqual([]);
    const lines = [
      `nightly ${n} loans: ${(ms / 1000).toFixed(2)} s; node cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s; followers ${(services.loans.nightlyFollowersMs / 1000).toFixed(2)} s`,
    ];
    const steps = services.loans.nightlyStepMs;
    for (const [k, v] of Object.entries(steps)) lines.push(`  step ${k.padEnd(30)} ${(v / 1000).toFixed(2)} s`);
    const total = [...byLabel.values()].reduce((a, b) => a + b.n, 0);
    const chunks = [...byLabel].filter(([label]) => label.startsWith('START TRANSACTION')).reduce((n, [, e]) => n + e.n, 0);
    lines.push(`statements: ${total} in ${chunks} transactions, ${(total / Math.max(1, chunks)).toFixed(1)} a transaction`);
    for (const [k, v] of [...byLabel].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30))
      lines.push(`  ${(v.ms / 1000).toFixed(2).padStart(6)} s ${String(v.n).padStart(6)}× ${k}`);
    const [{ cases }] = await dataSource.query(`SELECT COUNT(*) AS cases FROM ${q('collection_case')}`);
    lines.push(`cases ${cases}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  }, 3_600_000);
});
