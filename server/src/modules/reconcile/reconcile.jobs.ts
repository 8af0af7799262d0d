/**
 * Matching a statement runs as a background job: chunks of lines, each recorded done with its
 * progress, so a job retried after a crash goes on from the first line it had not checked.
 */
import type { JobQueue } from '../../jobs/job-queue.js';
import { RECONCILE_JOB } from './bank-statement.service.js';
import type { ReconcileService } from './reconcile.service.js';

export function defineReconcileJobs(jobs: JobQueue, reconcile: ReconcileService): void {
  jobs.define<{ statementId: number }, number>(RECONCILE_JOB, (job) => reconcile.matchStatement(job));
}
