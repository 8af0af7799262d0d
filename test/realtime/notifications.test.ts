import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationData } from '@prospek/shared';
import { databaseTargets } from '../helpers/databases.js';
import type { TestDatabase } from '../helpers/databases.js';
import { createLead } from '../helpers/leads.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { REDIS_URL, redisAvailable } from '../helpers/services.js';
import { connect } from '../helpers/sockets.js';
import type { ClientSocket } from '../helpers/sockets.js';

const mysql = databaseTargets.find((t) => t.kind === 'mysql');
const redisUp = await redisAvailable();

interface Tab {
  socket: ClientSocket;
  received: NotificationData[];
  /** Resolves with the received notifications once one links to `link` (fails after 3 s without it). */
  until(link: string): Promise<NotificationData[]>;
}

async function listen(url: string, token: string): Promise<Tab> {
  const socket = connect(url, token);
  const received: NotificationData[] = [];
  const looks = new Set<() => void>();
  socket.on('notification', (n) => {
    received.push(n);
    for (const look of [...looks]) look();
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const until = (link: string) =>
    new Promise<NotificationData[]>((resolve, reject) => {
      const look = () => {
        if (!received.some((n) => n.link === link)) return;
        clearTimeout(timer);
        looks.delete(look);
        resolve(received);
      };
      const timer = setTimeout(() => {
        looks.delete(look);
        reject(new Error(`no notification for ${link} arrived`));
      }, 3000);
      looks.add(look);
      look();
    });
  return { socket, received, until };
}

/**
 * Hands a lead of `from` to `to`: its notification is the sentinel on `to`'s tabs. Notifications reach a
 * tab in the order they were sent, so what a tab has not heard before the sentinel was not sent to it.
 */
async function sentinel(server: TestServer, tokens: { from: string; manager: string }, toId: string): Promise<string> {
  const lead = await createLead(server, tokens.from, { fullName: 'Penanda Urutan' });
  expectData(
    await server.gql(
      `mutation($id: ID!, $owner: ID!) { reassignLead(id: $id, ownerId: $owner, reason: "Penanda") { id } }`,
      { id: lead.id, owner: toId },
      { token: tokens.manager },
    ),
  );
  return `/leads/${lead.id}`;
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
    const me1 = expectData(await server.gql<{ me: { id: string } }>('{ me { id } }', {}, { token: officer })).me;
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
      // Sentinels: one lead handed to the bystander, then one to the officer with the two tabs.
      const bystanderSentinel = await sentinel(server, { from: officer2, manager }, me1.id);
      const tabsSentinel = await sentinel(server, { from: officer, manager }, me2.id);
      for (const tab of [tabA, tabB]) {
        await tab.until(tabsSentinel);
        expect(tab.received.map((n) => n.link)).toEqual([`/leads/${lead.id}`, tabsSentinel]);
        expect(tab.received[0]).toMatchObject({ type: 'LEAD_ASSIGNED', link: `/leads/${lead.id}` });
        expect(tab.received[0].title).toContain('Dialihkan Dulu');
      }
      await bystander.until(bystanderSentinel);
      expect(bystander.received.map((n) => n.link)).toEqual([bystanderSentinel]);
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
      // A sentinel from each instance: what either sent before it reaches the tab before it.
      const [officer2, manager] = await Promise.all([first.login('officer2@prospek.test'), first.login('manager@prospek.test')]);
      const me = expectData(await first.gql<{ me: { id: string } }>('{ me { id } }', {}, { token: officer })).me;
      for (const instance of [first, second]) await tab.until(await sentinel(instance, { from: officer2, manager }, me.id));
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
