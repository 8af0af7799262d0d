import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNT_CODES } from '../../server/src/modules/finance/account-mapping.defaults.js';
import { journalCsv, journalLines, journalTotals } from '../../server/src/modules/finance/journal-lines.js';
import type { JournalEvent } from '../../server/src/modules/finance/journal-lines.js';

const sen = fc.bigInt({ min: 0n, max: 10n ** 13n });
const base = { date: fc.constant('2026-11-15'), reference: fc.string({ maxLength: 12 }), description: fc.string({ maxLength: 30 }) };

/** A repayment's parts never exceed what was paid: the rest is the client's credit. */
const repayment = fc
  .record({ ...base, type: fc.constantFrom('REPAYMENT' as const, 'REPAYMENT_REVERSAL' as const), productId: fc.nat(5), parts: fc.tuple(sen, sen, sen, sen) })
  .map(({ parts: [principal, interest, penalty, credit], ...rest }): JournalEvent => ({
    ...rest,
    principal,
    interest,
    penalty,
    amount: principal + interest + penalty + credit,
  }));
const invoice = fc
  .record({
    ...base,
    type: fc.constantFrom('INVOICE' as const, 'CREDIT_NOTE' as const),
    kind: fc.constantFrom('RECEIVABLE' as const, 'PAYABLE' as const),
    net: sen,
    tax: sen,
    campaign: fc.boolean(),
  })
  .map(({ net, ...rest }): JournalEvent => ({ ...rest, total: net + rest.tax }));
const event: fc.Arbitrary<JournalEvent> = fc.oneof(
  fc.record({
    ...base,
    type: fc.constantFrom('DISBURSEMENT' as const, 'WRITE_OFF' as const, 'RECOVERY' as const, 'RECOVERY_REVERSAL' as const),
    productId: fc.nat(5),
    amount: sen,
  }),
  repayment,
  invoice,
  fc.record({ ...base, type: fc.constant('PAYMENT' as const), direction: fc.constantFrom('IN' as const, 'OUT' as const), amount: sen }),
);
const gross = (e: JournalEvent) => ('total' in e ? e.total : e.amount);

describe('journal lines', () => {
  it('balance for any mix of events: debits equal credits, and each event posts its whole amount once on each side', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        const lines = journalLines(events);
        const { debitTotal, creditTotal } = journalTotals(lines);
        expect(debitTotal).toBe(creditTotal);
        expect(debitTotal).toBe(events.reduce((sum, e) => sum + gross(e), 0n));
        for (const line of lines) {
          expect(line.debit >= 0n && line.credit >= 0n).toBe(true);
          expect((line.debit === 0n) !== (line.credit === 0n)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('splits a repayment into principal, interest, penalty and the client’s credit', () => {
    const lines = journalLines([
      {
        type: 'REPAYMENT',
        date: '2026-11-03',
        reference: 'ANGS-1',
        description: 'Angsuran',
        productId: 2,
        amount: 1_000_00n,
        principal: 600_00n,
        interest: 300_00n,
        penalty: 50_00n,
      },
    ]);
    expect(lines.map((l) => [l.account, l.debit, l.credit])).toEqual([
      ['CASH', 1_000_00n, 0n],
      ['LOAN_PRINCIPAL', 0n, 600_00n],
      ['INTEREST_INCOME', 0n, 300_00n],
      ['PENALTY_INCOME', 0n, 50_00n],
      ['CLIENT_DEPOSIT', 0n, 50_00n],
    ]);
    const csv = journalCsv(lines, (account) => DEFAULT_ACCOUNT_CODES[account]);
    expect(csv.split('\r\n')[1]).toBe('2026-11-03,1-1100,Kas,1000.00,0.00,ANGS-1,Angsuran');
  });
});
