import { ref, watch } from 'vue';
import type { Ref } from 'vue';
import { addDays, addMonths, businessDate } from '@prospek/shared';
import { request } from '../../api/client';
import type { DashboardQuery as DashboardResult } from '../../api/generated/graphql';
import { DashboardQuery } from './report.operations';
import type { ReportFilters } from './useReportFilters';

/** Loads every report of the dashboard in one request whenever the filters change; the forecast looks six months ahead. */
export function useDashboard(filters: Ref<ReportFilters>): {
  data: Ref<DashboardResult | null>;
  loading: Ref<boolean>;
  failed: Ref<boolean>;
  reload(): Promise<void>;
} {
  const data = ref<DashboardResult | null>(null);
  const loading = ref(false);
  const failed = ref(false);
  let latest = 0;
  async function reload(): Promise<void> {
    const asked = ++latest;
    const f = filters.value;
    const today = businessDate();
    loading.value = true;
    failed.value = false;
    try {
      const result = await request(DashboardQuery, {
        from: f.from,
        to: f.to,
        officeId: f.officeId,
        officerId: f.officerId,
        grouping: f.grouping,
        month: f.to.slice(0, 7),
        forecastFrom: `${today.slice(0, 7)}-01`,
        forecastTo: addDays(`${addMonths(today, 6).slice(0, 7)}-01`, -1),
      });
      if (asked === latest) data.value = result;
    } catch {
      if (asked === latest) failed.value = true;
    } finally {
      if (asked === latest) loading.value = false;
    }
  }
  watch(filters, () => void reload(), { immediate: true, deep: true });
  return { data, loading, failed, reload };
}
