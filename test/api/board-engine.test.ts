/**
 * The board engine's rules, run against both live boards: the pipeline (leads) and the marketing task
 * board. Ordering keys, version checks, conflicts and live events behave the same on each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardName } from '@prospek/shared';
import { databaseTargets } from '../helpers/databases.js';
import { uniquePhone } from '../helpers/leads.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { GraphQLResult, TestServer } from '../helpers/server.js';
import { joinBoard } from '../helpers/sockets.js';

interface Card {
  id: string;
  position: string;
  version: number;
}

interface BoardCase {
  board: BoardName;
  from: string;
  to: string;
  actor: string;
  watcher: string;
  create(server: TestServer, token: string, title: string): Promise<Card>;
  move(
    server: TestServer,
    token: string,
    input: { id: string; column: string; afterId?: string | null; beforeId?: string | null; expectedVersion: number },
  ): Promise<GraphQLResult>;
  column(server: TestServer, token: string, column: string): Promise<Card[]>;
}

const leads: BoardCase = {
  board: 'leads',
  from: 'NEW',
  to: 'CONTACTED',
  actor: 'officer1@prospek.test',
  watcher: 'manager@prospek.test',
  async create(server, token, title) {
    return expectData(
      await server.gql<{ createLead: Card }>(
        `mutation($i: CreateLeadInput!) { createLead(input: $i) { id position version } }`,
        { i: { fullName: title, source: 'EVENT', estimatedAmount: '1000000.00', phone: uniquePhone() } },
        { token },
      ),
    ).createLead;
  },
  move: (server, token, input) =>
    server.gql(
      `mutation($i: MoveLeadInput!) { moveLead(input: $i) { id version } }`,
      {
        i: { id: input.id, stage: input.column, afterId: input.afterId ?? null, beforeId: input.beforeId ?? null, expectedVersion: input.expectedVersion },
      },
      { token },
    ),
  async column(server, token, column) {
    return expectData(
      await server.gql<{ leadColumn: { cards: Card[] } }>(
        `query($s: LeadStage!) { leadColumn(stage: $s, first: 100) { cards { id position version } } }`,
        { s: column },
        { token },
      ),
    ).leadColumn.cards;
  },
};

const tasks: BoardCase = {
  board: 'tasks',
  from: 'TODO',
  to: 'DONE',
  actor: 'marketing@prospek.test',
  watcher: 'manager@prospek.test',
  async create(server, token, title) {
    return expectData(
      await server.gql<{ createTask: Card }>(`mutation($i: TaskFieldsInput!) { createTask(input: $i) { id position version } }`, { i: { title } }, { token }),
    ).createTask;
  },
  move: (server, token, input) =>
    server.gql(
      `mutation($i: MoveTaskInput!) { moveTask(input: $i) { task { id version } warning } }`,
      {
        i: { id: input.id, status: input.column, afterId: input.afterId ?? null, beforeId: input.beforeId ?? null, expectedVersion: input.expectedVersion },
      },
      { token },
    ),
  async column(server, token, column) {
    return expectData(
      await server.gql<{ taskColumn: { cards: Card[] } }>(
        `query($s: TaskStatus!) { taskColumn(status: $s, first: 100) { cards { id position version } } }`,
        { s: column },
        { token },
      ),
    ).taskColumn.cards;
  },
};

describe.each(databaseTargets)('board engine on $kind', (target) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(target);
  });
  afterAll(() => server?.close());

  describe.each([leads, tasks])('the $board board', (b) => {
    it('places new cards on top, keeps moves in order after a reload, and tells a watcher with versions', async () => {
      const [token, watcherToken] = await Promise.all([server.login(b.actor), server.login(b.watcher)]);
      const watcher = await joinBoard(server.url, watcherToken, b.board);
      try {
        const first = await b.create(server, token, 'Kartu satu');
        const second = await b.create(server, token, 'Kartu dua');
        const third = await b.create(server, token, 'Kartu tiga');
        const top3 = (await b.column(server, token, b.from)).slice(0, 3).map((c) => c.id);
        expect(top3).toEqual([third.id, second.id, first.id]);
        expect((await watcher.next((e) => e.type === 'created' && e.card.id === third.id)).version).toBe(1);

        // Within the column: the top card goes between the other two.
        expectData(await b.move(server, token, { id: third.id, column: b.from, afterId: second.id, beforeId: first.id, expectedVersion: third.version }));
        expect((await b.column(server, token, b.from)).slice(0, 3).map((c) => c.id)).toEqual([second.id, third.id, first.id]);
        // Across columns, to the top of the other one.
        expectData(await b.move(server, token, { id: first.id, column: b.to, expectedVersion: first.version }));
        expect((await b.column(server, token, b.to))[0].id).toBe(first.id);
        const moved = await watcher.next((e) => e.type === 'moved' && e.card.id === first.id);
        expect(moved.version).toBe(first.version + 1);
      } finally {
        watcher.close();
      }
    });

    it('lets one of two concurrent moves at the same version through and answers the other CONFLICT with the card', async () => {
      const token = await server.login(b.actor);
      const card = await b.create(server, token, 'Rebutan');
      const results = await Promise.all([
        b.move(server, token, { id: card.id, column: b.to, expectedVersion: card.version }),
        b.move(server, token, { id: card.id, column: b.from, afterId: null, expectedVersion: card.version }),
      ]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      const conflict = results.find((r) => r.errors)!;
      expect(errorCode(conflict)).toBe('CONFLICT');
      expect(conflict.errors?.[0].extensions?.current).toMatchObject({ id: card.id, version: card.version + 1 });
      expect(errorCode(await b.move(server, token, { id: '999999', column: b.to, expectedVersion: 1 }))).toBe('NOT_FOUND');
    });
  });
});
