/**
 * The repayment engine of a loan, without I/O. Given a schedule and every repayment that stands (not
 * reversed), it replays them in value-date order (ties broken by a stable id) and derives what each
 * paid: per installment and component (penalty, interest, principal), following the product's
 * allocation order. Because the result is a function of the set of repayments, never of the order they
 * arrived in, a back-dated payment or a reversal is handled by replaying and recording the difference.
 *
 * Money is bigint sen. Penalty (optional, per product) accrues per day on an installment's overdue
 * principal and interest, at millionths of a percent per day, rounded half-up per stretch of days
 * between two events.
 */
import { addDays, addMonths, daysBetween } from './dates.js';
import { loanSchedule } from './loan.js';
import type { LoanTerms } from './loan.js';
import { divRoundHalfUp } from './decimal.js';

export const LOAN_COMPONENTS = ['PENALTY', 'INTEREST', 'PRINCIPAL'] as const;
export type LoanComponent = (typeof LOAN_COMPONENTS)[number];

/** Which installments a step of the allocation order reaches, relative to the payment's value date. */
export const ALLOCATION_BUCKETS = ['PAST_DUE', 'DUE', 'IN_ADVANCE'] as const;
export type AllocationBucket = (typeof ALLOCATION_BUCKETS)[number];

/**
 * One step of an allocation order: the components it pays in the bucket, either installment by
 * installment (all listed components of the oldest installment, then the next) or component by
 * component across the bucket's installments (all principal, then all interest …).
 */
export interface AllocationStep {
  bucket: AllocationBucket;
  components: LoanComponent[];
  byInstallment: boolean;
}

export const ALLOCATION_PRESETS = {
  /** Past-due penalty → interest → principal installment by installment, then the installment due, then in advance. */
  INSTALLMENT_BY_INSTALLMENT: [
    { bucket: 'PAST_DUE', components: ['PENALTY', 'INTEREST', 'PRINCIPAL'], byInstallment: true },
    { bucket: 'DUE', components: ['PENALTY', 'INTEREST', 'PRINCIPAL'], byInstallment: true },
    { bucket: 'IN_ADVANCE', components: ['INTEREST', 'PRINCIPAL'], byInstallment: true },
  ],
  /** All past-due principal first, then past-due interest, then penalty; then due and in advance. */
  PRINCIPAL_FIRST: [
    { bucket: 'PAST_DUE', components: ['PRINCIPAL'], byInstallment: false },
    { bucket: 'PAST_DUE', components: ['INTEREST'], byInstallment: false },
    { bucket: 'PAST_DUE', components: ['PENALTY'], byInstallment: false },
    { bucket: 'DUE', components: ['PRINCIPAL', 'INTEREST', 'PENALTY'], byInstallment: true },
    { bucket: 'IN_ADVANCE', components: ['PRINCIPAL', 'INTEREST'], byInstallment: true },
  ],
} as const satisfies Record<string, AllocationStep[]>;
export type AllocationPreset = keyof typeof ALLOCATION_PRESETS;

export interface LedgerTerms {
  allocation: readonly AllocationStep[];
  /** Late penalty in millionths of a percent per day of the overdue installment; 0 = none. */
  penaltyMicroPercentPerDay: number;
}

export interface ScheduledInstallment {
  number: number;
  dueDate: string;
  principal: bigint;
  interest: bigint;
}

export interface LedgerPayment {
  /** Stable and unique: breaks ties between payments of one value date. */
  id: number;
  amount: bigint;
  valueDate: string;
}

export interface AllocationEntry {
  paymentId: number;
  installmentNumber: number;
  component: LoanComponent;
  amount: bigint;
}

export interface InstallmentPosition extends ScheduledInstallment {
  paidPrincipal: bigint;
  paidInterest: bigint;
  penaltyCharged: bigint;
  paidPenalty: bigint;
  /** The value date of the payment that settled it in full, if any. */
  paidOn: string | null;
}

export interface LedgerResult {
  installments: InstallmentPosition[];
  entries: AllocationEntry[];
  /** Paid beyond everything owed; stays on the loan. */
  credit: bigint;
  /** Credit left by each payment (its unallocated remainder). */
  creditByPayment: Map<number, bigint>;
}

/** Value-date order, ties by id: the one order the replay uses whatever the arrival order. */
export function comparePayments(a: LedgerPayment, b: LedgerPayment): number {
  if (a.valueDate !== b.valueDate) return a.valueDate < b.valueDate ? -1 : 1;
  return a.id - b.id;
}

