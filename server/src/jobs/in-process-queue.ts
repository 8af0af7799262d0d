/**
 * The embedded runner: jobs are rows of `background_job`, claimed with a conditional update and held by a
 * lease this instance renews while it works. A job left ACTIVE by a process that died is taken again
 * once its lease runs out (at the next start or poll), and resumes after its last recorded chunk.
 */
import { In } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { logger } from '../observability/logger.js';
import { backoffMs, jobContext } from './job-context.js';
import type { EnqueueOptions, Enqueued, JobDefinition, JobHandler, JobOutcomeLabel, JobQueue } from './job-queue.js';
import { JobInterrupted } from './job-queue.js';
import type { JobStore } from './job-store.js';
import { BackgroundJob } from './job.entity.js';

interface Defined {
  handler: JobHandler<unknown, unknown>;
  attempts: number;
}

export interface InProcessOptions {
  concurrency: number;
  /** How long a claim holds without renewal (a dead process's job is taken again after it). */
  lockMs: number;
  pollMs?: number;
}

export class InProcessJobQueue implements JobQueue {
  readonly engine = 'in-process' as const;
  readonly instance = randomUUID();
  onFinished: ((name: string, outcome: JobOutcomeLabel, seconds: number) => void) | null = null;
  private readonly handlers = new Map<string, Defined>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly waiters = new Map<string, (result: unknown) => void>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private stopping = false;
  private started = false;

  constructor(
    private readonly store: JobStore,
    private readonly options: InProcessOptions,
  ) {}

  define<Data, Result>(name: string, handler: JobHandler<Data, Result>, options: JobDefinition = {}): void {
    this.handlers.set(name, { handler: handler as JobHandler<unknown, unknown>, attempts: options.attempts ?? 3 });
  }

  async enqueue<Data>(name: string, data: Data, options: EnqueueOptions = {}): Promise<Enqueued> {
    const defined = this.handlers.get(name);
    if (!defined) throw new Error(`No job handler named ${name}`);
    const id = options.jobId ?? `${name}.${randomUUID()}`;
    const created = await this.store.create(id, name, data, defined.attempts);
    if (!created || this.stopping) return { id, settled: Promise.resolve(null) };
    const settled = new Promise<unknown>((resolve) => this.waiters.set(id, resolve));
    // Run now when a slot is free; otherwise a slot freeing or the next poll takes it, and `settled` follows
    // the job to its end wherever it runs (another instance sharing the database may take it first).
    if (!(await this.claimAndRun(id)) && !this.started) this.settle(id, null);
    return { id, settled };
  }

  async start(): Promise<void> {
    this.stopping = false;
    this.started = true;
    this.timer = setInterval(() => void this.poll(), this.options.pollMs ?? 1000);
    this.timer.unref();
    await this.poll();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.all(this.running.values());
    for (const id of [...this.waiters.keys()]) this.settle(id, null);
  }

  async retry(id: string): Promise<boolean> {
    if (!(await this.store.reopen(id))) return false;
    if (this.started) void this.claimAndRun(id);
    return true;
  }

  async depth(): Promise<number> {
    return this.store.countIn(['WAITING', 'ACTIVE']);
  }

  async check(): Promise<void> {
    if (this.started && this.timer === null && !this.stopping) throw new Error('The job runner is not polling');
    await this.store.dataSource.query('SELECT 1');
  }

  /** Takes due jobs (and jobs whose owner's lease ran out) while slots are free. */
  private async poll(): Promise<void> {
    if (this.stopping) return;
    try {
      await this.settleFinishedElsewhere();
      const free = this.options.concurrency - this.running.size;
      if (free <= 0) return;
      const now = new Date();
      const due = await this.store.dataSource
        .getRepository(BackgroundJob)
        .createQueryBuilder('j')
        .select(['j.id'])
        .where("(j.state = 'WAITING' AND j.runAfter <= :now) OR (j.state = 'ACTIVE' AND j.lockedUntil < :now)", { now })
        .orderBy('j.createdAt', 'ASC')
        .take(free)
        .getMany();
      for (const job of due) await this.claimAndRun(job.id);
    } catch (error) {
      logger.warn({ err: error }, 'Jobs: polling failed');
    }
  }

