/**
 * Graceful stop of the HTTP side: stop listening (new connections are refused), let the requests under
 * way answer within a deadline, close each keep-alive connection as soon as it is idle, then cut what
 * is left. Socket.IO's upgraded connections are not requests here; the app closes them itself.
 */
import type { Server as HttpServer, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';

export class HttpDrain {
  private readonly active = new Set<ServerResponse>();
  private draining = false;
  private settled: (() => void) | null = null;
  private closed: Promise<void> | null = null;

  constructor(private readonly server: HttpServer) {}

  /** Mounted first: counts each request until its answer is sent or its client goes. */
  readonly track: RequestHandler = (_req, res, next) => {
    this.active.add(res);
    if (this.draining) res.setHeader('Connection', 'close');
    const end = () => {
      if (!this.active.delete(res) || !this.draining) return;
      // The connection that carried it is idle once the answer is flushed.
      setImmediate(() => this.server.closeIdleConnections());
      if (this.active.size === 0) this.settled?.();
    };
    res.once('finish', end);
    res.once('close', end);
    next();
  };

  get inFlight(): number {
    return this.active.size;
  }

  /** Stops listening at once; keep-alive connections close after their current answer. */
  stopAccepting(): void {
    if (this.draining) return;
    this.draining = true;
    this.closed = this.server.listening ? new Promise((resolve) => this.server.close(() => resolve())) : Promise.resolve();
    for (const res of this.active) if (!res.headersSent) res.setHeader('Connection', 'close');
    this.server.closeIdleConnections();
  }

  /** Resolves true when every request under way has answered, false when the deadline passed first. */
  async settle(timeoutMs: number): Promise<boolean> {
    if (this.active.size === 0) return true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = await Promise.race([
      new Promise<true>((resolve) => (this.settled = () => resolve(true))),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
    ]);
    clearTimeout(timer);
    return done;
  }

  /** Cuts every HTTP connection left (upgraded ones, the sockets', are not HTTP's to cut). */
  cutRemaining(): void {
    this.stopAccepting();
    this.server.closeAllConnections();
  }

  /** Resolves once the server has closed: not listening, and every connection gone. */
  whenClosed(): Promise<void> {
    this.stopAccepting();
    return this.closed ?? Promise.resolve();
  }
}
