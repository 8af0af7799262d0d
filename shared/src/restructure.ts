/**
 * Restructuring a loan (OJK: penjadwalan kembali / persyaratan kembali), without I/O: the new schedule
 * for what is owed on the effective date, and the grade a restructured loan may have.
 *
 * What is owed: the outstanding principal, plus the interest and penalty fallen due and unpaid. A
 * RECONDITIONING capitalises those arrears into the new principal (they then bear the new rate); a
 * RESCHEDULING does not: they stay owed, without interest, as part of the first new installment.
 *
 * The grade: a restructured loan keeps at least the grade it had before (it may not improve at once);
 * it improves by `grades` after every `afterOnTimeInstallments` consecutive installments of the new
 * schedule paid on time (within the product's grace days), the streak starting over after a late one.
 */
import { addDays, addMonths } from './dates.js';
import type { CollectibilityGrade } from './collectibility.js';
import type { InterestMethod } from './loan.js';
import { disbursementSchedule } from './loan-ledger.js';
import type { ScheduledInstallment } from './loan-ledger.js';
import { MINOR_PER_UNIT } from './money.js';

export const RESTRUCTURE_KINDS = ['RESCHEDULING', 'RECONDITIONING'] as const;
export type RestructureKind = (typeof RESTRUCTURE_KINDS)[number];

export interface RestructureUpgradeRule {
  /** Consecutive installments paid on time that earn one step of improvement. */
  afterOnTimeInstallments: number;
  /** Grades one step improves by. */
  grades: number;
}

/** OJK practice: one grade better after three installments paid on time. */
export const DEFAULT_RESTRUCTURE_UPGRADE: RestructureUpgradeRule = { afterOnTimeInstallments: 3, grades: 1 };

/** Why an upgrade rule is refused, or null when it holds. */
export function restructureUpgradeProblem(rule: RestructureUpgradeRule): string | null {
  if (!Number.isInteger(rule.afterOnTimeInstallments) || rule.afterOnTimeInstallments < 1 || rule.afterOnTimeInstallments > 36)
    return 'afterOnTimeInstallments must be a whole number from 1 to 36';
  if (!Number.isInteger(rule.grades) || rule.grades < 1 || rule.grades > 4) return 'grades must be a whole number from 1 to 4';
  return null;
}

/**
 * The best grade a restructured loan may have on `asOf`: the grade before restructuring, improved by
 * the rule for each full streak of on-time installments of the new schedule fallen due by then.
 */
export function restructuredGradeFloor(
  gradeBefore: CollectibilityGrade,
  installments: ReadonlyArray<{ dueDate: string; paidOn: string | null }>,
  asOf: string,
  graceDays: number,
  rule: RestructureUpgradeRule,
): CollectibilityGrade {
  let floor: number = gradeBefore;
  let streak = 0;
  for (const row of installments) {
    if (row.dueDate > asOf || floor === 1) break;
    const lateFrom = addDays(row.dueDate, graceDays);
    if (row.paidOn !== null && row.paidOn <= lateFrom) {
      streak++;
      if (streak === rule.afterOnTimeInstallments) {
        floor = Math.max(1, floor - rule.grades);
        streak = 0;
      }
    } else if (row.paidOn !== null || asOf > lateFrom) {
      streak = 0;
    } else {
      // Due, unpaid, still within grace: neither on time nor late yet.
      break;
    }
  }
  return floor as CollectibilityGrade;
}

/** A grade from days past due, no better than the restructuring floor. */
export function cappedGrade(computed: CollectibilityGrade, floor: CollectibilityGrade | null): CollectibilityGrade {
  return floor !== null && floor > computed ? floor : computed;
}

export interface RestructureTerms {
  kind: RestructureKind;
  outstandingPrincipal: bigint;
  /** Interest and penalty fallen due by the effective date and unpaid. */
  arrearsInterest: bigint;
  tenorMonths: number;
  annualRate: number | string;
  method: InterestMethod;
  effectiveDate: string;
  /** The loan's first due date: new installments keep its day of the month (clamped to month ends). */
  dueDayAnchor: string;
}

export interface RestructurePlan {
  /** Principal of the new schedule: the outstanding, plus the arrears when capitalised. */
  principal: bigint;
  capitalised: bigint;
  /** Arrears kept owed, without interest, in the first new installment. */
  carried: bigint;
  schedule: ScheduledInstallment[];
}

/**
 * The new schedule from the month after the effective date, on the loan's due day. The schedule maths works in whole rupiah;
 * sen left over by earlier payments join the last installment's principal, so principal parts still
 * add up exactly.
 */
export function restructurePlan(terms: RestructureTerms): RestructurePlan {
  const capitalised = terms.kind === 'RECONDITIONING' ? terms.arrearsInterest : 0n;
  const carried = terms.arrearsInterest - capitalised;
  const principal = terms.outstandingPrincipal + capitalised;
  const sen = principal % MINOR_PER_UNIT;
  const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
  const offset = monthIndex(terms.effectiveDate) - monthIndex(terms.dueDayAnchor);
  const schedule = disbursementSchedule(
    { amount: principal - sen, tenorMonths: terms.tenorMonths, annualRate: terms.annualRate, method: terms.method },
    addMonths(terms.dueDayAnchor, offset + 1),
  ).map((row) => ({ ...row, dueDate: addMonths(terms.dueDayAnchor, offset + row.number) }));
  schedule[0].interest += carried;
  schedule[schedule.length - 1].principal += sen;
  return { principal, capitalised, carried, schedule };
}
