import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALLOCATION_PRESETS,
  DEFAULT_COLLECTIBILITY_RULES,
  addDays,
  collectibilityOf,
  disbursementSchedule,
  dpdBucketOf,
  loanPosition,
  netAllocation,
  replayLedger,
} from '@prospek/shared';
import type { LedgerPayment, LedgerTerms } from '@prospek/shared';

const rp = (rupiah: number | bigint) => BigInt(rupiah) * 100n;
const terms: LedgerTerms = { allocation: ALLOCATION_PRESETS.INSTALLMENT_BY_INSTALLMENT, penaltyMicroPercentPerDay: 0 };
const schedule = disbursementSchedule({ amount: rp(12_000_000), tenorMonths: 12, annualRate: 12, method: 'FLAT' }, '2026-01-31');

describe('disbursement schedule', () => {
  it('keeps the first due day, clamped to month ends, and principal parts add up', () => {
    expect(schedule.slice(0, 4).map((s) => s.dueDate)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
    expect(schedule.reduce((sum, s) => sum + s.principal, 0n)).toBe(rp(12_000_000));
    expect(schedule[0]).toMatchObject({ principal: rp(1_000_000), interest: rp(120_000) });
  });
});

describe('allocation', () => {
  it('pays past-due interest then principal installment by installment, then the installment due, then in advance', () => {
    const result = replayLedger(schedule, [{ id: 1, amount: rp(2_500_000), valueDate: '2026-02-10' }], terms);
    // Installment 1 (past due) in full, installment 2 (due) in full, the rest to installment 3's interest and principal.
    expect(result.entries.map((e) => [e.installmentNumber, e.component, e.amount])).toEqual([
      [1, 'INTEREST', rp(120_000)],
      [1, 'PRINCIPAL', rp(1_000_000)],
      [2, 'INTEREST', rp(120_000)],
      [2, 'PRINCIPAL', rp(1_000_000)],
      [3, 'INTEREST', rp(120_000)],
      [3, 'PRINCIPAL', rp(140_000)],
    ]);
    expect(result.credit).toBe(0n);
  });

  it('principal first pays the past-due principal of every installment before their interest', () => {
    const result = replayLedger(schedule, [{ id: 1, amount: rp(2_100_000), valueDate: '2026-03-10' }], {
      ...terms,
      allocation: ALLOCATION_PRESETS.PRINCIPAL_FIRST,
    });
    expect(result.entries.map((e) => [e.installmentNumber, e.component, e.amount])).toEqual([
      [1, 'PRINCIPAL', rp(1_000_000)],
      [2, 'PRINCIPAL', rp(1_000_000)],
      [1, 'INTEREST', rp(100_000)],
    ]);
  });

  it('keeps an overpayment as credit', () => {
    const total = schedule.reduce((sum, s) => sum + s.principal + s.interest, 0n);
    const result = replayLedger(schedule, [{ id: 7, amount: total + rp(5_000), valueDate: '2026-01-15' }], terms);
    expect(result.credit).toBe(rp(5_000));
    expect(result.creditByPayment.get(7)).toBe(rp(5_000));
    expect(result.installments.every((i) => i.paidOn === '2026-01-15')).toBe(true);
  });

  it('charges an optional late penalty per day and takes it first', () => {
    // 0.1 % per day of the overdue installment (1,120,000) for the 9 days before the payment = 10,080.
    const result = replayLedger(schedule, [{ id: 1, amount: rp(1_130_080), valueDate: '2026-02-10' }], { ...terms, penaltyMicroPercentPerDay: 100_000 });
    expect(result.entries[0]).toMatchObject({ installmentNumber: 1, component: 'PENALTY', amount: rp(10_080) });
    expect(result.installments[0].paidOn).toBe('2026-02-10');
  });
});

const paymentsArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 8 })
  .chain((offsets) =>
    fc.tuple(
      fc.constant(offsets),
      fc.array(fc.integer({ min: 1, max: 3_000_000 }), { minLength: offsets.length, maxLength: offsets.length }),
      fc.integer({ min: 0, max: 200_000 }),
    ),
  )
  .map(([offsets, amounts, penalty]) => ({
    payments: offsets.map((offset, i): LedgerPayment => ({ id: i + 1, amount: rp(amounts[i]), valueDate: addDays('2026-01-01', offset) })),
    penalty,
  }));

