import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isMt940, parseMt940 } from '../../server/src/modules/reconcile/mt940.js';
import { parseStatementAmount, parseStatementDate } from '../../server/src/modules/reconcile/statement-values.js';
import { fingerprints } from '../../server/src/modules/reconcile/statement-parse.js';

const sample = readFileSync(new URL('../fixtures/statements/mandiri.mt940', import.meta.url), 'utf8');

describe('MT940 statements', () => {
  it('reads the account, balances and each :61: line with its :86: remark', () => {
    expect(isMt940(sample)).toBe(true);
    const st = parseMt940(sample);
    expect(st.reference).toBe('STMT261201001');
    expect(st.account).toBe('1230009876543');
    expect(st.statementNumber).toBe('00335/001');
    expect(st.opening).toEqual({ date: '2026-11-30', currency: 'IDR', amount: 2_500_000_000n });
    expect(st.closing.amount).toBe(3_142_500_050n);
    expect(st.lines).toEqual([
      { date: '2026-12-01', direction: 'IN', amount: 555_000_000n, reference: 'INV001', remark: 'TRF DARI PT MAJU JAYA PEMBAYARAN INV/JKT/2026/000123' },
      { date: '2026-12-02', direction: 'OUT', amount: 125_000_000n, reference: 'FT26336EFGH', remark: 'PEMBAYARAN CETAK BROSUR CV SINAR GRAFIKA' },
      { date: '2026-12-03', direction: 'IN', amount: 212_500_050n, reference: null, remark: 'SETORAN VA 88080000000042' },
    ]);
  });

  it('refuses a statement whose closing balance disagrees with its lines', () => {
    const wrong = sample.replace(':62F:C261203IDR31425000,50', ':62F:C261203IDR31425000,00');
    expect(() => parseMt940(wrong)).toThrow(/closing balance disagrees/);
  });

  it('refuses a :61: line it cannot read, and a statement without balances', () => {
    expect(() => parseMt940(sample.replace(':61:2612021202D1250000,00', ':61:26120X1202D1250000,00'))).toThrow(/:61:/);
    expect(() => parseMt940(sample.replace(/:60F:.*\n/, ''))).toThrow(/opening balance/);
  });

  it('reads a reversal of a credit as money out', () => {
    const text = [':20:X', ':25:111', ':60F:C261201IDR100,00', ':61:261202RC40,00NTRFREF1', ':86:KOREKSI', ':62F:C261202IDR60,00'].join('\n');
    expect(parseMt940(text).lines[0]).toMatchObject({ direction: 'OUT', amount: 4000n, reference: 'REF1' });
  });

  it('is told apart from a CSV table', () => {
    expect(isMt940('Tanggal;Keterangan;Jumlah\n01/12/2026;TRF;1.000\n')).toBe(false);
  });
});

describe('statement amounts and dates as banks write them', () => {
  it.each([
    ['1.500.000,00', 150_000_000n],
    ['1,500,000.00', 150_000_000n],
    ['1500000', 150_000_000n],
    ['-250.000', -25_000_000n],
    ['(250.000)', -25_000_000n],
    ['250.000,00 DB', -25_000_000n],
    ['250.000,00 CR', 25_000_000n],
    ['Rp 1.234,5', 123_450n],
    ['', null],
    ['abc', null],
  ])('%s', (text, minor) => expect(parseStatementAmount(text)).toBe(minor));

  it.each([
    ['2026-12-01', '2026-12-01'],
    ['01/12/2026', '2026-12-01'],
    ['1-12-26', '2026-12-01'],
    ['01 Des 2026', '2026-12-01'],
    ['31/02/2026', null],
    ['kemarin', null],
  ])('%s', (text, iso) => expect(parseStatementDate(text)).toBe(iso));
});

describe('line fingerprints', () => {
  it('are the same on a second upload and tell two equal lines of one file apart', () => {
    const line = { date: '2026-12-01', direction: 'IN' as const, amount: 100n, remark: 'TRF', reference: null, balance: null };
    const first = fingerprints(1, 'ACC', [line, line]);
    expect(first[0]).not.toBe(first[1]);
    expect(fingerprints(1, 'ACC', [line, line])).toEqual(first);
    expect(fingerprints(2, 'ACC', [line])[0]).not.toBe(first[0]);
  });
});
