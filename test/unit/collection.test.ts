import { describe, expect, it } from 'vitest';
import { promiseOutcome } from '@prospek/shared';
import { caseColumn } from '../../server/src/modules/loan/collection-column.js';

const promise = { madeOn: '2026-12-01', promisedDate: '2026-12-05', amount: 100_000_00n };
const none = { promised: false, newlyBroken: false };

describe('a promise to pay', () => {
  it('is kept by payments valued from the day it was made up to the promised date that cover it', () => {
    const payments = [
      { amount: 40_000_00n, valueDate: '2026-12-02' },
      { amount: 60_000_00n, valueDate: '2026-12-04' },
    ];
    expect(promiseOutcome(promise, payments, '2026-12-10')).toEqual({ status: 'KEPT', resolvedOn: '2026-12-04' });
  });

  it('ignores payments before it was made or after the promised date, and breaks the day after', () => {
    const payments = [
      { amount: 100_000_00n, valueDate: '2026-11-30' },
      { amount: 100_000_00n, valueDate: '2026-12-06' },
    ];
    expect(promiseOutcome(promise, payments, '2026-12-05')).toEqual({ status: 'PENDING', resolvedOn: null });
    expect(promiseOutcome(promise, payments, '2026-12-06')).toEqual({ status: 'BROKEN', resolvedOn: '2026-12-06' });
  });

  it('does not depend on the order payments arrive in', () => {
    const a = { amount: 30_000_00n, valueDate: '2026-12-05' };
    const b = { amount: 70_000_00n, valueDate: '2026-12-03' };
    expect(promiseOutcome(promise, [a, b], '2026-12-09')).toEqual(promiseOutcome(promise, [b, a], '2026-12-09'));
    expect(promiseOutcome(promise, [a, b], '2026-12-09')).toEqual({ status: 'KEPT', resolvedOn: '2026-12-05' });
  });
});

describe('the column of a collection case', () => {
  it('opens in NEW, or where the latest promise stands, and resolves when the arrears clear', () => {
    expect(caseColumn(null, false, null, none)).toBeNull();
    expect(caseColumn(null, true, null, none)).toBe('NEW');
    expect(caseColumn(null, true, 'PENDING', none)).toBe('PROMISED');
    expect(caseColumn('RESTRUCTURE_REQUESTED', false, null, none)).toBe('RESOLVED');
    expect(caseColumn('RESOLVED', true, 'KEPT', none)).toBe('NEW');
  });

  it('follows promises: recorded, broken, and kept after all', () => {
    expect(caseColumn('CONTACTED', true, 'PENDING', { promised: true, newlyBroken: false })).toBe('PROMISED');
    expect(caseColumn('PROMISED', true, 'BROKEN', { promised: false, newlyBroken: true })).toBe('BROKEN_PROMISE');
    expect(caseColumn('BROKEN_PROMISE', true, 'KEPT', none)).toBe('CONTACTED');
    expect(caseColumn('BROKEN_PROMISE', true, 'PENDING', none)).toBe('PROMISED');
    // Where the officer put it otherwise.
    expect(caseColumn('RESTRUCTURE_REQUESTED', true, 'KEPT', none)).toBe('RESTRUCTURE_REQUESTED');
  });
});
