import { describe, expect, it } from 'vitest';
import { referenceKey, uniqueAmountCode, virtualAccountOf } from '@prospek/shared';
import { CandidateIndex } from '../../server/src/modules/reconcile/reconcile-rules.js';
import type { OpenItem } from '../../server/src/modules/reconcile/reconcile-rules.js';

const rp = (n: number) => BigInt(n) * 100n;
const invoice = (id: number, number: string, payer: string, due: number, extra: Partial<OpenItem> = {}): OpenItem => ({
  kind: 'RECEIVABLE',
  id,
  keys: [referenceKey(number)],
  label: number,
  clientId: id,
  payer,
  officerId: 7,
  due: rp(due),
  dueDate: '2026-12-10',
  ...extra,
});
const settings = { tolerance: rp(1000), windowDays: 7 };
const line = (amount: number, remark: string, extra: Partial<{ direction: 'IN' | 'OUT'; date: string; reference: string | null }> = {}) => ({
  direction: 'IN' as const,
  amount: rp(amount),
  date: '2026-12-05',
  remark,
  reference: null,
  ...extra,
});

describe('statement matching rules', () => {
  const items = [
    invoice(1, 'INV/JKT/2026/000001', 'PT Maju Jaya', 5_550_000),
    invoice(2, 'INV/JKT/2026/000002', 'Budi Santoso', 2_000_000),
    invoice(3, 'INV/JKT/2026/000003', 'Siti Aminah', 2_000_000),
    invoice(4, 'INV/JKT/2026/000004', 'CV Sinar Grafika', 1_250_000, { kind: 'PAYABLE', clientId: null }),
    { ...invoice(42, 'X', 'Rahmat Hidayat', 1_500_000), kind: 'LOAN' as const, keys: [virtualAccountOf(42)], label: virtualAccountOf(42) },
  ];
  const index = () => new CandidateIndex(structuredClone(items), [{ id: 9, name: 'Dewi Lestari', officerId: 8 }]);

  it('(a) an invoice number in the remark, whatever separators the bank kept', () => {
    for (const remark of ['TRF INV/JKT/2026/000001', 'TRF INVJKT2026000001 PT MAJU', 'TRF INV JKT 2026 000001'])
      expect(index().decide(line(5_550_000, remark), settings)).toMatchObject({ kind: 'AUTO', rule: 'REFERENCE', item: { id: 1 }, mismatch: null });
  });

  it('(a) a loan’s virtual account in the remark posts to the loan', () => {
    expect(index().decide(line(1_500_000, `SETORAN VA ${virtualAccountOf(42)}`), settings)).toMatchObject({ kind: 'AUTO', item: { kind: 'LOAN', id: 42 } });
  });

  it('(a) with an amount short of what is due: matched, with the disagreement to follow up', () => {
    const d = index().decide(line(5_000_000, 'INV/JKT/2026/000001'), settings);
    expect(d).toMatchObject({
      kind: 'AUTO',
      mismatch: { code: 'AMOUNT_SHORT', params: { expected: '5550000.00', paid: '5000000.00', difference: '550000.00' } },
    });
  });

  it('(a) paid after the due date: PAID_LATE', () => {
    const d = index().decide(line(5_550_000, 'INV/JKT/2026/000001', { date: '2026-12-20' }), settings);
    expect(d).toMatchObject({ kind: 'AUTO', mismatch: { code: 'PAID_LATE', params: { dueDate: '2026-12-10', paidDate: '2026-12-20' } } });
  });

  it('(b) the amount due plus the invoice’s unique code', () => {
    const amount = 2_000_000 + uniqueAmountCode(3);
    expect(index().decide(line(amount, 'TRANSFER'), settings)).toMatchObject({ kind: 'AUTO', rule: 'AMOUNT_CODE', item: { id: 3 } });
  });

  it('(c) the payer’s name and the exact amount, one candidate only', () => {
    expect(index().decide(line(2_000_000, 'TRF DARI BUDI SANTOSO'), settings)).toMatchObject({ kind: 'AUTO', rule: 'CLIENT_AMOUNT', item: { id: 2 } });
  });

  it('never auto-matches two candidates: the same amount without a name is only a proposal', () => {
    const d = index().decide(line(2_000_000, 'SETORAN TUNAI'), settings);
    expect(d.kind).toBe('PROPOSE');
  });

  it('(d) within the tolerance and the date window: a proposal, the closest first', () => {
    expect(index().decide(line(5_549_500, 'SETORAN'), settings)).toMatchObject({ kind: 'PROPOSE', rule: 'TOLERANCE', item: { id: 1 } });
    expect(index().decide(line(5_549_500, 'SETORAN', { date: '2026-12-30' }), settings)).toEqual({ kind: 'NONE' });
    expect(index().decide(line(5_540_000, 'SETORAN'), settings)).toEqual({ kind: 'NONE' });
  });

  it('money out settles a supplier’s invoice, never a client’s', () => {
    expect(index().decide(line(1_250_000, 'BAYAR CETAK CV SINAR GRAFIKA', { direction: 'OUT' }), settings)).toMatchObject({
      kind: 'AUTO',
      item: { kind: 'PAYABLE', id: 4 },
    });
    expect(index().decide(line(5_550_000, 'INV/JKT/2026/000001', { direction: 'OUT' }), settings).kind).not.toBe('AUTO');
  });

  it('money from a known client with nothing open: a follow-up', () => {
    expect(index().decide(line(777_000, 'TRF DARI DEWI LESTARI'), settings)).toEqual({ kind: 'NO_INVOICE', clientId: 9, officerId: 8, payer: 'Dewi Lestari' });
  });

  it('an invoice paid by one line is not matched again by the next', () => {
    const idx = index();
    const first = idx.decide(line(2_000_000, 'TRF DARI BUDI SANTOSO'), settings);
    if (first.kind !== 'AUTO') throw new Error('expected a match');
    idx.paid(first.item, rp(2_000_000));
    expect(idx.decide(line(2_000_000, 'TRF DARI BUDI SANTOSO'), settings).kind).not.toBe('AUTO');
  });
});
