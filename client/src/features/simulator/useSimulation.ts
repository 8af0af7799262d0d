import { computed, reactive } from 'vue';
import { INTEREST_METHODS, MAX_TENOR_MONTHS, businessDate, debtServiceRatio, loanSchedule, parseRupiahInput } from '@prospek/shared';
import type { InterestMethod, LoanSchedule } from '@prospek/shared';

/**
 * The loan simulator's state: terms as typed, and the three methods' schedules computed on every
 * keystroke with the same shared math the server uses.
 */
export function useSimulation(initial: { amount?: string; tenor?: number; rate?: number } = {}) {
  const form = reactive({
    amount: initial.amount ?? '50.000.000',
    tenor: initial.tenor ?? 24,
    rate: initial.rate ?? 12,
    income: '',
    startDate: businessDate(),
    method: 'ANNUITY' as InterestMethod,
  });

  const amount = computed(() => parseRupiahInput(form.amount));
  const income = computed(() => (form.income.trim() ? parseRupiahInput(form.income) : null));
  const error = computed(() => {
    if (amount.value === null || amount.value <= 0n) return 'amount';
    if (amount.value % 100n !== 0n) return 'amount';
    if (!Number.isInteger(Number(form.tenor)) || form.tenor < 1 || form.tenor > MAX_TENOR_MONTHS) return 'tenor';
    if (!Number.isFinite(Number(form.rate)) || form.rate < 0 || form.rate > 100) return 'rate';
    return null;
  });

  const results = computed<Array<{ method: InterestMethod; schedule: LoanSchedule; dsr: number | null }>>(() => {
    if (error.value || amount.value === null) return [];
    return INTEREST_METHODS.map((method) => {
      const schedule = loanSchedule({ amount: amount.value as bigint, tenorMonths: Number(form.tenor), annualRate: String(form.rate), method, startDate: form.startDate });
      const dsr = income.value && income.value > 0n ? debtServiceRatio(schedule.installment, income.value) : null;
      return { method, schedule, dsr };
    });
  });
  const selected = computed(() => results.value.find((r) => r.method === form.method) ?? null);
  return { form, amount, error, results, selected };
}
