import { LEAD_SOURCES, SEGMENTS, STAGE_PROBABILITY } from './enums.js';
import type { LeadSource, LeadStage, Segment } from './enums.js';
import type { FieldError } from './errors.js';
import { isBusinessDate } from './dates.js';
import { percentOf } from './money.js';
import { isNikFormat } from './nik.js';
import { normalizeIndonesianPhone, phoneSearchDigits } from './phone.js';

/** The editable fields of a lead, as both the form and the API hold them before validation. */
export interface LeadFieldsInput {
  fullName?: string | null;
  companyName?: string | null;
  phone?: string | null;
  whatsapp?: string | null;
  email?: string | null;
  nik?: string | null;
  source?: string | null;
  referrerName?: string | null;
  segment?: string | null;
  estimatedAmount?: bigint | null;
  /** What the applicant earns a month, for the debt-service ratio of offers. */
  monthlyIncome?: bigint | null;
  /** Installments the applicant already pays a month on loans elsewhere. */
  existingInstallments?: bigint | null;
  expectedCloseDate?: string | null;
  notes?: string | null;
}

/** The same fields after validation: trimmed, empty strings as null, phones in +62 form. */
export interface LeadFields {
  fullName: string;
  companyName: string | null;
  phone: string | null;
  whatsapp: string | null;
  email: string | null;
  nik: string | null;
  source: LeadSource;
  referrerName: string | null;
  segment: Segment | null;
  estimatedAmount: bigint;
  monthlyIncome: bigint | null;
  existingInstallments: bigint | null;
  expectedCloseDate: string | null;
  notes: string | null;
}

