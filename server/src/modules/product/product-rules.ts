import { INTEREST_METHODS, MAX_TENOR_MONTHS, VAT_TREATMENTS, rateToMicroPercent } from '@prospek/shared';
import type { FieldError } from '@prospek/shared';
import { InputError } from '../../errors.js';
import { PRODUCT_KINDS } from './product.entity.js';
import type { Product } from './product.entity.js';
import type { ProductFieldsInput } from './product.inputs.js';

/** The product's columns from a create or update input, checked as a whole against the result. */
export function productValues(input: ProductFieldsInput, current: Product | null): Partial<Product> {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string, code: FieldError['code'] = 'INVALID', range?: FieldError['params']) =>
    errors.push({ field, code, message, ...(range ? { params: range, reason: 'OUT_OF_RANGE' as const } : {}) });
  const values: Partial<Product> = {};
  const pick = <K extends keyof ProductFieldsInput>(key: K) => (input[key] !== undefined && input[key] !== null ? input[key] : undefined);

  const code = pick('code');
  if (code !== undefined) {
    const normalized = String(code).trim().toUpperCase();
    if (!/^[A-Z0-9-]{2,30}$/.test(normalized)) fail('code', 'code is 2–30 letters, digits or dashes');
    values.code = normalized;
  }
  const name = pick('name');
  if (name !== undefined) {
    if (!String(name).trim()) fail('name', 'name is required', 'REQUIRED');
    values.name = String(name).trim().slice(0, 120);
  }
  if (pick('kind') !== undefined) values.kind = input.kind as Product['kind'];
  if (input.segment !== undefined) values.segment = input.segment ?? null;
  if (input.interestMethod !== undefined) values.interestMethod = input.interestMethod ?? null;
  for (const key of ['minRate', 'maxRate'] as const) {
    const rate = pick(key);
    if (rate === undefined) continue;
    if (!Number.isFinite(rate) || rate < 0 || rate > 100)
      fail(key, `${key} must be a percent between 0 and 100`, 'INVALID', { min: 0, max: 100, unit: 'percent' });
    else values[key === 'minRate' ? 'minRateMicro' : 'maxRateMicro'] = Number(rateToMicroPercent(rate));
  }
  for (const key of ['minTenorMonths', 'maxTenorMonths'] as const) {
    const tenor = pick(key);
    if (tenor === undefined) continue;
    if (!Number.isInteger(tenor) || tenor < 1 || tenor > MAX_TENOR_MONTHS)
      fail(key, `${key} must be between 1 and ${MAX_TENOR_MONTHS} months`, 'INVALID', { min: 1, max: MAX_TENOR_MONTHS, unit: 'months' });
    else values[key] = tenor;
  }
  for (const key of ['minAmount', 'maxAmount', 'fee'] as const) {
    const amount = pick(key);
    if (amount === undefined) continue;
    if (amount < 0n || amount % 100n !== 0n) fail(key, `${key} must be a whole number of rupiah, not negative`, 'AMOUNT_INVALID');
    else values[key] = amount;
  }
  if (pick('vatTreatment') !== undefined) values.vatTreatment = input.vatTreatment as Product['vatTreatment'];
  const description = pick('description');
  if (description !== undefined) values.description = String(description).trim();
  const requirements = pick('requirements');
  if (requirements !== undefined) {
    const list = requirements.map((r) => ({ code: r.code.trim().toUpperCase(), label: r.label.trim() }));
    if (list.some((r) => !/^[A-Z0-9_]{2,40}$/.test(r.code) || !r.label || r.label.length > 200)) {
      fail('requirements', 'each requirement needs a code (letters, digits, _) and a label of at most 200 characters');
    } else if (new Set(list.map((r) => r.code)).size !== list.length) {
      fail('requirements', 'requirement codes must be different');
    }
    values.requirementsJson = JSON.stringify(list);
  }
  if (input.active !== undefined && input.active !== null) values.active = input.active;

  // The product as it would be, checked as a whole.
  const merged = { ...(current ?? {}), ...values } as Product;
  if (!current) {
    for (const key of ['code', 'name', 'kind', 'description'] as const) {
      if (merged[key] === undefined || merged[key] === '') fail(key, `${key} is required`, 'REQUIRED');
    }
  }
  if (merged.kind && !(PRODUCT_KINDS as readonly string[]).includes(merged.kind)) fail('kind', 'unknown kind');
  if (merged.vatTreatment && !(VAT_TREATMENTS as readonly string[]).includes(merged.vatTreatment)) fail('vatTreatment', 'unknown VAT treatment');
  if (merged.kind === 'LOAN' && (!merged.interestMethod || !(INTEREST_METHODS as readonly string[]).includes(merged.interestMethod))) {
    fail('interestMethod', 'a loan needs an interest method', 'REQUIRED');
  }
  if (merged.kind !== 'LOAN' && merged.kind !== undefined) values.interestMethod = null;
  if (merged.kind === 'LOAN' || merged.kind === 'DEPOSIT') {
    if ((merged.minRateMicro ?? 0) > (merged.maxRateMicro ?? 0)) fail('maxRate', 'maxRate must not be below minRate');
    if ((merged.minTenorMonths ?? 1) > (merged.maxTenorMonths ?? 1)) fail('maxTenorMonths', 'maxTenorMonths must not be below minTenorMonths');
    if ((merged.minAmount ?? 0n) > (merged.maxAmount ?? 0n)) fail('maxAmount', 'maxAmount must not be below minAmount');
    if ((merged.maxAmount ?? 0n) <= 0n) fail('maxAmount', 'maxAmount must be more than zero', 'AMOUNT_NOT_POSITIVE');
  }
  if (errors.length > 0) throw new InputError(errors);
  return values;
}
