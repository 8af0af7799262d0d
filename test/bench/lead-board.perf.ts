/**
 * `npm run bench`: the pipeline board under load at 10,000 and 100,000 open leads, against the raw
 * mysql2 floor (counting totals, and summing kept ones), in one run; each run follows a warm-up with the
 * same load (BENCH_WARM_SECONDS), board and floor alike. Prints figures and ratios; asserts nothing about time.
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
import type { LoadOptions, LoadResult } from './load.js';
import { addLeads } from './seed.js';
import { startServerProcess } from './server-process.js';

const mysql = databaseTargets.find((t) => t.kind === 'mysql');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** The larger book (BENCH_LEADS); the board's p99 there is compared with its p99 at 10,000. */
const LARGE = Number(process.env.BENCH_LEADS ?? 100_000);

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
    const q = (n: string) => server.app.dataSource.driver.escape(n);
    const openLeads = async () => Number((await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('lead')} WHERE ${q('archivedAt')} IS NULL`))[0].n);
    // The manager's reach: their office and every office under it, as the floor reads it too.
    const offices: Array<{ id: number; parentId: number | null }> = await server.app.dataSource.query(
      `SELECT ${q('id')}, ${q('parentId')} FROM ${q('office')}`,
    );
    const [{ officeId: home }] = await server.app.dataSource.query(`SELECT ${q('officeId')} FROM ${q('user')} WHERE ${q('email')} = 'manager@prospek.test'`);
    const reach = new Set<number>([Number(home)]);
    for (let size = 0; size !== reach.size;) {
      size = reach.size;
      for (const o of offices) if (o.parentId !== null && reach.has(Number(o.parentId))) reach.add(Number(o.id));
    }

    process.stdout.write('Seeding 10,000 leads…\n');
    // The archived demo leads stay (offers, follow-ups and history refer to them); 9,900 more make 10,000 open.
    await addLeads(server.app.dataSource, 9_900);
    const n10k = await openLeads();
    const at10k = await countStatements();
    await server.app.dataSource.query('ANALYZE TABLE `lead`');

    // Load goes to the production build in its own process, started as `npm start` starts it.
    const production = await startServerProcess({ DATABASE_URL: database.url, JWT_SECRET, DEMO_DATA: 'never' });
    const floor = await startFloor(database.url, [...reach]);
    const app = {
      url: `${production.url}/graphql`,
      method: 'POST' as const,
      body,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    };
    // Each run is warmed as it is measured (same connections), just before it: a freshly started server
    // (the 10,000-lead phase) would otherwise be measured while V8 still compiles and the pools still open.
    const warm = Number(process.env.BENCH_WARM_SECONDS ?? 4);
    const load = async (options: LoadOptions) => {
      await runLoad({ ...options, seconds: warm });
      return runLoad(options);
    };
    const measure = async () => ({
      appMax: await load({ ...app, connections: 16, seconds: SECONDS }),
      scanMax: await load({ url: floor.url, connections: 16, seconds: SECONDS }),
      keptMax: floor.keptUrl ? await load({ url: floor.keptUrl, connections: 16, seconds: SECONDS }) : null,
      appRate: await load({ ...app, connections: 8, seconds: SECONDS, rate: 50 }),
      scanRate: await load({ url: floor.url, connections: 8, seconds: SECONDS, rate: 50 }),
      keptRate: floor.keptUrl ? await load({ url: floor.keptUrl, connections: 8, seconds: SECONDS, rate: 50 }) : null,
    });
    const small = await measure();

    process.stdout.write(`Seeding ${LARGE.toLocaleString('en')} leads…\n`);
    await addLeads(server.app.dataSource, LARGE - n10k);
    const nLarge = await openLeads();
    const atLarge = await countStatements();
    await server.app.dataSource.query('ANALYZE TABLE `lead`');
    const large = await measure();
    await production.stop();
    await floor.close();

    const row = (name: string, r: LoadResult | null) =>
      r
        ? `${name.padEnd(40)}${r.requestsPerSecond.toFixed(1).padStart(10)} req/s   p50 ${String(r.p50).padStart(5)} ms   p99 ${String(r.p99).padStart(5)} ms   errors ${r.errors + r.non2xx}`
        : `${name.padEnd(40)}       n/a (no kept totals in this schema)`;
    const ratio = (a: number, b: number | undefined) => (b === undefined ? 'n/a' : (a / Math.max(1, b)).toFixed(2));
    const block = (label: string, m: Awaited<ReturnType<typeof measure>>) => [
      `— ${label}`,
      row('leadBoard, max throughput', m.appMax),
      row('floor counting totals, max throughput', m.scanMax),
      row('floor summing kept totals, max', m.keptMax),
      row('leadBoard at 50 req/s', m.appRate),
      row('floor counting totals at 50 req/s', m.scanRate),
      row('floor summing kept totals at 50 req/s', m.keptRate),
      `throughput leadBoard/counting floor: ${ratio(m.appMax.requestsPerSecond, m.scanMax.requestsPerSecond)}   leadBoard/kept floor: ${ratio(m.appMax.requestsPerSecond, m.keptMax?.requestsPerSecond)}  (target ≥ 1.00 at 10,000)`,
    ];
    const lines = [
      '',
      `leadBoard benchmark — manager's board (${reach.size} offices), 50 cards a column with owner names, ${SECONDS}s per run after ${warm}s of the same load`,
      `SQL statements per leadBoard request: ${at100} at 100 leads, ${at10k} at ${n10k} leads, ${atLarge} at ${nLarge} leads (auth lookup included)`,
      '',
      ...block(`${n10k} open leads`, small),
      '',
      ...block(`${nLarge} open leads`, large),
      '',
      `leadBoard p99 at 50 req/s: ${large.appRate.p99} ms at ${nLarge} leads vs ${small.appRate.p99} ms at ${n10k}: ${ratio(large.appRate.p99, small.appRate.p99)}×  (target ≤ 1.20)`,
      `leadBoard at 50 req/s kept up: ${large.appRate.requestsPerSecond.toFixed(1)} req/s at ${nLarge} leads (target 50)`,
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  });
});
