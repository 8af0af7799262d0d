/**
 * The one job interface every background job goes through (clock jobs, imports, the nightly loan run):
 * BullMQ on Redis when REDIS_URL is set, the in-process runner otherwise. Features `define` their
 * handlers; anything may `enqueue`. Delivery is at least once, so a handler makes its effect idempotent
 * in the database: long work goes in chunks, each recorded with `checkpoint` in the chunk's transaction.
 */
import type { EntityManager } from 'typeorm';
import type { BackgroundJob, JobState } from './job.entity.js';

export interface JobContext<Data> {
  readonly id: string;
  readonly name: string;
  readonly data: Data;
  /** 1 on the first start. */
  readonly attempt: number;
  /** Percent done (0–100), shown to admins. */
  progress(percent: number): Promise<void>;
  /** Whether chunk `key` was recorded done by an earlier attempt. */
  isDone(key: string): Promise<boolean>;
  /**
   * Records chunk `key` done inside the caller's transaction (`manager`); a chunk already recorded
   * makes the insert fail, so the transaction rolls back rather than doing it twice.
   */
  checkpoint(manager: EntityManager, key: string, items?: number): Promise<void>;
  /** Throws JobInterrupted when the server is stopping: call between chunks, never inside one. */
  continueOrStop(): void;
}

export type JobHandler<Data, Result> = (job: JobContext<Data>) => Promise<Result>;

export interface JobDefinition {
  /** Attempts before the job is FAILED (default 3). */
  attempts?: number;
}

export interface EnqueueOptions {
  /** The job's id: enqueueing an id that exists does nothing. */
  jobId?: string;
}

export interface Enqueued {
  id: string;
  /**
   * The job's result where this process runs it now (the in-process runner); null at once where any
   * worker will (BullMQ), or when the job already existed or stopped for a shutdown.
   */
  settled: Promise<unknown>;
}

export interface JobPage {
  nodes: BackgroundJob[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export type JobOutcomeLabel = 'completed' | 'failed' | 'retried' | 'interrupted';

export interface JobQueue {
  readonly engine: 'bullmq' | 'in-process';
  define<Data, Result>(name: string, handler: JobHandler<Data, Result>, options?: JobDefinition): void;
  enqueue<Data>(name: string, data: Data, options?: EnqueueOptions): Promise<Enqueued>;
  /** Starts taking work (and, on BullMQ, the clock's repeatable job). */
  start(): Promise<void>;
  /** Starts no new job or chunk, waits for the chunk under way, then closes. */
  stop(): Promise<void>;
  /** A FAILED job back to WAITING with its attempts reset; false when it is not failed. */
  retry(id: string): Promise<boolean>;
  /** Jobs waiting or running. */
  depth(): Promise<number>;
  /** Rejects when the queue cannot take or run work. */
  check(): Promise<void>;
  /** Told of each finished attempt (the metrics listen). */
  onFinished: ((name: string, outcome: JobOutcomeLabel, seconds: number) => void) | null;
}

/** Thrown between chunks when the server stops: the job goes back to waiting, its attempt not counted. */
export class JobInterrupted extends Error {
  constructor() {
    super('The server is stopping; the job resumes from its next chunk');
    this.name = 'JobInterrupted';
  }
}

export const JOB_STATE_ORDER: JobState[] = ['ACTIVE', 'FAILED', 'WAITING', 'COMPLETED'];

/** The job id of `name` for a clock slot (or an import's id): one job per slot, however often enqueued. */
export function jobIdOf(name: string, key: string | number): string {
  return `${name}.${String(key).replace(/[^0-9A-Za-z-]+/g, '_')}`;
}
