import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Card order on a board is a fractional-index key: a string that sorts between its neighbours, so a
 * move rewrites one row. Keys are case-sensitive (stored with a binary collation on MySQL).
 * `above` is the key of the card above the new place (null at the top); `below` the card under it.
 */
export function positionBetween(above: string | null, below: string | null): string {
  if (above !== null && below !== null && above >= below) {
    // Neighbours seen out of order (a concurrent move): place right after the card above.
    return generateKeyBetween(above, null);
  }
  return generateKeyBetween(above, below);
}

/** `count` keys in order, for seeding and bulk inserts at the end of a column. */
export function positionsAfter(last: string | null, count: number): string[] {
  return generateNKeysBetween(last, null, count);
}

/** `count` keys in order strictly between two keys (either may be null for an open end). */
export function positionsBetween(above: string | null, below: string | null, count: number): string[] {
  return generateNKeysBetween(above, below, count);
}

/** Byte-wise comparison, the order the database keeps with a binary collation. */
export function comparePositions(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
