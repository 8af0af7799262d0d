/**
 * Production mode: the schema is introspected only by whom INTROSPECTION allows (signed-in admins by
 * default), errors carry no "Did you mean …" suggestions, and a token stops working the moment its
 * user's password is changed or reset, over HTTP and on an open socket.
 */
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { databaseTargets } from '../helpers/databases.js';
import { JWT_SECRET, errorCode, expectData, startServer } from '../helpers/server.js';
import type { GraphQLResult, TestServer } from '../helpers/server.js';
import { connect, joinBoard } from '../helpers/sockets.js';
import type { ClientSocket } from '../helpers/sockets.js';

const INTROSPECTION_PROBES = {
  schema: '{ __schema { queryType { name } } }',
  type: '{ __type(name: "Lead") { fields { name } } }',
  fragment: 'query { ...Probe } fragment Probe on Query { __schema { types { name } } }',
  beside: '{ me { id } __type(name: "User") { name } }',
};
/** Misspelt on purpose: each draws a suggestion from graphql-js when suggestions are on. */
const SUGGESTION_PROBES: Array<[string, Record<string, unknown>]> = [
  ['{ leadBoar { columns { stage } } }', {}],
  ['{ leadBoard(perColum: 5) { columns { stage } } }', {}],
  ['{ leadColumn(stage: CONTACTD) { hasMore } }', {}],
  ['query($filter: LeadFiltrInput) { leads(filter: $filter) { totalCount } }', {}],
  ['mutation { createLead(input: { fullNam: "Ahmad", phone: "081234500001", source: WALK_IN, segment: MICRO }) { id } }', {}],
];
const ME = '{ me { id } }';
const CHANGE_PASSWORD =
  'mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { token user { id mustChangePassword } } }';

function cutReason(socket: ClientSocket): Promise<string> {
  return new Promise((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
}

async function handshakeError(url: string, token: string): Promise<string> {
  const socket = connect(url, token);
  try {
    return await new Promise<string>((resolve) => {
      socket.once('connect_error', (error) => resolve(error.message));
      socket.once('connect', () => resolve('connected'));
    });
  } finally {
    socket.close();
  }
}

describe('the INTROSPECTION setting', () => {
  it('defaults to admins in production and all elsewhere, and takes only all, admins or off', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET }).introspection).toBe('admins');
    expect(loadConfig({}).introspection).toBe('all');
    expect(loadConfig({}, { production: true }).introspection).toBe('admins');
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET, INTROSPECTION: 'all' }).introspection).toBe('all');
    expect(loadConfig({ INTROSPECTION: 'off' }).introspection).toBe('off');
    expect(() => loadConfig({ INTROSPECTION: 'everyone' })).toThrow(/INTROSPECTION/);
  });
});

