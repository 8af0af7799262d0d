import { randomUUID } from 'node:crypto';
import { parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDEMPOTENT_MUTATIONS } from '@prospek/shared';
import { createSchema } from '../../server/src/graphql/schema.js';
import { IdempotencyKey } from '../../server/src/modules/idempotency/idempotency-key.entity.js';
import { isIdempotentField } from '../../server/src/modules/idempotency/idempotent.js';
import { requestHash } from '../../server/src/modules/idempotency/idempotency.service.js';
import { databaseTargets } from '../helpers/databases.js';
import { CREATE } from '../helpers/leads.js';
import type { Card } from '../helpers/leads.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { GraphQLResult, TestServer } from '../helpers/server.js';

const HOUR = 3_600_000;

it('the web client retries exactly the mutations the server marks idempotent', async () => {
  const fields = (await createSchema(null)).getMutationType()!.getFields();
  const marked = Object.values(fields)
    .filter((f) => isIdempotentField(f))
    .map((f) => f.name);
  expect(marked.sort()).toEqual([...IDEMPOTENT_MUTATIONS].sort());
});

it('lets a browser on another origin send the header', async () => {
  const server = await startServer(databaseTargets[0], { corsOrigin: 'http://localhost:5173', demoData: 'never' });
  try {
    const response = await fetch(`${server.url}/graphql`, { method: 'OPTIONS' });
    expect(response.headers.get('access-control-allow-headers')?.split(/,\s*/)).toContain('idempotency-key');
  } finally {
    await server.close();
  }
});

