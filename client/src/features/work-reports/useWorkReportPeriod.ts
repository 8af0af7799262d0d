import { computed } from 'vue';
import type { ComputedRef } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { addDays, addMonths, businessDate, isBusinessDate } from '@prospek/shared';
import type { WorkReportKind } from '../../api/generated/graphql';

export interface WorkReportPeriod {
  kind: WorkReportKind;
  /** Any day of the period (the server rounds it to the Monday or the first of the month). */
  date: string;
}

/** The report's period, kept in the URL (`?kind=WEEK&date=…`) so a link opens the same report; this week by default. */
export function useWorkReportPeriod(): {
  period: ComputedRef<WorkReportPeriod>;
  update(patch: Partial<WorkReportPeriod>): void;
  step(direction: -1 | 1): void;
} {
  const route = useRoute();
  const router = useRouter();
  const period = computed<WorkReportPeriod>(() => {
    const kind = route.query.kind === 'MONTH' ? 'MONTH' : 'WEEK';
    const date = typeof route.query.date === 'string' && isBusinessDate(route.query.date) ? route.query.date : businessDate();
    return { kind, date };
  });
  function update(patch: Partial<WorkReportPeriod>): void {
    void router.replace({ query: { ...route.query, ...period.value, ...patch } });
  }
  function step(direction: -1 | 1): void {
    const { kind, date } = period.value;
    update({ date: kind === 'WEEK' ? addDays(date, 7 * direction) : addMonths(date, direction) });
  }
  return { period, update, step };
}
