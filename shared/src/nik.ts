/**
 * NIK (Nomor Induk Kependudukan): 16 digits — 2 of province, 2 of regency, 2 of district, 6 of birth
 * date (DDMMYY, day + 40 for women), 4 of serial.
 */
import { businessDate, isBusinessDate } from './dates.js';

/** Province codes in use (Kemendagri), the first two digits of every NIK. */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97,
]);

export function isNikFormat(nik: string): boolean {
  return /^\d{16}$/.test(nik);
}

export type Gender = 'MALE' | 'FEMALE';

export interface NikInfo {
  province: number;
  /** YYYY-MM-DD; the century is the latest that does not put the birth in the future. */
  birthDate: string;
  gender: Gender;
}

export type NikCheck = { ok: true; info: NikInfo } | { ok: false; reason: 'FORMAT' | 'PROVINCE' | 'BIRTH_DATE' };

export function parseNik(nik: string, asOf: string = businessDate()): NikCheck {
  if (!isNikFormat(nik)) return { ok: false, reason: 'FORMAT' };
  const province = Number(nik.slice(0, 2));
  if (!PROVINCES.has(province)) return { ok: false, reason: 'PROVINCE' };
  let day = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const gender: Gender = day > 40 ? 'FEMALE' : 'MALE';
  if (day > 40) day -= 40;
  const thisYear = Number(asOf.slice(0, 4));
  let year = Math.floor(thisYear / 100) * 100 + yy;
  if (year > thisYear) year -= 100;
  const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isBusinessDate(birthDate) || birthDate > asOf) return { ok: false, reason: 'BIRTH_DATE' };
  return { ok: true, info: { province, birthDate, gender } };
}

/**
 * Checks a NIK, and that it agrees with a birth date (same day and month, same year in the century)
 * when one is given.
 */
export function checkNik(nik: string, birthDate?: string | null, asOf?: string): NikCheck {
  const parsed = parseNik(nik, asOf);
  if (!parsed.ok || !birthDate) return parsed;
  if (parsed.info.birthDate.slice(2) !== birthDate.slice(2)) return { ok: false, reason: 'BIRTH_DATE' };
  return { ok: true, info: { ...parsed.info, birthDate } };
}

/**
 * The legacy NPWP's ninth digit checks the eight before it (Luhn, mod 10): a mistyped digit in the
 * taxpayer's serial is caught where it is typed.
 */
export function legacyNpwpCheckDigitValid(digits15: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i += 1) {
    const doubled = Number(digits15[i]) * (i % 2 === 0 ? 1 : 2);
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return sum % 10 === 0;
}

/**
 * NPWP: 16 digits since 2024 (a person's is their NIK); the legacy 15-digit form
 * (99.999.999.9-999.999) is accepted when its check digit holds, and normalised to 16 digits with a
 * leading 0.
 */
export function normalizeNpwp(input: string): string | null {
  const digits = input.replace(/[\s.-]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  if (digits.length === 15) return legacyNpwpCheckDigitValid(digits) ? `0${digits}` : null;
  if (digits.length === 16) return digits;
  return null;
}

/** 0123456789012345 → 01.234.567.8-901.234 for legacy-normalised numbers; plain groups otherwise. */
export function formatNpwp(npwp: string): string {
  if (npwp.startsWith('0')) {
    const d = npwp.slice(1);
    return `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}.${d.slice(8, 9)}-${d.slice(9, 12)}.${d.slice(12, 15)}`;
  }
  return npwp.replace(/(\d{4})(?=\d)/g, '$1 ');
}
