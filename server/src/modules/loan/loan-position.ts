/**
 * A loan's figures and grade as of a business date, from a replay of its ledger: the one computation
 * behind a posting, the per-loan repositioning and the nightly run's chunks, so all three agree.
 */
import { collectibilityOf, dpdBucketOf, loanPosition } from '@prospek/shared';
import type { LedgerResult } from '@prospek/shared';
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
}

export function derivePosition(
  loan: Pick<Loan, 'principal' | 'status'>,
  result: Pick<LedgerResult, 'installments' | 'credit'>,
  repayments: ReadonlyArray<{ valueDate: string }>,
  terms: CollectionTerms,
  asOf: string,
): PositionFigures {
  const figures = loanPosition(loan.principal, result.installments, asOf, { graceDays: terms.graceDays, tolerance: terms.tolerance });
  const lastPayment = repayments.reduce<string | null>((last, r) => (last === null || r.valueDate > last ? r.valueDate : last), null);
  const status = figures.settled ? 'CLOSED' : loan.status === 'CLOSED' ? 'ACTIVE' : loan.status;
  return {
    outstandingPrincipal: figures.outstandingPrincipal,
    arrears: figures.arrears,
    creditBalance: result.credit,
    daysPastDue: figures.daysPastDue,
    pastMaturity: figures.pastMaturity,
    status,
    closedDate: status === 'CLOSED' ? (lastPayment ?? asOf) : null,
    asOf,
  };
}

export function gradeOf(p: Pick<PositionFigures, 'status' | 'daysPastDue' | 'pastMaturity'>, ruleSet: CollectibilityRuleSet): number {
  return p.status === 'CLOSED' ? 1 : collectibilityOf(p.daysPastDue, p.pastMaturity, rulesOf(ruleSet));
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
