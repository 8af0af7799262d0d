/**
 * Jobs on BullMQ when REDIS_URL is set: Redis holds the queue, any instance's worker takes a job, a job
 * whose worker died is found stalled once its lock lapses and handed to another worker. The clock is a
 * BullMQ job scheduler, so its tick runs once across instances. Each job also has its row in
 * `background_job` (what admins list and retry), and its chunks' checkpoints in the database.
 */
import { randomUUID } from 'node:crypto';
import { DelayedError, Queue, Worker } from 'bullmq';
import type { Job } from 'bullmq';
import { logger } from '../observability/logger.js';
import { backoffMs, jobContext } from './job-context.js';
import type { EnqueueOptions, Enqueued, JobDefinition, JobHandler, JobOutcomeLabel, JobQueue } from './job-queue.js';
import { JobInterrupted } from './job-queue.js';
import type { JobStore } from './job-store.js';

const QUEUE = 'jobs';
/** The repeatable job that ticks the clock jobs. */
export const CLOCK_JOB = 'clock';

interface Defined {
  handler: JobHandler<unknown, unknown>;
  attempts: number;
}

export interface BullmqOptions {
  redisUrl: string;
  prefix: string;
  concurrency: number;
  /** A worker's lock on a job; a dead worker's job is stalled (and retried) once it lapses. */
  lockMs: number;
  /** Clock tick interval; 0 sets up no clock. */
  clockMs: number;
}

export class BullmqJobQueue implements JobQueue {
  readonly engine = 'bullmq' as const;
  readonly instance = randomUUID();
  onFinished: ((name: string, outcome: JobOutcomeLabel, seconds: number) => void) | null = null;
  private readonly handlers = new Map<string, Defined>();
  private readonly queue: Queue;
  private worker: Worker | null = null;
  private stopping = false;

  constructor(
    private readonly store: JobStore,
    private readonly options: BullmqOptions,
  ) {
    this.queue = new Queue(QUEUE, { connection: this.connection(), prefix: `${options.prefix}:bull` });
    this.queue.on('error', (err) => logger.warn({ err }, 'Jobs: Redis (queue)'));
  }

  private connection() {
    // Workers block on Redis; BullMQ asks for no per-request retry limit.
    return { url: this.options.redisUrl, maxRetriesPerRequest: null };
  }

  define<Data, Result>(name: string, handler: JobHandler<Data, Result>, options: JobDefinition = {}): void {
    this.handlers.set(name, { handler: handler as JobHandler<unknown, unknown>, attempts: options.attempts ?? 3 });
  }

  async enqueue<Data>(name: string, data: Data, options: EnqueueOptions = {}): Promise<Enqueued> {
    const defined = this.handlers.get(name);
    if (!defined) throw new Error(`No job handler named ${name}`);
    const id = options.jobId ?? `${name}.${randomUUID()}`;
    if (await this.store.create(id, name, data, defined.attempts)) await this.add(id, name, data, defined.attempts);
    return { id, settled: Promise.resolve(null) };
  }

  private async add(id: string, name: string, data: unknown, attempts: number): Promise<void> {
    await this.queue.add(name, data, {
      jobId: id,
      attempts,
      backoff: { type: 'exponential', delay: 1000 },
      // BullMQ dedupes on the id only while the job is kept; the row in the database dedupes for good.
      removeOnComplete: { age: 3600, count: 1000 },
      removeOnFail: { age: 7 * 86_400 },
    });
  }

  async start(): Promise<void> {
    this.stopping = false;
    this.worker = new Worker(QUEUE, (job, token) => this.process(job, token), {
      connection: this.connection(),
      prefix: `${this.options.prefix}:bull`,
      concurrency: this.options.concurrency,
      lockDuration: this.options.lockMs,
      stalledInterval: this.options.lockMs,
      // A job whose worker died is retried a few times before BullMQ gives up on it.
      maxStalledCount: 5,
    });
    this.worker.on('error', (err) => logger.warn({ err }, 'Jobs: Redis (worker)'));
    if (this.options.clockMs > 0 && this.handlers.has(CLOCK_JOB)) {
      await this.queue.upsertJobScheduler(
        CLOCK_JOB,
        { every: this.options.clockMs },
        { name: CLOCK_JOB, opts: { attempts: 1, removeOnComplete: true, removeOnFail: 100 } },
      );
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    // close() waits for the jobs under way; their handlers stop after the chunk they are in.
    await this.worker?.close();
    await this.queue.close();
  }

  async retry(id: string): Promise<boolean> {
    const row = await this.store.get(id);
    if (!row || !(await this.store.reopen(id))) return false;
    const old = await this.queue.getJob(id);
    if (old) await old.remove().catch(() => undefined);
    await this.add(id, row.name, JSON.parse(row.dataJson) as unknown, row.maxAttempts);
    return true;
  }

  async depth(): Promise<number> {
    const counts = await this.queue.getJobCounts('wait', 'active', 'delayed', 'prioritized');
    return Object.values(counts).reduce((sum, n) => sum + n, 0);
  }

  async check(): Promise<void> {
    if (!this.stopping && !this.worker?.isRunning()) throw new Error('The job worker is not running');
    await this.queue.getJobCounts('active');
  }

  private async process(job: Job, token: string | undefined): Promise<unknown> {
    const defined = this.handlers.get(job.name);
    if (!defined) throw new Error(`No job handler named ${job.name}`);
    const id = String(job.id);
    const clock = job.name === CLOCK_JOB;
    const attempt = job.attemptsMade + 1;
    const started = performance.now();
    // A stalled job (its worker died) starts again without BullMQ counting a failed attempt: the admins'
    // list shows every start, so a retry after a crash is visible.
    if (!clock) await this.store.started(id, Math.max(attempt, job.attemptsStarted), this.instance, null);
    const context = jobContext(
      this.store,
      { id, name: job.name, data: job.data as unknown, attempt },
      () => this.stopping,
      (percent) => job.updateProgress(percent),
    );
    try {
      const result = await defined.handler(context);
      if (!clock) await this.store.completed(id);
      this.onFinished?.(job.name, 'completed', (performance.now() - started) / 1000);
      return result ?? null;
    } catch (error) {
      if (error instanceof JobInterrupted) {
        if (!clock) await this.store.interrupted(id, attempt);
        this.onFinished?.(job.name, 'interrupted', (performance.now() - started) / 1000);
        // Back to the queue for another worker, its attempt not counted.
        await job.moveToDelayed(Date.now() + 100, token);
        throw new DelayedError();
      }
      const final = attempt >= (job.opts.attempts ?? 1);
      logger.error({ err: error, job: job.name, jobId: id, attempt }, `Job ${job.name} failed (attempt ${attempt})`);
      if (!clock) await this.store.failed(id, error, final, new Date(Date.now() + backoffMs(attempt)));
      this.onFinished?.(job.name, final ? 'failed' : 'retried', (performance.now() - started) / 1000);
      throw error;
    }
  }
}
