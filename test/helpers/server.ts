/** Starts a real Prospek server on a free port against a test database, and talks to it over HTTP. */
import { createApp } from '../../server/src/app.js';
import type { App } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import type { Config } from '../../server/src/config.js';
import type { DatabaseTarget, TestDatabase } from './databases.js';

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
}

export interface TestServer {
  url: string;
  app: App;
  db: TestDatabase;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: GraphQLOptions): Promise<GraphQLResult<T>>;
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export interface GraphQLOptions {
  token?: string | null;
  mutationId?: string;
  /** More request headers (e.g. `idempotency-key`). */
  headers?: Record<string, string>;
}

export const JWT_SECRET = 'test-secret-0123456789abcdef0123456789abcdef';

export async function graphql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: GraphQLOptions = {},
): Promise<GraphQLResult<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.mutationId ? { 'x-mutation-id': options.mutationId } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResult<T>;
}

/** The in-process job runner's poll for due jobs (its only statement while no job runs). */
const JOB_POLL = /FROM [`"]background_job[`"]/;

/**
 * A server on `target` (or on an existing database `db`, for a second instance).
 * Demo data loads unless `demoData: 'never'`.
 */
export async function startServer(
  target: DatabaseTarget | { database: TestDatabase },
  overrides: Partial<Config> = {},
  options: { onQuery?: (sql: string) => void; now?: () => Date; scheduler?: boolean } = {},
): Promise<TestServer> {
  const db = 'database' in target ? target.database : await target.create();
  const ownsDatabase = !('database' in target);
  // The log stays quiet unless LOG_LEVEL asks for it while a test is looked into.
  const config = loadConfig(
    { LOG_LEVEL: process.env.LOG_LEVEL || 'silent' },
    { databaseUrl: db.url, jwtSecret: JWT_SECRET, demoData: 'always', host: '127.0.0.1', ...overrides },
  );
  // The scheduler's timer stays off unless asked for: tests run its ticks themselves.
  // Statements a test counts are its requests': the job runner's once-a-second poll is left out.
  const counter = options.onQuery;
  const onQuery = counter && ((sql: string) => !JOB_POLL.test(sql) && counter(sql));
  const app = await createApp(config, { log: () => undefined, onQuery, now: options.now, scheduler: options.scheduler ?? false });
  const url = await app.listen(0, '127.0.0.1');
  const server: TestServer = {
    url,
    app,
    db,
    gql: (query, variables, options) => graphql(url, query, variables, options),
    async login(email, password = 'demo1234') {
      const result = await graphql<{ login: { token: string } }>(
        url,
        'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        { email, password },
      );
      if (!result.data?.login) throw new Error(`login ${email} failed: ${JSON.stringify(result.errors)}`);
      return result.data.login.token;
    },
    async close() {
      await app.close();
      if (ownsDatabase) await db.drop();
    },
  };
  return server;
}

/** The data of a GraphQL result, failing the test with the errors when there are any. */
export function expectData<T>(result: GraphQLResult<T>): T {
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export function errorCode<T>(result: GraphQLResult<T>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** A token whose payload claims another user: its signature no longer matches. */
export function forgeToken(token: string, sub = '1'): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  return [header, Buffer.from(JSON.stringify({ ...claims, sub })).toString('base64url'), signature].join('.');
}
