/**
 * Card order under concurrent writes: many cards dropped into one gap at once, or created at once at the
 * top of a column, each get a key of their own; a later drop between two named cards lands between
 * them in the order the board reads, and stays there. Keys that were shared before are repaired by the
 * migration without changing the order anyone sees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import { uniquePhone } from '../helpers/leads.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { GraphQLResult, TestServer } from '../helpers/server.js';

const RACERS = 20;

interface Card {
  id: string;
  position: string;
  version: number;
}

const LEAD_FIELDS = 'id position version';
const CREATE_LEAD = `mutation($i: CreateLeadInput!) { createLead(input: $i) { ${LEAD_FIELDS} } }`;
const MOVE_LEAD = `mutation($i: MoveLeadInput!) { moveLead(input: $i) { ${LEAD_FIELDS} } }`;
const ARCHIVE_LEAD = `mutation($id: ID!) { archiveLead(id: $id) { id } }`;
const LEAD_COLUMN = `query($stage: LeadStage!, $after: String) { leadColumn(stage: $stage, first: 100, after: $after) { hasMore endCursor cards { ${LEAD_FIELDS} } } }`;
const LEAD_BOARD = `query { leadBoard(perColumn: 100) { columns { stage cards { ${LEAD_FIELDS} } } } }`;
const CREATE_TASK = `mutation($i: TaskFieldsInput!) { createTask(input: $i) { id position version } }`;
const MOVE_TASK = `mutation($i: MoveTaskInput!) { moveTask(input: $i) { task { id position version } } }`;
const TASK_COLUMN = `query($status: TaskStatus!, $after: String) { taskColumn(status: $status, first: 100, after: $after) { hasMore endCursor cards { id position version } } }`;

type Page = { hasMore: boolean; endCursor: string | null; cards: Card[] };

/** Every key is distinct, and the order is the byte order of the keys. */
function expectDistinctKeys(cards: Card[]): void {
  expect(new Set(cards.map((c) => c.position)).size).toBe(cards.length);
}

/** `card` sits right below `above` and right above `below` in `order` (ids). */
function expectBetween(order: string[], above: string, card: string, below: string): void {
  const at = order.indexOf(card);
  expect(at).toBeGreaterThan(0);
  expect([order[at - 1], order[at], order[at + 1]]).toEqual([above, card, below]);
}