export const LEAD_LIMITS = {
  fullName: 120,
  companyName: 160,
  email: 160,
  referrerName: 120,
  notes: 2000,
  lostReason: 500,
} as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function text(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * Validates a whole lead (create) or the fields present in `input` (update, `partial`).
 * Returns the normalised fields, or the list of what is wrong.
 */
export function validateLeadFields(
  input: LeadFieldsInput,
  options?: { partial?: false },
): { ok: true; value: LeadFields } | { ok: false; errors: FieldError[] };
export function validateLeadFields(
  input: LeadFieldsInput,
  options: { partial: true },
): { ok: true; value: Partial<LeadFields> } | { ok: false; errors: FieldError[] };
export function validateLeadFields(
  input: LeadFieldsInput,
  options: { partial?: boolean } = {},
): { ok: true; value: Partial<LeadFields> } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const value: Partial<LeadFields> = {};
  const has = (key: keyof LeadFieldsInput) => !options.partial || input[key] !== undefined;
  const fail = (field: string, code: FieldError['code'], message: string, params?: FieldError['params']) =>
    errors.push({ field, code, message, ...(params ? { params } : {}) });
  const limited = (key: keyof typeof LEAD_LIMITS & keyof LeadFieldsInput, required: boolean) => {
    if (!has(key)) return;
    const v = text(input[key] as string | null | undefined);
    if (v === null) {
      if (required) fail(key, 'REQUIRED', `${key} is required`);
      else (value as Record<string, unknown>)[key] = null;
      return;
    }
    const max = LEAD_LIMITS[key];
    if (v.length > max) fail(key, 'TOO_LONG', `${key} must be at most ${max} characters`, { max });
    else (value as Record<string, unknown>)[key] = v;
  };

  limited('fullName', true);
  limited('companyName', false);
  limited('referrerName', false);
  limited('notes', false);

  for (const key of ['phone', 'whatsapp'] as const) {
    if (!has(key)) continue;
    const raw = text(input[key]);
    if (raw === null) {
      value[key] = null;
      continue;
    }
    const normalized = normalizeIndonesianPhone(raw);
    if (normalized === null) fail(key, 'PHONE_INVALID', `${key} is not an Indonesian phone number (08…, +62… or 62…)`);
    else value[key] = normalized;
  }

  if (has('email')) {
    const email = text(input.email);
    if (email === null) value.email = null;
    else if (email.length > LEAD_LIMITS.email || !EMAIL.test(email)) fail('email', 'EMAIL_INVALID', 'email is not a valid address');
    else value.email = email.toLowerCase();
  }

  if (has('nik')) {
    const nik = text(input.nik);
    if (nik === null) value.nik = null;
    else if (!isNikFormat(nik)) fail('nik', 'NIK_INVALID', 'NIK must be exactly 16 digits');
    else value.nik = nik;
  }

  if (has('source')) {
    const source = text(input.source);
    if (source === null) fail('source', 'REQUIRED', 'source is required');
    else if (!(LEAD_SOURCES as readonly string[]).includes(source)) fail('source', 'INVALID', `unknown source ${source}`);
    else value.source = source as LeadSource;
  }

  if (has('segment')) {
    const segment = text(input.segment);
    if (segment === null) value.segment = null;
    else if (!(SEGMENTS as readonly string[]).includes(segment)) fail('segment', 'INVALID', `unknown segment ${segment}`);
    else value.segment = segment as Segment;
  }

  if (has('estimatedAmount')) {
    const amount = input.estimatedAmount;
    if (amount === null || amount === undefined) fail('estimatedAmount', 'REQUIRED', 'estimatedAmount is required');
    else if (amount <= 0n) fail('estimatedAmount', 'AMOUNT_NOT_POSITIVE', 'estimatedAmount must be greater than zero');
    else value.estimatedAmount = amount;
  }

  for (const key of ['monthlyIncome', 'existingInstallments'] as const) {
    if (!has(key)) continue;
    const amount = checkIncomeAmount(key, input[key]);
    if ('error' in amount) errors.push(amount.error);
    else value[key] = amount.value;
  }

  if (has('expectedCloseDate')) {
    const date = text(input.expectedCloseDate);
    if (date === null) value.expectedCloseDate = null;
    else if (!isBusinessDate(date)) fail('expectedCloseDate', 'DATE_INVALID', 'expectedCloseDate must be a date YYYY-MM-DD');
    else value.expectedCloseDate = date;
  }

  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

/**
 * An applicant's monthly income or existing installments: optional (null clears it), never negative,
 * whole sen.
 */
export function checkIncomeAmount(field: string, amount: bigint | null | undefined): { value: bigint | null } | { error: FieldError } {
  if (amount === null || amount === undefined) return { value: null };
  if (amount < 0n) return { error: { field, code: 'AMOUNT_NEGATIVE', message: `${field} must not be negative` } };
  return { value: amount };
}

/** The weighted forecast of a stage's total, with the same rounding on server and client. */
export function weightedAmount(stage: LeadStage, total: bigint): bigint {
  return percentOf(total, STAGE_PROBABILITY[stage]);
}

/** What a board or list is narrowed to. Lives in the URL on the client. */
export interface LeadFilter {
  ownerId?: string | null;
  /** Only leads waiting in a pool, without an officer. */
  unassigned?: boolean | null;
  campaignId?: string | null;
  segment?: Segment | null;
  source?: LeadSource | null;
  search?: string | null;
}

/** The fields of a card that a filter looks at. */
export interface FilterableLead {
  ownerId: string | null;
  campaignId?: string | null;
  segment: Segment | null;
  source: LeadSource;
  fullName: string;
  companyName: string | null;
  phone: string | null;
}

/**
 * Whether a lead belongs on a board narrowed by `filter` — the same rule the server's SQL applies,
 * so a live event can be placed (or left out) without a refetch.
 */
export function matchesLeadFilter(lead: FilterableLead, filter: LeadFilter): boolean {
  if (filter.ownerId && lead.ownerId !== filter.ownerId) return false;
  if (filter.unassigned && lead.ownerId !== null) return false;
  if (filter.campaignId && lead.campaignId !== filter.campaignId) return false;
  if (filter.segment && lead.segment !== filter.segment) return false;
  if (filter.source && lead.source !== filter.source) return false;
  const term = filter.search?.trim().toLowerCase();
  if (term) {
    const inText = [lead.fullName, lead.companyName].some((v) => v?.toLowerCase().includes(term));
    const digits = phoneSearchDigits(term);
    const inPhone = digits !== null && lead.phone !== null && lead.phone.replace(/\D/g, '').includes(digits);
    if (!inText && !inPhone) return false;
  }
  return true;
}
