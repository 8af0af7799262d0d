/**
 * Collection work: the columns of the collection board and how a promise to pay is judged against the
 * ledger. The posting engine and any page that explains a promise use the same rule.
 */

/** The collection board's columns, in the order it shows them. */
export const COLLECTION_COLUMNS = ['NEW', 'CONTACTED', 'PROMISED', 'BROKEN_PROMISE', 'RESTRUCTURE_REQUESTED', 'RESOLVED'] as const;
export type CollectionColumn = (typeof COLLECTION_COLUMNS)[number];

export const PROMISE_STATUSES = ['PENDING', 'KEPT', 'BROKEN'] as const;
export type PromiseStatus = (typeof PROMISE_STATUSES)[number];

export interface PromiseTerms {
  /** The business day the promise was made: payments from that day on count. */
  madeOn: string;
  promisedDate: string;
  /** Minor units (sen). */
  amount: bigint;
}

export interface PromiseOutcome {
  status: PromiseStatus;
  /** The value date of the payment that completed it (KEPT), or the day after the promised date (BROKEN). */
  resolvedOn: string | null;
}

/**
 * A promise is kept when the standing payments valued from the day it was made up to the promised date
 * add up to the promised amount; broken once the business date is past the promised date without that;
 * pending otherwise. Only value dates count, so a back-dated payment can turn a broken promise kept.
 */
export function promiseOutcome(promise: PromiseTerms, payments: ReadonlyArray<{ amount: bigint; valueDate: string }>, asOf: string): PromiseOutcome {
  const counted = payments
    .filter((p) => p.valueDate >= promise.madeOn && p.valueDate <= promise.promisedDate)
    .sort((a, b) => (a.valueDate < b.valueDate ? -1 : a.valueDate > b.valueDate ? 1 : 0));
  let paid = 0n;
  for (const payment of counted) {
    paid += payment.amount;
    if (paid >= promise.amount) return { status: 'KEPT', resolvedOn: payment.valueDate };
  }
  if (asOf > promise.promisedDate) return { status: 'BROKEN', resolvedOn: nextDay(promise.promisedDate) };
  return { status: 'PENDING', resolvedOn: null };
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
