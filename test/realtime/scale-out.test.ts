import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import type { TestDatabase } from '../helpers/databases.js';
import { createLead, moveLead } from '../helpers/leads.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { REDIS_URL, redisAvailable } from '../helpers/services.js';
import { joinBoard } from '../helpers/sockets.js';

const mysql = databaseTargets.find((t) => t.kind === 'mysql');
const redisUp = await redisAvailable();
if (!redisUp && process.env.REQUIRE_REDIS === '1') throw new Error('Redis is required (REQUIRE_REDIS=1) but not reachable');

describe.runIf(mysql && redisUp)('two server instances behind one database and Redis', () => {
  let database: TestDatabase;
  let first: TestServer;
  let second: TestServer;

  beforeAll(async () => {
    database = await mysql!.create();
    const redis = { redisUrl: REDIS_URL, redisPrefix: `prospek-test-${randomBytes(4).toString('hex')}` };
    // Both start at once: migrations and demo data run once, under the bootstrap lock.
    [first, second] = await Promise.all([startServer({ database }, redis), startServer({ database }, redis)]);
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await database?.drop();
  });

  it('bootstraps the shared database once', async () => {
    const q = (n: string) => first.app.dataSource.driver.escape(n);
    const [{ n }] = await first.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('user')} WHERE ${q('email')} = 'admin@prospek.test'`);
    expect(Number(n)).toBe(1);
  });

  it('delivers an event raised on one instance to sockets on the other', async () => {
    const officer = await first.login('officer1@prospek.test');
    const manager = await second.login('manager@prospek.test');
    const onSecond = await joinBoard(second.url, manager);
    const onFirst = await joinBoard(first.url, manager);
    try {
      const lead = await createLead(first, officer, { fullName: 'Lintas Instansi' });
      expect((await onSecond.next((e) => e.card.id === lead.id && e.type === 'created')).card.fullName).toBe('Lintas Instansi');
      expectData(await moveLead(second, officer, { id: lead.id, stage: 'CONTACTED', expectedVersion: 1 }));
      expect((await onFirst.next((e) => e.card.id === lead.id && e.type === 'moved')).version).toBe(2);
      await onSecond.next((e) => e.card.id === lead.id && e.type === 'moved');
      // Each socket hears each change once, not once per instance.
      expect(onSecond.events.filter((e) => e.card.id === lead.id).map((e) => e.type)).toEqual(['created', 'moved']);
      expect(onFirst.events.filter((e) => e.card.id === lead.id).map((e) => e.type)).toEqual(['created', 'moved']);
    } finally {
      onSecond.close();
      onFirst.close();
    }
  });

  it('refuses a user deactivated on one instance at their next request on the other, which had just read their row', async () => {
    const admin = await first.login('admin@prospek.test');
    const officer = await second.login('officer3@prospek.test');
    const me = '{ me { id active } }';
    const { id } = expectData(await second.gql<{ me: { id: string } }>(me, {}, { token: officer })).me;
    const board = await joinBoard(second.url, officer);
    const cut = new Promise<string>((resolve) => board.socket.once('disconnect', resolve));
    try {
      expectData(await first.gql(`mutation($id: ID!) { deactivateUser(id: $id) { active } }`, { id }, { token: admin }));
      // The cut reaches the second instance through Redis after the word that the user changed.
      expect(await cut).toBe('io server disconnect');
      expect(errorCode(await second.gql(me, {}, { token: officer }))).toBe('UNAUTHENTICATED');
    } finally {
      board.close();
    }
  });
});
