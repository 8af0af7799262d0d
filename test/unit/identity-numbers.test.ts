import { describe, expect, it } from 'vitest';
import { checkNik, formatNpwp, normalizeNpwp, parseNik, vatOn } from '@prospek/shared';

describe('NIK', () => {
  it('reads province, birth date and gender', () => {
    expect(parseNik('3174015505900001', '2026-11-23')).toEqual({ ok: true, info: { province: 31, birthDate: '1990-05-15', gender: 'FEMALE' } });
    expect(parseNik('3273011208850003', '2026-11-23')).toEqual({ ok: true, info: { province: 32, birthDate: '1985-08-12', gender: 'MALE' } });
    expect(parseNik('3578010101100001', '2026-11-23')).toMatchObject({ ok: true, info: { birthDate: '2010-01-01' } });
  });

  it('refuses impossible numbers', () => {
    expect(parseNik('317401550590000', '2026-11-23')).toEqual({ ok: false, reason: 'FORMAT' });
    expect(parseNik('9974015505900001', '2026-11-23')).toEqual({ ok: false, reason: 'PROVINCE' });
    expect(parseNik('3174013202900001', '2026-11-23')).toEqual({ ok: false, reason: 'BIRTH_DATE' }); // 32 February
    expect(parseNik('3174017213900001', '2026-11-23')).toEqual({ ok: false, reason: 'BIRTH_DATE' }); // day 32 for a woman
    expect(parseNik('3174010113900001', '2026-11-23')).toEqual({ ok: false, reason: 'BIRTH_DATE' }); // month 13
  });

  it('must agree with a given birth date', () => {
    expect(checkNik('3174015505900001', '1990-05-15', '2026-11-23').ok).toBe(true);
    expect(checkNik('3174015505900001', '1990-05-16', '2026-11-23')).toEqual({ ok: false, reason: 'BIRTH_DATE' });
  });
});

describe('NPWP', () => {
  it('accepts 16 digits and normalises the legacy 15-digit form', () => {
    expect(normalizeNpwp('3174015505900001')).toBe('3174015505900001');
    expect(normalizeNpwp('01.234.567.4-901.234')).toBe('0012345674901234');
    expect(normalizeNpwp('012345674901234')).toBe('0012345674901234');
    expect(formatNpwp('0012345674901234')).toBe('01.234.567.4-901.234');
  });

  it('refuses other lengths and letters', () => {
    expect(normalizeNpwp('12345')).toBeNull();
    // Legacy numbers whose check digit (the ninth, Luhn over the eight before) does not hold.
    expect(normalizeNpwp('01.234.567.8-901.234')).toBeNull();
    expect(normalizeNpwp('01.312.166.1-091.000')).toBeNull();
    for (const valid of ['01.312.166.0-091.000', '016090524017000', '02.183.241.5-000.000']) expect(normalizeNpwp(valid)).toBe(`0${valid.replace(/\D/g, '')}`);
    expect(normalizeNpwp('01.234.567.8-901.23A')).toBeNull();
    expect(normalizeNpwp('31740155059000011')).toBeNull();
  });
});

describe('PPN', () => {
  it('is 12 % on 11/12 of a fee service price, and nothing when exempt', () => {
    expect(vatOn(120_000_000n, 'PPN')).toBe(13_200_000n); // Rp 1.200.000 → Rp 132.000
    expect(vatOn(100_000_000n, 'EXEMPT')).toBe(0n);
    expect(vatOn(123_456_700n, 'PPN')).toBe(13_580_200n); // 1.234.567 × 11/12 × 12 % = 135.802,37 → 135.802
  });
});
