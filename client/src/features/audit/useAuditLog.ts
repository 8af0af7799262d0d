import { reactive, ref, watch } from 'vue';
import { request } from '../../api/client';
import type { AuditEntriesQuery as AuditEntriesResult } from '../../api/generated/graphql';
import { AuditEntriesQuery } from './audit.operations';

export type AuditRow = AuditEntriesResult['auditEntries']['nodes'][number];

/** The record types the audit log names, in the order the filter offers them. */
export const AUDIT_ENTITY_TYPES = [
  'Lead',
  'Client',
  'Offer',
  'Campaign',
  'Task',
  'LeadImport',
  'User',
  'Office',
  'Product',
  'MessageTemplate',
  'WipLimit',
  'StageSla',
] as const;

const PAGE_SIZE = 50;

/** The audit log with its filters: a change of filter reloads from the newest, "more" appends a page. */
export function useAuditLog() {
  const filter = reactive({ actorId: '', entityType: '', from: '', to: '' });
  const entries = ref<AuditRow[]>([]);
  const totalCount = ref(0);
  const cursor = ref<string | null>(null);
  const hasMore = ref(false);
  const loading = ref(false);
  const failed = ref(false);
  let generation = 0;

  async function load(more = false): Promise<void> {
    const mine = ++generation;
    loading.value = true;
    try {
      const page = (
        await request(AuditEntriesQuery, {
          filter: { actorId: filter.actorId || null, entityType: filter.entityType || null, from: filter.from || null, to: filter.to || null },
          first: PAGE_SIZE,
          after: more ? cursor.value : null,
        })
      ).auditEntries;
      // A filter changed while this page was on its way: the newer request's answer wins.
      if (mine !== generation) return;
      entries.value = more ? [...entries.value, ...page.nodes] : page.nodes;
      totalCount.value = page.totalCount;
      cursor.value = page.pageInfo.endCursor;
      hasMore.value = page.pageInfo.hasNextPage;
      failed.value = false;
    } catch {
      if (mine === generation) failed.value = true;
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  watch(filter, () => void load());
  void load();

  return { filter, entries, totalCount, hasMore, loading, failed, load, loadMore: () => load(true) };
}
