import { describe, expect, it } from 'vitest';
import { disbursementSchedule } from '@prospek/shared';
import { paymentsOf, readDate, readLoanRow, readRateMicro } from '../../server/src/modules/loan-import/loan-import-row.js';
import type { LoanImportLookups } from '../../server/src/modules/loan-import/loan-import-row.js';

const lookups: LoanImportLookups = {
  clients: new Map([['3171014501900003', { id: 7, officeId: 2, officerId: 11 }]]),
  products: new Map([['kum', { id: 3, interestMethod: 'FLAT' as const }]]),
  officers: new Map([['ao@bank.test', { id: 12 }]]),
  todayOf: () => '2026-06-15',
};
const headers = ['No', 'NIK', 'Produk', 'AO', 'Plafon', 'Bunga', 'Tenor', 'Metode', 'Cair', 'Pertama', 'Dibayar', 'Jumlah'];
const mapping = {
  externalNumber: 'No',
  client: 'NIK',
  product: 'Produk',
  officer: 'AO',
  principal: 'Plafon',
  annualRate: 'Bunga',
  tenorMonths: 'Tenor',
  interestMethod: 'Metode',
  disbursementDate: 'Cair',
  firstDueDate: 'Pertama',
  paidInstallments: 'Dibayar',
  paidAmount: 'Jumlah',
};

describe('reading a loan of an existing book', () => {
  it('reads dates and rates as Indonesians write them', () => {
    expect(readDate('05/01/2026')).toBe('2026-01-05');
    expect(readDate('2026-01-05')).toBe('2026-01-05');
    expect(readDate('31/02/2026')).toBeNull();
    expect(readRateMicro('12,5')).toBe(12_500_000);
    expect(readRateMicro('18.25%')).toBe(18_250_000);
    expect(readRateMicro('101')).toBeNull();
    expect(readRateMicro('dua')).toBeNull();
  });

  it('turns installments paid into repayments on their due dates, an amount ending mid-installment included', () => {
    const schedule = disbursementSchedule({ amount: 1_200_000_00n, tenorMonths: 12, annualRate: '12', method: 'FLAT' }, '2026-01-10');
    const each = schedule[0].principal + schedule[0].interest;
    expect(paymentsOf(schedule, 2n * each + 5_000_00n, '2026-06-15')).toEqual([
      { amount: each, valueDate: '2026-01-10' },
      { amount: each, valueDate: '2026-02-10' },
      { amount: 5_000_00n, valueDate: '2026-03-10' },
    ]);
    // Paid ahead of the schedule: the part not due yet is dated today.
    expect(paymentsOf(schedule, 8n * each, '2026-06-15').at(-1)).toEqual({ amount: 2n * each, valueDate: '2026-06-15' });
  });

  it('reads a good row, defaulting the method to the product’s and the officer to the client’s', () => {
    const row = ['K-1', '3171 0145 0190 0003', 'KUM', '', '12.000.000', '12', '12', '', '10/01/2026', '10/02/2026', '3', ''];
    const read = readLoanRow(row, headers, mapping, lookups);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.loan).toMatchObject({ externalNumber: 'K-1', clientId: 7, officerId: 11, productId: 3, interestMethod: 'FLAT', principal: 12_000_000_00n });
    expect(read.loan.payments.map((p) => p.valueDate)).toEqual(['2026-02-10', '2026-03-10', '2026-04-10']);
  });

  it('gives every reason a bad row has', () => {
    const row = ['', '999', 'X', 'nobody@bank.test', '-5', 'a', '0', 'BALLOON', '2027-01-01', '2026-01-01', '', ''];
    const read = readLoanRow(row, headers, mapping, lookups);
    expect(read.ok ? [] : read.reasons.map((r) => r.code)).toEqual([
      'LOAN_NUMBER_EMPTY',
      'CLIENT_UNKNOWN',
      'PRODUCT_UNKNOWN',
      'OFFICER_UNKNOWN',
      'AMOUNT_INVALID',
      'RATE_INVALID',
      'TENOR_INVALID',
      'METHOD_UNKNOWN',
      'DISBURSEMENT_DATE_INVALID',
      'FIRST_DUE_DATE_INVALID',
    ]);
  });
});
