/**
 * The server's Prometheus metrics (prom-client), one registry per app: GraphQL operations and HTTP
 * routes by duration, sockets, event fan-out, scheduler and background jobs, the database pool and the process itself.
 * Every label takes values from a fixed set (operation names through `OperationLabels`).
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { OperationLabels } from './operation-labels.js';

/** Seconds; from a cached read to a slow report. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Seconds; fan-out is expected within milliseconds. */
const FANOUT_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];

/** What the pool gauges read when scraped; null where the driver tells nothing. */
export interface PoolReading {
  total: number;
  idle: number;
  waiting: number;
}

export class Metrics {
  readonly registry = new Registry();
  readonly operations = new OperationLabels();

  readonly graphqlDuration = new Histogram({
    name: 'prospek_graphql_operation_duration_seconds',
    help: 'GraphQL operations from request start to response, by operation name, type and outcome',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'prospek_http_request_duration_seconds',
    help: 'HTTP requests by route, method and status class',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly httpInFlight = new Gauge({
    name: 'prospek_http_requests_in_flight',
    help: 'HTTP requests being served (Socket.IO transports not included)',
    registers: [this.registry],
  });

  readonly fanout = new Histogram({
    name: 'prospek_event_fanout_seconds',
    help: 'From a domain event being published (after commit) to its Socket.IO emit, by event kind',
    labelNames: ['kind'] as const,
    buckets: FANOUT_BUCKETS,
    registers: [this.registry],
  });

  readonly jobRuns = new Counter({
    name: 'prospek_scheduler_job_runs_total',
    help: 'Scheduler job slots this instance ran (done or failed) or found claimed by another instance (skipped)',
    labelNames: ['job', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly jobDuration = new Histogram({
    name: 'prospek_scheduler_job_duration_seconds',
    help: 'Scheduler jobs this instance ran, claim included',
    labelNames: ['job', 'outcome'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly backgroundJobs = new Counter({
    name: 'prospek_job_attempts_total',
    help: 'Background job attempts this instance finished, by job and outcome (completed, failed: attempts used up, retried, interrupted by a shutdown)',
    labelNames: ['job', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly backgroundJobFailures = new Counter({
    name: 'prospek_job_failures_total',
    help: 'Background job attempts that failed on this instance (retried or final)',
    labelNames: ['job'] as const,
    registers: [this.registry],
  });

  readonly backgroundJobDuration = new Histogram({
    name: 'prospek_job_duration_seconds',
    help: 'Background job attempts on this instance, by job and outcome',
    labelNames: ['job', 'outcome'] as const,
    buckets: [...DURATION_BUCKETS, 30, 60, 300, 900],
    registers: [this.registry],
  });

  constructor(readings: { sockets: () => number; pool: () => PoolReading | null; jobDepth?: () => Promise<number> }) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'prospek_socket_connections',
      help: 'Socket.IO connections open on this instance',
      registers: [this.registry],
      collect() {
        this.set(readings.sockets());
      },
    });
    new Gauge({
      name: 'prospek_db_pool_connections',
      help: 'Database pool connections by state (MySQL/MariaDB; SQLite has no pool)',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const pool = readings.pool();
        if (!pool) return;
        this.set({ state: 'in_use' }, pool.total - pool.idle);
        this.set({ state: 'idle' }, pool.idle);
      },
    });
    new Gauge({
      name: 'prospek_db_pool_waiting_requests',
      help: 'Requests waiting for a database pool connection (MySQL/MariaDB)',
      registers: [this.registry],
      collect() {
        const pool = readings.pool();
        if (pool) this.set(pool.waiting);
      },
    });
    const jobDepth = readings.jobDepth;
    if (jobDepth) {
      new Gauge({
        name: 'prospek_job_queue_depth',
        help: 'Background jobs waiting or running (the whole queue, all instances)',
        registers: [this.registry],
        async collect() {
          // A queue that cannot answer leaves the last value; /healthz reports it down.
          this.set(await jobDepth().catch(() => Number.NaN));
        },
      });
    }
  }
}
