import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationData } from '@prospek/shared';
import { databaseTargets } from '../helpers/databases.js';
import type { TestDatabase } from '../helpers/databases.js';
import { createLead } from '../helpers/leads.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { REDIS_URL, redisAvailable } from '../helpers/services.js';
import { connect, settle } from '../helpers/sockets.js';
import type { ClientSocket } from '../helpers/sockets.js';

const mysql = databaseTargets.find((t) => t.kind === 'mysql');
const redisUp = await redisAvailable();

async function listen(url: string, token: string): Promise<{ socket: ClientSocket; received: NotificationData[] }> {
  const socket = connect(url, token);
  const received: NotificationData[] = [];
  socket.on('notification', (n) => received.push(n));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return { socket, received };
}

describe.each(databaseTargets)('notifications on $kind', (target) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer(target);
  });
  afterAll(() => server?.close());

  it('reach only their user, on every open tab, and are kept until read', async () => {
    const [officer, officer2, manager] = await Promise.all([
      server.login('officer1@prospek.test'),
      server.login('officer2@prospek.test'),
      server.login('manager@prospek.test'),
    ]);
    const me2 = expectData(await server.gql<{ me: { id: string } }>('{ me { id } }', {}, { token: officer2 })).me;
    const tabA = await listen(server.url, officer2);
    const tabB = await listen(server.url, officer2);
    const bystander = await listen(server.url, officer);
    try {
      const lead = await createLead(server, officer, { fullName: 'Dialihkan Dulu' });
      expectData(
        await server.gql(
          `mutation($id: ID!, $owner: ID!) { reassignLead(id: $id, ownerId: $owner, reason: "Cuti") { id } }`,
          { id: lead.id, owner: me2.id },
          { token: manager },
        ),
      );
      await settle();
      for (const tab of [tabA, tabB]) {
        expect(tab.received).toHaveLength(1);
        expect(tab.received[0]).toMatchObject({ type: 'LEAD_ASSIGNED', link: `/leads/${lead.id}` });
        expect(tab.received[0].title).toContain('Dialihkan Dulu');
      }
      expect(bystander.received).toEqual([]);
      const unread = expectData(
        await server.gql<{ notifications: { nodes: Array<{ id: string; type: string }> }; unreadNotificationCount: number }>(
          '{ notifications(unreadOnly: true, first: 100) { nodes { id type } } unreadNotificationCount }',
          {},
          { token: officer2 },
        ),
      );
      expect(unread.notifications.nodes.map((n) => n.id)).toContain(tabA.received[0].id);
      // Marking someone else's notification does nothing.
      expect(
        expectData(
          await server.gql<{ markNotificationsRead: number }>(
            'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
            { ids: [tabA.received[0].id] },
            { token: officer },
          ),
        ).markNotificationsRead,
      ).toBe(0);
      expect(
        expectData(
          await server.gql<{ markNotificationsRead: number }>(
            'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
            { ids: [tabA.received[0].id] },
            { token: officer2 },
          ),
        ).markNotificationsRead,
      ).toBe(1);
      expect(
        expectData(await server.gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, { token: officer2 })).unreadNotificationCount,
      ).toBe(unread.unreadNotificationCount - 1);
    } finally {
      for (const tab of [tabA, tabB, bystander]) tab.socket.close();
    }
  });
});

describe.runIf(mysql && redisUp)('the scheduler with two instances on one database', () => {
  let database: TestDatabase;
  let first: TestServer;
  let second: TestServer;
  let now = new Date();
  const clock = () => now;

  beforeAll(async () => {
    database = await mysql!.create();
    const redis = { redisUrl: REDIS_URL, redisPrefix: `prospek-test-${randomBytes(4).toString('hex')}` };
    [first, second] = await Promise.all([startServer({ database }, redis, { now: clock }), startServer({ database }, redis, { now: clock })]);
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await database?.drop();
  });

  it('delivers each reminder exactly once', async () => {
    now = new Date('2026-11-23T02:00:00Z');
    const officer = await first.login('officer1@prospek.test');
    const lead = await createLead(first, officer, { fullName: 'Ingatkan Sekali' });
    const activity = expectData(
      await first.gql<{ scheduleActivity: { id: string } }>(
        `mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { id } }`,
        { input: { leadId: lead.id, type: 'CALL', dueAt: '2026-11-23T02:10:00.000Z' } },
        { token: officer },
      ),
    ).scheduleActivity;
    const tab = await listen(second.url, officer);
    try {
      // Both instances tick for the same minute at once.
      const runs = await Promise.all([first.app.services.scheduler.tick(now), second.app.services.scheduler.tick(now)]);
      expect(runs.filter((r) => r['follow-up-reminders'] !== null)).toHaveLength(1);
      // And again a minute later: nothing new to remind.
      now = new Date('2026-11-23T02:01:00Z');
      await Promise.all([first.app.services.scheduler.tick(now), second.app.services.scheduler.tick(now)]);
      await settle();
      const q = (n: string) => first.app.dataSource.driver.escape(n);
      const [{ n }] = await first.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('notification')} WHERE ${q('dedupeKey')} = ?`, [`due:${activity.id}`]);
      expect(Number(n)).toBe(1);
      // Demo follow-ups may fall due in the same minutes; count this lead's reminders only.
      expect(tab.received.filter((r) => r.type === 'FOLLOW_UP_DUE' && r.link === `/leads/${lead.id}`)).toHaveLength(1);
    } finally {
      tab.socket.close();
    }
  });

  it('names the client in a client follow-up’s reminder', async () => {
    now = new Date('2026-11-23T08:00:00Z');
    const officer = await first.login('officer1@prospek.test');
    const client = expectData(
      await first.gql<{ createClient: { id: string } }>(
        `mutation($input: ClientFieldsInput!) { createClient(input: $input) { id } }`,
        { input: { name: 'Pak Darmawan Saputra', type: 'PERSON', phone: '081355501234' } },
        { token: officer },
      ),
    ).createClient;
    const activity = expectData(
      await first.gql<{ scheduleActivity: { id: string } }>(
        `mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { id } }`,
        { input: { clientId: client.id, type: 'VISIT', dueAt: '2026-11-23T08:10:00.000Z' } },
        { token: officer },
      ),
    ).scheduleActivity;
    await first.app.services.scheduler.tick(now);
    const q = (n: string) => first.app.dataSource.driver.escape(n);
    const [row] = await first.app.dataSource.query(`SELECT ${q('title')}, ${q('link')} FROM ${q('notification')} WHERE ${q('dedupeKey')} = ?`, [
      `due:${activity.id}`,
    ]);
    expect(row).toMatchObject({ link: `/clients/${client.id}` });
    expect(row.title).toContain('Pak Darmawan Saputra');
  });

  it('does not lose a reminder when an instance stops before its turn', async () => {
    now = new Date('2026-11-23T05:00:00Z');
    const officer = await second.login('officer1@prospek.test');
    const lead = await createLead(second, officer, { fullName: 'Tetap Diingatkan' });
    const activity = expectData(
      await second.gql<{ scheduleActivity: { id: string } }>(
        `mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { id } }`,
        { input: { leadId: lead.id, type: 'VISIT', dueAt: '2026-11-23T05:05:00.000Z' } },
        { token: officer },
      ),
    ).scheduleActivity;
    await first.close();
    await second.app.services.scheduler.tick(now);
    const q = (n: string) => second.app.dataSource.driver.escape(n);
    const [{ n }] = await second.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('notification')} WHERE ${q('dedupeKey')} = ?`, [`due:${activity.id}`]);
    expect(Number(n)).toBe(1);
  });
});
