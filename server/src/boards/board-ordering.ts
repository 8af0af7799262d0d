/**
 * Card order on any board: a fractional-index key per card, unique within its column (a unique index on
 * the column field and the key), read from the database rather than trusted from the client.
 *
 * Writes that place a card in a column take turns on that column: each first locks the column's row in
 * `board_column_lock` (MySQL; SQLite's transactions take turns already), so the keys it reads are the
 * ones the writer before it committed, and two cards dropped into one gap at once get two keys. A card
 * lands between the card it was dropped below (`afterId`) and the one it was dropped above
 * (`beforeId`); a neighbour no longer in that column, or outside the mover's reach, is ignored and the
 * gap found from the other one, so that naming one tells nothing about where it lies. The gap runs to
 * the next key of any card in the column, archived ones included: they keep their keys.
 */
import type { EntityManager } from 'typeorm';
import { positionBetween } from '@prospek/shared';
import type { Dialect } from '../db/sql.js';
import { BoardColumnLock } from './board-column-lock.entity.js';
import type { BoardTable, Reach } from './board-table.js';

export interface LockColumnOptions {
  /**
   * The transaction read other rows before taking the lock (a card placed as part of another change).
   * On MySQL its snapshot may then predate the writer before it, so keys are read as current reads.
   * Without this flag the lock must be the transaction's first read, which keeps key reads plain.
   */
  nested?: boolean;
}

/**
 * Takes the column's turn for the rest of the transaction and returns its order. Call it before
 * reading anything else in the transaction, or pass `nested`.
 */
export async function lockColumn(
  manager: EntityManager,
  dialect: Dialect,
  board: BoardTable,
  column: string,
  options: LockColumnOptions = {},
): Promise<ColumnOrder> {
  const q = dialect.id;
  const select = `SELECT ${q('board')} FROM ${q('board_column_lock')} WHERE ${q('board')} = ? AND ${q('columnKey')} = ?${dialect.forUpdate}`;
  const rows: unknown[] = await manager.query(select, [board.board, column]);
  if (rows.length === 0) {
    // A column no migration listed: its lock row is made on first use (a duplicate means a racing writer made it).
    await manager.createQueryBuilder().insert().into(BoardColumnLock).values({ board: board.board, columnKey: column }).orIgnore().execute();
    await manager.query(select, [board.board, column]);
  }
  return new ColumnOrder(manager, dialect, board, column, options.nested ? dialect.forUpdate : '');
}

/** The keys of one column whose turn the transaction holds. */
export class ColumnOrder {
  constructor(
    private readonly manager: EntityManager,
    private readonly dialect: Dialect,
    private readonly board: BoardTable,
    readonly column: string,
    /** Appended to key reads: a current read when the transaction's snapshot may be older than the lock. */
    private readonly readSuffix: string,
  ) {}

  /** The key for `movingId` dropped between two visible cards of the column (either may be null). */
  async between(movingId: number, afterId: number | null, beforeId: number | null, reach: Reach): Promise<string> {
    const { manager, board } = this;
    const q = this.dialect.id;
    const a = board.alias;
    const ids = [afterId, beforeId].filter((id): id is number => id !== null && id !== movingId);
    const neighbours: Array<{ id: number | string; position: string }> =
      ids.length === 0
        ? []
        : await manager.query(
            `SELECT ${a}.${q('id')}, ${a}.${q('position')} FROM ${q(board.table)} ${a} WHERE ${a}.${q('id')} IN (${ids.map(() => '?').join(', ')}) ` +
              `AND ${a}.${q(board.columnField)} = ? AND ${a}.${q(board.archivedField)} IS NULL AND (${reach.sql})${this.readSuffix}`,
            [...ids, this.column, ...reach.params],
          );
    const positionOf = (id: number | null) => neighbours.find((n) => Number(n.id) === id)?.position ?? null;
    const above = positionOf(afterId);
    const below = positionOf(beforeId);
    // Up to the very next key after the card above, whichever card holds it: hidden and archived cards
    // keep their keys, and a card above that now sits below the other neighbour is still the one named.
    if (above !== null) return positionBetween(above, await this.next(above, 'after', movingId));
    if (below !== null) return positionBetween(await this.next(below, 'before', movingId), below);
    return positionBetween(null, await this.next(null, 'after', movingId));
  }

  /** The key above every card of the column, for a new card. */
  async top(): Promise<string> {
    return positionBetween(null, await this.next(null, 'after', null));
  }

  /** The key of the last card of the column, for cards added at its end (an import). */
  async bottom(): Promise<string | null> {
    return this.next(null, 'before', null);
  }

  /** The closest key after (or before) `from` in the column, other than the moving card's; from the end when null. */
  private async next(from: string | null, direction: 'after' | 'before', movingId: number | null): Promise<string | null> {
    const q = this.dialect.id;
    const conditions = [`${q(this.board.columnField)} = ?`];
    const params: unknown[] = [this.column];
    if (movingId !== null) {
      conditions.push(`${q('id')} <> ?`);
      params.push(movingId);
    }
    if (from !== null) {
      conditions.push(`${q('position')} ${direction === 'after' ? '>' : '<'} ?`);
      params.push(from);
    }
    const rows: Array<{ position: string }> = await this.manager.query(
      `SELECT ${q('position')} FROM ${q(this.board.table)} WHERE ${conditions.join(' AND ')} ` +
        `ORDER BY ${q('position')} ${direction === 'after' ? 'ASC' : 'DESC'} LIMIT 1${this.readSuffix}`,
      params,
    );
    return rows[0]?.position ?? null;
  }
}
