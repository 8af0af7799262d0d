/**
 * The versioned one-row move every board shares: take the target column's turn, load the card as its
 * module allows (locked, in reach, changeable), refuse a stale version with the card as it is, and
 * find its new key between the neighbours it was dropped between. The module then applies its own
 * rules (gates, WIP limits, side effects) and writes with `writeVersioned`; the transaction runner
 * publishes the event after commit.
 */
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Dialect } from '../db/sql.js';
import type { BoardDefinition } from './board.js';
import type { Reach } from './board-table.js';
import { lockColumn } from './board-ordering.js';

export interface MoveRequest<Column extends string> {
  id: number;
  column: Column;
  afterId: number | null;
  beforeId: number | null;
  expectedVersion: number;
}

export interface MoveSteps<Card extends { version: number }> {
  /** The card, locked for the transaction; throws NOT_FOUND or FORBIDDEN as the module rules. */
  load(): Promise<Card>;
  /** The error for a stale version, carrying the card as it is now. */
  conflict(current: Card): Promise<Error>;
  /** The cards the mover may see: neighbours outside it are ignored. */
  reach: Reach;
}

/** Checks the version and places the card; returns the card as it was and its new key. */
export async function moveOnBoard<Column extends string, Card extends { version: number }>(
  manager: EntityManager,
  dialect: Dialect,
  board: BoardDefinition<Column, never>,
  move: MoveRequest<Column>,
  steps: MoveSteps<Card>,
): Promise<{ before: Card; position: string }> {
  // The column's turn first, before any read, so that the keys read next are the latest committed.
  const order = await lockColumn(manager, dialect, board, move.column);
  const before = await steps.load();
  if (before.version !== move.expectedVersion) throw await steps.conflict(before);
  const position = await order.between(move.id, move.afterId, move.beforeId, steps.reach);
  return { before, position };
}

/**
 * `UPDATE … SET values WHERE id = ? AND version = ?`: true when the row had that version (TypeORM
 * bumps it), false when another write got there first.
 */
export async function writeVersioned<Entity extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<Entity>,
  id: number,
  expectedVersion: number,
  values: Partial<Entity>,
): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set(values)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  return result.affected === 1;
}
