/**
 * Sign-in throttling behind a shared address (a branch behind one NAT address), and sessions that survive a
 * restart when JWT_SECRET is unset: the server keeps the secret it made in its data folder.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import type { TestDatabase } from '../helpers/databases.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { GraphQLResult, TestServer } from '../helpers/server.js';

const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const ME = '{ me { id email } }';
type Data = NonNullable<GraphQLResult['data']>;

/** A sign-in from a given client address (the server trusts one proxy hop). */
async function loginFrom(server: TestServer, address: string, email: string, password: string): Promise<GraphQLResult<Data>> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: LOGIN, variables: { email, password } }),
  });
  return (await response.json()) as GraphQLResult<Data>;
}

const minutes = (n: number) => n * 60_000;

describe.each(databaseTargets)('sign-in throttle on $kind', (target) => {
  let db: TestDatabase;
  let server: TestServer;
  // The server's clock: the throttle reads it.
  let now = new Date();
  const start = () => startServer({ database: db }, { trustProxy: '1', demoData: 'auto' }, { now: () => now });
  const signIn = (address: string, email: string, password = 'demo1234') => loginFrom(server, address, email, password);

  beforeAll(async () => {
    db = await target.create();
    server = await start();
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('locks one account after five failures at a shared address; its colleagues there still sign in', async () => {
    for (let i = 1; i <= 5; i++) expect(errorCode(await signIn('10.5.0.1', 'officer3@prospek.test', 'salah'))).toBe('UNAUTHENTICATED');

    const locked = await signIn('10.5.0.1', 'officer3@prospek.test');
    expect(errorCode(locked)).toBe('RATE_LIMITED');
    expect(locked.errors?.[0].extensions).toMatchObject({ limit: 'ACCOUNT' });
    expect(locked.errors?.[0].extensions?.retryAfterSeconds).toBe(15 * 60);
    // The account is locked wherever it signs in from.
    expect(errorCode(await signIn('10.5.0.99', 'officer3@prospek.test'))).toBe('RATE_LIMITED');

    // The colleagues behind the same address are not.
    expectData(await signIn('10.5.0.1', 'officer2@prospek.test'));
    expectData(await signIn('10.5.0.1', 'officer4@prospek.test'));

    now = new Date(now.getTime() + minutes(15) + 1000);
    expectData(await signIn('10.5.0.1', 'officer3@prospek.test'));
  });

  it('keeps an account from one address locked for the hour after ten failures there, not from elsewhere', async () => {
    const first = now.getTime();
    for (let i = 1; i <= 5; i++) expect(errorCode(await signIn('10.6.0.1', 'officer1@prospek.test', 'salah'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await signIn('10.6.0.1', 'officer1@prospek.test'))).toBe('RATE_LIMITED');
    now = new Date(now.getTime() + minutes(15) + 1000);
    for (let i = 1; i <= 5; i++) expect(errorCode(await signIn('10.6.0.1', 'officer1@prospek.test', 'salah'))).toBe('UNAUTHENTICATED');
    now = new Date(now.getTime() + minutes(15) + 1000);

    // The account's own fifteen minutes have passed, but ten failures from this address lie within the hour.
    const locked = await signIn('10.6.0.1', 'officer1@prospek.test');
    expect(errorCode(locked)).toBe('RATE_LIMITED');
    expect(locked.errors?.[0].extensions?.limit).toBe('ACCOUNT');
    expect(locked.errors?.[0].extensions?.retryAfterSeconds).toBe(Math.ceil((first + minutes(60) - now.getTime()) / 1000));
    expectData(await signIn('10.6.0.2', 'officer1@prospek.test'));
    // A sign-in from elsewhere does not open this address's lock.
    expect(errorCode(await signIn('10.6.0.1', 'officer1@prospek.test'))).toBe('RATE_LIMITED');

    now = new Date(first + minutes(60) + 1000);
    expectData(await signIn('10.6.0.1', 'officer1@prospek.test'));
  });

  it('refuses an address after a hundred failures across accounts (credential stuffing), for every account there', async () => {
    const stuff = async (from: number, to: number) => {
      for (let batch = from; batch <= to; batch += 10) {
        const answers = await Promise.all(
          Array.from({ length: Math.min(10, to - batch + 1) }, (_, k) => signIn('10.8.0.1', `isian${batch + k}@contoh.test`, 'Rahasia123')),
        );
        for (const answer of answers) expect(errorCode(answer)).toBe('UNAUTHENTICATED');
      }
    };
    await stuff(1, 99);
    // Ninety-nine failures: still open, and a success does not wipe the address's count.
    expectData(await signIn('10.8.0.1', 'manager@prospek.test'));
    await stuff(100, 100);

    const refused = await signIn('10.8.0.1', 'manager@prospek.test');
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0].message).toBe('Too many failed sign-ins from this address; try again in 15 minutes');
    expect(refused.errors?.[0].extensions).toMatchObject({ limit: 'ADDRESS' });
    // Unknown accounts get the same answer as known ones.
    expect((await signIn('10.8.0.1', 'siapa@contoh.test')).errors?.[0]).toEqual(refused.errors?.[0]);
    // The account is fine from another address.
    expectData(await signIn('10.8.0.2', 'manager@prospek.test'));

    now = new Date(now.getTime() + minutes(15) + 1000);
    expectData(await signIn('10.8.0.1', 'manager@prospek.test'));
  });

  it('keeps an account lock over a restart, for that account only', async () => {
    for (let i = 1; i <= 5; i++) expect(errorCode(await signIn('10.9.0.1', 'officer2@prospek.test', 'salah'))).toBe('UNAUTHENTICATED');
    await server.close();
    server = await start();

    const locked = await signIn('10.9.0.1', 'officer2@prospek.test');
    expect(errorCode(locked)).toBe('RATE_LIMITED');
    expect(locked.errors?.[0].extensions?.limit).toBe('ACCOUNT');
    expectData(await signIn('10.9.0.1', 'officer4@prospek.test'));
  });
});

describe.each(databaseTargets)('the signing secret without JWT_SECRET on $kind', (target) => {
  let db: TestDatabase;
  const dirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'prospek-data-'));
    dirs.push(dir);
    return dir;
  };

  beforeAll(async () => {
    db = await target.create();
  });
  afterAll(async () => {
    await db?.drop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('is made once in the data folder, so tokens outlive a restart', async () => {
    const dir = dataDir();
    const first = await startServer({ database: db }, { jwtSecret: null, dataDir: dir, demoData: 'auto' });
    let token: string;
    try {
      token = await first.login('officer1@prospek.test');
      expect(expectData(await first.gql<Data>(ME, {}, { token })).me.email).toBe('officer1@prospek.test');
    } finally {
      await first.close();
    }
    const file = join(dir, 'jwt-secret');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const secret = readFileSync(file, 'utf8');
    expect(secret.trim()).toMatch(/^[0-9a-f]{64}$/);

    const second = await startServer({ database: db }, { jwtSecret: null, dataDir: dir, demoData: 'auto' });
    try {
      expect(expectData(await second.gql<Data>(ME, {}, { token })).me.email).toBe('officer1@prospek.test');
    } finally {
      await second.close();
    }
    expect(readFileSync(file, 'utf8')).toBe(secret);

    // Another data folder means another secret: the token is no longer accepted there.
    const elsewhere = await startServer({ database: db }, { jwtSecret: null, dataDir: dataDir(), demoData: 'auto' });
    try {
      expect(errorCode(await elsewhere.gql(ME, {}, { token }))).toBe('UNAUTHENTICATED');
    } finally {
      await elsewhere.close();
    }
  });
});
