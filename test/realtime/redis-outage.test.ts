/**
 * No live event lost silently when Redis goes away: two instances share a Redis of the test's own; a
 * client on one keeps moving cards while boards on both watch. Redis is killed and started again on
 * its port under that load. Each watching board is kept as the client engine keeps it (events applied
 * when newer, the board read again on `board:refresh` with what it hears meanwhile applied over it);
 * once everything has settled, no board differs from the server's.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_STAGES } from '@prospek/shared';
import type { BoardEvent, LeadStage } from '@prospek/shared';
import { applyEvent } from '../../client/src/boards/board-state.js';
import type { BoardRules, ColumnState } from '../../client/src/boards/board-state.js';
import { databaseTargets } from '../helpers/databases.js';
import type { TestDatabase } from '../helpers/databases.js';
import { createLead, moveLead } from '../helpers/leads.js';
import type { Card } from '../helpers/leads.js';
import { OwnRedis, redisServerBinary, until } from '../helpers/own-redis.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { joinBoard } from '../helpers/sockets.js';
import type { Listener } from '../helpers/sockets.js';

const mysql = databaseTargets.find((t) => t.kind === 'mysql');
if (!redisServerBinary && process.env.REQUIRE_REDIS === '1') throw new Error('REQUIRE_REDIS=1 but redis-server is not installed');
if (!redisServerBinary) console.log('Skipping the Redis outage board test: redis-server is not installed');

const READ = `query($perColumn: Int) { leadBoard(perColumn: $perColumn) { columns { stage count hasMore endCursor cards { id stage position version } } } }`;

interface HeldCard {
  id: string;
  stage: LeadStage;
  position: string;
  version: number;
}
type Columns = Array<ColumnState<LeadStage, HeldCard, null>>;

const rules: BoardRules<LeadStage, HeldCard, null> = {
  stageOf: (card) => card.stage,
  withPlace: (card, stage, position) => ({ ...card, stage, position }),
  matches: () => true,
  adjustMeta: () => null,
};

async function readBoard(server: TestServer, token: string): Promise<Columns> {
  const { leadBoard } = expectData(
    await server.gql<{ leadBoard: { columns: Array<Omit<ColumnState<LeadStage, HeldCard, null>, 'meta' | 'loadingMore'>> } }>(
      READ,
      { perColumn: 100 },
      { token },
    ),
  );
  return leadBoard.columns.map((column) => ({ ...column, meta: null, loadingMore: false }));
}

/** What a board shows: each column's cards in order, with the key and version each is held at. */
const shown = (columns: Columns) =>
  columns.map((column) => ({ stage: column.stage, cards: column.cards.map(({ id, stage, position, version }) => ({ id, stage, position, version })) }));

/**
 * A board as `useBoard` keeps one: read once, then every event applied if newer; on `board:refresh`
 * (or a rewritten column) read again, the events heard during the read applied over what it returned.
 */
class WatchingBoard {
  columns: Columns = [];
  refreshes = 0;
  private sequence = 0;
  private heardDuringLoad: BoardEvent[] | null = null;
  private loading: Promise<void> = Promise.resolve();

  private constructor(
    readonly name: string,
    private readonly server: TestServer,
    readonly token: string,
    readonly listener: Listener<'leads'>,
  ) {
    listener.socket.on('board:event', (event) => {
      this.heardDuringLoad?.push(event);
      this.apply(event);
    });
    listener.socket.on('board:refresh', ({ board }) => {
      if (board !== 'leads') return;
      this.refreshes += 1;
      this.load();
    });
    listener.socket.on('board:rebalanced', ({ board }) => {
      if (board === 'leads') this.load();
    });
  }

  static async open(name: string, server: TestServer, token: string): Promise<WatchingBoard> {
    const board = new WatchingBoard(name, server, token, await joinBoard(server.url, token));
    board.load();
    await board.settled();
    return board;
  }

  private apply(event: BoardEvent): void {
    if (this.columns.length > 0) applyEvent(this.columns, rules, event as unknown as { type: BoardEvent['type']; card: HeldCard; version: number });
  }

  private load(): void {
    const sequence = ++this.sequence;
    this.heardDuringLoad ??= [];
    this.loading = (async () => {
      const loaded = await readBoard(this.server, this.token);
      if (sequence !== this.sequence) return;
      this.columns = loaded;
      for (const event of this.heardDuringLoad ?? []) this.apply(event);
      this.heardDuringLoad = null;
    })();
  }

