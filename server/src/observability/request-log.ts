/**
 * Every HTTP request once: an id (the caller's `X-Request-Id` when it is a sensible one, else a new
 * UUID), echoed in the answer; one JSON log line when it ends, with the user, the GraphQL operation,
 * the status, the duration and the error code; and its duration in the route histogram.
 */
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { logger } from './logger.js';
import type { Metrics } from './metrics.js';
import { runInRequest } from './request-context.js';
import type { RequestRecord } from './request-context.js';

export const REQUEST_ID_HEADER = 'x-request-id';
const SENSIBLE_REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;

/** The route a path belongs to, from a fixed list: the label must not grow with ids in paths. */
const ROUTES: Array<[RegExp, string]> = [
  [/^\/graphql\/?$/, '/graphql'],
  [/^\/healthz\/?$/, '/healthz'],
  [/^\/metrics\/?$/, '/metrics'],
  [/^\/offers\/[^/]+\/pdf$/, '/offers/:id/pdf'],
  [/^\/f\//, '/f/*'],
  [/^\/imports(\/|$)/, '/imports/*'],
  [/^\/exports\//, '/exports/*'],
  [/^\/assets\//, '/assets/*'],
];

export function routeLabel(path: string): string {
  for (const [pattern, label] of ROUTES) if (pattern.test(path)) return label;
  return 'other';
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD']);

export function requestLog(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const incoming = req.headers[REQUEST_ID_HEADER];
    const record: RequestRecord = {
      id: typeof incoming === 'string' && SENSIBLE_REQUEST_ID.test(incoming) ? incoming : randomUUID(),
      userId: null,
      operation: null,
      errorCode: null,
    };
    res.setHeader('X-Request-Id', record.id);
    const started = process.hrtime.bigint();
    // Read now: routers mounted on a prefix rewrite `req.url` while they run.
    const path = req.path;
    metrics.httpInFlight.inc();
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      metrics.httpInFlight.dec();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeLabel(path);
      // A request the client gave up on before the answer was written is logged with status 499.
      const status = res.writableFinished ? res.statusCode : 499;
      metrics.httpDuration.observe({ route, method: METHODS.has(req.method) ? req.method : 'OTHER', status: `${Math.floor(status / 100)}xx` }, seconds);
      const line = {
        reqId: record.id,
        method: req.method,
        path,
        route,
        status,
        durationMs: Math.round(seconds * 10_000) / 10,
        userId: record.userId,
        operation: record.operation,
        errorCode: record.errorCode,
      };
      if (status >= 500) logger.error(line, 'request failed');
      // Probes and scrapes come every few seconds: kept out of the default level.
      else if (route === '/healthz' || route === '/metrics') logger.debug(line, 'request');
      else logger.info(line, 'request');
    };
    res.once('finish', end);
    res.once('close', end);
    runInRequest(record, next);
  };
}
