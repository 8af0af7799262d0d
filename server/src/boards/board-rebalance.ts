/**
 * Keys grow when cards keep being dropped into one gap: each drop halves it, and a key gains a
 * character every few drops. Before they outgrow their column (64 characters), a background job
 * rewrites the keys of such a column evenly spaced, in the order they had, in one transaction, and
 * announces it as one event (`board-rebalanced`): boards showing the column read it again.
 *
 * The rewrite takes the column's turn first, like any write that places a card, so no card is placed
 * in it meanwhile. Archived cards keep keys too (the unique index counts them), so they are rewritten
 * with the others and keep their place.
 */
import type { EntityManager } from 'typeorm';
import { positionsAfter } from '@prospek/shared';
import type { Dialect } from '../db/sql.js';
import type { TransactionRunner } from '../db/transaction.js';
import type { BoardTable } from './board-table.js';
import { lockColumn } from './board-ordering.js';

/** A column whose longest key is longer than this is rewritten; keys are at most 64 characters. */
export const REBALANCE_KEY_LENGTH = 32;

/** Rows per UPDATE statement when keys are rewritten. */
const BATCH = 200;

/** The columns of a board holding a key longer than `threshold`. */
export async function longKeyColumns(manager: EntityManager, dialect: Dialect, board: BoardTable, threshold = REBALANCE_KEY_LENGTH): Promise<string[]> {
  const q = dialect.id;
  const rows: Array<{ columnKey: string }> = await manager.query(
    `SELECT ${q(board.columnField)} AS ${q('columnKey')} FROM ${q(board.table)} WHERE LENGTH(${q('position')}) > ? GROUP BY ${q(board.columnField)}`,
    [threshold],
  );
  return rows.map((row) => row.columnKey);
}

/**
 * Rewrites one column's keys evenly spaced in the caller's transaction, which must not have read
 * anything yet. Returns how many cards got new keys: none when no key is past `threshold` any more
 * (another instance, or a run before, did it).
 */
export async function rebalanceColumn(
  manager: EntityManager,
  dialect: Dialect,
  board: BoardTable,
  column: string,
  threshold = REBALANCE_KEY_LENGTH,
): Promise<number> {
  await lockColumn(manager, dialect, board, column);
  const q = dialect.id;
  // Current reads, holding the rows: a card moved out of the column meanwhile is either waited for or gone.
  const rows: Array<{ id: number | string; position: string }> = await manager.query(
    `SELECT ${q('id')}, ${q('position')} FROM ${q(board.table)} WHERE ${q(board.columnField)} = ? ORDER BY ${q('position')}, ${q('id')}${dialect.forUpdate}`,
    [column],
  );
  if (!rows.some((row) => row.position.length > threshold)) return 0;
  const ids = rows.map((row) => Number(row.id));
  // Two passes, since MySQL checks the unique key row by row: first a spelling no key has ('~' sorts
  // after every key character), then the new keys, which then meet no old one.
  await writeKeys(manager, dialect, board, ids, (id) => `~${id}`);
  const keys = positionsAfter(null, ids.length);
  await writeKeys(manager, dialect, board, ids, (_id, i) => keys[i]);
  return ids.length;
}

async function writeKeys(manager: EntityManager, dialect: Dialect, board: BoardTable, ids: number[], keyOf: (id: number, i: number) => string): Promise<void> {
  const q = dialect.id;
  const stamp = board.updatedField ? `, ${q(board.updatedField)} = ${q(board.updatedField)}` : '';
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    const cases = batch.map(() => 'WHEN ? THEN ?').join(' ');
    await manager.query(
      `UPDATE ${q(board.table)} SET ${q('position')} = CASE ${q('id')} ${cases} END${stamp} WHERE ${q('id')} IN (${batch.map(() => '?').join(', ')})`,
      [...batch.flatMap((id, i) => [id, keyOf(id, start + i)]), ...batch],
    );
  }
}

/**
 * The background job: every column of these boards with keys past the threshold, each rewritten in a
 * transaction of its own that announces it after commit. Returns how many columns were rewritten.
 */
export async function rebalanceLongKeys(
  manager: EntityManager,
  transactions: TransactionRunner,
  dialect: Dialect,
  boards: readonly BoardTable[],
  threshold = REBALANCE_KEY_LENGTH,
): Promise<number> {
  let rewritten = 0;
  for (const board of boards) {
    for (const column of await longKeyColumns(manager, dialect, board, threshold)) {
      const cards = await transactions.run(async (tx) => {
        const count = await rebalanceColumn(tx.manager, dialect, board, column, threshold);
        if (count > 0) tx.emit({ kind: 'board-rebalanced', board: board.board, column });
        return count;
      });
      if (cards > 0) rewritten++;
    }
  }
  return rewritten;
}
