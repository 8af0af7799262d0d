import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import type { TestDatabase } from '../helpers/databases.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

describe.each(databaseTargets)('the scheduler on $kind', (target) => {
  let database: TestDatabase;
  let first: TestServer | null = null;
  let second: TestServer | null = null;
  const now = new Date('2026-11-23T02:00:00Z');

  beforeAll(async () => {
    database = await target.create();
    first = await startServer({ database }, {}, { now: () => now });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await database?.drop();
  });

  it('claims each slot once, and an instance started in a claimed minute still comes up', async () => {
    const runs = await first!.app.services.scheduler.tick(now);
    expect(Object.values(runs).every((n) => typeof n === 'number')).toBe(true);
    // The same minute again: every slot is taken, nothing runs, nothing throws.
    expect(Object.values(await first!.app.services.scheduler.tick(now)).every((n) => n === null)).toBe(true);

    // A restart within the same minute: the new instance ticks at start on slots the old one claimed.
    await first!.close();
    first = null;
    second = await startServer({ database }, {}, { now: () => now, scheduler: true });
    expect(Object.values(await second.app.services.scheduler.tick(now)).every((n) => n === null)).toBe(true);
    expect((await fetch(`${second.url}/healthz`)).status).toBe(200);
  });
});
