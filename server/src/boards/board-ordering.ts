/**
 * Card order on any board: a fractional-index key per card, read from the database rather than trusted
 * from the client. A card lands between the card it was dropped below (`afterId`) and the one it was
 * dropped above (`beforeId`); a neighbour no longer in that column is ignored and the gap found from
 * the other one. A neighbour outside the mover's reach is ignored the same way, so that naming one
 * tells nothing about where it lies. Both live boards (leads, marketing tasks) order their cards through this.
 */
import type { EntityManager } from 'typeorm';
import { positionBetween } from '@prospek/shared';
import type { Dialect } from '../db/sql.js';

/**
 * Where a board keeps its cards: the table, the column that names the card's column, and archiving;
 * `alias` is the table alias the access conditions of scope.ts are written over.
 */
export interface BoardTable {
  table: string;
  alias: string;
  columnField: string;
  archivedField: string;
}

export const LEAD_TABLE: BoardTable = { table: 'lead', alias: 'l', columnField: 'stage', archivedField: 'archivedAt' };
export const TASK_TABLE: BoardTable = { table: 'marketing_task', alias: 't', columnField: 'status', archivedField: 'archivedAt' };

export async function positionForMove(
  manager: EntityManager,
  dialect: Dialect,
  board: BoardTable,
  column: string,
  movingId: number,
  afterId: number | null,
  beforeId: number | null,
  reach: { sql: string; params: unknown[] },
): Promise<string> {
  const q = dialect.id;
  const a = board.alias;
  const ids = [afterId, beforeId].filter((id): id is number => id !== null && id !== movingId);
  const neighbours: Array<{ id: number | string; position: string }> =
    ids.length === 0
      ? []
      : await manager.query(
          `SELECT ${a}.${q('id')}, ${a}.${q('position')} FROM ${q(board.table)} ${a} WHERE ${a}.${q('id')} IN (${ids.map(() => '?').join(', ')}) ` +
            `AND ${a}.${q(board.columnField)} = ? AND ${a}.${q(board.archivedField)} IS NULL AND (${reach.sql})`,
          [...ids, column, ...reach.params],
        );
  const positionOf = (id: number | null) => neighbours.find((n) => Number(n.id) === id)?.position ?? null;
  const above = positionOf(afterId);
  const below = positionOf(beforeId);
  if (above !== null && below !== null) return positionBetween(above, below);
  if (above !== null) return positionBetween(above, await nextPosition(manager, dialect, board, column, movingId, above, 'after'));
  if (below !== null) return positionBetween(await nextPosition(manager, dialect, board, column, movingId, below, 'before'), below);
  return positionBetween(null, await nextPosition(manager, dialect, board, column, movingId, null, 'after'));
}

/** The key of the closest other card after (or before) `from` in the column; from the top when null. */
async function nextPosition(
  manager: EntityManager,
  dialect: Dialect,
  board: BoardTable,
  column: string,
  movingId: number,
  from: string | null,
  direction: 'after' | 'before',
): Promise<string | null> {
  const q = dialect.id;
  const comparison = from === null ? '' : ` AND ${q('position')} ${direction === 'after' ? '>' : '<'} ?`;
  const rows: Array<{ position: string }> = await manager.query(
    `SELECT ${q('position')} FROM ${q(board.table)} WHERE ${q(board.columnField)} = ? AND ${q(board.archivedField)} IS NULL AND ${q('id')} <> ?${comparison} ` +
      `ORDER BY ${q('position')} ${direction === 'after' ? 'ASC' : 'DESC'} LIMIT 1`,
    from === null ? [column, movingId] : [column, movingId, from],
  );
  return rows[0]?.position ?? null;
}

/** The key above every card of a column, for a new card. */
export async function topPosition(manager: EntityManager, dialect: Dialect, board: BoardTable, column: string): Promise<string> {
  const q = dialect.id;
  const rows: Array<{ position: string }> = await manager.query(
    `SELECT ${q('position')} FROM ${q(board.table)} WHERE ${q(board.columnField)} = ? AND ${q(board.archivedField)} IS NULL ORDER BY ${q('position')} LIMIT 1`,
    [column],
  );
  return positionBetween(null, rows[0]?.position ?? null);
}

/** The key below every card of a column, for cards added at the end (an import). */
export async function bottomPosition(manager: EntityManager, dialect: Dialect, board: BoardTable, column: string): Promise<string | null> {
  const q = dialect.id;
  const rows: Array<{ position: string }> = await manager.query(
    `SELECT ${q('position')} FROM ${q(board.table)} WHERE ${q(board.columnField)} = ? ORDER BY ${q('position')} DESC LIMIT 1`,
    [column],
  );
  return rows[0]?.position ?? null;
}