describe.each(databaseTargets)('board order under concurrent writes on $kind', (target) => {
  let server: TestServer;
  let manager: string;
  let marketing: string;

  beforeAll(async () => {
    server = await startServer(target);
    [manager, marketing] = await Promise.all([server.login('manager@prospek.test'), server.login('marketing@prospek.test')]);
  });
  afterAll(() => server?.close());

  const ok = <T>(result: GraphQLResult<T>): T => {
    if (result.errors) throw new Error(`${errorCode(result)}: ${result.errors[0].message}`);
    return expectData(result);
  };

  /** A whole column as the board reads it, page after page. */
  async function readColumn(query: string, variables: Record<string, unknown>, field: 'leadColumn' | 'taskColumn', token: string): Promise<Card[]> {
    const cards: Card[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = ok(await server.gql<Record<string, Page>>(query, { ...variables, after }, { token }))[field];
      cards.push(...page.cards);
      if (!page.hasMore) return cards;
      after = page.endCursor;
    }
  }
  const leadColumn = (stage: string) => readColumn(LEAD_COLUMN, { stage }, 'leadColumn', manager);
  const taskColumn = (status: string) => readColumn(TASK_COLUMN, { status }, 'taskColumn', marketing);
  const ids = (cards: Card[]) => cards.map((c) => c.id);

  const createLead = async (name: string): Promise<Card> =>
    ok(
      await server.gql<{ createLead: Card }>(
        CREATE_LEAD,
        { i: { fullName: name, source: 'EVENT', estimatedAmount: '1000000.00', phone: uniquePhone() } },
        { token: manager },
      ),
    ).createLead;
  const moveLead = (card: Card, stage: string, afterId: string | null, beforeId: string | null) =>
    server.gql<{ moveLead: Card }>(MOVE_LEAD, { i: { id: card.id, stage, afterId, beforeId, expectedVersion: card.version } }, { token: manager });
  const createTask = async (title: string): Promise<Card> =>
    ok(await server.gql<{ createTask: Card }>(CREATE_TASK, { i: { title } }, { token: marketing })).createTask;
  const moveTask = (card: Card, status: string, afterId: string | null, beforeId: string | null) =>
    server.gql<{ moveTask: { task: Card } }>(MOVE_TASK, { i: { id: card.id, status, afterId, beforeId, expectedVersion: card.version } }, { token: marketing });

  it('gives leads created at once keys of their own, all at the top of NEW', async () => {
    const created = await Promise.all(Array.from({ length: RACERS }, (_, i) => createLead(`Serentak ${i}`)));
    expectDistinctKeys(created);
    const top = (await leadColumn('NEW')).slice(0, RACERS);
    expect(ids(top).sort()).toEqual(ids(created).sort());
  });

  it('gives leads dropped into one gap at once keys of their own, between the two cards, and lands later drops where they are dropped', async () => {
    const [upper, lower, ...racers] = await Promise.all(Array.from({ length: RACERS + 2 }, (_, i) => createLead(`Celah ${i}`)));
    const a = ok(await moveLead(upper, 'SURVEY', null, null)).moveLead;
    const b = ok(await moveLead(lower, 'SURVEY', a.id, null)).moveLead;

    const moved = (await Promise.all(racers.map((card) => moveLead(card, 'SURVEY', a.id, b.id)))).map((r) => ok(r).moveLead);
    expectDistinctKeys(moved);
    let order = ids(await leadColumn('SURVEY'));
    const start = order.indexOf(a.id);
    expect(order.slice(start + 1, start + 1 + RACERS).sort()).toEqual(ids(moved).sort());
    expect(order[start + 1 + RACERS]).toBe(b.id);

    // Drops between cards that raced into the gap, and at both of its ends, each between other cards.
    const block = order.slice(start + 1, start + 1 + RACERS);
    const gaps: Array<[string, string]> = [
      [a.id, block[0]],
      [block[0], block[1]],
      [block[9], block[10]],
      [block[18], block[19]],
      [block[19], b.id],
    ];
    const droppers = await Promise.all(gaps.map((_, i) => createLead(`Jatuh ${i}`)));
    const landed: Array<[string, string, string]> = [];
    for (const [i, [above, below]] of gaps.entries()) {
      const dropped = ok(await moveLead(droppers[i], 'SURVEY', above, below)).moveLead;
      order = ids(await leadColumn('SURVEY'));
      expectBetween(order, above, dropped.id, below);
      landed.push([above, dropped.id, below]);
    }

    // A card archived between two others keeps its key: a drop into its gap still gets a key of its own.
    const archived = block[5];
    ok(await server.gql(ARCHIVE_LEAD, { id: archived }, { token: manager }));
    const intoArchivedGap = ok(await moveLead(await createLead('Arsip'), 'SURVEY', block[4], block[6])).moveLead;
    landed.push([block[4], intoArchivedGap.id, block[6]]);

    // On reload, through the column and through the board, every drop is where it was dropped.
    const reloaded = await leadColumn('SURVEY');
    expectDistinctKeys(reloaded);
    for (const [above, card, below] of landed) expectBetween(ids(reloaded), above, card, below);
    const board = ok(await server.gql<{ leadBoard: { columns: Array<{ stage: string; cards: Card[] }> } }>(LEAD_BOARD, {}, { token: manager })).leadBoard;
    const survey = board.columns.find((c) => c.stage === 'SURVEY')?.cards ?? [];
    expect(ids(survey)).toEqual(ids(reloaded).slice(0, survey.length));
  });

  it('gives tasks created at once, and tasks dropped into one gap at once, keys of their own and lands later drops where they are dropped', async () => {
    const created = await Promise.all(Array.from({ length: RACERS + 4 }, (_, i) => createTask(`Tugas serentak ${i}`)));
    expectDistinctKeys(created);
    expect(ids((await taskColumn('TODO')).slice(0, created.length)).sort()).toEqual(ids(created).sort());

    const [upper, lower, first, second, ...racers] = created;
    const a = ok(await moveTask(upper, 'DONE', null, null)).moveTask.task;
    const b = ok(await moveTask(lower, 'DONE', a.id, null)).moveTask.task;
    const moved = (await Promise.all(racers.map((card) => moveTask(card, 'DONE', a.id, b.id)))).map((r) => ok(r).moveTask.task);
    expectDistinctKeys(moved);
    let order = ids(await taskColumn('DONE'));
    const start = order.indexOf(a.id);
    expect(order.slice(start + 1, start + 1 + RACERS).sort()).toEqual(ids(moved).sort());
    expect(order[start + 1 + RACERS]).toBe(b.id);

    const block = order.slice(start + 1, start + 1 + RACERS);
    const landed: Array<[string, string, string]> = [];
    for (const [card, [above, below]] of [
      [first, [block[0], block[1]]],
      [second, [block[12], block[13]]],
    ] as const) {
      const dropped = ok(await moveTask(card, 'DONE', above, below)).moveTask.task;
      order = ids(await taskColumn('DONE'));
      expectBetween(order, above, dropped.id, below);
      landed.push([above, dropped.id, below]);
    }
    const reloaded = await taskColumn('DONE');
    expectDistinctKeys(reloaded);
    for (const [above, card, below] of landed) expectBetween(ids(reloaded), above, card, below);
  });

  it('keeps one key per card in the database, whatever the board shows', async () => {
    const q = (name: string) => server.app.dataSource.driver.escape(name);
    for (const [table, column] of [
      ['lead', 'stage'],
      ['marketing_task', 'status'],
    ]) {
      const shared = await server.app.dataSource.query(
        `SELECT ${q(column)}, ${q('position')} FROM ${q(table)} GROUP BY ${q(column)}, ${q('position')} HAVING COUNT(*) > 1`,
      );
      expect(shared).toEqual([]);
    }
  });
});