describe.each(databaseTargets)('Idempotency-Key on $kind', (target) => {
  let server: TestServer;
  let officer: string;
  let officer2: string;
  /** The server's clock runs this far ahead of the real one (to age keys). */
  let clockOffset = 0;

  beforeAll(async () => {
    server = await startServer(target, {}, { now: () => new Date(Date.now() + clockOffset) });
    [officer, officer2] = await Promise.all([server.login('officer1@prospek.test'), server.login('officer2@prospek.test')]);
  });
  afterAll(() => server?.close());

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const count = async (sql: string, params: unknown[]) => Number((await server.app.dataSource.query(sql, params))[0].n);
  const leadsNamed = (fullName: string) => count(`SELECT COUNT(*) AS n FROM ${q('lead')} WHERE ${q('fullName')} = ?`, [fullName]);
  const keyRows = (key: string) => count(`SELECT COUNT(*) AS n FROM ${q('idempotency_key')} WHERE ${q('key')} = ?`, [key]);
  // Many leads share one phone here: each says it is meant to (allowDuplicate).
  const input = (fullName: string, extra: Record<string, unknown> = {}) => ({
    fullName,
    source: 'WALK_IN',
    estimatedAmount: '25000000.00',
    phone: '081311112222',
    allowDuplicate: true,
    ...extra,
  });
  const create = (token: string, key: string | null, lead: Record<string, unknown>) =>
    server.gql<{ createLead: Card }>(CREATE, { input: lead }, { token, headers: key === null ? {} : { 'idempotency-key': key } });

  it('runs 100 simultaneous retries of one create once, and answers each with that one record', async () => {
    const name = `Retry ${randomUUID()}`;
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 100 }, () => create(officer, key, input(name))));
    const first = expectData(results[0]).createLead;
    for (const result of results) expect(expectData(result).createLead).toEqual(first);
    expect(await leadsNamed(name)).toBe(1);
    expect(await keyRows(key)).toBe(1);

    // Without a key the same two requests are two writes: the header is what makes retries safe.
    const plain = `Plain ${randomUUID()}`;
    await Promise.all([create(officer, null, input(plain)), create(officer, null, input(plain))]);
    expect(await leadsNamed(plain)).toBe(2);
  });

  it('replays the first answer, marked as a replay, to a later retry with the same request', async () => {
    const name = `Replay ${randomUUID()}`;
    const key = randomUUID();
    const first = expectData(await create(officer, key, input(name, { estimatedAmount: '1500000.50' }))).createLead;
    expect(first.estimatedAmount).toBe('1500000.50');
    // The same variables in another order are the same request.
    const { fullName, ...rest } = input(name, { estimatedAmount: '1500000.50' });
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${officer}`, 'idempotency-key': key },
      body: JSON.stringify({ variables: { input: { ...rest, fullName } }, query: CREATE }),
    });
    expect(response.headers.get('idempotent-replayed')).toBe('true');
    const replay = (await response.json()) as GraphQLResult<{ createLead: Card }>;
    expect(replay).toEqual({ data: { createLead: first } });
    expect(await leadsNamed(name)).toBe(1);
  });

  it('answers CONFLICT, never the first answer, when a key is reused for another request', async () => {
    const key = randomUUID();
    const name = `First ${randomUUID()}`;
    expectData(await create(officer, key, input(name)));
    const other = await create(officer, key, input(`Other ${randomUUID()}`));
    expect(errorCode(other)).toBe('CONFLICT');
    expect(other.data ?? null).toBeNull();
    // Another selection of the same mutation is another request too.
    const fewer = await server.gql(
      `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`,
      { input: input(name) },
      { token: officer, headers: { 'idempotency-key': key } },
    );
    expect(errorCode(fewer)).toBe('CONFLICT');
    expect(await leadsNamed(name)).toBe(1);
  });

  it('keeps no failed answer: a corrected retry with the same key writes the corrected record', async () => {
    const key = randomUUID();
    const name = `Corrected ${randomUUID()}`;
    const failed = await create(officer, key, input(name, { phone: 'not a phone' }));
    expect(errorCode(failed)).toBe('BAD_USER_INPUT');
    expect(await keyRows(key)).toBe(0);
    const corrected = expectData(await create(officer, key, input(name))).createLead;
    expect(corrected.phone).toBe('+6281311112222');
    expect(expectData(await create(officer, key, input(name))).createLead).toEqual(corrected);
    expect(await leadsNamed(name)).toBe(1);
  });

  it('scopes a key to its user and its mutation, and tells keys apart by case', async () => {
    const key = `shared-${randomUUID()}`;
    const name = `Scoped ${randomUUID()}`;
    const mine = expectData(await create(officer, key, input(name))).createLead;
    const theirs = expectData(await create(officer2, key, input(name))).createLead;
    expect(theirs.id).not.toBe(mine.id);
    const upper = expectData(await create(officer, key.toUpperCase(), input(name))).createLead;
    expect(upper.id).not.toBe(mine.id);
    expect(await leadsNamed(name)).toBe(3);
    // The same key on another mutation is that mutation's own.
    const activity = await server.gql<{ logActivity: { id: string } }>(
      `mutation($input: LogActivityInput!) { logActivity(input: $input) { id } }`,
      { input: { leadId: mine.id, type: 'CALL', outcome: 'REACHED', notes: 'Tertarik KUR' } },
      { token: officer, headers: { 'idempotency-key': key } },
    );
    expect(expectData(activity).logActivity.id).toBeTruthy();
  });

  it('refuses a malformed key, and a key over several mutations, writing nothing', async () => {
    const name = `Malformed ${randomUUID()}`;
    for (const key of ['', 'x'.repeat(256), 'kunci-é', 'tab\there']) {
      const result = await create(officer, key, input(name));
      expect(errorCode(result), JSON.stringify(key)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fieldErrors?.[0]?.field).toBe('Idempotency-Key');
    }
    expectData(await create(officer, `~${'k'.repeat(254)}`, input(`${name} ok`)));
    const two = await server.gql(
      `mutation($a: CreateLeadInput!, $b: CreateLeadInput!) { a: createLead(input: $a) { id } b: createLead(input: $b) { id } }`,
      { a: input(name), b: input(name) },
      { token: officer, headers: { 'idempotency-key': randomUUID() } },
    );
    expect(errorCode(two)).toBe('BAD_USER_INPUT');
    expect(await leadsNamed(name)).toBe(0);
    expect(await leadsNamed(`${name} ok`)).toBe(1);
  });

  it('lets a retry wait for the first request of its key and replay its answer', async () => {
    const key = randomUUID();
    const variables = { input: input(`Waiting ${randomUUID()}`) };
    const officerId = expectData(await server.gql<{ me: { id: string } }>('{ me { id } }', {}, { token: officer })).me.id;
    // The first request's claim, as it stands while that request runs.
    const hash = requestHash(print(parse(CREATE)), 'Create', variables);
    const clock = new Date(Date.now() + clockOffset);
    const keys = server.app.dataSource.getRepository(IdempotencyKey);
    await keys.insert({ userId: Number(officerId), operation: 'createLead', key, requestHash: hash, status: 'PENDING', response: null, createdAt: clock });
    const retry = server.gql<{ createLead: { id: string } }>(CREATE, variables, { token: officer, headers: { 'idempotency-key': key } });
    // The first request finishes: whenever the retry looked, it can only answer with this.
    const kept = JSON.stringify({ data: { createLead: { id: '424242' } } });
    await keys.update({ key }, { status: 'DONE', response: kept });
    expect(await retry).toEqual({ data: { createLead: { id: '424242' } } });
    expect(await leadsNamed(variables.input.fullName)).toBe(0);

    // A first request that runs on past the wait: the retry is told to come back, and writes nothing.
    const busy = randomUUID();
    await keys.insert({
      userId: Number(officerId),
      operation: 'createLead',
      key: busy,
      requestHash: hash,
      status: 'PENDING',
      response: null,
      createdAt: clock,
    });
    const waitMs = server.app.services.idempotency.waitMs;
    server.app.services.idempotency.waitMs = 50;
    try {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${officer}`, 'idempotency-key': busy },
        body: JSON.stringify({ query: CREATE, variables }),
      });
      expect(response.status).toBe(409);
      expect(response.headers.get('retry-after')).toBe('1');
      expect(errorCode((await response.json()) as GraphQLResult)).toBe('CONFLICT');
    } finally {
      server.app.services.idempotency.waitMs = waitMs;
    }
    expect(await leadsNamed(variables.input.fullName)).toBe(0);

    // A claim left by a request that never finished (its server stopped) is taken over after its lease.
    const stale = randomUUID();
    await keys.insert({
      userId: Number(officerId),
      operation: 'createLead',
      key: stale,
      requestHash: hash,
      status: 'PENDING',
      response: null,
      createdAt: new Date(clock.getTime() - HOUR),
    });
    expectData(await server.gql(CREATE, variables, { token: officer, headers: { 'idempotency-key': stale } }));
    expect(await leadsNamed(variables.input.fullName)).toBe(1);
  });

  it('remembers a key for 24 hours; an older key is a new write, and the scheduler forgets it', async () => {
    const key = randomUUID();
    const name = `Aged ${randomUUID()}`;
    try {
      const first = expectData(await create(officer, key, input(name))).createLead;
      clockOffset = 23 * HOUR;
      expect(expectData(await create(officer, key, input(name))).createLead).toEqual(first);
      clockOffset = 24 * HOUR + 60_000;
      const later = expectData(await create(officer, key, input(name))).createLead;
      expect(later.id).not.toBe(first.id);
      expect(await leadsNamed(name)).toBe(2);
      expect(await keyRows(key)).toBe(1);

      clockOffset = 48 * HOUR + 120_000;
      const runs = await server.app.services.scheduler.tick();
      expect(runs['idempotency-key-expiry']).toBeGreaterThanOrEqual(1);
      expect(await keyRows(key)).toBe(0);
    } finally {
      clockOffset = 0;
    }
  });
});
