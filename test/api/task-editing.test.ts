import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { GraphQLResult, TestServer } from '../helpers/server.js';
import { joinBoard } from '../helpers/sockets.js';

interface Card {
  id: string;
  title: string;
  version: number;
  assigneeId: string | null;
  assignee: { name: string } | null;
  campaignId: string | null;
  campaign: { name: string } | null;
  dueDate: string | null;
}
const CARD = 'id title version assigneeId assignee { name } campaignId campaign { name } dueDate';

describe.each(databaseTargets)('editing, assigning and deleting marketing tasks on $kind', (target) => {
  let server: TestServer;
  let marketing: string;
  let officer: string;
  let officer2: string;
  let manager: string;
  let admin: string;
  let ids: Record<string, string>;
  let campaigns: Record<string, string>;

  beforeAll(async () => {
    server = await startServer(target);
    [marketing, officer, officer2, manager, admin] = await Promise.all(
      ['marketing', 'officer1', 'officer2', 'manager', 'admin'].map((who) => server.login(`${who}@prospek.test`)),
    );
    const data = expectData(
      await server.gql<{ users: { nodes: Array<{ id: string; email: string }> }; campaigns: { nodes: Array<{ id: string; name: string }> } }>(
        '{ users(filter: { active: true }, first: 100) { nodes { id email } } campaigns(first: 100) { nodes { id name } } }',
        {},
        { token: admin },
      ),
    );
    ids = Object.fromEntries(data.users.nodes.map((u) => [u.email.split('@')[0], u.id]));
    campaigns = Object.fromEntries(data.campaigns.nodes.map((c) => [c.name, c.id]));
  });
  afterAll(() => server?.close());

  const create = async (token: string, title: string) =>
    expectData(await server.gql<{ createTask: Card }>(`mutation($i: TaskFieldsInput!) { createTask(input: $i) { ${CARD} } }`, { i: { title } }, { token }))
      .createTask;
  const update = (token: string, input: Record<string, unknown>) =>
    server.gql<{ updateTask: Card }>(`mutation($i: UpdateTaskInput!) { updateTask(input: $i) { ${CARD} } }`, { i: input }, { token });
  const archive = (token: string, id: string, expectedVersion: number) =>
    server.gql<{ archiveTask: Card }>(
      `mutation($id: ID!, $v: Int!) { archiveTask(id: $id, expectedVersion: $v) { ${CARD} } }`,
      { id, v: expectedVersion },
      { token },
    );
  const assignees = async (token: string, taskId: string | null) =>
    server.gql<{ taskAssignees: Array<{ id: string; name: string }> }>(`query($t: ID) { taskAssignees(taskId: $t) { id name } }`, { t: taskId }, { token });
  const read = async (id: string) =>
    expectData(await server.gql<{ task: Card }>(`query($id: ID!) { task(id: $id) { ${CARD} } }`, { id }, { token: marketing })).task;
  const fieldErrors = (result: GraphQLResult) =>
    ((result.errors?.[0]?.extensions?.fieldErrors ?? []) as Array<{ field: string; code: string }>).map((e) => `${e.field}:${e.code}`);
  const boardIds = async (token: string) =>
    expectData(
      await server.gql<{ taskBoard: { columns: Array<{ cards: Array<{ id: string }> }> } }>('{ taskBoard { columns { cards { id } } } }', {}, { token }),
    ).taskBoard.columns.flatMap((c) => c.cards.map((card) => card.id));

  it('offers as assignees exactly the marketing users and managers of the task’s office', async () => {
    const task = await create(marketing, 'Materi brosur KUR');
    const offered = expectData(await assignees(marketing, task.id)).taskAssignees;
    expect(offered).toEqual([
      { id: ids.manager, name: 'Hendra Gunawan' },
      { id: ids.marketing, name: 'Putri Maharani' },
    ]);
    // A new task goes to the caller's office, so without a task the list is that office's.
    expect(expectData(await assignees(officer, null)).taskAssignees).toEqual(offered);
    // A task out of reach answers like a task that does not exist.
    expect(errorCode(await assignees(officer2, task.id))).toBe('NOT_FOUND');
    expect(errorCode(await assignees(marketing, '987654321'))).toBe('NOT_FOUND');
  });

  it('assigns, reassigns, links and unlinks a campaign, and refuses what the rules do not allow', async () => {
    const task = await create(marketing, 'Desain spanduk pameran');
    const assigned = expectData(
      await update(marketing, {
        id: task.id,
        expectedVersion: task.version,
        assigneeId: ids.marketing,
        campaignId: campaigns['Pameran UMKM Pasar Minggu'],
        dueDate: '2026-12-10',
      }),
    ).updateTask;
    expect(assigned).toMatchObject({ assignee: { name: 'Putri Maharani' }, campaign: { name: 'Pameran UMKM Pasar Minggu' }, dueDate: '2026-12-10' });
    const reassigned = expectData(await update(marketing, { id: task.id, expectedVersion: assigned.version, assigneeId: ids.manager })).updateTask;
    // Fields the edit does not name stay as they were.
    expect(reassigned).toMatchObject({ assignee: { name: 'Hendra Gunawan' }, campaign: { name: 'Pameran UMKM Pasar Minggu' } });
    // The new assignee hears of it; taking a task on oneself sends no message (both written with the edit).
    const inbox = async (token: string) =>
      expectData(
        await server.gql<{ notifications: { nodes: Array<{ type: string; link: string }> } }>(
          '{ notifications(first: 100) { nodes { type link } } }',
          {},
          {
            token,
          },
        ),
      ).notifications.nodes.filter((n) => n.type === 'TASK_ASSIGNED' && n.link === `/tasks/${task.id}`);
    expect(await inbox(manager)).toHaveLength(1);
    expect(await inbox(marketing)).toEqual([]);

    // An officer is no assignee; a campaign of another office is out of marketing's reach; a title is needed.
    const refusals = [
      [{ assigneeId: ids.officer1 }, 'assigneeId:NOT_ALLOWED'],
      [{ assigneeId: ids.admin }, 'assigneeId:NOT_ALLOWED'],
      [{ campaignId: campaigns['Expo UKM Gedung Sate'] }, 'campaignId:NOT_ALLOWED'],
      [{ title: '   ' }, 'title:REQUIRED'],
      [{ title: 'x'.repeat(201) }, 'title:TOO_LONG'],
      // The date scalar itself refuses a day that does not exist.
      [{ dueDate: '2026-02-30' }, 'dueDate:INVALID'],
    ] as const;
    for (const [change, error] of refusals) {
      const refused = await update(marketing, { id: task.id, expectedVersion: reassigned.version, ...change });
      expect(errorCode(refused), error).toBe('BAD_USER_INPUT');
      expect(fieldErrors(refused)).toEqual([error]);
    }
    // Nothing of it was written.
    expect(await read(task.id)).toEqual(reassigned);

    // A stale version is a conflict carrying what is there now.
    const stale = await update(marketing, { id: task.id, expectedVersion: assigned.version, assigneeId: null });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].extensions?.current).toMatchObject({ id: task.id, version: reassigned.version, assigneeId: ids.manager });

    const unlinked = expectData(await update(marketing, { id: task.id, expectedVersion: reassigned.version, assigneeId: null, campaignId: null })).updateTask;
    expect(unlinked).toMatchObject({ assigneeId: null, assignee: null, campaignId: null, campaign: null, version: reassigned.version + 1 });
  });

  it('deletes a task against the version seen, and every viewer’s board drops the card live', async () => {
    const task = await create(officer, 'Brosur untuk nasabah baru');
    // A second viewer of marketing's board, and the requester following it.
    const watcher = await joinBoard(server.url, manager, 'tasks');
    const requester = await joinBoard(server.url, officer, 'tasks');
    try {
      const edited = expectData(await update(marketing, { id: task.id, expectedVersion: task.version, assigneeId: ids.marketing })).updateTask;
      await watcher.next((e) => e.type === 'updated' && e.card.id === task.id && e.version === edited.version);

      // The version read before the edit is stale: nothing is deleted.
      const stale = await archive(marketing, task.id, task.version);
      expect(errorCode(stale)).toBe('CONFLICT');
      expect(stale.errors?.[0].extensions?.current).toMatchObject({ id: task.id, version: edited.version });
      // Requesters follow and edit their requests; taking one off the board is marketing's.
      expect(errorCode(await archive(officer, task.id, edited.version))).toBe('FORBIDDEN');
      expect(errorCode(await archive(officer2, task.id, edited.version))).toBe('NOT_FOUND');
      expect(await boardIds(marketing)).toContain(task.id);

      const deleted = expectData(await archive(marketing, task.id, edited.version)).archiveTask;
      expect(deleted.version).toBe(edited.version + 1);
      for (const listener of [watcher, requester]) {
        const removed = await listener.next((e) => e.type === 'removed' && e.card.id === task.id);
        expect(removed.version).toBe(deleted.version);
      }
      expect(await boardIds(marketing)).not.toContain(task.id);
      expect(await boardIds(officer)).not.toContain(task.id);
      // Gone: a second delete, an edit or a comment find nothing.
      expect(errorCode(await archive(marketing, task.id, deleted.version))).toBe('NOT_FOUND');
      expect(errorCode(await update(marketing, { id: task.id, expectedVersion: deleted.version, title: 'Lagi' }))).toBe('NOT_FOUND');
      // The history stays.
      const audit = expectData(
        await server.gql<{ auditTrail: { nodes: Array<{ action: string }> } }>(
          `query($id: ID!) { auditTrail(entityType: "Task", entityId: $id, first: 100) { nodes { action } } }`,
          { id: task.id },
          { token: admin },
        ),
      );
      expect(audit.auditTrail.nodes.map((n) => n.action)).toEqual(['archive', 'update', 'create']);
    } finally {
      watcher.close();
      requester.close();
    }
  });
});
