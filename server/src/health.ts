/**
 * GET /healthz: asks each dependency at once and answers within HEALTH_DEADLINE_MS whatever they do,
 * 200 `{ status: "ok", checks: { database: "ok", … } }` or 503 naming each failing one ("down").
 */
import type { RequestHandler } from 'express';

/** Below a load balancer's usual 2–3 s probe timeout. */
export const HEALTH_DEADLINE_MS = 1500;

/** Resolves when the dependency answers; rejects (or never settles) when it does not. */
export type HealthCheck = () => Promise<unknown>;

async function passes(check: HealthCheck, deadlineMs: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), deadlineMs);
  });
  try {
    return await Promise.race([
      Promise.resolve()
        .then(check)
        .then(
          () => true,
          () => false,
        ),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export function healthHandler(checks: () => Record<string, HealthCheck>, deadlineMs = HEALTH_DEADLINE_MS): RequestHandler {
  return async (_req, res) => {
    const results = await Promise.all(
      Object.entries(checks()).map(async ([name, check]) => [name, (await passes(check, deadlineMs)) ? 'ok' : 'down'] as const),
    );
    const healthy = results.every(([, state]) => state === 'ok');
    res.setHeader('Cache-Control', 'no-store');
    res.status(healthy ? 200 : 503).json({ status: healthy ? 'ok' : 'unavailable', checks: Object.fromEntries(results) });
  };
}
