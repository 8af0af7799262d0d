import { computed, ref } from 'vue';
import type { Ref } from 'vue';
import { MAX_PAGE_SIZE } from '../api/paging';
import type { Connection } from '../api/paging';

export const PAGE_SIZE = 50;

/**
 * A list read a page at a time: `reload` starts again from the first page, `loadMore` appends the
 * next, `refresh` reads again what is shown (up to 100 rows) after a change. A reload while a page is
 * on its way wins over that page.
 */
export function usePagedList<Item>(fetchPage: (first: number, after: string | null) => Promise<Connection<Item>>, pageSize = PAGE_SIZE) {
  const items = ref([]) as Ref<Item[]>;
  const totalCount = ref(0);
  const hasMore = ref(false);
  const loading = ref(false);
  const failed = ref(false);
  let cursor: string | null = null;
  let generation = 0;

  async function load(more: boolean, size = pageSize): Promise<void> {
    const mine = ++generation;
    loading.value = true;
    try {
      const page = await fetchPage(size, more ? cursor : null);
      if (mine !== generation) return;
      items.value = more ? [...items.value, ...page.nodes] : page.nodes;
      totalCount.value = page.totalCount;
      hasMore.value = page.pageInfo.hasNextPage;
      cursor = page.pageInfo.endCursor ?? null;
      failed.value = false;
    } catch (error) {
      if (mine === generation) failed.value = true;
      throw error;
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  return {
    items,
    totalCount,
    hasMore,
    loading,
    failed,
    /** Whether the list is longer than its first page, so the count is worth showing. */
    paged: computed(() => totalCount.value > pageSize),
    pageSize,
    reload: () => load(false),
    refresh: () => load(false, Math.min(MAX_PAGE_SIZE, Math.max(pageSize, items.value.length))),
    loadMore: () => (hasMore.value && !loading.value ? load(true) : Promise.resolve()),
  };
}
