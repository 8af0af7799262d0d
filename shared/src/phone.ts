import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * Normalises an Indonesian phone number typed as 08…, +62… or 62… (spaces, dashes, dots and
 * parentheses allowed) to E.164 (+62…). Returns null when it cannot be a valid Indonesian number.
 */
export function normalizeIndonesianPhone(input: string): string | null {
  const compact = input.trim().replace(/[\s\-.()]/g, '');
  if (!/^\+?\d{8,15}$/.test(compact)) return null;
  let candidate = compact;
  if (candidate.startsWith('62')) candidate = `+${candidate}`;
  const parsed = parsePhoneNumberFromString(candidate, 'ID');
  if (!parsed || parsed.country !== 'ID' || !parsed.isValid()) return null;
  return parsed.number;
}

/** Mobile numbers (08… / +628…) are the ones that can receive WhatsApp and SMS. */
export function isIndonesianMobile(e164: string): boolean {
  return /^\+628\d{7,11}$/.test(e164);
}

/** Digits of a phone search term, so "0812-3456" finds "+628123456…". */
export function phoneSearchDigits(term: string): string | null {
  const digits = term.replace(/\D/g, '');
  if (digits.length < 4) return null;
  if (digits.startsWith('0')) return `62${digits.slice(1)}`;
  return digits;
}
