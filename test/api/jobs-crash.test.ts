/**
 * A worker killed mid-job: the nightly loan run over thousands of loans is started as a job, the server
 * process running it is killed with SIGKILL after its first chunks are recorded, another process starts,
 * and the job resumes. Every loan ends positioned exactly once for the run's date (one version step,
 * one grade-history row), on BullMQ with Redis and on the in-process runner.
 */
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@prospek/shared';
import { BullmqJobQueue } from '../../server/src/jobs/bullmq-queue.js';
import { JobStore } from '../../server/src/jobs/job-store.js';
import { jobIdOf } from '../../server/src/jobs/job-queue.js';
import { LOAN_POSITIONS_JOB } from '../../server/src/modules/loan/loan.jobs.js';
import { databaseTargets } from '../helpers/databases.js';
import type { TestDatabase } from '../helpers/databases.js';
import { loanBookParties, seedLoans } from '../helpers/loan-book.js';
import type { LoanSpec } from '../helpers/loan-book.js';
import { JWT_SECRET, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { startServerProcess } from '../helpers/server-process.js';
import type { ServerProcess } from '../helpers/server-process.js';
import { REDIS_URL, redisAvailable } from '../helpers/services.js';

const mysql = databaseTargets.find((target) => target.kind === 'mysql');
const redisUp = await redisAvailable();
if (!redisUp && process.env.REQUIRE_REDIS === '1') throw new Error('Redis is required (REQUIRE_REDIS=1) but not reachable');
if (!mysql) console.log('Skipping the job crash test: it needs MySQL');

const LOANS = 6000;
/** Disbursed in the future: the clock's own run for today leaves these loans alone. */
const DISBURSED = '2027-05-01';
const RUN_DATE = '2027-06-20';

const engines = [
  { engine: 'bullmq', redis: true },
  { engine: 'in-process', redis: false },
].filter((e) => !e.redis || redisUp);

describe.runIf(mysql).each(engines)('a worker killed mid-run ($engine)', ({ redis }) => {
  let db: TestDatabase;
  let helper: TestServer;
  let loanIds: number[] = [];
  const processes: ServerProcess[] = [];
  const prefix = `prospek-crash-${Date.now()}`;
  const jobId = jobIdOf(LOAN_POSITIONS_JOB, `crash ${RUN_DATE}`);

  beforeAll(async () => {
    db = await mysql!.create();
    // An app in the test process migrates, loads the demo book's parties and reads the results.
    helper = await startServer({ database: db });
    // It takes no jobs itself: the server processes do.
    await helper.app.services.jobs.stop();
    const parties = await loanBookParties(helper.app.dataSource);
    const specs: LoanSpec[] = Array.from({ length: LOANS }, (_, i) => {
      const client = parties.clients[i % parties.clients.length];
      return {
        clientId: client.id,
        officerId: client.officerId,
        officeId: client.officeId,
        productId: parties.products[i % parties.products.length],
        amount: 12_000_000_00n,
        tenorMonths: 12,
        annualRate: '12',
        method: 'ANNUITY',
        disbursementDate: DISBURSED,
        firstDueDate: addDays(DISBURSED, 31),
      };
    });
    loanIds = (await seedLoans(helper.app.dataSource, specs, parties.adminId)).map((l) => l.id);
  }, 600_000);

  afterAll(async () => {
    for (const p of processes) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    if (redis) {
      const queue = new Queue('jobs', { connection: { url: REDIS_URL }, prefix: `${prefix}:bull` });
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
    await helper?.close();
    await db?.drop();
  }, 120_000);

  const start = async () => {
    const server = await startServerProcess({
      DATABASE_URL: db.url,
      JWT_SECRET,
      DEMO_DATA: 'never',
      LOG_LEVEL: 'info',
      // A dead worker's claim lapses after 3 s.
      JOB_LOCK_MS: '3000',
      JOB_CONCURRENCY: '1',
      ...(redis ? { REDIS_URL, REDIS_PREFIX: prefix } : {}),
    });
    processes.push(server);
    return server;
  };

  const count = async (sql: string, params: unknown[] = []) => Number((await helper.app.dataSource.query(sql, params))[0].n);
  const until = async (what: () => Promise<boolean>, timeoutMs: number, label: string) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await what())) {
      if (Date.now() > deadline) throw new Error(`Still waiting: ${label}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  it('resumes after the last recorded chunk: every loan positioned once, none skipped', async () => {
    const first = await start();
    // Another instance enqueues the run; the server's worker takes it.
    const store = new JobStore(helper.app.dataSource);
    if (redis) {
      const producer = new BullmqJobQueue(store, { redisUrl: REDIS_URL, prefix, concurrency: 1, lockMs: 3000, clockMs: 0 });
      producer.define(LOAN_POSITIONS_JOB, async () => 0);
      await producer.enqueue(LOAN_POSITIONS_JOB, { at: RUN_DATE }, { jobId });
      await producer.stop();
    } else {
      await store.create(jobId, LOAN_POSITIONS_JOB, { at: RUN_DATE }, 3);
    }

    const chunks = () => count('SELECT COUNT(*) AS n FROM job_chunk WHERE jobId = ?', [jobId]);
    await until(async () => (await chunks()) >= 2, 240_000, 'the first chunks');
    first.child.kill('SIGKILL');
    await first.exited;
    const chunksAtKill = await chunks();
    const state = async () => (await store.get(jobId))?.state;
    expect(await state()).toBe('ACTIVE');

    await start();
    await until(async () => (await state()) === 'COMPLETED', 600_000, 'the job to complete after the restart');

    const job = (await store.get(jobId))!;
    expect(job.attempts).toBeGreaterThanOrEqual(2);
    expect(job.progress).toBe(100);
    // Killed mid-run: chunks were still to come when the process died.
    expect(await chunks()).toBeGreaterThan(chunksAtKill);

    const marks = loanIds.map(() => '?').join(', ');
    // Each loan once: its version stepped exactly once, positioned at the run's date.
    expect(await count(`SELECT COUNT(*) AS n FROM loan WHERE id IN (${marks}) AND version = 2 AND positionAsOf = ?`, [...loanIds, RUN_DATE])).toBe(LOANS);
    // One grade-history row per loan for the date: neither doubled by the retry nor skipped.
    const perLoan: Array<{ loanId: number; n: number }> = await helper.app.dataSource.query(
      `SELECT loanId, COUNT(*) AS n FROM loan_grade_change WHERE asOfDate = ? AND loanId IN (${marks}) GROUP BY loanId`,
      [RUN_DATE, ...loanIds],
    );
    expect(perLoan.length).toBe(LOANS);
    expect(perLoan.filter((r) => Number(r.n) !== 1)).toEqual([]);
    // Every loan lies in exactly one recorded chunk.
    expect(await count('SELECT SUM(items) AS n FROM job_chunk WHERE jobId = ?', [jobId])).toBeGreaterThanOrEqual(LOANS);
  }, 1_200_000);
});
