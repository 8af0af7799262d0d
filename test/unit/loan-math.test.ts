import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTEREST_METHODS, UNSCHEDULABLE, addMonths, debtServiceRatio, loanSchedule } from '@prospek/shared';
import type { InterestMethod } from '@prospek/shared';

const rp = (rupiah: number | bigint) => BigInt(rupiah) * 100n;

/**
 * An independent reference: rates as fractions of 1/1200 percent, the annuity from the sum of the
 * discount factors Σ(1+r)^−k instead of the closed form, rounding by string digits.
 */
function reference(amountRupiah: bigint, tenor: number, ratePercentHundredths: bigint, method: InterestMethod) {
  // r = rate/100/12 = ratePercentHundredths / 120000
  const R = 120_000n;
  const halfUp = (n: bigint, d: bigint) => {
    const q = n / d;
    return (n - q * d) * 2n >= d ? q + 1n : q;
  };
  const rows: Array<{ principal: bigint; interest: bigint }> = [];
  let balance = amountRupiah;
  const N = BigInt(tenor);
  let annuity = 0n;
  if (method === 'ANNUITY') {
    if (ratePercentHundredths === 0n) annuity = halfUp(amountRupiah, N);
    else {
      // Σ_{k=1..n} (R/(R+i))^k = Σ R^k (R+i)^(n−k) / (R+i)^n
      const base = R + ratePercentHundredths;
      let sum = 0n;
      for (let k = 1; k <= tenor; k++) sum += R ** BigInt(k) * base ** BigInt(tenor - k);
      annuity = halfUp(amountRupiah * base ** BigInt(tenor), sum);
    }
  }
  for (let k = 1; k <= tenor; k++) {
    let installment: bigint;
    let interest: bigint;
    if (method === 'ANNUITY') {
      interest = halfUp(balance * ratePercentHundredths, R);
      installment = annuity;
    } else {
      // P/n + base·r with base = P (flat) or P − (k−1)·P/n (effective), over the common denominator N·R.
      const remaining = method === 'FLAT' ? N : N - BigInt(k - 1);
      interest = halfUp(amountRupiah * remaining * ratePercentHundredths, N * R);
      installment = halfUp(amountRupiah * R + amountRupiah * remaining * ratePercentHundredths, N * R);
    }
    const principal = k === tenor ? balance : installment - interest;
    balance -= principal;
    rows.push({ principal, interest });
  }
  return rows;
}

