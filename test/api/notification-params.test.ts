/**
 * Every kind of notification carries its type and what it says as params (names, counts), so the
 * interface can word it in either language; the stored title stays the Indonesian wording of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import type { TestDatabase } from '../helpers/databases.js';
import { createLead } from '../helpers/leads.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

interface Stored {
  type: string;
  title: string;
  link: string | null;
  params: string | null;
}

describe.each(databaseTargets)('notification params on $kind', (target) => {
  let database: TestDatabase;
  let server: TestServer;
  let now = new Date();
  const tokens: Record<'officer1' | 'officer2' | 'manager' | 'marketing', string> = { officer1: '', officer2: '', manager: '', marketing: '' };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await target.create();
    server = await startServer({ database }, {}, { now: () => now });
    for (const who of Object.keys(tokens) as Array<keyof typeof tokens>) {
      tokens[who] = await server.login(`${who}@prospek.test`);
      ids[who] = expectData(await server.gql<{ me: { id: string } }>('{ me { id } }', {}, { token: tokens[who] })).me.id;
    }
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  const inbox = async (token: string): Promise<Stored[]> =>
    expectData(await server.gql<{ notifications: { nodes: Stored[] } }>('{ notifications(first: 100) { nodes { type title link params } } }', {}, { token }))
      .notifications.nodes;
  const one = async (token: string, type: string, link: string): Promise<Stored & { parsed: Record<string, unknown> }> => {
    const found = (await inbox(token)).filter((n) => n.type === type && n.link === link);
    expect(found).toHaveLength(1);
    return { ...found[0], parsed: JSON.parse(found[0].params ?? 'null') as Record<string, unknown> };
  };

  it('a lead handed over names the lead', async () => {
    const lead = await createLead(server, tokens.officer1, { fullName: 'Sinta Wulandari' });
    expectData(
      await server.gql(
        `mutation($id: ID!, $owner: ID!) { reassignLead(id: $id, ownerId: $owner, reason: "Cuti") { id } }`,
        { id: lead.id, owner: ids.officer2 },
        {
          token: tokens.manager,
        },
      ),
    );
    const n = await one(tokens.officer2, 'LEAD_ASSIGNED', `/leads/${lead.id}`);
    expect(n.parsed).toEqual({ lead: 'Sinta Wulandari' });
    expect(n.title).toBe('Prospek baru untuk Anda: Sinta Wulandari');
  });

  it('a task assigned names the task, and a mention names who wrote and where', async () => {
    const task = expectData(
      await server.gql<{ createTask: { id: string } }>(
        `mutation($i: TaskFieldsInput!) { createTask(input: $i) { id } }`,
        { i: { title: 'Brosur KUR 2027', assigneeId: ids.manager } },
        { token: tokens.marketing },
      ),
    ).createTask;
    const assigned = await one(tokens.manager, 'TASK_ASSIGNED', `/tasks/${task.id}`);
    expect(assigned.parsed).toEqual({ task: 'Brosur KUR 2027' });
    expect(assigned.title).toBe('Tugas untuk Anda: Brosur KUR 2027');

    expectData(
      await server.gql(`mutation($t: ID!) { commentTask(taskId: $t, body: "@putri mohon cek warnanya") { id } }`, { t: task.id }, { token: tokens.manager }),
    );
    const mention = await one(tokens.marketing, 'MENTION', `/tasks/${task.id}`);
    expect(mention.parsed).toEqual({ actor: 'Hendra Gunawan', task: 'Brosur KUR 2027' });
    expect(mention.title).toBe('Hendra Gunawan menyebut Anda di "Brosur KUR 2027"');
  });

  it('a follow-up falling due names its type and the lead; idle leads are counted', async () => {
    now = new Date(Date.now() + 3 * 86_400_000);
    const lead = await createLead(server, tokens.officer1, { fullName: 'Yusuf Pratama' });
    expectData(
      await server.gql(
        `mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { id } }`,
        { input: { leadId: lead.id, type: 'VISIT', dueAt: new Date(now.getTime() + 5 * 60_000).toISOString() } },
        { token: tokens.officer1 },
      ),
    );
    await server.app.services.scheduler.tick(now);
    const due = await one(tokens.officer1, 'FOLLOW_UP_DUE', `/leads/${lead.id}`);
    expect(due.parsed).toEqual({ activityType: 'VISIT', name: 'Yusuf Pratama' });
    expect(due.title).toBe('Kunjungan Yusuf Pratama');

    // Months later every open lead of the officer is idle, the new one too: a notification counting them.
    now = new Date(now.getTime() + 120 * 86_400_000);
    await server.app.services.scheduler.tick(now);
    const stale = (await inbox(tokens.officer1)).filter((n) => n.type === 'LEAD_STALE');
    expect(stale.length).toBeGreaterThan(0);
    const params = JSON.parse(stale[0].params ?? 'null') as { count: number; lead: string | null };
    expect(params.count).toBeGreaterThan(1);
    expect(params.lead).toBeNull();
    expect(stale[0].title).toBe(`${params.count} prospek lama tanpa tindak lanjut`);
  });

  it('a portfolio handed over counts its leads and clients', async () => {
    const moved = expectData(
      await server.gql<{ reassignPortfolio: { leads: number; clients: number } }>(
        `mutation($from: ID!, $to: ID!) { reassignPortfolio(fromOfficerId: $from, toOfficerId: $to, reason: "Mutasi") { leads clients } }`,
        { from: ids.officer2, to: ids.officer1 },
        { token: tokens.manager },
      ),
    ).reassignPortfolio;
    expect(moved.leads).toBeGreaterThan(0);
    const n = await one(tokens.officer1, 'LEAD_ASSIGNED', '/board');
    expect(n.parsed).toEqual({ leads: moved.leads, clients: moved.clients });
    expect(n.title).toBe(`${moved.leads} prospek dan ${moved.clients} nasabah dialihkan kepada Anda`);
  });
});
