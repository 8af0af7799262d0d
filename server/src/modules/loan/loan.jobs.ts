/**
 * The loan book's background jobs: the nightly repositioning (in chunks, each recorded done in its own
 * transaction, so a run retried after a crash neither repeats nor skips a loan) and the month-end close.
 */
import { In } from 'typeorm';
import type { DataSource } from 'typeorm';
import type { JobQueue } from '../../jobs/job-queue.js';
import { logError } from '../../observability/logger.js';
import type { LoanMonthEndService } from './loan-month-end.service.js';
import { Loan } from './loan.entity.js';
import type { LoanService } from './loan.service.js';

export const LOAN_POSITIONS_JOB = 'loan-positions';
export const LOAN_MONTH_END_JOB = 'loan-month-end';

export interface LoanPositionsData {
  /** An instant (ISO) or a business date for every office. */
  at: string;
}

export function defineLoanJobs(jobs: JobQueue, dataSource: DataSource, loans: LoanService, monthEnds: LoanMonthEndService): void {
  jobs.define<LoanPositionsData, number>(LOAN_POSITIONS_JOB, async (job) => {
    const at = /^\d{4}-\d{2}-\d{2}$/.test(job.data.at) ? job.data.at : new Date(job.data.at);
    const open = await dataSource.getRepository(Loan).countBy({ status: In(['ACTIVE', 'RESTRUCTURED']) });
    let seen = 0;
    return loans.refreshPositions(at, logError, {
      record: (tx, ids) => job.checkpoint(tx.manager, `loans ${ids[0]}-${ids[ids.length - 1]}`, ids.length),
      async after(ids) {
        seen += ids.length;
        await job.progress(open === 0 ? 100 : Math.min(99, (100 * seen) / open));
        job.continueOrStop();
      },
    });
  });
  // Each month is written once (a unique key per loan and month), so a retried close skips what is done.
  jobs.define<{ at: string }, number>(LOAN_MONTH_END_JOB, (job) => monthEnds.closeMonths(new Date(job.data.at)));
}