function unpaidOf(row: InstallmentPosition, component: LoanComponent): bigint {
  switch (component) {
    case 'PENALTY':
      return row.penaltyCharged - row.paidPenalty;
    case 'INTEREST':
      return row.interest - row.paidInterest;
    case 'PRINCIPAL':
      return row.principal - row.paidPrincipal;
  }
}

function pay(row: InstallmentPosition, component: LoanComponent, amount: bigint): void {
  if (component === 'PENALTY') row.paidPenalty += amount;
  else if (component === 'INTEREST') row.paidInterest += amount;
  else row.paidPrincipal += amount;
}

/** Principal and interest still owed on an installment (penalty apart). */
export function installmentUnpaid(row: Pick<InstallmentPosition, 'principal' | 'interest' | 'paidPrincipal' | 'paidInterest'>): bigint {
  return row.principal - row.paidPrincipal + (row.interest - row.paidInterest);
}

function isSettled(row: InstallmentPosition): boolean {
  return installmentUnpaid(row) === 0n && row.penaltyCharged === row.paidPenalty;
}

/** Charges penalty on overdue installments for the days from `from` (exclusive) to `to` (inclusive). */
function accruePenalty(rows: InstallmentPosition[], from: string, to: string, microPerDay: number): void {
  if (microPerDay <= 0 || to <= from) return;
  for (const row of rows) {
    // Late from the day after the due date.
    const start = row.dueDate > from ? row.dueDate : from;
    // (Dates compare as text: nothing to count unless `start` is before `to`, and the row still owes.)
    if (start >= to) continue;
    const overdue = installmentUnpaid(row);
    if (overdue <= 0n) continue;
    const days = daysBetween(start, to);
    row.penaltyCharged += divRoundHalfUp(overdue * BigInt(microPerDay) * BigInt(days), 100n * 1_000_000n);
  }
}

function bucketOf(rows: InstallmentPosition[], valueDate: string): Record<AllocationBucket, InstallmentPosition[]> {
  const pastDue = rows.filter((r) => r.dueDate < valueDate);
  const later = rows.filter((r) => r.dueDate >= valueDate);
  return { PAST_DUE: pastDue, DUE: later.slice(0, 1), IN_ADVANCE: later.slice(1) };
}

/**
 * Replays `payments` (any order; reversed ones left out by the caller) over the schedule. Penalty is
 * charged up to `asOf` (default: the last payment's value date).
 */
export function replayLedger(schedule: ScheduledInstallment[], payments: LedgerPayment[], terms: LedgerTerms, asOf?: string): LedgerResult {
  const rows: InstallmentPosition[] = schedule.map((s) => ({ ...s, paidPrincipal: 0n, paidInterest: 0n, penaltyCharged: 0n, paidPenalty: 0n, paidOn: null }));
  const entries: AllocationEntry[] = [];
  const creditByPayment = new Map<number, bigint>();
  let credit = 0n;
  let accruedTo = schedule.length > 0 ? addDays(schedule[0].dueDate, -1) : '0000-01-01';
  const sorted = [...payments].sort(comparePayments);
  for (const payment of sorted) {
    // Penalty counts to the day before the payment: paying on a day stops that day's charge.
    const dayBefore = addDays(payment.valueDate, -1);
    accruePenalty(rows, accruedTo, dayBefore, terms.penaltyMicroPercentPerDay);
    if (dayBefore > accruedTo) accruedTo = dayBefore;
    let left = payment.amount;
    const buckets = bucketOf(rows, payment.valueDate);
    /** Pays what `row` owes of `component` from what is left of the payment. */
    const take = (row: InstallmentPosition, component: LoanComponent) => {
      const owed = unpaidOf(row, component);
      if (owed <= 0n) return;
      const amount = owed < left ? owed : left;
      pay(row, component, amount);
      left -= amount;
      entries.push({ paymentId: payment.id, installmentNumber: row.number, component, amount });
      if (row.paidOn === null && isSettled(row)) row.paidOn = payment.valueDate;
    };
    // Installment by installment (each component of one before the next), or component by component.
    for (const step of terms.allocation) {
      const reach = buckets[step.bucket];
      if (step.byInstallment) {
        for (const row of reach) for (const component of step.components) if (left > 0n) take(row, component);
      } else {
        for (const component of step.components) for (const row of reach) if (left > 0n) take(row, component);
      }
      if (left === 0n) break;
    }
    if (left > 0n) {
      credit += left;
      creditByPayment.set(payment.id, left);
    }
  }
  const end = asOf ?? accruedTo;
  accruePenalty(rows, accruedTo, end, terms.penaltyMicroPercentPerDay);
  for (const row of rows) if (row.paidOn !== null && !isSettled(row)) row.paidOn = null;
  return { installments: rows, entries, credit, creditByPayment };
}

