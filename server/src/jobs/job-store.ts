/** The job rows both engines keep: what admins list and retry, and what the in-process runner claims. */
import type { DataSource, EntityManager } from 'typeorm';
import { In, LessThan } from 'typeorm';
import { decodeCursor, encodeCursor } from '../graphql/pagination.js';
import { BackgroundJob, JobChunk } from './job.entity.js';
import type { JobState } from './job.entity.js';
import type { JobPage } from './job-queue.js';

const ERROR_LENGTH = 1000;

export function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, ERROR_LENGTH);
}

export class JobStore {
  constructor(readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(BackgroundJob);
  }

  /** Inserts the job unless its id exists; true when this call created it. */
  async create(id: string, name: string, data: unknown, maxAttempts: number, now = new Date()): Promise<boolean> {
    // DATETIME keeps whole seconds (MySQL rounds): due a second early, so a claim right away finds it due.
    const runAfter = new Date(Math.floor(now.getTime() / 1000) * 1000 - 1000);
    try {
      await this.repo.insert({
        id,
        name,
        dataJson: JSON.stringify(data ?? null),
        state: 'WAITING',
        progress: 0,
        attempts: 0,
        maxAttempts,
        error: null,
        runAfter,
      });
      return true;
    } catch (error) {
      // The primary key: the same work was enqueued before (by this instance or another).
      if (await this.repo.existsBy({ id })) return false;
      throw error;
    }
  }

  get(id: string): Promise<BackgroundJob | null> {
    return this.repo.findOneBy({ id });
  }

  async started(id: string, attempts: number, instance: string, lockedUntil: Date | null): Promise<void> {
    await this.repo.update({ id }, { state: 'ACTIVE', attempts, lockedBy: instance, lockedUntil });
  }

  async progress(id: string, percent: number): Promise<void> {
    await this.repo.update({ id }, { progress: Math.max(0, Math.min(100, Math.round(percent))) });
  }

  async completed(id: string, now = new Date()): Promise<void> {
    await this.repo.update({ id }, { state: 'COMPLETED', progress: 100, error: null, lockedBy: null, lockedUntil: null, finishedAt: now });
  }

  /** The attempt failed: FAILED when it was the last, else WAITING until `runAfter`. */
  async failed(id: string, error: unknown, final: boolean, runAfter: Date, now = new Date()): Promise<void> {
    await this.repo.update(
      { id },
      final
        ? { state: 'FAILED', error: errorText(error), lockedBy: null, lockedUntil: null, finishedAt: now }
        : { state: 'WAITING', error: errorText(error), lockedBy: null, lockedUntil: null, runAfter },
    );
  }

  /** Back to waiting without counting the attempt (the server stopped between chunks). */
  async interrupted(id: string, attempts: number): Promise<void> {
    await this.repo.update({ id }, { state: 'WAITING', attempts: Math.max(0, attempts - 1), lockedBy: null, lockedUntil: null });
  }

  /** A FAILED job to WAITING with fresh attempts; false when it is not failed. */
  async reopen(id: string, now = new Date()): Promise<boolean> {
    const result = await this.repo.update(
      { id, state: 'FAILED' },
      { state: 'WAITING', attempts: 0, error: null, finishedAt: null, runAfter: new Date(now.getTime() - 1000), progress: 0 },
    );
    return result.affected === 1;
  }

  isDone(jobId: string, chunk: string): Promise<boolean> {
    return this.dataSource.getRepository(JobChunk).existsBy({ jobId, chunk });
  }

  async checkpoint(manager: EntityManager, jobId: string, chunk: string, items: number): Promise<void> {
    await manager.insert(JobChunk, { jobId, chunk: chunk.slice(0, 100), items });
  }

  /** Items of the chunks recorded so far (resumed progress). */
  async itemsDone(jobId: string): Promise<number> {
    const row = await this.dataSource
      .getRepository(JobChunk)
      .createQueryBuilder('c')
      .select('SUM(c.items)', 'n')
      .where('c.jobId = :jobId', { jobId })
      .getRawOne<{ n: string | number | null }>();
    return Number(row?.n ?? 0);
  }

  countIn(states: JobState[]): Promise<number> {
    return this.repo.countBy({ state: In(states) });
  }

  /** Newest first (by creation, then id), optionally of one state. */
  async list(filter: { state?: JobState | null }, first: number, after: string | null): Promise<JobPage> {
    const base = this.repo.createQueryBuilder('j');
    if (filter.state) base.where('j.state = :state', { state: filter.state });
    const totalCount = await base.clone().getCount();
    const cursor = decodeCursor(after);
    const page = base.clone();
    if (cursor && cursor.length === 2) {
      page.andWhere('(j.createdAt < :at OR (j.createdAt = :at AND j.id < :id))', { at: new Date(String(cursor[0])), id: String(cursor[1]) });
    }
    const rows = await page
      .orderBy('j.createdAt', 'DESC')
      .addOrderBy('j.id', 'DESC')
      .take(first + 1)
      .getMany();
    const nodes = rows.slice(0, first);
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      totalCount,
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null },
    };
  }

  /** Finished jobs and their chunks older than `days` go. */
  async purge(before: Date): Promise<void> {
    const old = await this.repo.find({ select: { id: true }, where: { state: In(['COMPLETED']), finishedAt: LessThan(before) }, take: 500 });
    if (old.length === 0) return;
    await this.dataSource.getRepository(JobChunk).delete({ jobId: In(old.map((j) => j.id)) });
    await this.repo.delete({ id: In(old.map((j) => j.id)) });
  }
}