describe.each(databaseTargets)('production mode on $kind', (target) => {
  let server: TestServer;
  let admin: string;
  let officer: string;

  beforeAll(async () => {
    server = await startServer(target, { production: true });
    admin = await server.login('admin@prospek.test');
    officer = await server.login('officer1@prospek.test');
  });
  afterAll(() => server?.close());

  it('refuses introspection to anonymous callers and non-admins, and serves it to admins', async () => {
    for (const [name, probe] of Object.entries(INTROSPECTION_PROBES)) {
      for (const token of [null, officer]) {
        const result = await server.gql(probe, {}, { token });
        expect(errorCode(result), `${name} as ${token ? 'officer' : 'anonymous'}`).toBe('FORBIDDEN');
        expect(result.data ?? null).toBeNull();
        expect(JSON.stringify(result)).not.toMatch(/LeadStage|fullName|"Lead"\s*:/);
      }
      expectData(await server.gql(probe, {}, { token: admin }));
    }
    // What GraphQL tools send for report writers, within the query limits.
    const full = expectData(await server.gql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }), {}, { token: admin }));
    expect(full.__schema.types.map((t: { name: string }) => t.name)).toContain('LeadBoard');
    // __typename is not introspection.
    expect(expectData(await server.gql('{ __typename }')).__typename).toBe('Query');
  });

  it('leaves "Did you mean" suggestions out of every error', async () => {
    for (const [query, variables] of SUGGESTION_PROBES) {
      for (const token of [null, admin]) {
        const result = await server.gql(query, variables, { token });
        expect(result.errors?.length, query).toBeGreaterThan(0);
        expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean/i);
        expect(errorCode(result)).not.toBe('INTERNAL_SERVER_ERROR');
      }
    }
  });

  it('ends every token of a user whose password changes, on GraphQL and on an open socket', async () => {
    const email = `sandi-${target.kind}@prospek.test`;
    const { officeId } = expectData(await server.gql<Record<string, any>>('{ me { officeId } }', {}, { token: admin })).me;
    const created = expectData(
      await server.gql(
        'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
        { input: { email, name: 'Wulan Sari', role: 'OFFICER', officeId, password: 'sandi-awal-1', segment: 'MICRO' } },
        { token: admin },
      ),
    ).createUser;
    const first = await server.login(email, 'sandi-awal-1');
    const second = await server.login(email, 'sandi-awal-1');
    const board = await joinBoard(server.url, second);
    const cut = cutReason(board.socket);

    const changed = expectData(
      await server.gql<Record<string, any>>(CHANGE_PASSWORD, { current: 'sandi-awal-1', next: 'sandi-baru-22' }, { token: first }),
    ).changePassword;
    expect(changed.user).toEqual({ id: created.id, mustChangePassword: false });
    expect(await cut).toBe('io server disconnect');
    for (const old of [first, second]) {
      expect(errorCode(await server.gql(ME, {}, { token: old }))).toBe('UNAUTHENTICATED');
      expect(await handshakeError(server.url, old)).toBe('UNAUTHENTICATED');
    }
    // The answer's token carries on, over HTTP and sockets; the old password no longer signs in.
    expect(expectData(await server.gql(ME, {}, { token: changed.token })).me.id).toBe(created.id);
    const live = await joinBoard(server.url, changed.token);
    expect(
      errorCode(await server.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: 'sandi-awal-1' })),
    ).toBe('UNAUTHENTICATED');
    const third = await server.login(email, 'sandi-baru-22');

    // An admin's reset ends them too, including the socket just opened.
    const liveCut = cutReason(live.socket);
    const reset = expectData(
      await server.gql<Record<string, any>>('mutation($id: ID!) { resetPassword(id: $id) { temporaryPassword } }', { id: created.id }, { token: admin }),
    ).resetPassword;
    expect(await liveCut).toBe('io server disconnect');
    for (const old of [changed.token, third]) {
      expect(errorCode(await server.gql(ME, {}, { token: old }))).toBe('UNAUTHENTICATED');
      expect(await handshakeError(server.url, old)).toBe('UNAUTHENTICATED');
    }
    const fresh = await server.login(email, reset.temporaryPassword);
    expect(expectData(await server.gql(ME, {}, { token: fresh })).me.id).toBe(created.id);
    expect(await handshakeError(server.url, fresh)).toBe('connected');
    // Other users' tokens are untouched.
    expectData(await server.gql(ME, {}, { token: officer }));
    board.close();
    live.close();
  });

  it('refuses a wrong current password without ending the session', async () => {
    const result: GraphQLResult = await server.gql(CHANGE_PASSWORD, { current: 'bukan-sandinya', next: 'sandi-baru-33' }, { token: officer });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'currentPassword' }] });
    expectData(await server.gql(ME, {}, { token: officer }));
  });
});

describe.runIf(databaseTargets.length > 0)('other INTROSPECTION settings', () => {
  let open: TestServer;
  let closed: TestServer;

  beforeAll(async () => {
    open = await startServer(databaseTargets[0]);
    closed = await startServer(databaseTargets[0], { production: true, introspection: 'off' });
  });
  afterAll(async () => {
    await open?.close();
    await closed?.close();
  });

  it('all: anyone introspects, and errors make suggestions (what production leaves out)', async () => {
    expectData(await open.gql(INTROSPECTION_PROBES.schema));
    for (const [query, variables] of SUGGESTION_PROBES) {
      expect(JSON.stringify((await open.gql(query, variables)).errors), query).toMatch(/Did you mean/);
    }
  });

  it('off: not even an admin introspects', async () => {
    const admin = await closed.login('admin@prospek.test');
    expect(errorCode(await closed.gql(INTROSPECTION_PROBES.type, {}, { token: admin }))).toBe('FORBIDDEN');
    expectData(await closed.gql(ME, {}, { token: admin }));
  });
});
