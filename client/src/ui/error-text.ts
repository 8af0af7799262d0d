/**
 * The one place a server refusal becomes text: its code, the rule it names and their parameters are
 * worded in the interface's language. The server's English `message` is for API users and never shown;
 * what this does not know gets a general sentence, not raw text.
 */
import type { FieldError } from '@prospek/shared';
import { ApiError } from '../api/client';
import { i18n } from '../i18n';
import { date, decimalNumber, percent } from './format';

const { t, te } = i18n.global;

/** Field names the server uses whose wording sits under another key. */
const FIELD_KEYS: Record<string, string> = { fullName: 'lead.fullName', estimatedAmount: 'lead.estimatedAmount', lostReason: 'lead.lostReason' };

/** A field's label in words, or null when the interface has none (then the sentence stands alone). */
export function fieldLabel(field: string): string | null {
  const name = field.replace(/^(filter|mapping|input)\./, '');
  for (const key of [FIELD_KEYS[name], `errors.fields.${name}`, `audit.fields.${name}`, `lead.${name}`]) if (key && te(key)) return t(key);
  return null;
}

/** Parameters as a sentence uses them: lists of codes worded where the interface knows them. */
function wordedParams(params: Record<string, string | number> | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = { ...(params ?? {}) };
  const locale = i18n.global.locale.value;
  for (const bound of ['min', 'max', 'limit', 'count'])
    if (typeof out[bound] === 'number') {
      const value = out[bound] as number;
      out[bound] =
        out.unit === 'percent'
          ? percent(value, locale)
          : out.unit === 'months'
            ? `${decimalNumber(value, locale)} ${t('offers.months')}`
            : decimalNumber(value, locale);
    }
  // A business date a rule names (the last repayment before a write-off) reads as the interface writes dates.
  if (typeof out.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(out.date)) out.date = date(out.date, locale);
  if (typeof out.stage === 'string' && te(`stages.${out.stage}`)) out.stage = t(`stages.${out.stage}`);
  if (typeof out.status === 'string') {
    for (const group of ['offerStatus', 'taskStatus', 'complaints.columns']) if (te(`${group}.${out.status}`)) out.status = t(`${group}.${out.status}`);
  }
  if (typeof out.allowed === 'string')
    out.allowed = out.allowed
      .split(',')
      .map((s) => (te(`offerStatus.${s}`) ? t(`offerStatus.${s}`) : s))
      .join(` ${t('errors.or')} `);
  return out;
}

/** Where a refusal's sentence is: complaints keep theirs beside their other words. */
const RECONCILIATION_REASONS = new Set([
  'MT940_INVALID',
  'STATEMENT_ROW_INVALID',
  'MAPPING_INCOMPLETE',
  'ALREADY_POSTED',
  'NOTHING_PROPOSED',
  'NOTHING_POSTED',
]);
const reasonKey = (reason: string) =>
  reason.startsWith('COMPLAINT_')
    ? `complaints.reasons.${reason}`
    : reason.startsWith('WORK_REPORT_')
      ? `workReports.reasons.${reason}`
      : RECONCILIATION_REASONS.has(reason)
        ? `reconciliation.reasons.${reason}`
        : `errors.reasons.${reason}`;

/** One field's refusal: "Tenor: between 1 and 500" in the interface's language. */
export function fieldErrorText(error: FieldError, options: { withField?: boolean } = {}): string {
  const params = wordedParams(error.params);
  const byReason = error.reason ? reasonKey(error.reason) : null;
  if (byReason && te(byReason)) return t(byReason, params);
  const text = te(`errors.${error.code}`) ? t(`errors.${error.code}`, params) : t('errors.INVALID');
  const label = options.withField === false ? null : fieldLabel(error.field);
  return label ? `${label}: ${text}` : text;
}

/** Any error a request may end with, as one sentence for a toast or a banner. */
export function errorText(error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.unknown');
  if (error.code === 'BAD_USER_INPUT' && error.fieldErrors.length > 0) {
    return [...new Set(error.fieldErrors.map((e) => fieldErrorText(e)))].join(' · ');
  }
  const byReason = error.refusal ? reasonKey(error.refusal.reason) : null;
  if (byReason && te(byReason)) return t(byReason, wordedParams(error.refusal?.params));
  return te(`errors.${error.code}`) ? t(`errors.${error.code}`) : t('errors.unknown');
}
