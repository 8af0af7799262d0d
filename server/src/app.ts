/**
 * Wires one Prospek server: database, GraphQL over HTTP, Socket.IO and the built client on one port.
 * Tests start real instances of it on free ports.
 */
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { createAdapter } from '@socket.io/redis-adapter';
import express from 'express';
import { createClient } from 'redis';
import { Server as SocketServer } from 'socket.io';
import type { DataSource } from 'typeorm';
import { IDEMPOTENCY_KEY_HEADER, MUTATION_ID_HEADER } from '@prospek/shared';
import { trustProxySetting } from './config.js';
import type { Config, ResolvedConfig } from './config.js';
import { prepareDatabase } from './db/bootstrap.js';
import { createDataSource } from './db/data-source.js';
import { entities } from './entities.js';
import { StatementDeadline } from './db/mysql-timeouts.js';
import { EventBus } from './events/domain-events.js';
import type { Context } from './graphql/context.js';
import { errorFormatter, rethrowContextError } from './graphql/errors.js';
import { createLoaders } from './graphql/loaders.js';
import { jitExecutor } from './graphql/jit-executor.js';
import { limitParseOptions, limitValidationRules, queryCostPlugin } from './graphql/query-limits.js';
import { createSchema } from './graphql/schema.js';
import { populateEmptyDatabase } from './seed/first-run.js';
import { healthHandler } from './health.js';
import type { HealthCheck } from './health.js';
import { HttpDrain } from './http-drain.js';
import { httpErrorHandler, unexpectedErrorHandler } from './http-errors.js';
import { poolReader } from './observability/db-pool.js';
import { graphqlMetricsPlugin } from './observability/graphql-metrics.plugin.js';
import { logInfo, logger } from './observability/logger.js';
import { Metrics } from './observability/metrics.js';
import { metricsHandler } from './observability/metrics-route.js';
import { REQUEST_ID_HEADER, requestLog } from './observability/request-log.js';
import { introspectionPlugin, withoutSuggestions } from './graphql/schema-exposure.js';
import { PersonalDataReads } from './modules/audit/personal-data-reads.js';
import { readAuditPlugin } from './modules/audit/read-audit.plugin.js';
import { withSigningSecret } from './modules/auth/jwt-secret-file.js';
import { bearerToken } from './modules/auth/token.service.js';
import { publicFormRouter } from './modules/campaign/public-form.js';
import { leadExportHandler } from './modules/lead/lead-export.js';
import { complaintCsvHandler } from './modules/complaint/complaint-report-export.js';
import { monthEndExportHandler } from './modules/loan/loan-month-end-export.js';
import { journalCsvHandler } from './modules/finance/journal-download.routes.js';
import { idempotencyPlugin } from './modules/idempotency/idempotency.plugin.js';
import { leadImportRouter } from './modules/lead-import/lead-import.routes.js';
import { bankStatementRouter } from './modules/reconcile/bank-statement.routes.js';
import { offerPdfHandler } from './modules/offer/offer-pdf.route.js';
import { collectionSheetPdfHandler } from './modules/collection/collection-sheet-pdf.route.js';
import { workReportCsvHandler, workReportPdfHandler } from './modules/work-report/work-report-download.routes.js';
import { invoicePdfHandler, taxSummaryCsvHandler } from './modules/invoice/invoice-download.routes.js';
import { attachRealtimeHub, refreshLocalBoards } from './realtime/hub.js';
import type { RealtimeServer } from './realtime/hub.js';
import { onResubscribed, quietPublisher } from './realtime/redis-outage.js';
import { CLOCK_JOB } from './jobs/bullmq-queue.js';
import { SCHEDULER_INTERVAL_MS, createServices } from './services.js';
import type { Services } from './services.js';

