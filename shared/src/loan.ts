/**
 * Loan schedules for the three interest methods (formulas below), shared by the client's simulator
 * and the server. Money is bigint minor units (sen); every installment is rounded half-up to whole
 * rupiah (interest too, the principal part being the difference), and the last one absorbs the
 * remainder so that principal parts add up to the amount exactly.
 *
 * P principal, n installments, r = annual rate / 12:
 *   FLAT       installment = P/n + P·r
 *   EFFECTIVE  installment_k = P/n + (P − (k−1)·P/n)·r          (equal principal)
 *   ANNUITY    installment = P·r / (1 − (1 + r)^−n)            (equal installments)
 *              interest_k = balance_(k−1)·r, principal_k = installment − interest_k
 */
import { addMonths } from './dates.js';
import { divRoundHalfUp, monthlyRate, rateToMicroPercent } from './decimal.js';
import type { Fraction } from './decimal.js';
import { MINOR_PER_UNIT } from './money.js';

export const INTEREST_METHODS = ['FLAT', 'EFFECTIVE', 'ANNUITY'] as const;
export type InterestMethod = (typeof INTEREST_METHODS)[number];

export interface LoanTerms {
  /** Principal in minor units; a whole number of rupiah. */
  amount: bigint;
  tenorMonths: number;
  /** Percent per year, e.g. 12.5 or "12.5". */
  annualRate: number | string;
  method: InterestMethod;
  /** Date of disbursement (YYYY-MM-DD); the first installment falls a month later. */
  startDate: string;
}

export interface Installment {
  number: number;
  dueDate: string;
  principal: bigint;
  interest: bigint;
  installment: bigint;
  /** Principal still owed after this installment. */
  balance: bigint;
}

export interface LoanSchedule {
  method: InterestMethod;
  /** The first (for EFFECTIVE, the largest) installment. */
  installment: bigint;
  totalInterest: bigint;
  totalPaid: bigint;
  schedule: Installment[];
}

export const MAX_TENOR_MONTHS = 360;

/** Rounds a fraction of minor units half-up to whole rupiah. */
function toRupiah(n: bigint, d: bigint): bigint {
  return divRoundHalfUp(n, d * MINOR_PER_UNIT) * MINOR_PER_UNIT;
}

function checkTerms(terms: LoanTerms): void {
  if (terms.amount <= 0n || terms.amount % MINOR_PER_UNIT !== 0n) throw new RangeError('amount must be a positive whole number of rupiah');
  if (!Number.isInteger(terms.tenorMonths) || terms.tenorMonths < 1 || terms.tenorMonths > MAX_TENOR_MONTHS) {
    throw new RangeError(`tenorMonths must be between 1 and ${MAX_TENOR_MONTHS}`);
  }
}

/** (1 + r)^-n as a fraction: ((d)/(d + n_r))^n. */
function discount(r: Fraction, n: number): Fraction {
  return { n: r.d ** BigInt(n), d: (r.d + r.n) ** BigInt(n) };
}

/** The refusal of terms whose whole-rupiah installments would not repay the loan exactly over its tenor. */
export const UNSCHEDULABLE = 'the installments cannot repay these terms in whole rupiah over the tenor';

export function loanSchedule(terms: LoanTerms): LoanSchedule {
  checkTerms(terms);
  const P = terms.amount;
  const n = terms.tenorMonths;
  const r = monthlyRate(rateToMicroPercent(terms.annualRate));
  const rows: Installment[] = [];
  let balance = P;

  let annuity = 0n;
  if (terms.method === 'ANNUITY') {
    if (r.n === 0n) annuity = toRupiah(P, BigInt(n));
    else {
      // P·r / (1 − v) with v = (1+r)^−n = a/b  →  P·r.n·b / (r.d·(b − a))
      const v = discount(r, n);
      annuity = toRupiah(P * r.n * v.d, r.d * (v.d - v.n));
    }
  }
  const N = BigInt(n);

  for (let k = 1; k <= n; k++) {
    const last = k === n;
    let installment: bigint;
    let interest: bigint;
    if (terms.method === 'ANNUITY') {
      // Interest on the balance actually owed; the rounded installment is the same every month.
      interest = toRupiah(balance * r.n, r.d);
      installment = annuity;
    } else {
      // The formulas' installment rounded as a whole; interest on the formula's balance:
      // FLAT on P, EFFECTIVE on P − (k−1)·P/n = P·(n−k+1)/n.
      const outstanding = terms.method === 'FLAT' ? N : N - BigInt(k) + 1n;
      interest = toRupiah(P * outstanding * r.n, N * r.d);
      installment = toRupiah(P * (r.d + outstanding * r.n), N * r.d);
    }
    const principal = last ? balance : installment - interest;
    // Installments rounded to whole rupiah drift with compounding; on a tiny amount, or a long tenor at a
    // high rate, they would repay the loan before its end. Such terms cannot be scheduled in whole rupiah.
    if (principal < 0n || principal > balance) throw new RangeError(UNSCHEDULABLE);
    balance -= principal;
    rows.push({
      number: k,
      dueDate: addMonths(terms.startDate, k),
      principal,
      interest,
      installment: principal + interest,
      balance,
    });
  }
  const totalInterest = rows.reduce((sum, row) => sum + row.interest, 0n);
  return {
    method: terms.method,
    installment: rows[0].installment,
    totalInterest,
    totalPaid: P + totalInterest,
    schedule: rows,
  };
}

/** Debt-service ratio in percent (two decimals) of an installment against a monthly income. */
export function debtServiceRatio(installment: bigint, monthlyIncome: bigint): number {
  if (monthlyIncome <= 0n) throw new RangeError('monthlyIncome must be positive');
  return Number(divRoundHalfUp(installment * 10_000n, monthlyIncome)) / 100;
}

export interface DebtServiceCheck {
  /** (installment + existing installments) / income, percent with two decimals, rounded half-up. */
  percent: number;
  /** Strictly above the limit, compared exactly (not on the rounded percent). */
  overLimit: boolean;
}

/**
 * The debt-service ratio of a new installment on top of the installments the applicant already pays
 * elsewhere, against their monthly income; null when no income is known.
 */
export function debtServiceCheck(
  installment: bigint,
  existingInstallments: bigint | null,
  monthlyIncome: bigint | null,
  limitPercent: number,
): DebtServiceCheck | null {
  if (monthlyIncome === null || monthlyIncome <= 0n) return null;
  const debt = installment + (existingInstallments ?? 0n);
  return { percent: debtServiceRatio(debt, monthlyIncome), overLimit: debt * 100n > BigInt(limitPercent) * monthlyIncome };
}
