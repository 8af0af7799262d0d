import { ref, watch } from 'vue';
import type { Ref } from 'vue';
import { request } from '../../api/client';
import type { BudgetVsActualQuery as BudgetResult, CashFlowQuery as CashFlowResult } from '../../api/generated/graphql';
import type { ReportFilters } from '../reports/useReportFilters';
import { BudgetVsActualQuery, CashFlowQuery } from './money.operations';

/** The money view of the dashboard's filters: cash flow for everyone on it, budgets for managers. */
export function useMoney(filters: Ref<ReportFilters>, wide: boolean) {
  const cashFlow = ref<CashFlowResult['cashFlow'] | null>(null);
  const budgets = ref<BudgetResult['budgetVsActual'] | null>(null);
  const failed = ref(false);
  let latest = 0;
  async function reload(): Promise<void> {
    const asked = ++latest;
    const f = filters.value;
    failed.value = false;
    try {
      const [flow, budget] = await Promise.all([
        request(CashFlowQuery, { from: f.from, to: f.to, officeId: f.officeId, officerId: f.officerId }),
        wide ? request(BudgetVsActualQuery, { from: f.from, to: f.to, officeId: f.officeId }) : Promise.resolve(null),
      ]);
      if (asked !== latest) return;
      cashFlow.value = flow.cashFlow;
      budgets.value = budget?.budgetVsActual ?? null;
    } catch {
      if (asked === latest) failed.value = true;
    }
  }
  watch(filters, () => void reload(), { immediate: true, deep: true });
  return { cashFlow, budgets, failed };
}