describe.each(databaseTargets)('making order keys unique on an existing $kind database', (target) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer(target);
  });
  afterAll(() => server?.close());

  it('rekeys cards that share a key, keeping the order every board shows, then keeps keys unique', async () => {
    const dataSource = server.app.dataSource;
    const q = (name: string) => dataSource.driver.escape(name);
    const applied = async () =>
      Number((await dataSource.query(`SELECT COUNT(*) AS n FROM ${q('migrations')} WHERE ${q('name')} = ?`, ['UniqueBoardPositions1763950000000']))[0].n);
    while ((await applied()) > 0) await dataSource.undoLastMigration({ transaction: 'each' });

    const columnOrder = async (table: string, column: string, key: string): Promise<Array<{ id: number; position: string }>> =>
      (
        await dataSource.query(
          `SELECT ${q('id')} AS id, ${q('position')} AS position FROM ${q(table)} WHERE ${q(column)} = ? ORDER BY ${q('position')}, ${q('id')}`,
          [key],
        )
      ).map((r: { id: number | string; position: string }) => ({ id: Number(r.id), position: r.position }));
    const share = async (table: string, ids: number[], position: string) =>
      dataSource.query(`UPDATE ${q(table)} SET ${q('position')} = ? WHERE ${q('id')} IN (${ids.map(() => '?').join(', ')})`, [position, ...ids]);

    // As concurrent writes left them: runs of cards with one key, one of them archived, in two boards.
    const leads = await columnOrder('lead', 'stage', 'CONTACTED');
    expect(leads.length).toBeGreaterThanOrEqual(6);
    await share('lead', [leads[1].id, leads[2].id, leads[3].id], leads[1].position);
    await share('lead', [leads[4].id, leads[5].id], leads[4].position);
    await dataSource.query(`UPDATE ${q('lead')} SET ${q('archivedAt')} = CURRENT_TIMESTAMP WHERE ${q('id')} = ?`, [leads[2].id]);
    const tasks = await columnOrder('marketing_task', 'status', 'TODO');
    expect(tasks.length).toBeGreaterThanOrEqual(2);
    await share('marketing_task', [tasks[0].id, tasks[1].id], tasks[0].position);
    const leadsBefore = (await columnOrder('lead', 'stage', 'CONTACTED')).map((r) => r.id);
    const tasksBefore = (await columnOrder('marketing_task', 'status', 'TODO')).map((r) => r.id);
    expect(new Set((await columnOrder('lead', 'stage', 'CONTACTED')).map((r) => r.position)).size).toBe(leadsBefore.length - 3);

    await dataSource.runMigrations({ transaction: 'each' });
    expect(await dataSource.showMigrations()).toBe(false);

    const leadsAfter = await columnOrder('lead', 'stage', 'CONTACTED');
    expect(leadsAfter.map((r) => r.id)).toEqual(leadsBefore);
    expect(new Set(leadsAfter.map((r) => r.position)).size).toBe(leadsAfter.length);
    const tasksAfter = await columnOrder('marketing_task', 'status', 'TODO');
    expect(tasksAfter.map((r) => r.id)).toEqual(tasksBefore);
    expect(new Set(tasksAfter.map((r) => r.position)).size).toBe(tasksAfter.length);
    // The lowest id of each run kept its key.
    expect(leadsAfter.find((r) => r.id === Math.min(leads[1].id, leads[2].id, leads[3].id))?.position).toBe(leads[1].position);

    // From now on the database refuses a second card on one key, archived or not.
    await expect(share('lead', [leads[2].id], leadsAfter[0].position)).rejects.toThrow();
    await expect(share('marketing_task', [tasks[1].id], tasksAfter[0].position)).rejects.toThrow();
  });
});