describe('order independence', () => {
  it('any arrival order, replayed after each arrival, ends with the allocation of posting in value-date order', () => {
    fc.assert(
      fc.property(
        paymentsArb.chain((p) => fc.tuple(fc.constant(p), fc.shuffledSubarray(p.payments, { minLength: p.payments.length }))),
        ([{ payments, penalty }, arrival]) => {
          const t = { ...terms, penaltyMicroPercentPerDay: penalty };
          const asOf = '2027-06-30';
          // Posting in arrival order: each arrival replays everything received so far, as the service does.
          let received: LedgerPayment[] = [];
          let last = replayLedger(schedule, [], t, asOf);
          for (const payment of arrival) {
            received = [...received, payment];
            last = replayLedger(schedule, received, t, asOf);
          }
          const inOrder = replayLedger(
            schedule,
            [...payments].sort((a, b) => (a.valueDate < b.valueDate ? -1 : 1)),
            t,
            asOf,
          );
          expect(netAllocation(last.entries)).toEqual(netAllocation(inOrder.entries));
          expect(last.installments).toEqual(inOrder.installments);
          expect(last.credit).toBe(inOrder.credit);
          // Money is neither made nor lost: every sen is allocated or kept as credit.
          const paid = payments.reduce((sum, p) => sum + p.amount, 0n);
          expect(last.entries.reduce((sum, e) => sum + e.amount, 0n) + last.credit).toBe(paid);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('days past due and collectibility', () => {
  const position = (payments: LedgerPayment[], asOf: string, rules = { graceDays: 0, tolerance: 0n }) => {
    const replayed = replayLedger(schedule, payments, terms, asOf);
    return loanPosition(rp(12_000_000), replayed.installments, asOf, rules);
  };

  it('counts from the oldest installment not fully paid, less grace days, ignoring arrears within tolerance', () => {
    expect(position([], '2026-01-31').daysPastDue).toBe(0);
    expect(position([], '2026-03-02')).toMatchObject({ daysPastDue: 30, arrears: rp(2_240_000) });
    expect(position([], '2026-03-02', { graceDays: 5, tolerance: 0n }).daysPastDue).toBe(25);
    // Installment 1 paid but for 1,000 rupiah: within a tolerance of 5,000 rupiah it is not late.
    const short = [{ id: 1, amount: rp(1_119_000), valueDate: '2026-01-31' }];
    expect(position(short, '2026-02-15').daysPastDue).toBe(15);
    expect(position(short, '2026-02-15', { graceDays: 0, tolerance: rp(5_000) }).daysPastDue).toBe(0);
  });

  it('grades by the rule set of the institution type; BPR past maturity is at least grade 2', () => {
    const bank = DEFAULT_COLLECTIBILITY_RULES.COMMERCIAL_BANK;
    const bpr = DEFAULT_COLLECTIBILITY_RULES.BPR;
    expect([0, 1, 90, 91, 120, 121, 180, 181].map((d) => collectibilityOf(d, false, bank))).toEqual([1, 2, 2, 3, 3, 4, 4, 5]);
    expect([0, 30, 31, 90, 91, 180, 181, 360, 361].map((d) => collectibilityOf(d, false, bpr))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5]);
    expect(collectibilityOf(10, true, bpr)).toBe(2);
    expect(collectibilityOf(10, true, bank)).toBe(2);
    expect(collectibilityOf(0, true, bank)).toBe(1);
    expect([0, 15, 45, 75, 100, 150, 400].map(dpdBucketOf)).toEqual(['CURRENT', '1-30', '31-60', '61-90', '91-120', '121-180', '181+']);
  });
});
