/**
 * `npm run bench`: the pipeline board under load, against the raw mysql2 floor, in one run.
 * Prints figures and ratios; asserts nothing about time.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import type { TestDatabase } from '../helpers/databases.js';
import { BOARD } from '../helpers/leads.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { JWT_SECRET } from '../helpers/server.js';
import { startFloor } from './floor.js';
import { runLoad } from './load.js';
import type { LoadResult } from './load.js';
import { addLeads } from './seed.js';
import { startServerProcess } from './server-process.js';

const mysql = databaseTargets.find((t) => t.kind === 'mysql');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

describe.runIf(mysql)('lead board benchmark (MySQL)', () => {
  let database: TestDatabase;
  let server: TestServer;
  let statements = 0;

  beforeAll(async () => {
    database = await mysql!.create();
    server = await startServer({ database }, {}, { onQuery: () => statements++ });
    // The demo seed holds 200 leads; archive all but 100 so the first count is at 100 leads.
    const q = (n: string) => server.app.dataSource.driver.escape(n);
    await server.app.dataSource.query(`UPDATE ${q('lead')} SET ${q('archivedAt')} = NOW() WHERE ${q('id')} > 100`);
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it('measures leadBoard against the floor', async () => {
    const token = await server.login('manager@prospek.test');
    const body = JSON.stringify({ query: BOARD, variables: { perColumn: 50 } });
    const countStatements = async () => {
      statements = 0;
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
      await response.json();
      return statements;
    };
    const at100 = await countStatements();
    process.stdout.write('Seeding 10,000 leads…\n');
    const q = (n: string) => server.app.dataSource.driver.escape(n);
    // The archived demo leads stay (offers, follow-ups and history refer to them); 9,900 more make 10,000 open.
    await addLeads(server.app.dataSource, 9_900);
    const [{ n }] = await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('lead')} WHERE ${q('archivedAt')} IS NULL`);
    const at10k = await countStatements();
    await server.app.dataSource.query('ANALYZE TABLE `lead`');

    // Load goes to the production build in its own process, started as `npm start` starts it.
    const production = await startServerProcess({ DATABASE_URL: database.url, JWT_SECRET, DEMO_DATA: 'never' });
    const floor = await startFloor(database.url);
    const app = {
      url: `${production.url}/graphql`,
      method: 'POST' as const,
      body,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    };
    const warm = { connections: 4, seconds: 2 };
    await runLoad({ ...app, ...warm });
    await runLoad({ url: floor.url, ...warm });
    const appMax = await runLoad({ ...app, connections: 16, seconds: SECONDS });
    const floorMax = await runLoad({ url: floor.url, connections: 16, seconds: SECONDS });
    const appRate = await runLoad({ ...app, connections: 8, seconds: SECONDS, rate: 50 });
    const floorRate = await runLoad({ url: floor.url, connections: 8, seconds: SECONDS, rate: 50 });
    await production.stop();
    // The same production build with every operation on graphql-js: what graphql-jit earns.
    const reference = await startServerProcess({ DATABASE_URL: database.url, JWT_SECRET, DEMO_DATA: 'never', GRAPHQL_EXECUTOR: 'graphql-js' });
    const referenceApp = { ...app, url: `${reference.url}/graphql` };
    await runLoad({ ...referenceApp, ...warm });
    const referenceMax = await runLoad({ ...referenceApp, connections: 16, seconds: SECONDS });
    const referenceRate = await runLoad({ ...referenceApp, connections: 8, seconds: SECONDS, rate: 50 });
    await reference.stop();
    await floor.close();

    const row = (name: string, r: LoadResult) =>
      `${name.padEnd(34)}${r.requestsPerSecond.toFixed(1).padStart(10)} req/s   p50 ${String(r.p50).padStart(5)} ms   p99 ${String(r.p99).padStart(5)} ms   errors ${r.errors + r.non2xx}`;
    const lines = [
      '',
      `leadBoard benchmark — ${n} open leads, 50 cards a column with owner names, ${SECONDS}s per run`,
      `SQL statements per leadBoard request: ${at100} at 100 leads, ${at10k} at ${n} leads (auth lookup included)`,
      '',
      row('leadBoard, max throughput', appMax),
      row('floor (raw mysql2), max throughput', floorMax),
      row('leadBoard at 50 req/s', appRate),
      row('floor at 50 req/s', floorRate),
      row('leadBoard on graphql-js, max', referenceMax),
      row('leadBoard on graphql-js, 50 req/s', referenceRate),
      '',
      `throughput ratio leadBoard/floor: ${(appMax.requestsPerSecond / floorMax.requestsPerSecond).toFixed(2)}  (target ≥ 0.60)`,
      `p99 ratio at 50 req/s leadBoard/floor: ${(appRate.p99 / Math.max(1, floorRate.p99)).toFixed(2)}  (target ≤ 1.50)`,
      `throughput ratio graphql-jit/graphql-js: ${(appMax.requestsPerSecond / referenceMax.requestsPerSecond).toFixed(2)}; p99 at 50 req/s ${appRate.p99} vs ${referenceRate.p99} ms`,
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  });
});
