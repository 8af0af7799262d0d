/**
 * The versioned one-row writes every board shares. A move: take the target column's turn, load the card as its
 * module allows (locked, in reach, changeable), refuse a stale version with the card as it is, and
 * find its new key between the neighbours it was dropped between. The module then applies its own
 * rules (gates, WIP limits, side effects) and writes with `writeVersioned`; the transaction runner
 * publishes the event after commit.
 */
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Dialect } from '../db/sql.js';
import type { BoardDefinition } from './board.js';
import type { BoardTable, Reach } from './board-table.js';
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

export interface ArchiveRequest {
  id: number;
  /** The version the client holds, if it named one; without it the version loaded is the one written over. */
  expectedVersion?: number | null;
  /** When it is archived; null brings an archived card back, at the key it kept. */
  archivedAt: Date | null;
}

export interface ArchiveSteps<Card extends { version: number }> {
  /** The card, locked for the transaction and in reach; throws NOT_FOUND as the module rules. */
  load(): Promise<Card>;
  /** Throws FORBIDDEN (or NOT_FOUND) when the viewer may see the card but not change it. */
  mayChange(card: Card): void;
  /** The error for a stale version, carrying the card as it is now. */
  conflict(current: Card): Promise<Error>;
}

/**
 * The versioned archive (and restore) every board shares: one row write of the board's archived field,
 * the card keeping its key, so that its column's order is untouched and a restored card comes back
 * where it was. A card already so is returned as it is (`changed: false`). The event is the module's,
 * published after commit by the transaction runner.
 */
export async function archiveOnBoard<Entity extends ObjectLiteral, Card extends { version: number }>(
  manager: EntityManager,
  board: BoardTable,
  entity: EntityTarget<Entity>,
  request: ArchiveRequest,
  steps: ArchiveSteps<Card>,
): Promise<{ before: Card; changed: boolean }> {
  const before = await steps.load();
  const archived = (before as Record<string, unknown>)[board.archivedField] != null;
  if (archived === (request.archivedAt !== null)) return { before, changed: false };
  steps.mayChange(before);
  const expected = request.expectedVersion ?? before.version;
  if (before.version !== expected) throw await steps.conflict(before);
  const values = { [board.archivedField]: request.archivedAt } as Partial<Entity>;
  if (!(await writeVersioned(manager, entity, request.id, expected, values))) throw await steps.conflict(await steps.load());
  return { before, changed: true };
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
