import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agingBucketOf, formatInvoiceNumber, invoiceTotals, isInvoiceNumberFormat, parseBaseFraction } from '@prospek/shared';
import type { InvoiceLineAmounts } from '@prospek/shared';

const ppn12 = { ratePercent: 12, baseNumerator: 11, baseDenominator: 12 };

describe('invoice totals in sen', () => {
  it('charges PPN 12 % on a base of 11/12: 11 % of the price, whole rupiah', () => {
    const t = invoiceTotals([{ quantity: 2, unitPrice: 50_000_000n, taxCode: 'PPN' }], ppn12);
    expect(t.subtotal).toBe(100_000_000n);
    expect(t.taxBase).toBe(91_666_667n); // 916,666.67 rounded half-up to a sen
    expect(t.tax).toBe(11_000_000n); // 110,000.00: 916,666.67 × 12 % = 110,000.0004 rounded down to a rupiah
    expect(t.total).toBe(111_000_000n);
  });

  it('leaves exempt lines out of DPP and PPN', () => {
    const t = invoiceTotals(
      [
        { quantity: 1, unitPrice: 1_000_000n, taxCode: 'EXEMPT' },
        { quantity: 3, unitPrice: 333_333n, taxCode: 'PPN' },
      ],
      ppn12,
    );
    expect(t.lines).toEqual([1_000_000n, 999_999n]);
    expect(t.subtotal).toBe(1_999_999n);
    expect(t.taxBase).toBe(916_666n); // 999,999 × 11 / 12 = 916,665.75 → 916,666
    expect(t.tax).toBe(109_900n); // 916,666 × 0.12 = 109,999.92 sen → Rp 1,099 (rounded down)
    expect(t.total).toBe(1_999_999n + 109_900n);
  });

  it('is zero tax without PPN lines and follows a configured rate and base', () => {
    expect(invoiceTotals([{ quantity: 5, unitPrice: 100n, taxCode: 'EXEMPT' }]).tax).toBe(0n);
    const eleven = invoiceTotals([{ quantity: 1, unitPrice: 1_000_000n, taxCode: 'PPN' }], { ratePercent: 11, baseNumerator: 1, baseDenominator: 1 });
    expect(eleven.taxBase).toBe(1_000_000n);
    expect(eleven.tax).toBe(110_000n);
  });

  const line = fc.record({
    quantity: fc.integer({ min: 0, max: 1_000_000 }),
    unitPrice: fc.bigInt({ min: 0n, max: 10n ** 12n }),
    taxCode: fc.constantFrom('PPN' as const, 'EXEMPT' as const),
  });

  it('property: totals add up, tax is whole rupiah, at most one rupiah under the exact PPN', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), fc.integer({ min: 0, max: 25 }), (lines: InvoiceLineAmounts[], rate) => {
        const vat = { ratePercent: rate, baseNumerator: 11, baseDenominator: 12 };
        const t = invoiceTotals(lines, vat);
        expect(t.subtotal).toBe(t.lines.reduce((a, b) => a + b, 0n));
        expect(t.total).toBe(t.subtotal + t.tax);
        expect(t.tax % 100n).toBe(0n);
        const taxable = lines.reduce((s, l) => (l.taxCode === 'PPN' ? s + BigInt(l.quantity) * l.unitPrice : s), 0n);
        // |DPP − taxable × 11/12| ≤ half a sen, so 12·DPP is within 6 of 11·taxable.
        expect(12n * t.taxBase - 11n * taxable <= 6n && 11n * taxable - 12n * t.taxBase <= 6n).toBe(true);
        const exact = t.taxBase * BigInt(rate); // PPN × 100, in sen
        expect(t.tax * 100n <= exact).toBe(true);
        expect(exact - t.tax * 100n < 100n * 100n).toBe(true);
      }),
    );
  });

  it('property: the order of lines does not change the totals', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines: InvoiceLineAmounts[]) => {
        const a = invoiceTotals(lines);
        const b = invoiceTotals([...lines].reverse());
        expect([a.subtotal, a.taxBase, a.tax, a.total]).toEqual([b.subtotal, b.taxBase, b.tax, b.total]);
      }),
    );
  });
});

describe('invoice numbers, base fractions and aging buckets', () => {
  it('formats numbers per office and year', () => {
    expect(formatInvoiceNumber('INV/{office}/{year}/{seq:6}', { office: 'JKT', year: 2026, seq: 123 })).toBe('INV/JKT/2026/000123');
    expect(formatInvoiceNumber('{year}-{seq}', { office: 'X', year: 2027, seq: 5 })).toBe('2027-5');
    expect(isInvoiceNumberFormat('INV/{office}/{year}')).toBe(false);
  });

  it('parses "11/12" and refuses what is not a fraction', () => {
    expect(parseBaseFraction('11/12')).toEqual({ numerator: 11, denominator: 12 });
    expect(parseBaseFraction('1/0')).toBeNull();
    expect(parseBaseFraction('0.9')).toBeNull();
  });

  it('buckets by days past the due date', () => {
    expect(agingBucketOf('2026-03-10', '2026-03-10')).toBe('current');
    expect(agingBucketOf('2026-03-10', '2026-03-11')).toBe('d1to30');
    expect(agingBucketOf('2026-03-10', '2026-04-09')).toBe('d1to30');
    expect(agingBucketOf('2026-03-10', '2026-04-10')).toBe('d31to60');
    expect(agingBucketOf('2026-01-01', '2026-04-01')).toBe('d61to90');
    expect(agingBucketOf('2026-01-01', '2026-04-02')).toBe('over90');
  });
});
