/**
 * Background jobs through the API on each database: a failed job is listed to admins with its error and
 * attempts, is retried and completes; only admins list or retry; a job that is not failed is not retried.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobContext } from '../../server/src/jobs/job-queue.js';
import { databaseTargets } from '../helpers/databases.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const LIST = `query($state: JobState) { jobs(filter: { state: $state }, first: 10) { totalCount nodes { id name state progress attempts maxAttempts error } } }`;
const RETRY = `mutation($id: String!) { retryJob(id: $id) { id state attempts error } }`;

interface JobRow {
  id: string;
  name: string;
  state: string;
  progress: number;
  attempts: number;
  maxAttempts: number;
  error: string | null;
}

describe.each(databaseTargets)('background jobs on $kind', (target) => {
  let server: TestServer;
  let admin: string;
  let officer: string;
  let broken = true;
  const list = async (state: string | null) =>
    expectData(await server.gql<{ jobs: { totalCount: number; nodes: JobRow[] } }>(LIST, { state }, { token: admin })).jobs;

  beforeAll(async () => {
    server = await startServer(target, { demoData: 'always' });
    admin = await server.login('admin@prospek.test');
    officer = await server.login('officer1@prospek.test');
    server.app.services.jobs.define(
      'loan-positions',
      async (job: JobContext<unknown>) => {
        if (broken) throw new Error('Collectibility rules missing for 2026-12-07');
        await job.progress(50);
        return 7;
      },
      { attempts: 2 },
    );
  }, 300_000);
  afterAll(async () => {
    await server?.close();
  });

  it('lists a failed job with its error and attempts, and retries it to completion', async () => {
    const enqueued = await server.app.services.jobs.enqueue('loan-positions', { at: '2026-12-07' }, { jobId: 'loan-positions.api' });
    expect(await enqueued.settled).toBe(null);
    const failed = (await list('FAILED')).nodes.find((j) => j.id === 'loan-positions.api');
    expect(failed).toMatchObject({ name: 'loan-positions', state: 'FAILED', attempts: 2, maxAttempts: 2, progress: 0 });
    expect(failed?.error).toContain('Collectibility rules missing for 2026-12-07');
    // Enqueueing the same id again does nothing: the row is there.
    expect(await (await server.app.services.jobs.enqueue('loan-positions', {}, { jobId: 'loan-positions.api' })).settled).toBe(null);
    expect((await list(null)).nodes.filter((j) => j.id === 'loan-positions.api')).toHaveLength(1);

    broken = false;
    const retried = expectData(await server.gql<{ retryJob: JobRow }>(RETRY, { id: 'loan-positions.api' }, { token: admin })).retryJob;
    expect(retried.id).toBe('loan-positions.api');
    for (let i = 0; i < 200 && (await server.app.services.jobStore.get('loan-positions.api'))?.state !== 'COMPLETED'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const done = (await list('COMPLETED')).nodes.find((j) => j.id === 'loan-positions.api');
    expect(done).toMatchObject({ state: 'COMPLETED', progress: 100, attempts: 1, error: null });
    const audit = await server.app.dataSource.query(
      `SELECT ${server.app.dataSource.driver.escape('action')} AS action FROM ${server.app.dataSource.driver.escape('audit_entry')} WHERE ${server.app.dataSource.driver.escape('entityType')} = 'BackgroundJob'`,
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['retry']);
  });

  it('settles a job queued while every slot is busy with its result once a slot frees and runs it', async () => {
    const gates: Array<() => void> = [];
    server.app.services.jobs.define('hold', () => new Promise<number>((resolve) => gates.push(() => resolve(1))), { attempts: 1 });
    server.app.services.jobs.define('quick', async () => 42, { attempts: 1 });
    const slots = server.app.config.jobs.concurrency;
    const holds = [];
    for (let i = 0; i < slots; i++) holds.push(await server.app.services.jobs.enqueue('hold', {}, { jobId: `hold.${i}` }));
    for (let i = 0; i < 200 && gates.length < slots; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(gates).toHaveLength(slots);
    const quick = await server.app.services.jobs.enqueue('quick', {}, { jobId: 'quick.1' });
    // No slot was free: the job waits for one rather than running.
    expect((await server.app.services.jobStore.get('quick.1'))?.state).toBe('WAITING');
    for (const open of gates) open();
    expect(await quick.settled).toBe(42);
    expect((await server.app.services.jobStore.get('quick.1'))?.state).toBe('COMPLETED');
    expect(await Promise.all(holds.map((h) => h.settled))).toEqual(holds.map(() => 1));
  });

  it('retries only a failed job, and only for admins', async () => {
    const again = await server.gql(RETRY, { id: 'loan-positions.api' }, { token: admin });
    expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await server.gql(RETRY, { id: 'no-such-job' }, { token: admin });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    for (const query of [LIST, RETRY]) {
      const refused = await server.gql(query, { id: 'loan-positions.api', state: null }, { token: officer });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});
