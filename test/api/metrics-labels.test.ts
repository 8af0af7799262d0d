/**
 * /metrics is off without METRICS_TOKEN, and the operation label cannot be grown by callers: names from
 * signed-out callers, invalid operations, long names and names past the cap all fall into fixed groups.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ANONYMOUS_OPERATION,
  MAX_OPERATION_LABELS,
  OTHER_OPERATION,
  SIGNED_OUT_OPERATION,
  UNCHECKED_OPERATION,
} from '../../server/src/observability/operation-labels.js';
import { databaseTargets } from '../helpers/databases.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((target) => target.kind === 'sqlite')!;

describe('/metrics without METRICS_TOKEN', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(sqlite, { metricsToken: null });
  });
  afterAll(() => server?.close());

  it('answers 404, with or without a token', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
    expect((await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer anything' } })).status).toBe(404);
  });
});

describe('the operation label', () => {
  let server: TestServer;
  let officer: string;
  beforeAll(async () => {
    server = await startServer(sqlite, { metricsToken: 'labels-token' });
    officer = await server.login('officer1@prospek.test');
  });
  afterAll(() => server?.close());

  async function operationLabels(): Promise<Set<string>> {
    const text = await (await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer labels-token' } })).text();
    const labels = new Set<string>();
    for (const match of text.matchAll(/^prospek_graphql_operation_duration_seconds_count\{operation="([^"]*)"/gm)) labels.add(match[1]);
    return labels;
  }

  it('stays within the cap plus the fixed groups whatever names callers send', async () => {
    const names = Array.from({ length: MAX_OPERATION_LABELS + 40 }, (_, i) => `Probe${i}`);
    for (let i = 0; i < names.length; i += 20) {
      await Promise.all(names.slice(i, i + 20).map((name) => server.gql(`query ${name} { me { id } }`, {}, { token: officer })));
    }
    const long = `L${'o'.repeat(80)}ng`;
    await server.gql(`query ${long} { me { id } }`, {}, { token: officer });
    for (let i = 0; i < 30; i++) await server.gql(`query SignedOut${i} { me { id } }`, {}, { token: null });
    await server.gql(`query Invalid { noSuchField }`, {}, { token: officer });
    await server.gql(`{ me { id } }`, {}, { token: officer });

    const labels = await operationLabels();
    const fixed = [ANONYMOUS_OPERATION, UNCHECKED_OPERATION, OTHER_OPERATION, SIGNED_OUT_OPERATION];
    expect(labels.size).toBeLessThanOrEqual(MAX_OPERATION_LABELS + fixed.length);
    for (const group of fixed) expect(labels).toContain(group);
    expect(labels).toContain('Probe0');
    expect(labels).not.toContain(names.at(-1));
    expect(labels).not.toContain(long);
    expect(labels).not.toContain('SignedOut0');
    expect(labels).not.toContain('Invalid');
  });
});
