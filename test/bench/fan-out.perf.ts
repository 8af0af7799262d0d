/**
 * `npm run bench`: one lead move delivered to 1,000 sockets watching the board, from the mutation's send
 * to the last socket's receipt, on one instance and across two instances sharing events through Redis;
 * and the server's resident memory per idle joined socket. The sockets live in worker threads of their
 * own (two, 500 each), so that reading 1,000 messages in one event loop is not what is measured.
 * Prints figures with their targets; asserts nothing about time.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import type { TestDatabase } from '../helpers/databases.js';
import { graphql, JWT_SECRET, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { startServerProcess } from './server-process.js';

const mysql = databaseTargets.find((t) => t.kind === 'mysql');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 1000);
const MOVES = Number(process.env.BENCH_MOVES ?? 100);
const WORKERS = 2;
const CLIENT = createRequire(import.meta.url).resolve('socket.io-client');

/** Runs in each worker: `count` sockets joined to the lead board, reporting when all got a mutation's event. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { io } = require(workerData.client);
const { urls, token, count } = workerData;
const sockets = [];
let expected = null;
let got = 0;
const now = () => performance.timeOrigin + performance.now();
const open = (i) => new Promise((resolve, reject) => {
  const socket = io(urls[i % urls.length], { path: '/socket.io', auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  socket.on('board:event', (event) => {
    if (event.mutationId !== expected) return;
    got += 1;
    if (got === count) parentPort.postMessage({ type: 'all', mutationId: expected, at: now() });
  });
  socket.once('connect_error', reject);
  socket.once('connect', () => socket.emit('board:join', { board: 'leads' }, (ack) => (ack && ack.ok ? resolve(socket) : reject(new Error('join refused')))));
});
(async () => {
  for (let i = 0; i < count; i += 50) sockets.push(...(await Promise.all(Array.from({ length: Math.min(50, count - i) }, (_, k) => open(workerData.offset + i + k)))));
  parentPort.postMessage({ type: 'ready' });
})().catch((error) => parentPort.postMessage({ type: 'error', message: String(error) }));
parentPort.on('message', (message) => {
  if (message.type === 'expect') { expected = message.mutationId; got = 0; parentPort.postMessage({ type: 'armed' }); }
  if (message.type === 'close') { for (const socket of sockets) socket.close(); parentPort.postMessage({ type: 'closed' }); }
});
`;

interface Clients {
  /** Resolves with the instant the last socket got the event of `mutationId` once `send` has run. */
  deliver(mutationId: string, send: () => Promise<void>): Promise<number>;
  close(): Promise<void>;
}

const next = (worker: Worker, type: string) =>
  new Promise<Record<string, unknown>>((resolve, reject) => {
    const listen = (message: Record<string, unknown>) => {
      if (message.type === 'error') reject(new Error(String(message.message)));
      else if (message.type === type) {
        worker.off('message', listen);
        resolve(message);
      }
    };
    worker.on('message', listen);
  });

async function openClients(urls: string[], token: string): Promise<Clients> {
  const workers = Array.from(
    { length: WORKERS },
    (_, i) => new Worker(WORKER_SOURCE, { eval: true, workerData: { client: CLIENT, urls, token, count: SOCKETS / WORKERS, offset: (i * SOCKETS) / WORKERS } }),
  );
  await Promise.all(workers.map((w) => next(w, 'ready')));
  return {
    async deliver(mutationId, send) {
      await Promise.all(workers.map((w) => (w.postMessage({ type: 'expect', mutationId }), next(w, 'armed'))));
      const all = workers.map((w) => next(w, 'all'));
      await send();
      return Math.max(...(await Promise.all(all)).map((m) => Number(m.at)));
    },
    async close() {
      await Promise.all(workers.map((w) => (w.postMessage({ type: 'close' }), next(w, 'closed'))));
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

const rssKiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.runIf(mysql)('board fan-out benchmark (MySQL, Redis)', () => {
  let database: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    database = await mysql!.create();
    server = await startServer({ database });
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it('measures one move to 1,000 sockets, and memory per socket', async () => {
    const token = await server.login('manager@prospek.test');
    const q = (n: string) => server.app.dataSource.driver.escape(n);
    const [lead] = await server.app.dataSource.query(
      `SELECT ${q('id')}, ${q('stage')} FROM ${q('lead')} WHERE ${q('stage')} IN ('NEW', 'CONTACTED') AND ${q('archivedAt')} IS NULL ORDER BY ${q('id')} LIMIT 1`,
    );
    const id = String(lead.id);
    let stage = String(lead.stage);
    let version = Number((await server.app.dataSource.query(`SELECT ${q('version')} FROM ${q('lead')} WHERE ${q('id')} = ?`, [id]))[0].version);

    /** Moves the lead back and forth MOVES times; each time, from the send to the last socket's receipt. */
    const run = async (clients: Clients, url: string) => {
      const times: number[] = [];
      for (let i = 0; i < MOVES + 5; i++) {
        const mutationId = randomUUID();
        const target = stage === 'NEW' ? 'CONTACTED' : 'NEW';
        let sent = 0;
        const last = await clients.deliver(mutationId, async () => {
          sent = performance.timeOrigin + performance.now();
          const result = await graphql<{ moveLead: { version: number } }>(
            url,
            `
              mutation ($i: MoveLeadInput!) {
                moveLead(input: $i) {
                  version
                }
              }
            `,
            { i: { id, stage: target, expectedVersion: version, afterId: null, beforeId: null } },
            { token, mutationId },
          );
          if (!result.data) throw new Error(JSON.stringify(result.errors));
          version = result.data.moveLead.version;
        });
        stage = target;
        if (i >= 5) times.push(last - sent);
      }
      return { p50: percentile(times, 50), p99: percentile(times, 99) };
    };

    const env = { DATABASE_URL: database.url, JWT_SECRET, DEMO_DATA: 'never' };
    const single = await startServerProcess(env);
    // A first wave, then closed: what the process commits once (young generation, buffers) is not per socket.
    let clients = await openClients([single.url], token);
    await clients.close();
    await settle(3000);
    const idle = rssKiB(single.pid);
    clients = await openClients([single.url], token);
    await settle(3000);
    const joined = rssKiB(single.pid);
    const one = await run(clients, single.url);
    await clients.close();
    await single.stop();
    const perSocket = (joined - idle) / SOCKETS;
    const lines = [
      '',
      `fan-out benchmark — one moveLead to ${SOCKETS} sockets watching the lead board (${MOVES} moves, ${WORKERS} client threads)`,
      `one instance:                p50 ${one.p50.toFixed(1)} ms   p99 ${one.p99.toFixed(1)} ms  (target p99 ≤ 50 ms)`,
      `resident memory per idle joined socket: ${perSocket.toFixed(1)} KiB (${idle} KiB before, ${joined} KiB with ${SOCKETS} sockets)  (target ≤ 12 KiB)`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);

    const prefix = `bench-fanout-${randomUUID()}`;
    const a = await startServerProcess({ ...env, REDIS_URL, REDIS_PREFIX: prefix });
    const b = await startServerProcess({ ...env, REDIS_URL, REDIS_PREFIX: prefix });
    clients = await openClients([a.url, b.url], token);
    const two = await run(clients, a.url);
    await clients.close();
    await Promise.all([a.stop(), b.stop()]);
    process.stdout.write(`two instances through Redis: p50 ${two.p50.toFixed(1)} ms   p99 ${two.p99.toFixed(1)} ms  (target p99 ≤ 100 ms)\n\n`);
  });
});
