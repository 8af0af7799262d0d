/**
 * Long keys rewritten in the background: cards dropped again and again into one gap grow its keys; the
 * scheduler's rebalancing rewrites that column's keys short and evenly spaced in one transaction, keeps
 * the order (archived cards included), and announces it as one `board:rebalanced` event, once across
 * instances' ticks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardName } from '@prospek/shared';
import { REBALANCE_KEY_LENGTH } from '../../server/src/boards/board-rebalance.js';
import { databaseTargets } from '../helpers/databases.js';
import { ARCHIVE, createLead, growKeysInOneGap, moveLead } from '../helpers/leads.js';
import type { Card } from '../helpers/leads.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { joinBoard } from '../helpers/sockets.js';
import type { Listener } from '../helpers/sockets.js';

describe.each(databaseTargets)('rebalancing long board keys on $kind', (target) => {
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
  /** A column as the database orders it, every card (archived ones too). */
  const columnRows = async (stage: string): Promise<Array<{ id: string; position: string }>> =>
    (
      (await server.app.dataSource.query(
        `SELECT ${q('id')}, ${q('position')} FROM ${q('lead')} WHERE ${q('stage')} = ? ORDER BY ${q('position')}, ${q('id')}`,
        [stage],
      )) as Array<{ id: number | string; position: string }>
    ).map((row) => ({ id: String(row.id), position: row.position }));

  const move = async (card: Card, afterId: string, beforeId: string | null): Promise<Card> =>
    expectData(await moveLead(server, manager, { id: card.id, stage: 'NEW', afterId, beforeId, expectedVersion: card.version })).moveLead as Card;

  /** A new card's event, sent after whatever the board was sent before it. */
  async function sentinel(): Promise<void> {
    const lead = await createLead(server, manager, { fullName: 'Penanda' });
    await watcher.next((e) => e.type === 'created' && e.card.id === lead.id);
  }

  // Some two hundred drops into one gap, one after another: slow on a busy machine.
  it('rewrites a column of long keys short and unique in the same order, told once to a live board', async () => {
    const { top, last: lastIn, other } = await growKeysInOneGap(server, manager, REBALANCE_KEY_LENGTH);
    // An archived card in the gap keeps its key, and its place, through the rewrite.
    const gone = await createLead(server, manager, { fullName: 'Diarsipkan Di Celah' });
    await move(gone, lastIn.id, other.id);
    expectData(await server.gql(ARCHIVE, { id: gone.id }, { token: manager }));
    const before = await columnRows('NEW');
    expect(Math.max(...before.map((row) => row.position.length))).toBeGreaterThan(REBALANCE_KEY_LENGTH);
    const at = before.findIndex((row) => row.id === top.id);
    expect(before.slice(at, at + 4).map((row) => row.id)).toEqual([top.id, lastIn.id, gone.id, other.id]);
    const keysBefore = new Map(before.map((row) => [row.id, row.position]));

    const runs = await server.app.services.scheduler.tick(new Date('2026-11-29T03:00:00Z'));
    expect(runs['board-rebalance']).toBe(1);

    const after = await columnRows('NEW');
    expect(after.map((row) => row.id)).toEqual(before.map((row) => row.id));
    expect(new Set(after.map((row) => row.position)).size).toBe(after.length);
    expect(Math.max(...after.map((row) => row.position.length))).toBeLessThanOrEqual(4);
    expect(after.some((row) => row.position !== keysBefore.get(row.id))).toBe(true);
    // Only the keys were respelled: the cards' versions did not move, so the next drop with the version
    // a board holds goes through, and lands where it was dropped.
    const moved = await move(lastIn, top.id, other.id);
    expect(moved.version).toBe(lastIn.version + 1);
    const order = (await columnRows('NEW')).map((row) => row.id);
    expect(order[order.indexOf(top.id) + 1]).toBe(lastIn.id);

    // The sentinel's event is sent after the rebalancing's, on the same connection: exactly one was sent.
    await sentinel();
    expect(rebalanced).toEqual([{ board: 'leads', column: 'NEW' }]);

    // The next minute finds nothing long and tells no one.
    const again = await server.app.services.scheduler.tick(new Date('2026-11-29T03:01:00Z'));
    expect(again['board-rebalance']).toBe(0);
    await sentinel();
    expect(rebalanced).toHaveLength(1);
  }, 120_000);
});
