/**
 * A loan's figures and grade as of a business date, from a replay of its ledger: the one computation
 * behind a posting, the per-loan repositioning and the nightly run's chunks, so all three agree.
 */
import { addMonths, cappedGrade, collectibilityOf, dpdBucketOf, loanPosition, restructuredGradeFloor } from '@prospek/shared';
import type { CollectibilityGrade, InstallmentPosition, LedgerResult } from '@prospek/shared';
import type { CollectibilityRuleSet } from './collectibility.entity.js';
import { rulesOf } from './collectibility.service.js';
import type { CollectionTerms } from './collectibility.service.js';
import type { Loan } from './loan.entity.js';

export interface PositionFigures {
  outstandingPrincipal: bigint;
  arrears: bigint;
  creditBalance: bigint;
  daysPastDue: number;
  pastMaturity: boolean;
  status: Loan['status'];
  closedDate: string | null;
  asOf: string;
  /** The month of `asOf` (YYYY-MM): due and paid on the installments falling due in it, for the collection rate. */
  month: MonthFigures;
  /** A written-off loan keeps the days past due and grade it was written off at. */
  writtenOff?: { grade: number } | null;
  /** A restructured loan: its grade is no better than the rule set's upgrade rule allows. */
  restructured?: { gradeBefore: CollectibilityGrade; installments: Array<{ dueDate: string; paidOn: string | null }>; graceDays: number } | null;
}

export interface MonthFigures {
  month: string;
  due: bigint;
  collected: bigint;
}

/** The first day of the month of `date` and of the month after: the month's installments fall due in between. */
export function monthRange(date: string): { month: string; from: string; until: string } {
  const from = `${date.slice(0, 7)}-01`;
  return { month: date.slice(0, 7), from, until: addMonths(from, 1) };
}

/** Due (principal and interest) and paid on the installments falling due in the month of `asOf`. */
export function monthFiguresOf(
  installments: ReadonlyArray<Pick<InstallmentPosition, 'dueDate' | 'principal' | 'interest' | 'paidPrincipal' | 'paidInterest'>>,
  asOf: string,
): MonthFigures {
  const { month, from, until } = monthRange(asOf);
  let due = 0n;
  let collected = 0n;
  for (const row of installments) {
    if (row.dueDate < from || row.dueDate >= until) continue;
    due += row.principal + row.interest;
    collected += row.paidPrincipal + row.paidInterest;
  }
  return { month, due, collected };
}

export function derivePosition(
  loan: Pick<Loan, 'principal' | 'status' | 'scheduleVersion' | 'restructuredFromGrade'> & Partial<Pick<Loan, 'closedDate' | 'daysPastDue' | 'collectibility'>>,
  result: Pick<LedgerResult, 'installments' | 'credit'>,
  repayments: ReadonlyArray<{ valueDate: string }>,
  terms: CollectionTerms,
  asOf: string,
  /** The principal the current schedule repays: a restructured loan's is what was rescheduled. */
  scheduled: bigint = loan.principal,
): PositionFigures {
  const figures = loanPosition(scheduled, result.installments, asOf, { graceDays: terms.graceDays, tolerance: terms.tolerance });
  if (loan.status === 'WRITTEN_OFF') {
    // Off the book since its write-off: nothing outstanding or in arrears on it, its closing date the
    // write-off's, whatever recoveries come in later (they are allocated to the schedule all the same).
    return {
      outstandingPrincipal: 0n,
      arrears: 0n,
      creditBalance: result.credit,
      daysPastDue: loan.daysPastDue ?? figures.daysPastDue,
      pastMaturity: figures.pastMaturity,
      status: 'WRITTEN_OFF',
      closedDate: loan.closedDate ?? asOf,
      asOf,
      month: monthFiguresOf(result.installments, asOf),
      writtenOff: { grade: loan.collectibility ?? 5 },
      restructured: null,
    };
  }
  const lastPayment = repayments.reduce<string | null>((last, r) => (last === null || r.valueDate > last ? r.valueDate : last), null);
  const reopened = loan.scheduleVersion > 1 ? 'RESTRUCTURED' : 'ACTIVE';
  const status = figures.settled ? 'CLOSED' : loan.status === 'CLOSED' ? reopened : loan.status;
  return {
    outstandingPrincipal: figures.outstandingPrincipal,
    arrears: figures.arrears,
    creditBalance: result.credit,
    daysPastDue: figures.daysPastDue,
    pastMaturity: figures.pastMaturity,
    status,
    closedDate: status === 'CLOSED' ? (lastPayment ?? asOf) : null,
    asOf,
    month: monthFiguresOf(result.installments, asOf),
    restructured:
      loan.restructuredFromGrade === null
        ? null
        : { gradeBefore: loan.restructuredFromGrade as CollectibilityGrade, installments: result.installments, graceDays: terms.graceDays },
  };
}

export function gradeOf(
  p: Pick<PositionFigures, 'status' | 'daysPastDue' | 'pastMaturity' | 'asOf' | 'restructured' | 'writtenOff'>,
  ruleSet: CollectibilityRuleSet,
): number {
  if (p.status === 'CLOSED') return 1;
  if (p.writtenOff) return p.writtenOff.grade;
  const r = p.restructured;
  const floor = r
    ? restructuredGradeFloor(r.gradeBefore, r.installments, p.asOf, r.graceDays, {
        afterOnTimeInstallments: ruleSet.restructureUpgradeAfter,
        grades: ruleSet.restructureUpgradeGrades,
      })
    : null;
  return cappedGrade(collectibilityOf(p.daysPastDue, p.pastMaturity, rulesOf(ruleSet)), floor);
}

/** The history row of a change of bucket or grade, or null when neither moved. */
export function gradeChangeOf(
  loan: Pick<Loan, 'id' | 'daysPastDue' | 'collectibility'>,
  p: Pick<PositionFigures, 'daysPastDue' | 'asOf'>,
  grade: number,
  ruleSet: Pick<CollectibilityRuleSet, 'id'>,
) {
  const fromBucket = dpdBucketOf(loan.daysPastDue);
  const toBucket = dpdBucketOf(p.daysPastDue);
  if (fromBucket === toBucket && loan.collectibility === grade) return null;
  return {
    loanId: loan.id,
    asOfDate: p.asOf,
    daysPastDue: p.daysPastDue,
    fromBucket,
    toBucket,
    fromGrade: loan.collectibility,
    toGrade: grade,
    ruleSetId: ruleSet.id,
  };
}

/** The loan's columns a position sets: the posting path, the nightly run and repayment files store the same. */
export function positionValues(p: PositionFigures, grade: number) {
  return {
    outstandingPrincipal: p.outstandingPrincipal,
    arrears: p.arrears,
    creditBalance: p.creditBalance,
    daysPastDue: p.daysPastDue,
    collectibility: grade,
    status: p.status,
    closedDate: p.closedDate,
    positionAsOf: p.asOf,
    collectionMonth: p.month.month,
    dueInMonth: p.month.due,
    collectedInMonth: p.month.collected,
  };
}
