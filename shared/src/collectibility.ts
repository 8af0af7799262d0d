/**
 * OJK collectibility (kolektibilitas 1–5) from days past due, by a rule set of the institution type.
 * Rule sets are data (kept in the database, versioned by effective date); the defaults here are their
 * first versions. Grades: 1 Lancar, 2 Dalam Perhatian Khusus, 3 Kurang Lancar, 4 Diragukan, 5 Macet.
 */

export const INSTITUTION_TYPES = ['COMMERCIAL_BANK', 'BPR', 'MULTIFINANCE', 'KOPERASI'] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

export const COLLECTIBILITY_GRADES = [1, 2, 3, 4, 5] as const;
export type CollectibilityGrade = (typeof COLLECTIBILITY_GRADES)[number];

export interface CollectibilityRules {
  /** Highest days past due of grades 1 to 4, ascending; beyond the last is grade 5. */
  maxDaysPastDue: [number, number, number, number];
  /** A loan past maturity with something unpaid is at least this grade (BPR: 2); null: no such rule. */
  pastMaturityMinGrade: CollectibilityGrade | null;
}

export const DEFAULT_COLLECTIBILITY_RULES: Record<InstitutionType, CollectibilityRules> = {
  COMMERCIAL_BANK: { maxDaysPastDue: [0, 90, 120, 180], pastMaturityMinGrade: null },
  BPR: { maxDaysPastDue: [30, 90, 180, 360], pastMaturityMinGrade: 2 },
  MULTIFINANCE: { maxDaysPastDue: [0, 90, 120, 180], pastMaturityMinGrade: null },
  // A cooperative sets its own; it starts from the BPR thresholds.
  KOPERASI: { maxDaysPastDue: [30, 90, 180, 360], pastMaturityMinGrade: null },
};

/** Why a rule set is refused, or null when it holds. */
export function collectibilityRulesProblem(rules: CollectibilityRules): string | null {
  const t = rules.maxDaysPastDue;
  if (t.length !== 4 || !t.every((d) => Number.isInteger(d) && d >= 0 && d <= 10_000))
    return 'each threshold must be a whole number of days between 0 and 10000';
  for (let i = 1; i < 4; i++) if (t[i] <= t[i - 1]) return 'thresholds must rise from grade 1 to grade 4';
  if (rules.pastMaturityMinGrade !== null && ![1, 2, 3, 4, 5].includes(rules.pastMaturityMinGrade)) return 'pastMaturityMinGrade must be 1 to 5';
  return null;
}

export function collectibilityOf(daysPastDue: number, pastMaturity: boolean, rules: CollectibilityRules): CollectibilityGrade {
  let grade = 5 as CollectibilityGrade;
  for (let i = 0; i < 4; i++) {
    if (daysPastDue <= rules.maxDaysPastDue[i]) {
      grade = (i + 1) as CollectibilityGrade;
      break;
    }
  }
  if (pastMaturity && rules.pastMaturityMinGrade !== null && grade < rules.pastMaturityMinGrade) grade = rules.pastMaturityMinGrade;
  return grade;
}

/** Days-past-due buckets for history and PAR: CURRENT, 1-30, 31-60, 61-90, 91-120, 121-180, 181+. */
export const DPD_BUCKETS = ['CURRENT', '1-30', '31-60', '61-90', '91-120', '121-180', '181+'] as const;
export type DpdBucket = (typeof DPD_BUCKETS)[number];

export function dpdBucketOf(daysPastDue: number): DpdBucket {
  if (daysPastDue <= 0) return 'CURRENT';
  if (daysPastDue <= 30) return '1-30';
  if (daysPastDue <= 60) return '31-60';
  if (daysPastDue <= 90) return '61-90';
  if (daysPastDue <= 120) return '91-120';
  if (daysPastDue <= 180) return '121-180';
  return '181+';
}
