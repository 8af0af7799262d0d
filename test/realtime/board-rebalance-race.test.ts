/**
 * Background rebalancing under load: while the scheduler rewrites a column of long keys, many cards are
 * dropped into that column, each between two cards it names. Afterwards every key of the column is
 * unique, each card sits exactly where it was dropped, and a live board heard the rewrite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { positionBetween } from '@prospek/shared';
import type { BoardName } from '@prospek/shared';
import { REBALANCE_KEY_LENGTH } from '../../server/src/boards/board-rebalance.js';
import { databaseTargets } from '../helpers/databases.js';
import { createLead, moveLead } from '../helpers/leads.js';
import type { Card } from '../helpers/leads.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { joinBoard } from '../helpers/sockets.js';
import type { Listener } from '../helpers/sockets.js';

/** Cards dropped at once, each into a gap of its own between two of the column's cards. */
const DROPS = 20;
const COLUMN = 'SURVEY';

describe.each(databaseTargets)('rebalancing a column while cards are dropped into it on $kind', (target) => {
  let server: TestServer;
  let manager: string;
  let watcher: Listener;
  const rebalanced: Array<{ board: BoardName; column: string }> = [];

  beforeAll(async () => {
    server = await startServer(target);
    manager = await server.login('manager@prospek.test');
    watcher = await joinBoard(server.url, manager);
    watcher.socket.on('board:rebalanced', (payload) => rebalanced.push(payload));
  });
  afterAll(async () => {
    watcher?.close();
    await server?.close();
  });

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const columnRows = async (stage: string): Promise<Array<{ id: string; position: string }>> =>
    (
      (await server.app.dataSource.query(
        `SELECT ${q('id')}, ${q('position')} FROM ${q('lead')} WHERE ${q('stage')} = ? ORDER BY ${q('position')}, ${q('id')}`,
        [stage],
      )) as Array<{ id: number | string; position: string }>
    ).map((row) => ({ id: String(row.id), position: row.position }));
  const move = async (card: Card, stage: string, afterId: string | null, beforeId: string | null): Promise<Card> =>
    expectData(await moveLead(server, manager, { id: card.id, stage, afterId, beforeId, expectedVersion: card.version })).moveLead;

  it('keeps keys unique and every drop where it was made, and tells the board once per rewrite', async () => {
    // The column's anchors, at its end, with keys as long as many drops into one gap make them.
    const anchors: Card[] = [];
    for (let i = 0; i <= DROPS; i++) {
      const lead = await createLead(server, manager, { fullName: `Jangkar ${i}` });
      const rows = await columnRows(COLUMN);
      anchors.push(await move(lead, COLUMN, rows.at(-1)?.id ?? null, null));
    }
    const lastBefore = (await columnRows(COLUMN)).filter((row) => !anchors.some((a) => a.id === row.id)).at(-1)?.position ?? null;
    let upper = positionBetween(lastBefore, null);
    const grown: string[] = [];
    while (grown.length <= DROPS || grown[grown.length - DROPS - 1].length <= REBALANCE_KEY_LENGTH) grown.push((upper = positionBetween(lastBefore, upper)));
    const longKeys = grown.slice(-(DROPS + 1)).sort();
    expect(longKeys.every((key) => key.length > REBALANCE_KEY_LENGTH)).toBe(true);
    for (const [i, anchor] of anchors.entries()) {
      await server.app.dataSource.query(`UPDATE ${q('lead')} SET ${q('position')} = ? WHERE ${q('id')} = ?`, [longKeys[i], anchor.id]);
    }

    // The cards to drop wait in another column.
    const dropped: Card[] = [];
    for (let i = 0; i < DROPS; i++) dropped.push(await move(await createLead(server, manager, { fullName: `Jatuh ${i}` }), 'APPLICATION', null, null));

    // Card i between anchors i and i + 1, all at once, while the background job runs minute after minute.
    // The scheduler's own job, run as its ticks would (the claim of a minute aside), so that it starts at once.
    const job = server.app.services.scheduler.jobs.find((j) => j.name === 'board-rebalance')!;
    const ticks: Array<Promise<number>> = [];
    const tick = (minute: number) => ticks.push(job.run(new Date(Date.UTC(2026, 11, 7, 3, minute))));
    tick(0);
    const moves = dropped.map((card, i) => {
      if (i === DROPS / 2) tick(1);
      return move(card, COLUMN, anchors[i].id, anchors[i + 1].id);
    });
    tick(2);
    const moved = await Promise.all(moves);
    const rewrites = (await Promise.all(ticks)).reduce((sum, columns) => sum + columns, 0);
    expect(moved.map((card) => card.version)).toEqual(dropped.map((card) => card.version + 1));
    // Whatever came first, the anchors' long keys were rewritten once by one of the minutes.
    expect(rewrites).toBeGreaterThanOrEqual(1);

    const after = await columnRows(COLUMN);
    expect(new Set(after.map((row) => row.position)).size).toBe(after.length);
    const ours = new Set([...anchors, ...dropped].map((card) => card.id));
    const expected = anchors.flatMap((anchor, i) => (i < DROPS ? [anchor.id, dropped[i].id] : [anchor.id]));
    expect(after.filter((row) => ours.has(row.id)).map((row) => row.id)).toEqual(expected);
    // The board reads the same order.
    const board = expectData(
      await server.gql<{ leadColumn: { cards: Array<{ id: string }> } }>(
        `query { leadColumn(stage: ${COLUMN}, first: 100) { cards { id } } }`,
        {},
        { token: manager },
      ),
    ).leadColumn.cards;
    expect(board.map((card) => card.id).filter((id) => ours.has(id))).toEqual(expected);

    // A sentinel sent after everything: each rewrite was told to the live board, once.
    const sentinel = await createLead(server, manager, { fullName: 'Penanda' });
    await watcher.next((e) => e.type === 'created' && e.card.id === sentinel.id);
    expect(rebalanced).toEqual(Array.from({ length: rewrites }, () => ({ board: 'leads', column: COLUMN })));
  }, 120_000);
});
