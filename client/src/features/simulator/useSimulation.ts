import { computed, reactive } from 'vue';
import { INTEREST_METHODS, MAX_TENOR_MONTHS, debtServiceCheck, isBusinessDate, loanSchedule } from '@prospek/shared';
import type { DebtServiceCheck, InterestMethod, LoanSchedule } from '@prospek/shared';
import { today } from '../../api/time-zones';
import { checkNumber, checkRupiah } from '../../ui/number-input';
import type { NumberProblem } from '../../ui/number-input';

export type SimulationField = 'amount' | 'tenor' | 'rate' | 'income' | 'existing' | 'startDate';
export type SimulationResult = { method: InterestMethod; schedule: LoanSchedule; dsr: DebtServiceCheck | null };

/**
 * The loan simulator's state: terms as typed, each field's problem, and the three methods' schedules
 * computed on every keystroke with the same shared math the server uses — only from terms that passed
 * their checks, so an emptied field shows a message instead of breaking the page.
 */
export function useSimulation(
  initial: { amount?: string; tenor?: number; rate?: number; income?: string; existing?: string } = {},
  dsrLimit: () => number = () => 30,
) {
  const form = reactive({
    amount: initial.amount ?? '50.000.000',
    // A type="number" input bound with v-model holds '' once emptied.
    tenor: (initial.tenor ?? 24) as number | string,
    rate: (initial.rate ?? 12) as number | string,
    income: initial.income ?? '',
    existing: initial.existing ?? '',
    startDate: today(),
    method: 'ANNUITY' as InterestMethod,
  });

  const terms = computed(() => ({
    amount: checkRupiah(form.amount),
    tenor: checkNumber(form.tenor, { min: 1, max: MAX_TENOR_MONTHS, whole: true, unit: 'months' }),
    rate: checkNumber(form.rate, { min: 0, max: 100, unit: 'percent' }),
    income: form.income.trim() ? checkRupiah(form.income) : null,
    existing: form.existing.trim() ? checkRupiah(form.existing) : null,
  }));

  const problems = computed(() => {
    const found: Partial<Record<SimulationField, NumberProblem | 'DATE_INVALID'>> = {};
    const { amount, tenor, rate, income, existing } = terms.value;
    if (amount.problem) found.amount = amount.problem;
    if (tenor.problem) found.tenor = tenor.problem;
    if (rate.problem) found.rate = rate.problem;
    if (income?.problem) found.income = income.problem;
    if (existing?.problem) found.existing = existing.problem;
    if (!isBusinessDate(form.startDate)) found.startDate = 'DATE_INVALID';
    return found;
  });
  const error = computed(() => Object.keys(problems.value).length > 0);

  const results = computed<SimulationResult[]>(() => {
    const { amount, tenor, rate, income, existing } = terms.value;
    if (error.value || amount.value === null || tenor.value === null || rate.value === null) return [];
    const monthlyIncome = income?.value ?? null;
    const elsewhere = existing?.value ?? null;
    // A method whose whole-rupiah installments cannot repay these terms (extreme ones) is left out.
    return INTEREST_METHODS.flatMap((method) => {
      let schedule: ReturnType<typeof loanSchedule>;
      try {
        schedule = loanSchedule({ amount: amount.value, tenorMonths: tenor.value, annualRate: rate.value, method, startDate: form.startDate });
      } catch {
        return [];
      }
      const dsr = debtServiceCheck(schedule.installment, elsewhere, monthlyIncome, dsrLimit());
      return [{ method, schedule, dsr }];
    });
  });
  const selected = computed(() => results.value.find((r) => r.method === form.method) ?? null);
  return { form, problems, error, results, selected };
}
