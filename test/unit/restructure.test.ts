import { describe, expect, it } from 'vitest';
import { DEFAULT_RESTRUCTURE_UPGRADE, addMonths, cappedGrade, restructurePlan, restructureUpgradeProblem, restructuredGradeFloor } from '@prospek/shared';

const rp = (rupiah: number | bigint) => BigInt(rupiah) * 100n;
const rule = DEFAULT_RESTRUCTURE_UPGRADE;
const dues = Array.from({ length: 12 }, (_, i) => addMonths('2026-02-10', i));
const paid = (onTime: boolean[]) => onTime.map((ok, i) => ({ dueDate: dues[i], paidOn: ok ? dues[i] : null }));

describe('restructured grade floor', () => {
  it('keeps the grade before restructuring until installments are paid', () => {
    expect(restructuredGradeFloor(3, paid([]), '2026-01-15', 0, rule)).toBe(3);
    expect(cappedGrade(1, 3)).toBe(3);
    expect(cappedGrade(4, 3)).toBe(4);
    expect(cappedGrade(2, null)).toBe(2);
  });

  it('improves by one grade after three consecutive on-time installments, and by one more after three more', () => {
    const rows = paid([true, true, true, true, true, true, false, false, false, false, false, false]);
    expect(restructuredGradeFloor(4, rows, dues[1], 0, rule)).toBe(4);
    expect(restructuredGradeFloor(4, rows, dues[2], 0, rule)).toBe(3);
    expect(restructuredGradeFloor(4, rows, dues[5], 0, rule)).toBe(2);
  });

  it('starts the streak over after a late installment', () => {
    const rows = [
      { dueDate: dues[0], paidOn: dues[0] },
      { dueDate: dues[1], paidOn: dues[1] },
      { dueDate: dues[2], paidOn: '2026-05-01' },
      { dueDate: dues[3], paidOn: dues[3] },
      { dueDate: dues[4], paidOn: dues[4] },
      { dueDate: dues[5], paidOn: dues[5] },
    ];
    expect(restructuredGradeFloor(3, rows, dues[4], 0, rule)).toBe(3);
    expect(restructuredGradeFloor(3, rows, dues[5], 0, rule)).toBe(2);
    // Unpaid beyond grace counts as late too.
    expect(restructuredGradeFloor(3, [{ dueDate: dues[0], paidOn: null }, ...paid([true, true, true]).slice(1)], dues[2], 0, rule)).toBe(3);
  });

  it('counts a payment within grace days as on time and honours the rule as data', () => {
    const late2 = [0, 1, 2].map((i) => ({ dueDate: dues[i], paidOn: addMonths(dues[i], 0).replace(/-10$/, '-12') }));
    expect(restructuredGradeFloor(3, late2, dues[2], 0, rule)).toBe(3);
    expect(restructuredGradeFloor(3, late2, '2026-04-12', 2, rule)).toBe(2);
    expect(restructuredGradeFloor(5, paid([true, true]), dues[1], 0, { afterOnTimeInstallments: 1, grades: 2 })).toBe(1);
    expect(restructuredGradeFloor(2, paid([true, true, true, true, true, true]), dues[5], 0, rule)).toBe(1);
  });

  it('refuses a rule out of bounds', () => {
    expect(restructureUpgradeProblem(rule)).toBeNull();
    expect(restructureUpgradeProblem({ afterOnTimeInstallments: 0, grades: 1 })).toMatch(/afterOnTimeInstallments/);
    expect(restructureUpgradeProblem({ afterOnTimeInstallments: 3, grades: 5 })).toMatch(/grades/);
  });
});

describe('restructure plan', () => {
  const base = {
    outstandingPrincipal: rp(9_000_000) + 37n,
    arrearsInterest: rp(240_000),
    tenorMonths: 18,
    annualRate: 10,
    method: 'ANNUITY' as const,
    effectiveDate: '2026-05-20',
    dueDayAnchor: '2025-12-31',
  };

  it('reschedules the outstanding from the month after, carrying the arrears in the first installment', () => {
    const plan = restructurePlan({ ...base, kind: 'RESCHEDULING' });
    expect(plan.principal).toBe(base.outstandingPrincipal);
    expect(plan.carried).toBe(rp(240_000));
    expect(plan.capitalised).toBe(0n);
    expect(plan.schedule).toHaveLength(18);
    expect(plan.schedule.slice(0, 2).map((r) => r.dueDate)).toEqual(['2026-06-30', '2026-07-31']);
    expect(plan.schedule[8].dueDate).toBe('2027-02-28');
    expect(plan.schedule.reduce((s, r) => s + r.principal, 0n)).toBe(base.outstandingPrincipal);
    expect(plan.schedule[0].interest - plan.schedule[1].interest).toBeGreaterThan(rp(240_000));
  });

  it('capitalises the arrears on reconditioning', () => {
    const plan = restructurePlan({ ...base, kind: 'RECONDITIONING', method: 'FLAT' });
    expect(plan.principal).toBe(base.outstandingPrincipal + rp(240_000));
    expect(plan.carried).toBe(0n);
    expect(plan.schedule.reduce((s, r) => s + r.principal, 0n)).toBe(plan.principal);
    expect(plan.schedule[0].interest).toBe(plan.schedule[1].interest);
  });
});
