import type { DataSource } from 'typeorm';
import { BullmqJobQueue } from './bullmq-queue.js';
import { InProcessJobQueue } from './in-process-queue.js';
import type { JobQueue } from './job-queue.js';
import { JobStore } from './job-store.js';

export interface JobSettings {
  redisUrl: string | null;
  redisPrefix: string;
  concurrency: number;
  lockMs: number;
  clockMs: number;
}

/** BullMQ when Redis is configured, the in-process runner otherwise. */
export function createJobQueue(dataSource: DataSource, settings: JobSettings): JobQueue {
  const store = new JobStore(dataSource);
  if (settings.redisUrl) {
    return new BullmqJobQueue(store, {
      redisUrl: settings.redisUrl,
      prefix: settings.redisPrefix,
      concurrency: settings.concurrency,
      lockMs: settings.lockMs,
      clockMs: settings.clockMs,
    });
  }
  return new InProcessJobQueue(store, { concurrency: settings.concurrency, lockMs: settings.lockMs });
}