/** Net allocation per payment, installment and component, keyed `payment:installment:component`. */
export function netAllocation(entries: Array<Pick<AllocationEntry, 'paymentId' | 'installmentNumber' | 'component' | 'amount'>>): Map<string, bigint> {
  const net = new Map<string, bigint>();
  for (const e of entries) {
    const key = `${e.paymentId}:${e.installmentNumber}:${e.component}`;
    const sum = (net.get(key) ?? 0n) + e.amount;
    if (sum === 0n) net.delete(key);
    else net.set(key, sum);
  }
  return net;
}

export interface LoanPosition {
  outstandingPrincipal: bigint;
  /** Principal, interest and penalty of installments due on or before `asOf`, unpaid. */
  arrears: bigint;
  /** Days since the oldest installment not fully paid fell due, before grace (0 when none). */
  rawDaysPastDue: number;
  /** After grace days and tolerance. */
  daysPastDue: number;
  /** The last installment's due date has passed with something unpaid. */
  pastMaturity: boolean;
  /** Everything repaid. */
  settled: boolean;
}

/** What a loan's position is computed from: sums and dates over its installments. */
export interface InstallmentTotals {
  paidPrincipal: bigint;
  /** Principal, interest and penalty unpaid on installments due on or before the date. */
  arrears: bigint;
  /** The due date of the oldest installment due by the date whose unpaid rest is above the tolerance. */
  oldestLate: string | null;
  /** Everything unpaid, due or not. */
  owed: bigint;
  lastDueDate: string | null;
}

/**
 * Days past due as of a business date: from the due date of the oldest installment not fully paid,
 * less the product's grace days. Arrears not above `tolerance` (in total) do not count as late, and an
 * installment whose unpaid rest is below the tolerance does not date the lateness.
 */
export function loanPosition(
  principal: bigint,
  installments: Array<Pick<InstallmentPosition, 'dueDate' | 'principal' | 'interest' | 'paidPrincipal' | 'paidInterest' | 'penaltyCharged' | 'paidPenalty'>>,
  asOf: string,
  rules: { graceDays: number; tolerance: bigint },
): LoanPosition {
  const totals: InstallmentTotals = { paidPrincipal: 0n, arrears: 0n, oldestLate: null, owed: 0n, lastDueDate: null };
  for (const row of installments) {
    totals.paidPrincipal += row.paidPrincipal;
    const unpaid = installmentUnpaid(row) + (row.penaltyCharged - row.paidPenalty);
    totals.owed += unpaid;
    if (row.dueDate <= asOf && unpaid > 0n) {
      totals.arrears += unpaid;
      if (totals.oldestLate === null && unpaid > rules.tolerance) totals.oldestLate = row.dueDate;
    }
  }
  totals.lastDueDate = installments.length > 0 ? installments[installments.length - 1].dueDate : null;
  return positionOfTotals(principal, totals, asOf, rules);
}

/** The same position from totals an SQL aggregate can give (installments in due-date order). */
export function positionOfTotals(principal: bigint, totals: InstallmentTotals, asOf: string, rules: { graceDays: number; tolerance: bigint }): LoanPosition {
  const late = totals.arrears > rules.tolerance && totals.oldestLate !== null;
  const raw = late ? Math.max(0, daysBetween(totals.oldestLate as string, asOf)) : 0;
  return {
    outstandingPrincipal: principal - totals.paidPrincipal,
    arrears: totals.arrears,
    rawDaysPastDue: raw,
    daysPastDue: Math.max(0, raw - rules.graceDays),
    pastMaturity: totals.lastDueDate !== null && totals.lastDueDate < asOf && totals.arrears > rules.tolerance,
    settled: totals.owed === 0n,
  };
}

/**
 * The installments of a loan disbursed on terms whose first installment falls on `firstDueDate`: the
 * shared schedule maths, each later due date on the first one's day of the month (clamped to the month's
 * last day: 31 January, 28 February, 31 March).
 */
export function disbursementSchedule(terms: Omit<LoanTerms, 'startDate'>, firstDueDate: string): ScheduledInstallment[] {
  const { schedule } = loanSchedule({ ...terms, startDate: addMonths(firstDueDate, -1) });
  return schedule.map((row) => ({ number: row.number, dueDate: addMonths(firstDueDate, row.number - 1), principal: row.principal, interest: row.interest }));
}
