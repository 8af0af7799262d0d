import { describe, expect, it } from 'vitest';
import { formatRupiah, moneyToDecimal, parseMoney, parseRupiahInput, percentOf } from '@prospek/shared';

describe('money in minor units', () => {
  it('parses the API decimal form', () => {
    expect(parseMoney('150000000.00')).toBe(15_000_000_000n);
    expect(parseMoney('1500000')).toBe(150_000_000n);
    expect(parseMoney('0.5')).toBe(50n);
    expect(parseMoney('-12.34')).toBe(-1234n);
    expect(() => parseMoney('1.500.000')).toThrow(RangeError);
    expect(() => parseMoney('12.345')).toThrow(RangeError);
    expect(() => parseMoney('abc')).toThrow(RangeError);
  });

  it('prints the API decimal form with two decimals', () => {
    expect(moneyToDecimal(15_000_000_000n)).toBe('150000000.00');
    expect(moneyToDecimal(5n)).toBe('0.05');
    expect(moneyToDecimal(-1234n)).toBe('-12.34');
    expect(moneyToDecimal(0n)).toBe('0.00');
    expect(moneyToDecimal(100n)).toBe('1.00');
    expect(moneyToDecimal(-7n)).toBe('-0.07');
    // Beyond what a float can hold exactly.
    expect(moneyToDecimal(900719925474099312n)).toBe('9007199254740993.12');
  });

  it('formats rupiah the Indonesian way', () => {
    expect(formatRupiah(15_000_000_000n)).toBe('Rp 150.000.000');
    expect(formatRupiah(150_000_050n)).toBe('Rp 1.500.000,50');
    expect(formatRupiah(0n)).toBe('Rp 0');
    expect(formatRupiah(99_900n)).toBe('Rp 999');
    expect(formatRupiah(100_000n, { withSen: true })).toBe('Rp 1.000,00');
    expect(formatRupiah(-250_000_000n)).toBe('-Rp 2.500.000');
  });

  it('parses what people type', () => {
    expect(parseRupiahInput('1.500.000')).toBe(150_000_000n);
    expect(parseRupiahInput('1500000')).toBe(150_000_000n);
    expect(parseRupiahInput('Rp 1.500.000,50')).toBe(150_000_050n);
    expect(parseRupiahInput('rp150.000')).toBe(15_000_000n);
    expect(parseRupiahInput(' 2.000 ')).toBe(200_000n);
    expect(parseRupiahInput('1.50.000')).toBeNull();
    expect(parseRupiahInput('1,5 juta')).toBeNull();
    expect(parseRupiahInput('')).toBeNull();
  });

  it('takes a percentage with half-up rounding', () => {
    expect(percentOf(1000n, 5)).toBe(50n);
    expect(percentOf(10n, 5)).toBe(1n); // 0.5 rounds up
    expect(percentOf(9n, 5)).toBe(0n); // 0.45 rounds down
    expect(percentOf(-10n, 5)).toBe(-1n);
  });
});
