/** What admins do with background jobs: list them by state, and send a failed one back to the queue. */
import type { TransactionRunner } from '../db/transaction.js';
import { InputError, NotFoundError } from '../errors.js';
import { checkPageSize } from '../graphql/pagination.js';
import type { BackgroundJob, JobState } from './job.entity.js';
import type { JobPage, JobQueue } from './job-queue.js';
import type { JobStore } from './job-store.js';

const DEFAULT_PAGE_SIZE = 50;

export class JobAdminService {
  constructor(
    private readonly store: JobStore,
    private readonly jobs: JobQueue,
    private readonly transactions: TransactionRunner,
  ) {}

  page(filter: { state?: JobState | null }, first: number | null, after: string | null): Promise<JobPage> {
    return this.store.list(filter, checkPageSize('first', first ?? DEFAULT_PAGE_SIZE), after);
  }

  async retry(actorId: number, id: string): Promise<BackgroundJob> {
    const job = await this.store.get(id);
    if (!job) throw new NotFoundError('BackgroundJob', id);
    if (job.state !== 'FAILED' || !(await this.jobs.retry(id)))
      throw InputError.field('id', 'NOT_ALLOWED', `Only a failed job is retried; this one is ${job.state}`, { state: job.state });
    await this.transactions.run((tx) =>
      tx.audit({ entityType: 'BackgroundJob', entityId: id, action: 'retry', actorId, before: { state: 'FAILED', attempts: job.attempts, error: job.error } }),
    );
    return (await this.store.get(id)) as BackgroundJob;
  }
}
