/**
 * Operations, seen from outside a real server process: JSON log lines on stdout, Prometheus metrics
 * behind their token, /healthz naming each dependency, and a graceful stop on SIGTERM.
 */
import { request } from 'node:http';
import { connect as connectTcp } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardEvent } from '@prospek/shared';
import { databaseTargets } from '../helpers/databases.js';
import type { TestDatabase } from '../helpers/databases.js';
import { CREATE } from '../helpers/leads.js';
import { JWT_SECRET, expectData, graphql } from '../helpers/server.js';
import { startServerProcess } from '../helpers/server-process.js';
import type { ServerProcess } from '../helpers/server-process.js';
import { REDIS_URL } from '../helpers/services.js';
import { connect } from '../helpers/sockets.js';

const METRICS_TOKEN = 'scrape-token-0123456789';

async function login(url: string, email: string): Promise<string> {
  const result = await graphql<{ login: { token: string } }>(url, 'mutation Login($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
    e: email,
    p: 'demo1234',
  });
  return expectData(result).login.token;
}

async function scrape(url: string, token = METRICS_TOKEN): Promise<string> {
  const response = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return response.text();
}

/** The value of one sample line of the exposition text (`name{labels} value`), or null. */
function sample(text: string, series: string): number | null {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : null;
}

describe.each(databaseTargets)('a server process on $kind', (target) => {
  let db: TestDatabase;
  let server: ServerProcess;
  let officer: string;
  const withRedis = target.kind === 'mysql';

  beforeAll(async () => {
    db = await target.create();
    server = await startServerProcess({
      DATABASE_URL: db.url,
      JWT_SECRET,
      DEMO_DATA: 'always',
      METRICS_TOKEN,
      LOG_LEVEL: 'info',
      ...(withRedis ? { REDIS_URL, REDIS_PREFIX: `prospek-obs-${Date.now()}` } : {}),
    });
    officer = await login(server.url, 'officer1@prospek.test');
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('logs each request once as a JSON line with its id, user, operation, status, duration and error code', async () => {
    const me = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${officer}`, 'x-request-id': 'trace-abc-123' },
      body: JSON.stringify({ query: 'query ObservedMe { me { id } }', operationName: 'ObservedMe' }),
    });
    expect(me.headers.get('x-request-id')).toBe('trace-abc-123');
    const userId = Number(((await me.json()) as { data: { me: { id: string } } }).data.me.id);

    const line = await server.line((l) => l.reqId === 'trace-abc-123');
    expect(line).toMatchObject({
      level: 'info',
      msg: 'request',
      method: 'POST',
      path: '/graphql',
      status: 200,
      userId,
      operation: 'ObservedMe',
      errorCode: null,
    });
    expect(typeof line.durationMs).toBe('number');
    expect(typeof line.time).toBe('string');
    expect(server.lines.filter((l) => l.reqId === 'trace-abc-123' && l.msg === 'request')).toHaveLength(1);

    // No id, or one that is no sensible header value: the server makes one.
    for (const given of [undefined, 'x'.repeat(300)]) {
      const answer = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(given ? { 'x-request-id': given } : {}) },
        body: JSON.stringify({ query: 'query NotSignedIn { me { id } }' }),
      });
      const id = answer.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const code = ((await answer.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code;
      expect(await server.line((l) => l.reqId === id && l.msg === 'request')).toMatchObject({
        status: 200,
        userId: null,
        operation: 'NotSignedIn',
        errorCode: code,
      });
    }
    expect(server.lines.filter((l) => l.level === 'not-json')).toEqual([]);
  });

  it('answers /metrics 401 without the right token, and with it the histogram of an operation just run', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer not-the-token' } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Bearer/);

    // A socket watching the board sees the new card: the fan-out is measured on the way.
    const socket = connect(server.url, officer);
    await new Promise<void>((resolve, reject) => (socket.once('connect', resolve), socket.once('connect_error', reject)));
    await new Promise((resolve) => socket.emit('board:join', { board: 'leads' }, resolve));
    const arrived = new Promise<BoardEvent>((resolve) => socket.on('board:event', (event) => event.type === 'created' && resolve(event)));
    const created = await graphql(
      server.url,
      CREATE,
      { input: { fullName: 'Metrik Sutanto', source: 'WALK_IN', estimatedAmount: '25000000.00', phone: '081377771111' } },
      { token: officer },
    );
    expectData(created);
    await arrived;

    const text = await scrape(server.url);
    socket.close();
    expect(sample(text, 'prospek_graphql_operation_duration_seconds_count{operation="ObservedMe",type="query",outcome="ok"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'prospek_graphql_operation_duration_seconds_count{operation="Create",type="mutation",outcome="ok"}')).toBe(1);
    expect(text).toContain('prospek_graphql_operation_duration_seconds_bucket{le="0.005",operation="ObservedMe"');
    expect(sample(text, 'prospek_http_request_duration_seconds_count{route="/graphql",method="POST",status="2xx"}')).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'prospek_socket_connections')).toBe(1);
    expect(sample(text, 'prospek_event_fanout_seconds_count{kind="card"}')).toBeGreaterThanOrEqual(1);
    expect(text).toContain('# TYPE prospek_scheduler_job_runs_total counter');
    expect(text).toContain('# TYPE prospek_job_failures_total counter');
    expect(text).toContain('# TYPE prospek_job_duration_seconds histogram');
    expect(sample(text, 'prospek_job_queue_depth')).toBeGreaterThanOrEqual(0);
    expect(text).toContain('# TYPE process_cpu_seconds_total counter');
    if (target.kind === 'mysql') expect(sample(text, 'prospek_db_pool_connections{state="idle"}')).toBeGreaterThanOrEqual(0);
  });

  it('reports each dependency on /healthz', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({
      status: 'ok',
      // With Redis the clock jobs run on BullMQ (no scheduler timer of this instance to report); the queue either way.
      checks: { database: 'ok', queue: 'ok', ...(withRedis ? { redis: 'ok' } : { scheduler: 'ok' }) },
    });
  });

  it('stops on SIGTERM: refuses new connections, finishes the request under way, hints sockets, exits 0', async () => {
    const socket = connect(server.url, officer);
    await new Promise<void>((resolve, reject) => (socket.once('connect', resolve), socket.once('connect_error', reject)));
    const hinted = new Promise((resolve) => socket.once('server:shutdown', resolve));
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));

    // A request whose body is still arriving: under way until the test sends the rest.
    const body = JSON.stringify({ query: 'query SlowUpload { me { email } }' });
    const slow = request(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${officer}` },
    });
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      slow.on('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      });
      slow.on('error', reject);
    });
    slow.write(body.slice(0, 10));
    // The scrape itself is one request in flight; the upload is the other.
    for (let tries = 0; (sample(await scrape(server.url), 'prospek_http_requests_in_flight') ?? 0) < 2; tries++) {
      if (tries > 200) throw new Error('the upload never reached the server');
    }

    server.child.kill('SIGTERM');
    await server.line((l) => l.msg === 'Shutting down: no new connections');
    const refused = await new Promise<string>((resolve) => {
      const probe = connectTcp(server.port, '127.0.0.1');
      probe.once('connect', () => (probe.destroy(), resolve('connected')));
      probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
    expect(await hinted).toEqual({ reconnect: true });

    slow.end(body.slice(10));
    const { status, text } = await answered;
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({ data: { me: { email: 'officer1@prospek.test' } } });
    expect(await disconnected).toBe('transport close');
    expect(await server.exited).toBe(0);
    expect(server.lines.find((l) => l.msg === 'request' && l.operation === 'SlowUpload')).toMatchObject({ status: 200 });
  });
});
