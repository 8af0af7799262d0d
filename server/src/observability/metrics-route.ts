/**
 * GET /metrics for a Prometheus scraper holding `METRICS_TOKEN` as a Bearer token. Without a token
 * configured the route does not exist (404): metrics name routes and operations, which are not for anyone.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Metrics } from './metrics.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

function bearerToken(header: string | undefined): string | null {
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
  return match ? match[1] : null;
}

export function metricsHandler(metrics: Metrics, token: string | null): RequestHandler {
  const expected = token ? digest(token) : null;
  return async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (!expected) return void res.status(404).json({ error: 'NOT_FOUND', message: 'Metrics are off: set METRICS_TOKEN' });
    const given = bearerToken(req.headers.authorization);
    // Digests of equal length compared in constant time: the answer's timing tells nothing of the token.
    if (!given || !timingSafeEqual(digest(given), expected)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      return void res.status(401).json({ error: 'UNAUTHENTICATED', message: 'A valid metrics token is required' });
    }
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  };
}
