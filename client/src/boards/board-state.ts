/**
 * The board engine's state changes as pure functions: where a card goes, what an event does to the
 * columns, and how an optimistic move is applied and undone. Both live boards (leads, tasks) use them.
 */
import { comparePositions, positionBetween } from '@prospek/shared';
import type { BoardEventType } from '@prospek/shared';

export interface BoardCard {
  id: string;
  position: string;
  version: number;
}

export interface ColumnState<S extends string, C extends BoardCard, M> {
  stage: S;
  cards: C[];
  /** Matching cards in the column on the server, loaded or not. */
  count: number;
  meta: M;
  hasMore: boolean;
  endCursor: string | null;
  loadingMore: boolean;
}

/** What a board needs to know about its cards beyond id, position and version. */
export interface BoardRules<S extends string, C extends BoardCard, M> {
  stageOf(card: C): S;
  withPlace(card: C, stage: S, position: string): C;
  /** Whether the card belongs on the board under the current filter. */
  matches(card: C): boolean;
  /** The column summary with `card` added (sign 1) or taken away (sign -1). */
  adjustMeta(meta: M, card: C, sign: 1 | -1, stage: S): M;
}

export type Columns<S extends string, C extends BoardCard, M> = Array<ColumnState<S, C, M>>;

const byPlace = (a: BoardCard, b: BoardCard) =>
  comparePositions(a.position, b.position) || Number(a.id) - Number(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function findCard<S extends string, C extends BoardCard, M>(columns: Columns<S, C, M>, id: string) {
  for (const column of columns) {
    const index = column.cards.findIndex((c) => c.id === id);
    if (index >= 0) return { column, index, card: column.cards[index] };
  }
  return null;
}

function columnOf<S extends string, C extends BoardCard, M>(columns: Columns<S, C, M>, stage: S) {
  const column = columns.find((c) => c.stage === stage);
  if (!column) throw new Error(`No column ${stage}`);
  return column;
}

/**
 * Puts `card` in order. A card that sorts after the last loaded one of a column with more to load
 * belongs to the part not loaded yet, and is left out (it arrives when the column pages on).
 */
export function placeCard<S extends string, C extends BoardCard, M>(column: ColumnState<S, C, M>, card: C): boolean {
  const last = column.cards[column.cards.length - 1];
  if (column.hasMore && last && byPlace(card, last) > 0) return false;
  let index = column.cards.findIndex((c) => byPlace(card, c) < 0);
  if (index < 0) index = column.cards.length;
  column.cards.splice(index, 0, card);
  return true;
}

/** Takes a card off the board and out of its column's count and summary. */
function takeOut<S extends string, C extends BoardCard, M>(columns: Columns<S, C, M>, rules: BoardRules<S, C, M>, id: string): C | null {
  const found = findCard(columns, id);
  if (!found) return null;
  found.column.cards.splice(found.index, 1);
  found.column.count -= 1;
  found.column.meta = rules.adjustMeta(found.column.meta, found.card, -1, found.column.stage);
  return found.card;
}

/** Puts a card in its column (if it matches the filter), counting it. */
function putIn<S extends string, C extends BoardCard, M>(columns: Columns<S, C, M>, rules: BoardRules<S, C, M>, card: C): void {
  if (!rules.matches(card)) return;
  const column = columnOf(columns, rules.stageOf(card));
  placeCard(column, card);
  column.count += 1;
  column.meta = rules.adjustMeta(column.meta, card, 1, column.stage);
}

export interface EventOutcome {
  applied: boolean;
  /** The change touched a card this board did not hold, so its totals must be read again. */
  totalsStale: boolean;
}

/** Applies a live event if it is newer than what the board holds. */
export function applyEvent<S extends string, C extends BoardCard, M>(
  columns: Columns<S, C, M>,
  rules: BoardRules<S, C, M>,
  event: { type: BoardEventType; card: C; version: number },
): EventOutcome {
  const held = findCard(columns, event.card.id);
  if (held && held.card.version >= event.version) return { applied: false, totalsStale: false };
  if (held) {
    takeOut(columns, rules, held.card.id);
    // An event carries the card's own fields; what the board read beside them (e.g. its latest offer) stays.
    if (event.type !== 'removed') putIn(columns, rules, { ...held.card, ...event.card });
    return { applied: true, totalsStale: false };
  }
  if (event.type === 'created') {
    putIn(columns, rules, event.card);
    return { applied: true, totalsStale: false };
  }
  // A card we never loaded: show it if it now falls in the loaded part; the counts need a re-read.
  if (event.type !== 'removed' && rules.matches(event.card)) placeCard(columnOf(columns, rules.stageOf(event.card)), event.card);
  return { applied: true, totalsStale: true };
}

export interface LocalMove<C> {
  before: C;
  moved: C;
  afterId: string | null;
  beforeId: string | null;
}

/**
 * Moves a card at once, before the server answers: out of its column, into `toStage` at `toIndex`
 * (an index among the target's cards once the moving card is taken out).
 */
export function moveLocally<S extends string, C extends BoardCard, M>(
  columns: Columns<S, C, M>,
  rules: BoardRules<S, C, M>,
  id: string,
  toStage: S,
  toIndex: number,
): LocalMove<C> | null {
  const found = findCard(columns, id);
  if (!found) return null;
  const before = found.card;
  takeOut(columns, rules, id);
  const target = columnOf(columns, toStage);
  const index = Math.max(0, Math.min(toIndex, target.cards.length));
  const above = target.cards[index - 1] ?? null;
  const below = target.cards[index] ?? null;
  const moved = rules.withPlace(before, toStage, positionBetween(above?.position ?? null, below?.position ?? null));
  target.cards.splice(index, 0, moved);
  target.count += 1;
  target.meta = rules.adjustMeta(target.meta, moved, 1, toStage);
  return { before, moved, afterId: above?.id ?? null, beforeId: below?.id ?? null };
}

/** Replaces the optimistic card with `card` (the server's answer, or the original to undo). */
export function settleMove<S extends string, C extends BoardCard, M>(columns: Columns<S, C, M>, rules: BoardRules<S, C, M>, card: C): void {
  takeOut(columns, rules, card.id);
  putIn(columns, rules, card);
}
