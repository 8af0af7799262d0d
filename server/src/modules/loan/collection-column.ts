/** Where a loan's collection case belongs: a pure rule shared by the per-posting engine and the nightly chunks. */
import type { CollectionColumn, PromiseStatus } from '@prospek/shared';

export interface Cause {
  /** A promise was recorded just now. */
  promised: boolean;
  /** A promise turned broken in this step. */
  newlyBroken: boolean;
}

/**
 * The column a loan's case belongs in: none without arrears and no case; RESOLVED once arrears clear;
 * opened (or reopened) in NEW, or PROMISED / BROKEN_PROMISE as its latest promise stands; moved to
 * PROMISED by a new promise and to BROKEN_PROMISE by a broken one; out of BROKEN_PROMISE when a
 * back-dated payment turns that promise kept. Otherwise where the officer put it.
 */
export function caseColumn(current: CollectionColumn | null, inArrears: boolean, latest: PromiseStatus | null, cause: Cause): CollectionColumn | null {
  if (!inArrears) return current === null ? null : 'RESOLVED';
  if (current === null || current === 'RESOLVED') {
    if (latest === 'PENDING') return 'PROMISED';
    return current === null && latest === 'BROKEN' && cause.newlyBroken ? 'BROKEN_PROMISE' : 'NEW';
  }
  if (cause.promised) return 'PROMISED';
  if (cause.newlyBroken) return 'BROKEN_PROMISE';
  if (current === 'BROKEN_PROMISE' && latest !== 'BROKEN') return latest === 'PENDING' ? 'PROMISED' : 'CONTACTED';
  return current;
}
