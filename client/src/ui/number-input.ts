import { useI18n } from 'vue-i18n';
import { parseRupiahInput } from '@prospek/shared';

/**
 * Checks of what a person typed into a numeric field, so that forms compute only on valid terms and
 * say what is wrong instead of throwing. A `type="number"` input bound with v-model gives `''` when
 * emptied (or holding text the browser cannot read), hence `unknown`.
 */
export type NumberProblem =
  | { code: 'REQUIRED' }
  | { code: 'NOT_A_NUMBER' }
  | { code: 'OUT_OF_RANGE'; min: number; max: number; whole: boolean; unit: 'percent' | 'months' | 'none' }
  | { code: 'AMOUNT_INVALID' }
  | { code: 'AMOUNT_NOT_POSITIVE' };

export type Checked<T> = { value: T; problem: null } | { value: null; problem: NumberProblem };

const ok = <T>(value: T): Checked<T> => ({ value, problem: null });
const bad = <T>(problem: NumberProblem): Checked<T> => ({ value: null, problem });

export interface NumberRule {
  min: number;
  max: number;
  whole?: boolean;
  unit?: 'percent' | 'months' | 'none';
}

export function checkNumber(raw: unknown, rule: NumberRule): Checked<number> {
  if (raw === '' || raw === null || raw === undefined) return bad({ code: 'REQUIRED' });
  const value = typeof raw === 'number' ? raw : Number(String(raw).trim().replace(',', '.'));
  if (!Number.isFinite(value)) return bad({ code: 'NOT_A_NUMBER' });
  const whole = rule.whole ?? false;
  if (value < rule.min || value > rule.max || (whole && !Number.isInteger(value))) {
    // "A whole number from…" only where a fraction was typed; otherwise the range alone says it.
    return bad({ code: 'OUT_OF_RANGE', min: rule.min, max: rule.max, whole: whole && !Number.isInteger(value), unit: rule.unit ?? 'none' });
  }
  return ok(value);
}

/** A rupiah amount typed as "50.000.000": whole rupiah, more than zero unless `allowZero`. */
export function checkRupiah(raw: string, { allowZero = false }: { allowZero?: boolean } = {}): Checked<bigint> {
  if (!raw.trim()) return bad({ code: 'REQUIRED' });
  const minor = parseRupiahInput(raw);
  if (minor === null || minor % 100n !== 0n) return bad({ code: 'AMOUNT_INVALID' });
  if (minor < 0n || (!allowZero && minor === 0n)) return bad({ code: 'AMOUNT_NOT_POSITIVE' });
  return ok(minor);
}

/** Words a problem in the interface's language. */
export function useNumberWords(): (problem: NumberProblem | null) => string {
  const { t, locale } = useI18n();
  const withUnit = (value: number, unit: 'percent' | 'months' | 'none') => {
    const number = new Intl.NumberFormat(locale.value === 'en' ? 'en-US' : 'id-ID', { maximumFractionDigits: 6 }).format(value);
    if (unit === 'percent') return `${number}%`;
    if (unit === 'months') return `${number} ${t('offers.months')}`;
    return number;
  };
  return (problem) => {
    if (!problem) return '';
    switch (problem.code) {
      case 'REQUIRED':
        return t('errors.REQUIRED');
      case 'NOT_A_NUMBER':
        return t('numbers.notANumber');
      case 'AMOUNT_INVALID':
      case 'AMOUNT_NOT_POSITIVE':
        return t(`errors.${problem.code}`);
      case 'OUT_OF_RANGE': {
        const min = withUnit(problem.min, problem.unit);
        const max = withUnit(problem.max, problem.unit);
        if (problem.min === problem.max) return t('offers.onlyValue', { value: min });
        return t(problem.whole ? 'numbers.wholeBetween' : 'offers.outOfRange', { min, max });
      }
    }
  };
}
