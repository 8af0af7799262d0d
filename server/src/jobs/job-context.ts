/** What a handler sees of its job, the same on either engine. */
import type { JobContext } from './job-queue.js';
import { JobInterrupted } from './job-queue.js';
import type { JobStore } from './job-store.js';

export function jobContext<Data>(
  store: JobStore,
  job: { id: string; name: string; data: Data; attempt: number },
  stopping: () => boolean,
  onProgress: (percent: number) => Promise<void> = async () => undefined,
): JobContext<Data> {
  return {
    ...job,
    async progress(percent) {
      await store.progress(job.id, percent);
      await onProgress(percent);
    },
    isDone: (key) => store.isDone(job.id, key),
    checkpoint: (manager, key, items = 0) => store.checkpoint(manager, job.id, key, items),
    continueOrStop() {
      if (stopping()) throw new JobInterrupted();
    },
  };
}

/** Seconds before attempt `attempt + 1`: 1, 2, 4 … up to a minute. */
export function backoffMs(attempt: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.max(0, attempt - 1));
}
