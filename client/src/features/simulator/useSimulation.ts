import { computed, reactive } from 'vue';
import { INTEREST_METHODS, MAX_TENOR_MONTHS, businessDate, debtServiceRatio, isBusinessDate, loanSchedule } from '@prospek/shared';
import type { InterestMethod, LoanSchedule } from '@prospek/shared';
import { checkNumber, checkRupiah } from '../../ui/number-input';
import type { NumberProblem } from '../../ui/number-input';

export type SimulationField = 'amount' | 'tenor' | 'rate' | 'income' | 'startDate';
export type SimulationResult = { method: InterestMethod; schedule: LoanSchedule; dsr: number | null };

/**
 * The loan simulator's state: terms as typed, each field's problem, and the three methods' schedules
 * computed on every keystroke with the same shared math the server uses — only from terms that passed
 * their checks, so an emptied field shows a message instead of breaking the page.
 */
export function useSimulation(initial: { amount?: string; tenor?: number; rate?: number } = {}) {
  const form = reactive({
    amount: initial.amount ?? '50.000.000',
    // A type="number" input bound with v-model holds '' once emptied.
    tenor: (initial.tenor ?? 24) as number | string,
    rate: (initial.rate ?? 12) as number | string,
    income: '',
    startDate: businessDate(),
    method: 'ANNUITY' as InterestMethod,
  });

  const terms = computed(() => ({
    amount: checkRupiah(form.amount),
    tenor: checkNumber(form.tenor, { min: 1, max: MAX_TENOR_MONTHS, whole: true, unit: 'months' }),
    rate: checkNumber(form.rate, { min: 0, max: 100, unit: 'percent' }),
    income: form.income.trim() ? checkRupiah(form.income) : null,
  }));

  const problems = computed(() => {
    const found: Partial<Record<SimulationField, NumberProblem | 'DATE_INVALID'>> = {};
    const { amount, tenor, rate, income } = terms.value;
    if (amount.problem) found.amount = amount.problem;
    if (tenor.problem) found.tenor = tenor.problem;
    if (rate.problem) found.rate = rate.problem;
    if (income?.problem) found.income = income.problem;
    if (!isBusinessDate(form.startDate)) found.startDate = 'DATE_INVALID';
    return found;
  });
  const error = computed(() => Object.keys(problems.value).length > 0);

  const results = computed<SimulationResult[]>(() => {
    const { amount, tenor, rate, income } = terms.value;
    if (error.value || amount.value === null || tenor.value === null || rate.value === null) return [];
    const monthlyIncome = income?.value ?? null;
    return INTEREST_METHODS.map((method) => {
      const schedule = loanSchedule({ amount: amount.value, tenorMonths: tenor.value, annualRate: rate.value, method, startDate: form.startDate });
      const dsr = monthlyIncome !== null ? debtServiceRatio(schedule.installment, monthlyIncome) : null;
      return { method, schedule, dsr };
    });
  });
  const selected = computed(() => results.value.find((r) => r.method === form.method) ?? null);
  return { form, problems, error, results, selected };
}
