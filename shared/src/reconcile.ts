/**
 * Bank-statement reconciliation: the states a statement line goes through, why one needs a person, and
 * the codes a receivable or a loan is paid with so that its money finds it.
 */

/** Where a line stands: nothing found, a guess waiting for a person, a disagreement to follow up, done. */
export const STATEMENT_LINE_STATES = ['UNMATCHED', 'PROPOSED', 'FOLLOW_UP', 'MATCHED'] as const;
export type StatementLineState = (typeof STATEMENT_LINE_STATES)[number];

/** IN: money credited to the account (a client paying); OUT: debited (a supplier paid). */
export const STATEMENT_DIRECTIONS = ['IN', 'OUT'] as const;
export type StatementDirection = (typeof STATEMENT_DIRECTIONS)[number];

/** What a line pays: a client's invoice, a supplier's invoice, or a loan's installments. */
export const MATCH_TARGET_KINDS = ['RECEIVABLE', 'PAYABLE', 'LOAN'] as const;
export type MatchTargetKind = (typeof MATCH_TARGET_KINDS)[number];

/** Which rule found the target, in the order they are tried; MANUAL: a person picked it. */
export const MATCH_RULES = ['REFERENCE', 'AMOUNT_CODE', 'CLIENT_AMOUNT', 'TOLERANCE', 'MANUAL'] as const;
export type MatchRule = (typeof MATCH_RULES)[number];

/** What disagrees on a line put in FOLLOW_UP; its parameters say by how much. */
export const FOLLOW_UP_REASONS = ['AMOUNT_SHORT', 'AMOUNT_OVER', 'PAID_LATE', 'NO_INVOICE'] as const;
export type FollowUpReason = (typeof FOLLOW_UP_REASONS)[number];

/**
 * Parameters of a follow-up reason: `expected` and `paid` (Money decimal strings) for an amount that
 * disagrees, `dueDate` and `paidDate` for a late payment, the client's `name` for money with no invoice,
 * and the invoice or loan `target` label where there is one.
 */
export interface FollowUpReasonParams {
  target?: string;
  expected?: string;
  paid?: string;
  difference?: string;
  dueDate?: string;
  paidDate?: string;
  name?: string;
}

export const STATEMENT_STATUSES = ['MATCHING', 'DONE', 'FAILED'] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];

/**
 * The unique amount code of a receivable: the whole rupiah (1–999) a client adds to the amount due so
 * that a transfer without a reference still names its invoice.
 */
export function uniqueAmountCode(invoiceId: number): number {
  return (invoiceId % 999) + 1;
}

/**
 * A loan's virtual-account number, as the bank issues it to the borrower: the institution's prefix and
 * the loan id in ten digits. Transfers to it carry the number in their remark.
 */
export const VIRTUAL_ACCOUNT_PREFIX = '8808';
export function virtualAccountOf(loanId: number): string {
  return `${VIRTUAL_ACCOUNT_PREFIX}${String(loanId).padStart(10, '0')}`;
}

/** Upper-case letters and digits only: how references are compared, whatever separators a bank kept. */
export function referenceKey(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
