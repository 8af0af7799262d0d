import { onBeforeUnmount, ref, watch } from 'vue';
import { request } from '../../api/client';
import type { BackgroundJobsQuery, JobState } from '../../api/generated/graphql';
import { JobsQuery, RetryJobMutation } from './jobs.operations';

export type JobRow = BackgroundJobsQuery['jobs']['nodes'][number];

const PAGE_SIZE = 50;
/** While a job runs its progress moves: the list reads itself again this often. */
const REFRESH_MS = 3000;

/** The background jobs, newest first, of one state or all; polled while the page is open. */
export function useJobs() {
  const state = ref<JobState | ''>('');
  const jobs = ref<JobRow[]>([]);
  const totalCount = ref(0);
  const hasMore = ref(false);
  const loading = ref(false);
  const failed = ref(false);
  const retrying = ref<string | null>(null);
  const retryFailed = ref<string | null>(null);
  let cursor: string | null = null;
  let shown = PAGE_SIZE;
  let generation = 0;

  async function load(more = false): Promise<void> {
    const mine = ++generation;
    loading.value = true;
    try {
      // A refresh reads as many rows as are shown, so "more" pages stay put.
      const page = (
        await request(JobsQuery, { filter: { state: state.value || null }, first: more ? PAGE_SIZE : Math.min(shown, 100), after: more ? cursor : null })
      ).jobs;
      if (mine !== generation) return;
      jobs.value = more ? [...jobs.value, ...page.nodes] : page.nodes;
      shown = Math.max(PAGE_SIZE, jobs.value.length);
      totalCount.value = page.totalCount;
      cursor = page.pageInfo.endCursor;
      hasMore.value = page.pageInfo.hasNextPage;
      failed.value = false;
    } catch {
      if (mine === generation) failed.value = true;
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  async function retry(id: string): Promise<void> {
    retrying.value = id;
    retryFailed.value = null;
    try {
      await request(RetryJobMutation, { id });
      await load();
    } catch {
      retryFailed.value = id;
    } finally {
      retrying.value = null;
    }
  }

  watch(state, () => {
    shown = PAGE_SIZE;
    void load();
  });
  void load();
  const timer = setInterval(() => {
    if (!loading.value && document.visibilityState === 'visible') void load();
  }, REFRESH_MS);
  onBeforeUnmount(() => clearInterval(timer));

  return { state, jobs, totalCount, hasMore, loading, failed, retrying, retryFailed, retry, loadMore: () => load(true) };
}
