import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack, BoardColumnsEvent } from '@prospek/shared';
import { signInStaff } from '../helpers/access.js';
import type { Staff, Who } from '../helpers/access.js';
import { databaseTargets } from '../helpers/databases.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { joinBoard } from '../helpers/sockets.js';
import type { Listener } from '../helpers/sockets.js';

const SET_LIMIT = `mutation($column: String!, $limit: Int, $hard: Boolean!, $office: ID) {
  updateBoardColumnSetting(board: "tasks", columnKey: $column, wipLimit: $limit, hardLimit: $hard, officeId: $office) { officeId columnKey wipLimit hardLimit }
}`;
const LIMITS = `query($office: ID) { boardColumnSettings(board: "tasks", officeId: $office) { officeId columnKey wipLimit hardLimit } }`;
const SET_SLA = `mutation($stage: String!, $days: Int!) { updateStageSla(stage: $stage, maxIdleDays: $days) { stage maxIdleDays } }`;

/** A stage's idle limit as a pipeline board hears it. */
interface StageSla {
  stage: string;
  maxIdleDays: number;
}

interface Watch {
  listener: Listener;
  columns: BoardColumnsEvent[];
  slas: StageSla[];
}

/** Settings are written by services: audited, and announced to the open boards they change. */
describe.each(databaseTargets)('settings events on $kind', (target) => {
  let server: TestServer;
  let staff: Staff;
  const watch = {} as Record<Who, Watch>;
  const watching: Who[] = ['admin', 'manager', 'managerBdg', 'marketing', 'marketingBdg', 'officer1', 'officer2'];
  /** Looked at on every settings event any watcher hears. */
  const looks = new Set<() => void>();

  beforeAll(async () => {
    server = await startServer(target);
    staff = await signInStaff(server);
    for (const who of watching) {
      const listener = await joinBoard(server.url, staff.tokens[who], 'tasks');
      const entry: Watch = { listener, columns: [], slas: [] };
      listener.socket.on('board:columns', (event) => {
        entry.columns.push(event);
        for (const look of [...looks]) look();
      });
      listener.socket.on('board:sla', (event) => {
        if (event.board === 'leads') entry.slas.push({ stage: event.column, maxIdleDays: event.maxIdleDays });
        for (const look of [...looks]) look();
      });
      // Stage limits belong to the pipeline board: each watcher has it open too.
      const ack = await new Promise<Ack>((resolve) => listener.socket.emit('board:join', { board: 'leads' }, resolve));
      if (!ack.ok) throw new Error(`join refused: ${ack.error}`);
      watch[who] = entry;
    }
  });
  afterAll(async () => {
    for (const who of watching) watch[who]?.listener.close();
    await server?.close();
  });

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const limits = async (who: Who, office?: string) =>
    expectData(
      await server.gql<{ boardColumnSettings: Array<{ officeId: string; columnKey: string; wipLimit: number | null; hardLimit: boolean }> }>(
        LIMITS,
        { office },
        { token: staff.tokens[who] },
      ),
    ).boardColumnSettings;
  const columnsHeard = () => Object.fromEntries(watching.map((who) => [who, watch[who].columns.length]));
  /** Resolves once `check` holds, looked at as the events arrive; fails when it does not within 3 s. */
  const until = (check: () => boolean) =>
    new Promise<void>((resolve, reject) => {
      if (check()) return resolve();
      const look = () => {
        if (!check()) return;
        clearTimeout(timer);
        looks.delete(look);
        resolve();
      };
      const timer = setTimeout(() => {
        looks.delete(look);
        reject(new Error('the settings event did not arrive'));
      }, 3000);
      looks.add(look);
    });
  const slasHeard = () => Object.fromEntries(watching.map((who) => [who, watch[who].slas.length]));
  /**
   * A write every open board hears after whatever came before it on its socket: NEW's stage limit set to
   * what it is. Once each watcher has it, an event that was not heard before it was not sent.
   */
  const sentinel = async () => {
    const before = slasHeard();
    const stageSlas = expectData(
      await server.gql<{ stageSlas: Array<{ stage: string; maxIdleDays: number }> }>('{ stageSlas { stage maxIdleDays } }', {}, { token: staff.tokens.admin }),
    ).stageSlas;
    const days = stageSlas.find((s) => s.stage === 'NEW')!.maxIdleDays;
    expectData(await server.gql(SET_SLA, { stage: 'NEW', days }, { token: staff.tokens.admin }));
    for (const who of watching) {
      await until(() => watch[who].slas.length > before[who]);
      expect(watch[who].slas.slice(before[who])).toEqual([{ stage: 'NEW', maxIdleDays: days }]);
    }
  };

  it('keeps each office’s WIP limits its own, and tells that office’s open boards at once', async () => {
    const before = columnsHeard();
    const saved = expectData(
      await server.gql<{ updateBoardColumnSetting: Record<string, unknown> }>(
        SET_LIMIT,
        { column: 'REVIEW', limit: 1, hard: true },
        { token: staff.tokens.managerBdg, mutationId: 'wip-bdg-1' },
      ),
    ).updateBoardColumnSetting;
    expect(saved).toEqual({ officeId: staff.offices.bdg, columnKey: 'REVIEW', wipLimit: 1, hardLimit: true });

    for (const who of ['managerBdg', 'marketingBdg', 'officer2', 'admin'] as const) {
      await until(() => watch[who].columns.length > before[who]);
      const event = watch[who].columns[watch[who].columns.length - 1];
      expect(event).toMatchObject({ board: 'tasks', officeId: staff.offices.bdg, actorId: staff.ids.managerBdg, mutationId: 'wip-bdg-1' });
      expect(event.columns.find((c) => c.columnKey === 'REVIEW')).toEqual({ columnKey: 'REVIEW', wipLimit: 1, hardLimit: true });
      expect(event.columns.map((c) => c.columnKey)).toEqual(['TODO', 'IN_PROGRESS', 'REVIEW', 'DONE']);
    }
    await sentinel();
    // The head office's boards show the head office's limits, which did not change.
    for (const who of ['manager', 'marketing', 'officer1'] as const) expect(watch[who].columns.length).toBe(before[who]);
    expect((await limits('marketing')).find((c) => c.columnKey === 'REVIEW')).toMatchObject({ officeId: staff.offices.ho, wipLimit: 3, hardLimit: false });
    expect((await limits('marketingBdg')).find((c) => c.columnKey === 'REVIEW')).toMatchObject({ wipLimit: 1, hardLimit: true });
    const board = expectData(
      await server.gql<{ taskBoard: { columns: Array<{ status: string; wipLimit: number | null }> } }>(
        '{ taskBoard { columns { status wipLimit } } }',
        {},
        { token: staff.tokens.marketingBdg },
      ),
    ).taskBoard.columns;
    expect(board.find((c) => c.status === 'REVIEW')?.wipLimit).toBe(1);

    // The limit holds within the branch, counted among the branch's tasks only.
    const create = async (title: string) =>
      expectData(
        await server.gql<{ createTask: { id: string; version: number } }>(
          `mutation($i: TaskFieldsInput!) { createTask(input: $i) { id version } }`,
          { i: { title } },
          { token: staff.tokens.marketingBdg },
        ),
      ).createTask;
    const move = (task: { id: string; version: number }) =>
      server.gql(
        `mutation($i: MoveTaskInput!) { moveTask(input: $i) { warning } }`,
        { i: { id: task.id, status: 'REVIEW', expectedVersion: task.version } },
        { token: staff.tokens.marketingBdg },
      );
    const [a, b] = [await create('Spanduk Bandung'), await create('Brosur Bandung')];
    expectData(await move(a));
    const refused = await move(b);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toContain('1 / 1');

    const audit: Array<{ entityId: string; actorId: number; before: string; after: string }> = await server.app.dataSource.query(
      `SELECT ${q('entityId')}, ${q('actorId')}, ${q('before')}, ${q('after')} FROM ${q('audit_entry')} WHERE ${q('entityType')} = 'WipLimit' ORDER BY ${q('id')}`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityId: staff.offices.bdg, actorId: Number(staff.ids.managerBdg) });
    expect(JSON.parse(audit[0].before)).toEqual({ board: 'tasks', columnKey: 'REVIEW', wipLimit: 3, hardLimit: false });
    expect(JSON.parse(audit[0].after)).toEqual({ board: 'tasks', columnKey: 'REVIEW', wipLimit: 1, hardLimit: true });
  });

  it('lets a manager set limits only for the offices they reach, and announces nothing refused', async () => {
    const before = columnsHeard();
    expect(
      errorCode(await server.gql(SET_LIMIT, { column: 'TODO', limit: 9, hard: false, office: staff.offices.ho }, { token: staff.tokens.managerBdg })),
    ).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(SET_LIMIT, { column: 'TODO', limit: 9, hard: false }, { token: staff.tokens.marketing }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(SET_LIMIT, { column: 'TODO', limit: 0, hard: false }, { token: staff.tokens.manager }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await server.gql(SET_LIMIT, { column: 'LATER', limit: 2, hard: false }, { token: staff.tokens.manager }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await server.gql(LIMITS, { office: staff.offices.ho }, { token: staff.tokens.marketingBdg }))).toBe('NOT_FOUND');
    await sentinel();
    expect(columnsHeard()).toEqual(before);

    // The head office's manager reaches the branch below it; an admin reaches every office.
    expectData(await server.gql(SET_LIMIT, { column: 'TODO', limit: 20, hard: false, office: staff.offices.bdg }, { token: staff.tokens.manager }));
    await until(() => watch.marketingBdg.columns.length > before.marketingBdg);
    expectData(await server.gql(SET_LIMIT, { column: 'DONE', limit: 100, hard: false, office: staff.offices.ho }, { token: staff.tokens.admin }));
    await until(() => watch.marketing.columns.length > before.marketing);
    expect(watch.marketing.columns[watch.marketing.columns.length - 1].columns.find((c) => c.columnKey === 'DONE')).toMatchObject({ wipLimit: 100 });
    expect(watch.marketingBdg.columns.length).toBe(before.marketingBdg + 1);
  });

  it('audits a stage limit and tells every open board, and nothing when refused', async () => {
    expect(errorCode(await server.gql(SET_SLA, { stage: 'SURVEY', days: 4 }, { token: staff.tokens.manager }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(SET_SLA, { stage: 'WON', days: 4 }, { token: staff.tokens.admin }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await server.gql(SET_SLA, { stage: 'SURVEY', days: 0 }, { token: staff.tokens.admin }))).toBe('BAD_USER_INPUT');
    // Each watcher hears the sentinel's limit next, nothing of the refused ones.
    await sentinel();
    const before = slasHeard();

    const previous = expectData(
      await server.gql<{ stageSlas: Array<{ stage: string; maxIdleDays: number }> }>(
        '{ stageSlas { stage maxIdleDays } }',
        {},
        { token: staff.tokens.officer2 },
      ),
    ).stageSlas.find((s) => s.stage === 'SURVEY');
    expect(
      expectData(await server.gql<{ updateStageSla: unknown }>(SET_SLA, { stage: 'SURVEY', days: 4 }, { token: staff.tokens.admin })).updateStageSla,
    ).toEqual({ stage: 'SURVEY', maxIdleDays: 4 });
    for (const who of watching) {
      await until(() => watch[who].slas.length > before[who]);
      expect(watch[who].slas[watch[who].slas.length - 1]).toEqual({ stage: 'SURVEY', maxIdleDays: 4 });
    }
    const [entry]: Array<{ entityId: string; before: string | null; after: string }> = await server.app.dataSource.query(
      `SELECT ${q('entityId')}, ${q('before')}, ${q('after')} FROM ${q('audit_entry')} WHERE ${q('entityType')} = 'StageSla' ORDER BY ${q('id')} DESC`,
    );
    expect(entry.entityId).toBe('SURVEY');
    expect(entry.before === null ? null : JSON.parse(entry.before)).toEqual(previous ? { maxIdleDays: previous.maxIdleDays } : null);
    expect(JSON.parse(entry.after)).toEqual({ maxIdleDays: 4 });
  });

  it('tells a stage limit only to viewers of the pipeline board', async () => {
    // Marketing with only the task board open: it hears its office's WIP limits, not the pipeline's stage limits.
    const tasksOnly = await joinBoard(server.url, staff.tokens.marketing, 'tasks');
    try {
      const heard: string[] = [];
      tasksOnly.socket.on('board:sla', (event) => heard.push(`sla ${event.board} ${event.column}`));
      tasksOnly.socket.on('board:columns', (event) => heard.push(`columns ${event.board} ${event.officeId}`));
      const before = slasHeard();
      expectData(await server.gql(SET_SLA, { stage: 'PRESENTED', days: 9 }, { token: staff.tokens.admin }));
      for (const who of watching) await until(() => watch[who].slas.length > before[who]);
      expect(watch.marketing.slas[watch.marketing.slas.length - 1]).toEqual({ stage: 'PRESENTED', maxIdleDays: 9 });

      // The sentinel: a change its board does show, sent after the stage limit on the same connection.
      const sentinelHeard = new Promise<void>((resolve) => tasksOnly.socket.once('board:columns', () => resolve()));
      expectData(await server.gql(SET_LIMIT, { column: 'TODO', limit: 30, hard: false }, { token: staff.tokens.manager }));
      await sentinelHeard;
      expect(heard).toEqual([`columns tasks ${staff.offices.ho}`]);
    } finally {
      tasksOnly.close();
    }
  });
});
