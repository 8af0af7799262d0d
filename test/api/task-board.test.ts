import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { joinBoard } from '../helpers/sockets.js';

describe.each(databaseTargets)('marketing task board on $kind', (target) => {
  let server: TestServer;
  let marketing: string;
  let officer: string;
  let officer2: string;
  let manager: string;

  beforeAll(async () => {
    server = await startServer(target);
    [marketing, officer, officer2, manager] = await Promise.all([
      server.login('marketing@prospek.test'),
      server.login('officer1@prospek.test'),
      server.login('officer2@prospek.test'),
      server.login('manager@prospek.test'),
    ]);
  });
  afterAll(() => server?.close());

  const create = async (token: string, title: string, extra: Record<string, unknown> = {}) =>
    expectData(
      await server.gql<{ createTask: { id: string; version: number; status: string } }>(
        `mutation($i: TaskFieldsInput!) { createTask(input: $i) { id version status requester { name } checklistTotal } }`,
        { i: { title, ...extra } },
        { token },
      ),
    ).createTask;
  const move = (token: string, id: string, status: string, expectedVersion: number) =>
    server.gql<{ moveTask: { task: { version: number; status: string }; warning: string | null } }>(
      `mutation($i: MoveTaskInput!) { moveTask(input: $i) { task { version status } warning } }`,
      { i: { id, status, expectedVersion } },
      { token },
    );

  it('puts an officer’s request on marketing’s board live, and lets the officer follow it', async () => {
    const board = await joinBoard(server.url, marketing, 'tasks');
    const requester = await joinBoard(server.url, officer, 'tasks');
    const other = await joinBoard(server.url, officer2, 'tasks');
    try {
      const task = await create(officer, 'Cetak 500 brosur untuk acara Pasar Minggu', {
        checklist: [
          { text: 'Desain', done: false },
          { text: 'Cetak', done: false },
        ],
        dueDate: '2026-12-01',
      });
      expect((await board.next((e) => e.type === 'created' && e.card.id === task.id)).card).toMatchObject({
        status: 'TODO',
        checklistTotal: 2,
        requester: { name: 'Rina Kusuma' },
      });
      expectData(await move(marketing, task.id, 'IN_PROGRESS', task.version));
      expect((await requester.next((e) => e.type === 'moved' && e.card.id === task.id)).card.status).toBe('IN_PROGRESS');
      // A task of officer2's own is the sentinel: events arrive in order, so the move's would be here by then.
      const marker = await create(officer2, 'Penanda urutan');
      await other.next((e) => e.card.id === marker.id);
      expect(other.events.filter((e) => e.card.id === task.id)).toEqual([]);
      // Requesters follow and edit their requests; moving is marketing's.
      expect(errorCode(await move(officer, task.id, 'DONE', task.version + 1))).toBe('FORBIDDEN');
      expect(errorCode(await server.gql(`query($id: ID!) { task(id: $id) { id } }`, { id: task.id }, { token: officer2 }))).toBe('NOT_FOUND');
      const visible = expectData(
        await server.gql<{ taskBoard: { columns: Array<{ cards: Array<{ id: string }> }> } }>(
          '{ taskBoard { columns { cards { id } } } }',
          {},
          { token: officer2 },
        ),
      );
      expect(visible.taskBoard.columns.flatMap((c) => c.cards).map((c) => c.id)).not.toContain(task.id);
    } finally {
      board.close();
      requester.close();
      other.close();
    }
  });

  it('refuses a move past a hard WIP limit and warns past a soft one', async () => {
    const settings = expectData(
      await server.gql<{ boardColumnSettings: Array<{ columnKey: string; wipLimit: number | null; hardLimit: boolean }> }>(
        `{ boardColumnSettings(board: "tasks") { columnKey wipLimit hardLimit } }`,
        {},
        { token: marketing },
      ),
    ).boardColumnSettings;
    expect(settings.find((s) => s.columnKey === 'IN_PROGRESS')).toMatchObject({ wipLimit: 5, hardLimit: true });
    const board = async () =>
      expectData(
        await server.gql<{ taskBoard: { columns: Array<{ status: string; count: number; wipLimit: number | null }> } }>(
          '{ taskBoard { columns { status count wipLimit } } }',
          {},
          { token: marketing },
        ),
      ).taskBoard.columns;
    let inProgress = (await board()).find((c) => c.status === 'IN_PROGRESS')!.count;
    while (inProgress < 5) {
      const t = await create(marketing, `Isi kolom ${inProgress}`);
      expectData(await move(marketing, t.id, 'IN_PROGRESS', t.version));
      inProgress++;
    }
    const extra = await create(marketing, 'Satu lagi');
    const refused = await move(marketing, extra.id, 'IN_PROGRESS', extra.version);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toContain('5 / 5');
    expect(refused.errors?.[0].extensions?.fieldErrors).toEqual([
      expect.objectContaining({ field: 'status', code: 'NOT_ALLOWED', reason: 'WIP_LIMIT_REACHED', params: { status: 'IN_PROGRESS', count: 5, limit: 5 } }),
    ]);
    expect((await board()).find((c) => c.status === 'IN_PROGRESS')!.count).toBe(5);

    // A soft limit one above what the column holds (the demo board has some in review already).
    const limit = (await board()).find((c) => c.status === 'REVIEW')!.count + 1;
    expectData(
      await server.gql(
        `mutation($n: Int!) { updateBoardColumnSetting(board: "tasks", columnKey: "REVIEW", wipLimit: $n, hardLimit: false) { wipLimit } }`,
        { n: limit },
        { token: manager },
      ),
    );
    const a = await create(marketing, 'Review A');
    const b = await create(marketing, 'Review B');
    expect(expectData(await move(marketing, a.id, 'REVIEW', a.version)).moveTask.warning).toBeNull();
    const warned = expectData(await move(marketing, b.id, 'REVIEW', b.version)).moveTask;
    expect(warned.task.status).toBe('REVIEW');
    // What the column holds after the move, the moved card included.
    expect(warned.warning).toContain(`${limit + 1} / ${limit}`);
    expect(
      errorCode(
        await server.gql(
          `mutation { updateBoardColumnSetting(board: "tasks", columnKey: "REVIEW", wipLimit: 3, hardLimit: false) { wipLimit } }`,
          {},
          { token: officer },
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('notifies whoever a comment mentions', async () => {
    const task = await create(officer, 'Spanduk untuk kantor kas');
    const comment = expectData(
      await server.gql<{ commentTask: { body: string; author: { name: string } } }>(
        `mutation($t: ID!) { commentTask(taskId: $t, body: "@putri tolong cek ukuran spanduk 3x1 m") { body author { name } } }`,
        { t: task.id },
        { token: officer },
      ),
    ).commentTask;
    expect(comment.author.name).toBe('Rina Kusuma');
    const inbox = expectData(
      await server.gql<{ notifications: { nodes: Array<{ type: string; title: string; link: string }> } }>(
        '{ notifications(first: 100) { nodes { type title link } } }',
        {},
        { token: marketing },
      ),
    ).notifications.nodes;
    expect(inbox.find((n) => n.type === 'MENTION')).toMatchObject({ link: `/tasks/${task.id}` });
    const detail = expectData(
      await server.gql<{ task: { comments: Array<{ body: string }> } }>(
        `query($id: ID!) { task(id: $id) { comments { body } } }`,
        { id: task.id },
        { token: marketing },
      ),
    ).task;
    expect(detail.comments).toHaveLength(1);
  });
});