describe('loan schedules', () => {
  it('matches well-known tables', () => {
    const annuity = loanSchedule({ amount: rp(100_000_000), tenorMonths: 12, annualRate: 12, method: 'ANNUITY', startDate: '2026-01-31' });
    expect(annuity.installment).toBe(rp(8_884_879)); // PMT(1%, 12, 100 jt) = 8.884.878,79
    expect(annuity.schedule[0]).toMatchObject({ interest: rp(1_000_000), principal: rp(7_884_879), dueDate: '2026-02-28' });
    expect(annuity.schedule[1].dueDate).toBe('2026-03-31');

    const flat = loanSchedule({ amount: rp(100_000_000), tenorMonths: 12, annualRate: 12, method: 'FLAT', startDate: '2026-01-15' });
    expect(flat.schedule[0]).toMatchObject({ principal: rp(8_333_333), interest: rp(1_000_000), installment: rp(9_333_333) });
    expect(flat.schedule[11]).toMatchObject({ principal: rp(8_333_337), installment: rp(9_333_337), balance: 0n });
    expect(flat.totalInterest).toBe(rp(12_000_000));

    const effective = loanSchedule({ amount: rp(100_000_000), tenorMonths: 12, annualRate: 12, method: 'EFFECTIVE', startDate: '2026-01-15' });
    // 8.333.333,33 + 833.333,33 = 9.166.666,67 → Rp 9.166.667 for the third month.
    expect(effective.schedule.slice(0, 3).map((r) => r.installment)).toEqual([rp(9_333_333), rp(9_250_000), rp(9_166_667)]);
    expect(effective.schedule[2]).toMatchObject({ interest: rp(833_333), principal: rp(8_333_334) });
    expect(effective.totalInterest).toBe(rp(6_500_000));
  });

  const cases: Array<[number, number, string]> = [
    [25_000_000, 12, '6'],
    [50_000_000, 36, '9'],
    [150_000_000, 24, '10.5'],
    [7_500_000, 6, '21.75'],
    [1_250_000_000, 120, '11.25'],
    [3_000_000, 1, '0'],
  ];
  for (const method of INTEREST_METHODS) {
    it.each(cases)(`${method}: %i rupiah over %i months at %s percent equals the reference table`, (amount, tenor, rate) => {
      const ours = loanSchedule({ amount: rp(amount), tenorMonths: tenor, annualRate: rate, method, startDate: '2026-03-10' });
      const hundredths = BigInt(Math.round(Number(rate) * 100));
      const expected = reference(BigInt(amount), tenor, hundredths, method);
      expect(ours.schedule.map((r) => [r.principal, r.interest])).toEqual(expected.map((r) => [rp(r.principal), rp(r.interest)]));
    });
  }

  it('holds its rules for any amount, tenor and rate', () => {
    let refused = 0;
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10_000_000_000_000n }),
        fc.integer({ min: 1, max: 360 }),
        fc.integer({ min: 0, max: 4000 }),
        fc.constantFrom(...INTEREST_METHODS),
        (rupiah, tenor, hundredths, method) => {
          const rate = (hundredths / 100).toFixed(2);
          let s: ReturnType<typeof loanSchedule>;
          try {
            s = loanSchedule({ amount: rp(rupiah), tenorMonths: tenor, annualRate: rate, method, startDate: '2026-01-31' });
          } catch (error) {
            // Refused only as unschedulable in whole rupiah, and only for extreme terms (counted below).
            expect((error as Error).message).toBe(UNSCHEDULABLE);
            refused++;
            return;
          }
          const principalSum = s.schedule.reduce((sum, r) => sum + r.principal, 0n);
          expect(principalSum).toBe(rp(rupiah));
          expect(s.schedule).toHaveLength(tenor);
          expect(s.schedule[tenor - 1].balance).toBe(0n);
          for (const row of s.schedule) {
            expect(row.installment % 100n).toBe(0n);
            expect(row.interest >= 0n).toBe(true);
            expect(row.installment).toBe(row.principal + row.interest);
          }
          expect(s.totalPaid).toBe(rp(rupiah) + s.totalInterest);
          if (method === 'ANNUITY' && tenor > 1) {
            const first = s.schedule[0].installment;
            expect(s.schedule.slice(0, -1).every((r) => r.installment === first)).toBe(true);
          }
          if (method === 'FLAT') expect(new Set(s.schedule.map((r) => r.interest)).size).toBe(1);
          if (method === 'EFFECTIVE') {
            for (let k = 1; k < tenor; k++) expect(s.schedule[k].interest <= s.schedule[k - 1].interest).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
    // Tiny amounts and long tenors at high rates only: most random terms are scheduled.
    expect(refused).toBeLessThan(30);
  });

  it('refuses terms it cannot schedule', () => {
    const base = { amount: rp(1_000_000), tenorMonths: 12, annualRate: 10, method: 'FLAT' as const, startDate: '2026-01-01' };
    expect(() => loanSchedule({ ...base, amount: 0n })).toThrow(RangeError);
    expect(() => loanSchedule({ ...base, amount: 150n })).toThrow(RangeError); // not whole rupiah
    expect(() => loanSchedule({ ...base, tenorMonths: 0 })).toThrow(RangeError);
    expect(() => loanSchedule({ ...base, annualRate: -1 })).toThrow(RangeError);
    // Rp 9 over 26 months: whole-rupiah installments would repay it by the ninth.
    expect(() => loanSchedule({ ...base, amount: rp(9), tenorMonths: 26, annualRate: 37.5, method: 'ANNUITY' })).toThrow(UNSCHEDULABLE);
    // Rp 333,000 over 333 months at 35.23%: the rounding compounds past the balance.
    expect(() => loanSchedule({ ...base, amount: rp(333_000), tenorMonths: 333, annualRate: 35.23, method: 'ANNUITY' })).toThrow(UNSCHEDULABLE);
  });

  it('computes the debt-service ratio and month-end due dates', () => {
    expect(debtServiceRatio(rp(3_000_000), rp(10_000_000))).toBe(30);
    expect(debtServiceRatio(rp(1), rp(3))).toBe(33.33);
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });
});
