/**
 * Stopping the server lets the scheduler job step under way finish (its database work included) and
 * starts no further job of that tick.
 */
import { describe, expect, it } from 'vitest';
import { minuteSlot } from '../../server/src/modules/scheduler/scheduler.js';
import { databaseTargets } from '../helpers/databases.js';
import { startServer } from '../helpers/server.js';

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