  /** Resolves once no read of the board is in flight. */
  async settled(): Promise<void> {
    let current: Promise<void>;
    do {
      current = this.loading;
      await current;
    } while (current !== this.loading);
  }
}

async function healthz(url: string): Promise<{ status: number; redis: string }> {
  const response = await fetch(`${url}/healthz`);
  const body = (await response.json()) as { checks: { redis: string } };
  return { status: response.status, redis: body.checks.redis };
}

describe.runIf(mysql && redisServerBinary)('live boards on two instances through a Redis restart', () => {
  let redis: OwnRedis;
  let database: TestDatabase;
  let first: TestServer;
  let second: TestServer;
  const boards: WatchingBoard[] = [];

  beforeAll(async () => {
    redis = await OwnRedis.start();
    database = await mysql!.create();
    const settings = { redisUrl: redis.url, redisPrefix: `prospek-outage-${randomBytes(4).toString('hex')}` };
    [first, second] = await Promise.all([startServer({ database }, settings), startServer({ database }, settings)]);
  });
  afterAll(async () => {
    for (const board of boards) board.listener.close();
    await first?.close();
    await second?.close();
    await database?.drop();
    await redis?.stop();
  });

  it('leaves no board out of sync after Redis is killed and restarted under a steady load of moves', async () => {
    const mover = await first.login('manager@prospek.test');
    const officer = await first.login('officer1@prospek.test');
    const cards: Card[] = [];
    for (let i = 0; i < 12; i++) cards.push(await createLead(first, officer, { fullName: `Beban ${i}` }));

    // Boards of three people on the second instance, and one on the first.
    for (const [name, server, email] of [
      ['admin on the second', second, 'admin@prospek.test'],
      ['manager on the second', second, 'manager@prospek.test'],
      ['officer on the second', second, 'officer1@prospek.test'],
      ['manager on the first', first, 'manager@prospek.test'],
    ] as const) {
      boards.push(await WatchingBoard.open(name, server, await server.login(email)));
    }

    // Moves one after another, each card in turn to the next stage before the committee (which asks for
    // an accepted offer), under a card of the load.
    const stages: readonly LeadStage[] = OPEN_STAGES.filter((stage) => stage !== 'COMMITTEE');
    let moves = 0;
    const moveSome = async (count: number, among = cards.length) => {
      for (let i = 0; i < count; i++, moves++) {
        const at = moves % among;
        const card = cards[at];
        const stage = stages[(stages.indexOf(card.stage as LeadStage) + 1) % stages.length];
        const under = cards[(at + 5) % among];
        cards[at] = expectData(await moveLead(first, mover, { id: card.id, stage, afterId: under.id, beforeId: null, expectedVersion: card.version })).moveLead;
      }
    };

    await moveSome(30);
    const refreshed = boards.map((board) => board.refreshes);
    await redis.stop('SIGKILL');
    // Once the instances have seen the connection go (at once, on a local socket), /healthz names Redis.
    await until(async () => (await healthz(first.url)).status === 503 && (await healthz(second.url)).status === 503, 'both instances see Redis gone');
    await moveSome(40);
    for (const server of [first, second]) expect(await healthz(server.url)).toEqual({ status: 503, redis: 'down' });

    await redis.start();
    // The adapters reconnect by themselves; /healthz says so once both of an instance's connections are back.
    await until(async () => (await healthz(first.url)).status === 200 && (await healthz(second.url)).status === 200, 'both instances back on Redis');
    // Only half the cards move again: the others' last change is one the outage may have swallowed.
    await moveSome(30, cards.length / 2);

    // Quiescence: a last change, heard on every board after whatever was sent before it, then no read in flight.
    const sentinel = await createLead(first, officer, { fullName: 'Penanda Akhir' });
    for (const board of boards) {
      await board.listener.next((e) => e.type === 'created' && e.card.id === sentinel.id, 10_000);
      await board.settled();
    }

    const outOfSync: string[] = [];
    for (const board of boards) {
      const truth = shown(await readBoard(first, board.token));
      if (JSON.stringify(shown(board.columns)) !== JSON.stringify(truth)) outOfSync.push(board.name);
    }
    expect(outOfSync).toEqual([]);
    // Each board was told to read itself again once its instance's subscription was back.
    expect(boards.map((board, i) => board.refreshes > refreshed[i])).toEqual([true, true, true, true]);
    expect(moves).toBe(100);
  }, 180_000);
});