export interface App {
  config: ResolvedConfig;
  httpServer: HttpServer;
  io: RealtimeServer;
  dataSource: DataSource;
  services: Services;
  bus: EventBus;
  metrics: Metrics;
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export async function createApp(
  configured: Config,
  options: {
    log?: (line: string) => void;
    onQuery?: (sql: string) => void;
    /** The clock services read (tests move it); the real one by default. */
    now?: () => Date;
    /** Run the scheduler's jobs (reminders, stale leads, offer expiry) on a timer. */
    scheduler?: boolean;
  } = {},
): Promise<App> {
  logger.level = configured.logLevel;
  const log = options.log ?? logInfo;
  const config = withSigningSecret(configured);
  const statementDeadline = new StatementDeadline(config.database.statementTimeoutMs);
  const dataSource = await createDataSource(config.databaseUrl, entities, {
    logSql: config.logSql,
    onQuery: options.onQuery,
    replicaUrls: config.databaseReplicaUrls,
    timeouts: { connectTimeoutMs: config.database.connectTimeoutMs, acquireTimeoutMs: config.database.acquireTimeoutMs, statement: statementDeadline },
  });
  await dataSource.initialize();
  await prepareDatabase(dataSource, (ready) => populateEmptyDatabase(ready, config, log), log);
  statementDeadline.start();

  const bus = new EventBus();
  const clock = options.now ?? (() => new Date());
  const services = createServices(config, dataSource, bus, clock);
  const schema = await createSchema(services);

  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', trustProxySetting(config.trustProxy));
  // API responses are per user and never revalidated; hashing each body for an ETag is wasted work.
  app.set('etag', false);
  const httpServer = createServer(app);
  const drain = new HttpDrain(httpServer);
  const metrics = new Metrics({ sockets: () => io.of('/').sockets.size, pool: poolReader(dataSource), jobDepth: () => services.jobs.depth() });
  app.use(drain.track, requestLog(metrics));

  const apollo = new ApolloServer<Context>({
    gateway: jitExecutor(schema, { compile: config.executor === 'jit' }),
    formatError: config.introspection === 'all' ? errorFormatter(schema) : withoutSuggestions(errorFormatter(schema)),
    // Apollo's switch is all or nothing; introspectionPlugin decides per caller.
    introspection: true,
    // Depth, aliases, directives and tokens are refused before execution; the cost once variables are known.
    parseOptions: limitParseOptions,
    validationRules: limitValidationRules,
    // main.ts owns shutdown: `close()` drains HTTP, sockets, jobs and the database in order.
    stopOnTerminationSignals: false,
    // Cache-control hints would wrap every field resolver; responses here are per-user and uncached.
    plugins: [
      graphqlMetricsPlugin(metrics),
      ApolloServerPluginCacheControlDisabled(),
      introspectionPlugin(schema, config.introspection),
      queryCostPlugin(schema),
      idempotencyPlugin(services.idempotency, log),
      readAuditPlugin(dataSource, log),
    ],
  });
  await apollo.start();

  const redisClients: Array<ReturnType<typeof createClient>> = [];
  const schedulerRuns = options.scheduler !== false;
  app.get(
    '/healthz',
    healthHandler(() => {
      const checks: Record<string, HealthCheck> = { database: () => dataSource.query('SELECT 1') };
      if (config.redisUrl) {
        checks.redis = async () => {
          if (!redisClients.every((client) => client.isReady)) throw new Error('Redis is not connected');
          await redisClients[0]?.ping();
        };
      }
      checks.queue = () => services.jobs.check();
      // Only where this instance runs the clock jobs on its own timer; the others have no scheduler to report.
      if (schedulerRuns && services.jobs.engine === 'in-process') {
        checks.scheduler = async () => {
          if (!services.scheduler.healthy()) throw new Error('The scheduler has not finished a tick lately');
        };
      }
      return checks;
    }),
  );
  app.get('/metrics', metricsHandler(metrics, config.metricsToken));

  if (config.corsOrigin) {
    app.use('/graphql', (req, res, next) => {
      res.setHeader('Access-Control-Allow-Origin', config.corsOrigin as string);
      res.setHeader('Access-Control-Allow-Headers', `content-type, authorization, ${MUTATION_ID_HEADER}, ${IDEMPOTENCY_KEY_HEADER}, ${REQUEST_ID_HEADER}`);
      res.setHeader('Access-Control-Expose-Headers', REQUEST_ID_HEADER);
      if (req.method === 'OPTIONS') return void res.sendStatus(204);
      next();
    });
  }
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => {
        const mutationId = req.headers[MUTATION_ID_HEADER];
        const viewer = await services.auth.userForToken(bearerToken(req.headers.authorization)).catch(rethrowContextError);
        return {
          viewer,
          loaders: createLoaders(dataSource, viewer && { viewer, leads: services.leadBoard, clients: services.clients }),
          mutationId: typeof mutationId === 'string' && mutationId.length <= 64 ? mutationId : null,
          ip: req.ip ?? null,
          personalDataReads: new PersonalDataReads(),
          idempotency: null,
          now: clock,
        };
      },
    }),
  );

  const { auth, downloads, leadBoard, leadImports, loanImports, leads, offers, transactions } = services;
  app.get('/offers/:id/pdf', offerPdfHandler({ dataSource, downloads, offers }, config));
  app.get('/collection-sheet.pdf', collectionSheetPdfHandler({ dataSource, downloads, collectionSheets: services.collectionSheets }, config));
  const invoiceDownloads = { dataSource, downloads, invoices: services.invoices, invoiceReports: services.invoiceReports };
  app.get('/invoices/tax-summary.csv', taxSummaryCsvHandler(invoiceDownloads));
  app.get('/invoices/:id/pdf', invoicePdfHandler(invoiceDownloads, config));
  const workReportDownloads = { dataSource, downloads, workReports: services.workReports };
  app.get('/work-reports/report.pdf', workReportPdfHandler(workReportDownloads, config));
  app.get('/work-reports/report.csv', workReportCsvHandler(workReportDownloads));
  app.use('/f', publicFormRouter({ config, dataSource, transactions, leads, clock }));
  app.use('/imports', leadImportRouter({ auth, dataSource, downloads, leadImports, loanImports }));
  app.use('/api/bank-statements', bankStatementRouter({ auth, bankStatements: services.bankStatements }));
  app.get('/exports/leads.:format', leadExportHandler({ dataSource, downloads, leadBoard, clock }));
  app.get('/exports/journal.csv', journalCsvHandler({ dataSource, downloads, finance: services.finance }));
  app.get('/exports/loan-month-end.csv', monthEndExportHandler({ dataSource, downloads, access: services.access }));
  app.get('/exports/complaints.csv', complaintCsvHandler({ dataSource, downloads, reports: services.complaintReports }));

  if (config.clientDist && existsSync(join(config.clientDist, 'index.html'))) {
    const dist = config.clientDist;
    app.use(express.static(dist, { index: false, maxAge: '1h' }));
    // The client routes in the browser: any other GET answers its page.
    app.get(
      /^\/(?!graphql|socket\.io|healthz|metrics|offers\/\d+\/pdf|collection-sheet\.pdf|invoices\/\d+\/pdf|invoices\/tax-summary\.csv|work-reports\/report\.(?:pdf|csv)|f\/|imports\/|exports\/|api\/).*/,
      (_req, res) => res.sendFile(join(dist, 'index.html')),
    );
  }

  app.use(httpErrorHandler, unexpectedErrorHandler);

  const io: RealtimeServer = new SocketServer(httpServer, {
    path: '/socket.io',
    serveClient: false,
    // Messages are small JSON: no compression context kept per connection.
    perMessageDeflate: false,
    ...(config.corsOrigin ? { cors: { origin: config.corsOrigin } } : {}),
  });
  // A connection would otherwise keep its HTTP upgrade request (headers, raw headers, the parser's
  // socket) for its whole life; the hub reads only the handshake's auth, which Socket.IO copies.
  io.engine.on('connection', dropUpgradeRequest);
  if (config.redisUrl) {
    const pub = createClient({ url: config.redisUrl });
    const sub = pub.duplicate();
    pub.on('error', (err) => logger.warn({ err }, 'Redis (publisher)'));
    sub.on('error', (err) => logger.warn({ err }, 'Redis (subscriber)'));
    // What other instances sent while the subscription was away is gone: this instance's boards read again.
    onResubscribed(sub, () => {
      logger.info('Redis: subscribed again; open boards read themselves again');
      refreshLocalBoards(io, services.boards);
    });
    await Promise.all([pub.connect(), sub.connect()]);
    io.adapter(createAdapter(quietPublisher(pub, log), sub, { key: config.redisPrefix }));
    redisClients.push(pub, sub);
  }
  const detachHub = attachRealtimeHub(
    io,
    services.auth,
    { tree: () => services.access.tree(), invalidate: () => services.access.offices.invalidate() },
    services.boards,
    bus,
    (kind, seconds) => metrics.fanout.observe({ kind }, seconds),
    Boolean(config.redisUrl),
  );
  services.scheduler.onJob = (job, outcome, seconds) => {
    metrics.jobRuns.inc({ job, outcome });
    if (outcome !== 'skipped') metrics.jobDuration.observe({ job, outcome }, seconds);
  };
  services.jobs.onFinished = (job, outcome, seconds) => {
    metrics.backgroundJobs.inc({ job, outcome });
    if (outcome === 'failed' || outcome === 'retried') metrics.backgroundJobFailures.inc({ job });
    metrics.backgroundJobDuration.observe({ job, outcome }, seconds);
  };
  // With BullMQ the clock is a repeatable job that one instance runs per tick; in-process, a timer here.
  if (schedulerRuns && services.jobs.engine === 'bullmq') services.jobs.define(CLOCK_JOB, async () => services.scheduler.tick());
  await services.jobs.start();
  if (schedulerRuns && services.jobs.engine === 'in-process') services.scheduler.start(SCHEDULER_INTERVAL_MS);

  let closing: Promise<void> | null = null;
  return {
    config,
    httpServer,
    io,
    dataSource,
    services,
    bus,
    metrics,
    listen(port = config.port, host = config.host) {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
          resolve(`http://${shownHost}:${address.port}`);
        });
      });
    },
    close() {
      closing ??= shutdown();
      return closing;
    },
  };

  /**
   * Stops taking work and ends what is under way, once: no new connections; sockets hear that they
   * should reconnect (to another instance); requests under way answer (within SHUTDOWN_TIMEOUT_MS) and a
   * running job step finishes, their events still reaching the sockets; then sockets, GraphQL, HTTP,
   * Redis and the database close.
   */
  async function shutdown(): Promise<void> {
    drain.stopAccepting();
    logger.info({ inFlight: drain.inFlight, sockets: io.of('/').sockets.size }, 'Shutting down: no new connections');
    // `local`: through the Redis adapter a plain emit would reach every instance's sockets.
    io.local.emit('server:shutdown', { reconnect: true });
    const [settled] = await Promise.all([drain.settle(config.shutdownTimeoutMs), services.scheduler.stop(), services.jobs.stop(), services.mail.stop()]);
    if (!settled) logger.warn({ inFlight: drain.inFlight }, `Shutting down: requests still under way after ${config.shutdownTimeoutMs} ms are cut`);
    detachHub();
    drain.cutRemaining();
    // Closing the transports (not `disconnect`) leaves Socket.IO clients reconnecting on their own.
    await new Promise<void>((resolve) => io.close(() => resolve()));
    await apollo.stop();
    await drain.whenClosed();
    // A client still reconnecting to a Redis that is down would hold quit() until it is back: drop it.
    for (const client of redisClients) {
      if (client.isReady) await client.quit().catch(() => undefined);
      else if (client.isOpen) client.destroy();
    }
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}

/** How Engine.IO's upgrade response relays the TCP socket's close to its own listeners (Socket.IO adds none). */
const UPGRADE_RESPONSE_CLOSE = '() => this.emit("close")';

/**
 * Lets go of the request a connection was opened with (see Socket.IO's memory usage notes): Engine.IO's
 * upgrade response holds it too, through a close listener on the TCP socket, for the connection's life.
 * That listener is removed (it only re-emits on a response nobody listens to) and the request emptied.
 */
function dropUpgradeRequest(raw: { request: IncomingMessage | null }): void {
  const request = raw.request;
  raw.request = null;
  if (!request) return;
  const tcp = request.socket;
  for (const listener of tcp?.rawListeners('close') ?? []) {
    const wrapped = (listener as { listener?: unknown }).listener;
    if (typeof wrapped === 'function' && String(wrapped) === UPGRADE_RESPONSE_CLOSE) tcp.removeListener('close', listener as () => void);
  }
  request.headers = {};
  request.rawHeaders = [];
  (request as IncomingMessage & { _query?: unknown })._query = undefined;
}
