/**
 * A Redis of a test's own, on a free port, started and stopped by its PID: the machine's shared Redis
 * is never touched. Started again after a stop, it listens on the same port, as a restarted Redis does.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createClient } from 'redis';

export function findBinary(names: string[]): string | null {
  const dirs = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/local/sbin', '/usr/bin'];
  for (const name of names) for (const dir of dirs) if (dir && existsSync(join(dir, name))) return join(dir, name);
  return null;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Polls `ready` until it holds, failing after `attempts` tries (a bounded wait, not a timed assertion). */
export async function until(ready: () => Promise<boolean> | boolean, what: string, attempts = 150, delayMs = 200): Promise<void> {
  for (let i = 0; i < attempts; i += 1) {
    if (
      await Promise.resolve()
        .then(ready)
        .catch(() => false)
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
  throw new Error(`${what} did not happen`);
}

export const redisServerBinary = findBinary(['redis-server']);

export class OwnRedis {
  private child: ChildProcess | null = null;

  private constructor(readonly port: number) {}

  static async start(): Promise<OwnRedis> {
    const redis = new OwnRedis(await freePort());
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts it (again) on its port, without persistence, and waits until it answers PING. */
  async start(): Promise<void> {
    if (!redisServerBinary) throw new Error('redis-server is not installed');
    const child = spawn(redisServerBinary, ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    child.once('error', () => undefined);
    this.child = child;
    await until(async () => {
      const client = createClient({ url: this.url, socket: { connectTimeout: 1000, reconnectStrategy: false } });
      client.on('error', () => undefined);
      await client.connect();
      await client.ping();
      await client.quit();
      return true;
    }, 'Redis start');
  }

  /** Stops it by its PID (SIGKILL: gone at once, as a crash) and waits until it has exited. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    process.kill(child.pid!, signal);
    await exited;
  }
}
