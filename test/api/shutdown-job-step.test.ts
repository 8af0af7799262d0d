/**
 * Stopping the server lets the scheduler job step under way finish (its database work included) and
 * starts no further job of that tick; a background job's chunk under way is committed, the next is left
 * to the next server, on either engine.
 */
import { describe, expect, it } from 'vitest';
import type { JobContext } from '../../server/src/jobs/job-queue.js';
import { JobStore } from '../../server/src/jobs/job-store.js';
import { minuteSlot } from '../../server/src/modules/scheduler/scheduler.js';
import { databaseTargets } from '../helpers/databases.js';
import { startServer } from '../helpers/server.js';
import { REDIS_URL, redisAvailable } from '../helpers/services.js';

const sqlite = databaseTargets.find((target) => target.kind === 'sqlite')!;

describe('shutdown during a job step', () => {
  it('waits for the step, which still reaches the database, and runs no later job', async () => {
    const server = await startServer(sqlite, { demoData: 'never' });
    const scheduler = server.app.services.scheduler;
    const order: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (started = resolve));
    scheduler.jobs.unshift({
      name: 'slow-step',
      slot: minuteSlot,
      run: async () => {
        order.push('step started');
        started();
        await gate;
        await server.app.dataSource.query('SELECT 1');
        order.push('step finished');
        return 1;
      },
    });

    const ticking = scheduler.tick(new Date('2026-11-23T02:00:00Z'));
    await running;
    // close() asks the scheduler to stop before its first wait; the step is still held at the gate.
    const closing = server.close().then(() => order.push('closed'));
    release();
    await closing;
    expect(order).toEqual(['step started', 'step finished', 'closed']);
    expect(await ticking).toEqual({ 'slow-step': 1 });
  });
});

const redisUp = await redisAvailable();
if (!redisUp && process.env.REQUIRE_REDIS === '1') throw new Error('Redis is required (REQUIRE_REDIS=1) but not reachable');
const engines = [{ engine: 'in-process', redis: false }, ...(redisUp ? [{ engine: 'bullmq', redis: true }] : [])];

describe.each(engines)('shutdown during a background job ($engine)', ({ redis }) => {
  it('finishes the chunk under way, starts no next one, and the next server resumes after it', async () => {
    const database = await sqlite.create();
    const overrides = redis ? { redisUrl: REDIS_URL, redisPrefix: `prospek-shutdown-${Date.now()}` } : {};
    const done: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (started = resolve));
    const handler = (hold: boolean) => async (job: JobContext<unknown>) => {
      for (const chunk of ['first', 'second']) {
        if (await job.isDone(chunk)) continue;
        await server.app.services.transactions.run(async (tx) => {
          if (hold) {
            started();
            await gate;
          }
          await job.checkpoint(tx.manager, chunk, 1);
        });
        done.push(chunk);
        job.continueOrStop();
      }
    };

    let server = await startServer({ database }, overrides);
    server.app.services.jobs.define('two-chunks', handler(true));
    await server.app.services.jobs.enqueue('two-chunks', {}, { jobId: 'two-chunks.shutdown' });
    await running;
    const closing = server.close();
    release();
    await closing;
    // The chunk under way was committed; the next was not begun.
    expect(done).toEqual(['first']);
    server = await startServer({ database }, overrides);
    const rows = new JobStore(server.app.dataSource);
    expect((await rows.get('two-chunks.shutdown'))?.state).toBe('WAITING');
    server.app.services.jobs.define('two-chunks', handler(false));
    // The next server takes the job (BullMQ hands it over; the in-process runner polls) and does only the rest.
    for (let i = 0; i < 400 && (await rows.get('two-chunks.shutdown'))?.state !== 'COMPLETED'; i++) await new Promise((r) => setTimeout(r, 50));
    expect((await rows.get('two-chunks.shutdown'))?.state).toBe('COMPLETED');
    expect(done).toEqual(['first', 'second']);
    await server.close();
    await database.drop();
  }, 60_000);
});
