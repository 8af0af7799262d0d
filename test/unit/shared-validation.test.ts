import { describe, expect, it } from 'vitest';
import { isNikFormat, matchesLeadFilter, normalizeIndonesianPhone, validateLeadFields } from '@prospek/shared';

describe('Indonesian phone numbers', () => {
  it('accepts 08…, +62… and 62… and stores +62…', () => {
    expect(normalizeIndonesianPhone('081234567890')).toBe('+6281234567890');
    expect(normalizeIndonesianPhone('+62 812-3456-7890')).toBe('+6281234567890');
    expect(normalizeIndonesianPhone('6281234567890')).toBe('+6281234567890');
    expect(normalizeIndonesianPhone('0812.3456.7890')).toBe('+6281234567890');
    expect(normalizeIndonesianPhone('(021) 5551234')).toBe('+62215551234');
  });

  it('refuses what cannot be an Indonesian number', () => {
    expect(normalizeIndonesianPhone('12345')).toBeNull();
    expect(normalizeIndonesianPhone('+6581234567')).toBeNull(); // Singapore
    expect(normalizeIndonesianPhone('08abc')).toBeNull();
    expect(normalizeIndonesianPhone('0812')).toBeNull();
    expect(normalizeIndonesianPhone('')).toBeNull();
  });
});

describe('NIK', () => {
  it('is exactly 16 digits', () => {
    expect(isNikFormat('3174015505900001')).toBe(true);
    expect(isNikFormat('317401550590000')).toBe(false);
    expect(isNikFormat('31740155059000011')).toBe(false);
    expect(isNikFormat('31740155059000a1')).toBe(false);
  });
});

describe('lead fields', () => {
  const valid = { fullName: ' Budi Santoso ', source: 'REFERRAL', estimatedAmount: 15_000_000_000n, phone: '0812 3456 7890' };

  it('normalises a valid lead', () => {
    const result = validateLeadFields({ ...valid, companyName: '', nik: '3174015505900001' });
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ fullName: 'Budi Santoso', companyName: null, phone: '+6281234567890', nik: '3174015505900001' }),
    });
  });

  it('names every field that is wrong', () => {
    const result = validateLeadFields({ fullName: '', source: 'TV', estimatedAmount: 0n, phone: '123', nik: '123', email: 'x@' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ['fullName', 'REQUIRED'],
      ['phone', 'PHONE_INVALID'],
      ['email', 'EMAIL_INVALID'],
      ['nik', 'NIK_INVALID'],
      ['source', 'INVALID'],
      ['estimatedAmount', 'AMOUNT_NOT_POSITIVE'],
    ]);
  });

  it('checks only the fields given in a partial update', () => {
    expect(validateLeadFields({ companyName: 'CV Maju' }, { partial: true })).toEqual({ ok: true, value: { companyName: 'CV Maju' } });
    const result = validateLeadFields({ estimatedAmount: -5n }, { partial: true });
    expect(result.ok).toBe(false);
  });

  it('filters cards like the server does', () => {
    const card = {
      ownerId: '3',
      segment: 'MICRO' as const,
      source: 'REFERRAL' as const,
      fullName: 'Budi Santoso',
      companyName: 'UD Maju',
      phone: '+6281234567890',
    };
    expect(matchesLeadFilter(card, {})).toBe(true);
    expect(matchesLeadFilter(card, { ownerId: '3', search: 'budi' })).toBe(true);
    expect(matchesLeadFilter(card, { search: 'maju' })).toBe(true);
    expect(matchesLeadFilter(card, { search: '0812-3456' })).toBe(true);
    expect(matchesLeadFilter(card, { search: 'siti' })).toBe(false);
    expect(matchesLeadFilter(card, { ownerId: '4' })).toBe(false);
    expect(matchesLeadFilter(card, { segment: 'SME' })).toBe(false);
    expect(matchesLeadFilter(card, { source: 'EVENT' })).toBe(false);
  });
});
