import { CLIENT_STATUSES, CLIENT_TYPES } from './client.entity.js';
import type { Client } from './client.entity.js';
import type { ClientFieldsInput } from './client.inputs.js';
import { checkIncomeAmount, checkNik, isBusinessDate, parseNik, normalizeIndonesianPhone, normalizeNpwp, SEGMENTS } from '@prospek/shared';
import type { FieldError } from '@prospek/shared';
import { InputError } from '../../errors.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function text(value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * A client's columns from a create or update input: phones in +62 form, NPWP in 16 digits, a NIK whose
 * birth-date part (day + 40 for women) matches the birth date, gender read from the NIK.
 */
export function clientValues(input: ClientFieldsInput, current: Client | null): Partial<Client> {
  const errors: FieldError[] = [];
  const fail = (field: string, code: FieldError['code'], message: string) => errors.push({ field, code, message });
  const values: Partial<Client> = {};

  if (input.type != null) {
    if (!(CLIENT_TYPES as readonly string[]).includes(input.type)) fail('type', 'INVALID', 'unknown client type');
    values.type = input.type;
  }
  const name = text(input.name);
  if (name !== undefined) {
    if (name === null) fail('name', 'REQUIRED', 'name is required');
    else if (name.length > 160) fail('name', 'TOO_LONG', 'name must be at most 160 characters');
    else values.name = name;
  }
  const birthDate = text(input.birthDate);
  if (birthDate !== undefined) {
    if (birthDate !== null && !isBusinessDate(birthDate)) fail('birthDate', 'DATE_INVALID', 'birthDate must be YYYY-MM-DD');
    else values.birthDate = birthDate;
  }
  const nik = text(input.nik);
  if (nik !== undefined) values.nik = nik;
  for (const key of ['phone', 'whatsapp'] as const) {
    const raw = text(input[key]);
    if (raw === undefined) continue;
    if (raw === null) values[key] = null;
    else {
      const phone = normalizeIndonesianPhone(raw);
      if (!phone) fail(key, 'PHONE_INVALID', `${key} is not an Indonesian phone number`);
      else values[key] = phone;
    }
  }
  const npwp = text(input.npwp);
  if (npwp !== undefined) {
    if (npwp === null) values.npwp = null;
    else {
      const normalized = normalizeNpwp(npwp);
      if (!normalized) fail('npwp', 'INVALID', 'NPWP has 16 digits, or 15 in the old form with a valid check digit');
      else values.npwp = normalized;
    }
  }
  const email = text(input.email);
  if (email !== undefined) {
    if (email !== null && (!EMAIL.test(email) || email.length > 160)) fail('email', 'EMAIL_INVALID', 'email is not a valid address');
    else values.email = email?.toLowerCase() ?? null;
  }
  const address = text(input.address);
  if (address !== undefined) {
    if (address && address.length > 500) fail('address', 'TOO_LONG', 'address must be at most 500 characters');
    else values.address = address;
  }
  if (input.segment !== undefined) {
    if (input.segment !== null && !(SEGMENTS as readonly string[]).includes(input.segment)) fail('segment', 'INVALID', 'unknown segment');
    else values.segment = input.segment;
  }
  for (const key of ['monthlyIncome', 'existingInstallments'] as const) {
    if (input[key] === undefined) continue;
    const amount = checkIncomeAmount(key, input[key]);
    if ('error' in amount) errors.push(amount.error);
    else values[key] = amount.value;
  }
  if (input.status != null) {
    if (!(CLIENT_STATUSES as readonly string[]).includes(input.status)) fail('status', 'INVALID', 'unknown status');
    else values.status = input.status;
  }

  const merged = { ...(current ?? {}), ...values } as Client;
  if (!current) {
    if (!merged.type) fail('type', 'REQUIRED', 'type is required');
    if (!merged.name && name === undefined) fail('name', 'REQUIRED', 'name is required');
  }
  if (merged.nik) {
    if (merged.type === 'COMPANY') fail('nik', 'NOT_ALLOWED', 'a company has an NPWP, not a NIK');
    const check = checkNik(merged.nik, merged.birthDate);
    if (!check.ok) {
      // A NIK that reads well on its own but not against the birth date given: say which.
      if (check.reason === 'BIRTH_DATE' && merged.birthDate && parseNik(merged.nik).ok)
        fail('nik', 'NIK_BIRTH_DATE_MISMATCH', 'the NIK’s birth-date part does not match the birth date');
      else fail('nik', 'NIK_INVALID', 'NIK is not a valid 16-digit number');
    } else if (values.nik !== undefined || values.birthDate !== undefined) {
      values.gender = check.info.gender;
      if (!merged.birthDate) values.birthDate = check.info.birthDate;
    }
  }
  if (errors.length > 0) throw new InputError(errors);
  return values;
}
