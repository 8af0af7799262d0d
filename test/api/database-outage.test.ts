/**
 * Outages of the server's dependencies: a MariaDB and a Redis this suite starts itself on free ports,
 * frozen (SIGSTOP) and stopped under a running Prospek server. The machine's shared MariaDB and Redis
 * are never touched.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import type { DatabaseTarget } from '../helpers/databases.js';
import { createLead } from '../helpers/leads.js';
import { errorCode, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { connect } from '../helpers/sockets.js';

/** Short deadlines so that an outage shows in a second or two. */
const TIMEOUTS = { database: { connectTimeoutMs: 1000, acquireTimeoutMs: 2000, statementTimeoutMs: 1000 } };

function findBinary(names: string[]): string | null {
  const dirs = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/local/sbin', '/usr/bin'];
  for (const name of names) for (const dir of dirs) if (dir && existsSync(join(dir, name))) return join(dir, name);
  return null;
}

function freePort(): Promise<number> {
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
async function until(ready: () => Promise<boolean>, what: string, attempts = 100, delayMs = 200): Promise<void> {
  for (let i = 0; i < attempts; i += 1) {
    if (await ready().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
  throw new Error(`${what} did not happen`);
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** A process of our own, stopped by its PID. */
async function stop(child: ChildProcess | null, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const done = exited(child);
  process.kill(child.pid!, 'SIGCONT');
  process.kill(child.pid!, signal);
  await done;
}

/** SIGSTOP, then waits until every thread has stopped (Linux tells it in /proc), so nothing answers after it. */
async function freeze(pid: number): Promise<void> {
  process.kill(pid, 'SIGSTOP');
  const tasks = `/proc/${pid}/task`;
  if (!existsSync(tasks)) return;
  const state = (stat: string) => stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  await until(
    async () => {
      return readdirSync(tasks).every((tid) => ['T', 't'].includes(state(readFileSync(`${tasks}/${tid}/stat`, 'utf8'))));
    },
    'MariaDB stopping',
    100,
    20,
  );
}

interface Health {
  status: number;
  body: { status: string; checks: Record<string, string> };
}

async function healthz(url: string): Promise<Health> {
  // The request must finish at all; a hanging /healthz fails here instead of holding the test.
  const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(4000) });
  return { status: response.status, body: (await response.json()) as Health['body'] };
}

/** A throw-away MariaDB: an empty data directory is enough with --skip-grant-tables. */
class OwnMariaDb {
  readonly dir = mkdtempSync(join(tmpdir(), 'prospek-mariadb-'));
  process: ChildProcess | null = null;

  constructor(
    readonly binary: string,
    readonly port: number,
  ) {
    mkdirSync(join(this.dir, 'data'));
  }

  get url(): string {
    return `mysql://root@127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const args = [
      '--no-defaults',
      `--datadir=${join(this.dir, 'data')}`,
      `--port=${this.port}`,
      '--bind-address=127.0.0.1',
      `--socket=${join(this.dir, 'mysqld.sock')}`,
      `--pid-file=${join(this.dir, 'mysqld.pid')}`,
      `--log-error=${join(this.dir, 'error.log')}`,
      '--skip-grant-tables',
      '--skip-log-bin',
      '--innodb-buffer-pool-size=16M',
      ...(process.getuid?.() === 0 ? ['--user=root'] : []),
    ];
    const child = spawn(this.binary, args, { stdio: 'ignore' });
    child.once('error', () => undefined);
    this.process = child;
    await until(
      async () => {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error('mariadbd exited');
        const connection = await createConnection({ uri: this.url, connectTimeout: 1000 });
        await connection.end();
        return true;
      },
      'MariaDB start',
      300,
    );
  }

  async remove(): Promise<void> {
    await stop(this.process, 'SIGKILL');
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const mariadbd = findBinary(['mariadbd', 'mysqld']);
let mariadb: OwnMariaDb | null = null;
if (mariadbd) {
  const candidate = new OwnMariaDb(mariadbd, await freePort());
  try {
    await candidate.start();
    mariadb = candidate;
  } catch {
    await candidate.remove();
  }
}
if (!mariadb) {
  if (process.env.REQUIRE_MYSQL === '1') throw new Error('REQUIRE_MYSQL=1 but a MariaDB of its own (mariadbd) could not start');
  console.log('Skipping the database outage tests: mariadbd is not installed or did not start');
}

describe.runIf(mariadb)('a database outage (a MariaDB of its own)', () => {
  const own = mariadb!;
  let server: TestServer;
  let token: string;

  beforeAll(async () => {
    const admin = await createConnection({ uri: own.url });
    await admin.query('CREATE DATABASE prospek CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
    await admin.end();
    // The data directory goes with the whole MariaDB in afterAll.
    const target: DatabaseTarget = { kind: 'mysql', create: async () => ({ url: `${own.url}/prospek`, drop: async () => undefined }) };
    server = await startServer(target, TIMEOUTS);
    token = await server.login('officer1@prospek.test');
  });
  afterAll(async () => {
    // Thaw and stop the database first, so that closing the server never waits on it.
    await own.remove();
    await server?.close();
  });

  async function expectUnavailable() {
    const health = await healthz(server.url);
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ status: 'unavailable', checks: { database: 'down', queue: 'down' } });

    const write = await server.gql(
      `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`,
      { input: { fullName: 'Budi Santoso', source: 'WALK_IN', phone: '081311113333', estimatedAmount: '50000000.00' } },
      { token },
    );
    expect(errorCode(write)).toBe('UNAVAILABLE');
    expect(write.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(JSON.stringify(write)).not.toMatch(/SELECT|INSERT|ETIMEDOUT|ECONNREFUSED|stack/i);

    const userId = Number(JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')).sub);
    const exportToken = await server.app.services.downloads.issue(userId, 'export:leads');
    const download = await fetch(`${server.url}/exports/leads.csv?token=${encodeURIComponent(exportToken)}`, { signal: AbortSignal.timeout(8000) });
    expect(download.status).toBe(503);
    expect(download.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await download.json()).toMatchObject({ error: 'UNAVAILABLE' });

    // A socket's handshake reads the session too: refused as UNAVAILABLE, which keeps the user signed in.
    const socket = connect(server.url, token);
    try {
      const refusal = await new Promise<string>((resolve, reject) => {
        socket.once('connect', () => reject(new Error('the handshake was accepted')));
        socket.once('connect_error', (error) => resolve(error.message));
      });
      expect(refusal).toBe('UNAVAILABLE');
    } finally {
      socket.close();
    }
  }

  async function expectRecovered(name: string) {
    await until(async () => (await healthz(server.url)).status === 200, 'healthz recovering');
    expect(await healthz(server.url)).toEqual({ status: 200, body: { status: 'ok', checks: { database: 'ok', queue: 'ok' } } });
    const lead = await createLead(server, token, { fullName: name });
    expect(lead.fullName).toBe(name);
  }

  it('answers healthz ok while the database answers', async () => {
    expect(await healthz(server.url)).toEqual({ status: 200, body: { status: 'ok', checks: { database: 'ok', queue: 'ok' } } });
  });

  it('answers 503 and UNAVAILABLE while the database is frozen, and recovers when it thaws', async () => {
    await freeze(own.process!.pid!);
    try {
      await expectUnavailable();
    } finally {
      process.kill(own.process!.pid!, 'SIGCONT');
    }
    await expectRecovered('Dewi Lestari');
  });

  it('answers UNAVAILABLE while the database is stopped, and reconnects when it is back', async () => {
    await stop(own.process);
    await expectUnavailable();
    await own.start();
    await expectRecovered('Rina Wulandari');
  });
});

const redisServer = findBinary(['redis-server']);
if (!redisServer && process.env.REQUIRE_REDIS !== '1') console.log('Skipping the Redis outage test: redis-server is not installed');

describe.runIf(redisServer || process.env.REQUIRE_REDIS === '1')('a Redis outage (a Redis of its own)', () => {
  const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;
  let port: number;
  let redis: ChildProcess | null = null;
  let server: TestServer;

  async function startRedis() {
    if (!redisServer) throw new Error('REQUIRE_REDIS=1 but redis-server is not installed');
    const child = spawn(redisServer, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    child.once('error', () => undefined);
    redis = child;
    await until(async () => {
      const client = createClient({ url: `redis://127.0.0.1:${port}`, socket: { connectTimeout: 1000, reconnectStrategy: false } });
      client.on('error', () => undefined);
      await client.connect();
      await client.ping();
      await client.quit();
      return true;
    }, 'Redis start');
  }

  beforeAll(async () => {
    port = await freePort();
    await startRedis();
    server = await startServer(sqlite, { redisUrl: `redis://127.0.0.1:${port}`, redisPrefix: 'prospek-outage-test' });
  });
  afterAll(async () => {
    await server?.close();
    await stop(redis);
  });

  it('answers 503 naming Redis while it is down, and ok once it is back', async () => {
    expect(await healthz(server.url)).toEqual({ status: 200, body: { status: 'ok', checks: { database: 'ok', redis: 'ok', queue: 'ok' } } });

    await stop(redis);
    const down = await healthz(server.url);
    expect(down.status).toBe(503);
    expect(down.body).toEqual({ status: 'unavailable', checks: { database: 'ok', redis: 'down', queue: 'down' } });

    await startRedis();
    await until(async () => (await healthz(server.url)).status === 200, 'healthz recovering');
    expect(await healthz(server.url)).toEqual({ status: 200, body: { status: 'ok', checks: { database: 'ok', redis: 'ok', queue: 'ok' } } });
  });
});
