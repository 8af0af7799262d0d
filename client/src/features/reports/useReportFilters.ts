import { computed } from 'vue';
import type { ComputedRef } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { addMonths, businessDate, isBusinessDate } from '@prospek/shared';
import type { ReportGrouping } from '../../api/generated/graphql';

export interface ReportFilters {
  from: string;
  to: string;
  officeId: string | null;
  officerId: string | null;
  grouping: ReportGrouping;
}

const GROUPINGS: readonly ReportGrouping[] = ['DAY', 'WEEK', 'MONTH'];

/** The dashboard's filters, kept in the URL (so a view can be shared and survives a reload); six months to today by default. */
export function useReportFilters(): { filters: ComputedRef<ReportFilters>; update(patch: Partial<ReportFilters>): void } {
  const route = useRoute();
  const router = useRouter();
  const text = (key: string): string | null => {
    const value = route.query[key];
    return typeof value === 'string' && value !== '' ? value : null;
  };
  const filters = computed<ReportFilters>(() => {
    const today = businessDate();
    const from = text('from');
    const to = text('to');
    const grouping = text('grouping') as ReportGrouping | null;
    return {
      from: from && isBusinessDate(from) ? from : `${addMonths(today, -5).slice(0, 7)}-01`,
      to: to && isBusinessDate(to) ? to : today,
      officeId: text('officeId'),
      officerId: text('officerId'),
      grouping: grouping && GROUPINGS.includes(grouping) ? grouping : 'MONTH',
    };
  });
  function update(patch: Partial<ReportFilters>): void {
    const next = { ...filters.value, ...patch };
    const query: Record<string, string> = { from: next.from, to: next.to, grouping: next.grouping };
    if (next.officeId) query.officeId = next.officeId;
    if (next.officerId) query.officerId = next.officerId;
    void router.replace({ query });
  }
  return { filters, update };
}