  /** Claims the job if it is due and a slot is free, and runs it in the background; false when not claimed. */
  private async claimAndRun(id: string): Promise<boolean> {
    if (this.stopping || this.running.has(id) || this.running.size >= this.options.concurrency) return false;
    const now = new Date();
    const claimed = await this.store.dataSource
      .createQueryBuilder()
      .update(BackgroundJob)
      .set({ state: 'ACTIVE', lockedBy: this.instance, lockedUntil: new Date(now.getTime() + this.options.lockMs), attempts: () => 'attempts + 1' })
      .where("id = :id AND ((state = 'WAITING' AND runAfter <= :now) OR (state = 'ACTIVE' AND lockedUntil < :now))", { id, now })
      .execute();
    if (claimed.affected !== 1) return false;
    // A slot freed takes the next waiting job at once, rather than at the next poll (a burst of mail sends).
    const work = this.run(id).finally(() => {
      this.running.delete(id);
      void this.poll();
    });
    this.running.set(id, work);
    return true;
  }

  private async run(id: string): Promise<void> {
    const row = await this.store.get(id);
    if (!row) return;
    const defined = this.handlers.get(row.name);
    const started = performance.now();
    const renew = setInterval(
      () => {
        void this.store.dataSource
          .getRepository(BackgroundJob)
          .update({ id, lockedBy: this.instance }, { lockedUntil: new Date(Date.now() + this.options.lockMs) })
          .catch(() => undefined);
      },
      Math.max(100, Math.floor(this.options.lockMs / 3)),
    );
    renew.unref();
    let outcome: JobOutcomeLabel;
    try {
      if (!defined) throw new Error(`No job handler named ${row.name}`);
      const context = jobContext(this.store, { id, name: row.name, data: JSON.parse(row.dataJson) as unknown, attempt: row.attempts }, () => this.stopping);
      const result = await defined.handler(context);
      await this.store.completed(id);
      outcome = 'completed';
      this.settle(id, result);
    } catch (error) {
      if (error instanceof JobInterrupted) {
        await this.store.interrupted(id, row.attempts);
        outcome = 'interrupted';
        this.settle(id, null);
      } else {
        const final = row.attempts >= row.maxAttempts;
        logger.error({ err: error, job: row.name, jobId: id, attempt: row.attempts }, `Job ${row.name} failed (attempt ${row.attempts} of ${row.maxAttempts})`);
        await this.store.failed(id, error, final, new Date(Date.now() + backoffMs(row.attempts)));
        outcome = final ? 'failed' : 'retried';
        if (final) this.settle(id, null);
        else if (this.waiters.has(id)) setTimeout(() => void this.claimAndRun(id), backoffMs(row.attempts) + 10).unref();
      }
    } finally {
      clearInterval(renew);
    }
    this.onFinished?.(row.name, outcome, (performance.now() - started) / 1000);
  }

  /** Waiters for jobs not running here settle once the job has ended (run by another instance, or gone). */
  private async settleFinishedElsewhere(): Promise<void> {
    const waiting = [...this.waiters.keys()].filter((id) => !this.running.has(id));
    if (waiting.length === 0) return;
    const open = new Set(
      (
        await this.store.dataSource
          .getRepository(BackgroundJob)
          .find({ select: { id: true }, where: { id: In(waiting.slice(0, 500)), state: In(['WAITING', 'ACTIVE']) } })
      ).map((job) => job.id),
    );
    for (const id of waiting.slice(0, 500)) if (!open.has(id) && !this.running.has(id)) this.settle(id, null);
  }

  private settle(id: string, result: unknown): void {
    const resolve = this.waiters.get(id);
    this.waiters.delete(id);
    resolve?.(result);
  }
}
