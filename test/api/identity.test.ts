/**
 * Identity: the admin's management of users and offices, sign-in and its throttle, tokens that end,
 * deactivation that cuts access at once, and the pool, reassignment and audit trail of leads.
 */
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInStaff } from '../helpers/access.js';
import type { Staff } from '../helpers/access.js';
import { databaseTargets } from '../helpers/databases.js';
import { createLead } from '../helpers/leads.js';
import { JWT_SECRET, errorCode, expectData, forgeToken, startServer } from '../helpers/server.js';
import type { GraphQLResult, TestServer } from '../helpers/server.js';
import { connect, joinBoard } from '../helpers/sockets.js';

const TTL_SECONDS = 7200;
const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt user { id } } }';
const ME = '{ me { id email } }';

type Data = NonNullable<GraphQLResult['data']>;

async function tokenFor(userId: string, expiresAt: Date, secret = JWT_SECRET): Promise<string> {
  const exp = Math.floor(expiresAt.getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuedAt(exp - TTL_SECONDS)
    .setExpirationTime(exp)
    .setIssuer('prospek')
    .sign(new TextEncoder().encode(secret));
}

function claimsOf(token: string): { exp: number; iat: number; sub: string } {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { exp: number; iat: number; sub: string };
}

describe.each(databaseTargets)('identity and access on $kind', (target) => {
  let server: TestServer;
  let staff: Staff;
  // The server's clock: the login throttle reads it.
  let now = new Date();

  beforeAll(async () => {
    server = await startServer(target, { tokenTtlSeconds: TTL_SECONDS, trustProxy: '1' }, { now: () => now });
    staff = await signInStaff(server);
  });
  afterAll(() => server?.close());

  const as = async (token: string, query: string, variables: Record<string, unknown> = {}) => server.gql<Data>(query, variables, { token });
  const admin = (query: string, variables: Record<string, unknown> = {}) => as(staff.tokens.admin, query, variables);
  /** A sign-in from a given client address (the server trusts one proxy hop). */
  const loginFrom = async (address: string, email: string, password: string): Promise<GraphQLResult<Data>> => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ query: LOGIN, variables: { email, password } }),
    });
    return (await response.json()) as GraphQLResult<Data>;
  };
  const q = (name: string) => server.app.dataSource.driver.escape(name);

  async function newUser(email: string, role = 'OFFICER', office = staff.offices.bdg): Promise<{ id: string; version: number }> {
    return expectData(
      await admin(`mutation($input: CreateUserInput!) { createUser(input: $input) { id version active role } }`, {
        input: { email, name: `Pengguna ${email}`, role, officeId: office, password: 'sandi-awal-1', segment: role === 'OFFICER' ? 'MICRO' : null },
      }),
    ).createUser;
  }

  it('lets admins manage users and offices, and refuses everyone else', async () => {
    const created = await newUser('baru@prospek.test');
    const updated = expectData(
      await admin(`mutation($input: UpdateUserInput!) { updateUser(input: $input) { name version office { code } } }`, {
        input: { id: created.id, expectedVersion: created.version, name: 'Nama Baru', officeId: staff.offices.ho },
      }),
    ).updateUser;
    expect(updated).toMatchObject({ name: 'Nama Baru', office: { code: 'KP-JKT' } });
    const stale = await admin(`mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }`, {
      input: { id: created.id, expectedVersion: created.version, name: 'Lagi' },
    });
    expect(errorCode(stale)).toBe('CONFLICT');

    const reset = expectData(
      await admin(`mutation($id: ID!) { resetPassword(id: $id) { temporaryPassword user { mustChangePassword } } }`, { id: created.id }),
    ).resetPassword;
    expect(reset.user.mustChangePassword).toBe(true);
    expect(errorCode(await loginFrom('10.9.0.1', 'baru@prospek.test', 'sandi-awal-1'))).toBe('UNAUTHENTICATED');
    expectData(await loginFrom('10.9.0.1', 'baru@prospek.test', reset.temporaryPassword));

    const office = expectData(
      await admin(`mutation($input: CreateOfficeInput!) { createOffice(input: $input) { id code version parent { code } } }`, {
        input: { code: 'KCP-CMH', name: 'KCP Cimahi', parentId: staff.offices.bdg },
      }),
    ).createOffice;
    expect(office.parent).toEqual({ code: 'KC-BDG' });
    // There is one head office: a new office sits under another, and a branch cannot become a second root.
    const root = await admin(`mutation($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`, {
      input: { code: 'HO-2', name: 'Kantor Pusat Kedua' },
    });
    expect(root.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'parentId', code: 'REQUIRED' }] });
    const unrooted = await admin(`mutation($input: UpdateOfficeInput!) { updateOffice(input: $input) { id } }`, {
      input: { id: office.id, expectedVersion: office.version, parentId: null },
    });
    expect(unrooted.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'parentId', code: 'REQUIRED' }] });
    expect(
      expectData(
        await admin(`mutation($input: UpdateOfficeInput!) { updateOffice(input: $input) { name } }`, {
          input: { id: office.id, expectedVersion: office.version, name: 'KCP Cimahi Baru' },
        }),
      ).updateOffice.name,
    ).toBe('KCP Cimahi Baru');
    // The branch manager now reaches the new office below theirs; the head office's officers do not.
    expect(ids(expectData(await as(staff.tokens.managerBdg, '{ offices(first: 100) { nodes { id } } }')).offices.nodes)).toContain(office.id);
    expect(errorCode(await as(staff.tokens.officer1, `query($id: ID!) { office(id: $id) { id } }`, { id: office.id }))).toBe('NOT_FOUND');

    for (const who of ['manager', 'managerBdg', 'officer1', 'marketing'] as const) {
      const token = staff.tokens[who];
      expect(
        errorCode(
          await as(token, `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
            input: { email: `x-${who}@prospek.test`, name: 'X', role: 'ADMIN', officeId: staff.offices.ho, password: 'sandi-awal-1' },
          }),
        ),
      ).toBe('FORBIDDEN');
      for (const op of ['deactivateUser', 'reactivateUser'])
        expect(errorCode(await as(token, `mutation($id: ID!) { ${op}(id: $id) { id } }`, { id: created.id })), `${who} ${op}`).toBe('FORBIDDEN');
      expect(errorCode(await as(token, `mutation($id: ID!) { resetPassword(id: $id) { temporaryPassword } }`, { id: created.id }))).toBe('FORBIDDEN');
      expect(
        errorCode(await as(token, `mutation($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`, { input: { code: 'X', name: 'X' } })),
      ).toBe('FORBIDDEN');
    }
    const [{ n }] = await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('user')} WHERE ${q('email')} LIKE ?`, ['x-%']);
    expect(Number(n)).toBe(0);
    expect(errorCode(await admin(`mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id: staff.ids.admin }))).toBe('FORBIDDEN');
  });

  it('ends a deactivated user’s access at once: the open socket, the next request and sign-in', async () => {
    const user = await newUser('dinonaktifkan@prospek.test');
    const token = expectData(await loginFrom('10.9.0.2', 'dinonaktifkan@prospek.test', 'sandi-awal-1')).login.token as string;
    const board = await joinBoard(server.url, token);
    const cut = new Promise<string>((resolve) => board.socket.once('disconnect', (reason) => resolve(reason)));
    expectData(await as(token, ME));

    const deactivated = expectData(await admin(`mutation($id: ID!) { deactivateUser(id: $id) { active } }`, { id: user.id })).deactivateUser;
    expect(deactivated.active).toBe(false);
    expect(await cut).toBe('io server disconnect');
    expect(errorCode(await as(token, ME))).toBe('UNAUTHENTICATED');
    const again = connect(server.url, token);
    expect((await new Promise<Error>((resolve) => again.once('connect_error', resolve))).message).toBe('UNAUTHENTICATED');
    again.close();
    const refused = await loginFrom('10.9.0.2', 'dinonaktifkan@prospek.test', 'sandi-awal-1');
    const unknown = await loginFrom('10.9.0.2', 'tidak-ada@prospek.test', 'sandi-awal-1');
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors?.[0].message).toBe(unknown.errors?.[0].message);

    expectData(await admin(`mutation($id: ID!) { reactivateUser(id: $id) { active } }`, { id: user.id }));
    expectData(await loginFrom('10.9.0.3', 'dinonaktifkan@prospek.test', 'sandi-awal-1'));
    const trail = expectData(
      await admin(
        `query($id: ID!) { auditTrail(entityType: "User", entityId: $id, first: 100) { nodes { action actor { id } changes { field before after } } } }`,
        { id: user.id },
      ),
    ).auditTrail.nodes;
    expect(trail.map((e: { action: string }) => e.action)).toEqual(['reactivate', 'deactivate', 'create']);
    expect(trail[1]).toEqual({ action: 'deactivate', actor: { id: staff.ids.admin }, changes: [{ field: 'active', before: 'true', after: 'false' }] });
  });

  it('answers every request with the user as they are now, though their row was read a moment before', async () => {
    const user = await newUser('baru-saja@prospek.test');
    const token = expectData(await loginFrom('10.9.0.4', 'baru-saja@prospek.test', 'sandi-awal-1')).login.token as string;
    const me = `{ me { id name email active } }`;
    // Requests in quick succession, as a polled board sends them: the user's row was just read.
    for (let i = 0; i < 3; i++) expect(expectData(await as(token, me)).me.name).toBe('Pengguna baru-saja@prospek.test');

    const renamed = expectData(
      await admin(`mutation($input: UpdateUserInput!) { updateUser(input: $input) { version } }`, {
        input: { id: user.id, expectedVersion: user.version, name: 'Nama Baru' },
      }),
    ).updateUser;
    expect(expectData(await as(token, me)).me.name).toBe('Nama Baru');

    expectData(await admin(`mutation($id: ID!) { deactivateUser(id: $id) { active } }`, { id: user.id }));
    expect(errorCode(await as(token, me))).toBe('UNAUTHENTICATED');
    expect(errorCode(await as(token, me))).toBe('UNAUTHENTICATED');
    // Reactivated, the same token works again at the next request.
    expectData(await admin(`mutation($id: ID!) { reactivateUser(id: $id) { active } }`, { id: user.id }));
    expect(expectData(await as(token, me)).me).toMatchObject({ name: 'Nama Baru', active: true });

    // A reset password ends the old token at the next request.
    expectData(await admin(`mutation($id: ID!) { resetPassword(id: $id) { temporaryPassword } }`, { id: user.id }));
    expect(errorCode(await as(token, me))).toBe('UNAUTHENTICATED');
    expect(renamed.version).toBeGreaterThan(user.version);
  });

  it('issues tokens for the configured time and refuses expired and tampered ones, over HTTP and sockets', async () => {
    const signed = expectData(await loginFrom('10.9.0.4', 'officer1@prospek.test', 'demo1234')).login;
    const claims = claimsOf(signed.token);
    expect(claims.exp - claims.iat).toBe(TTL_SECONDS);
    expect(new Date(signed.expiresAt).getTime()).toBe(claims.exp * 1000);

    const expired = await tokenFor(staff.ids.officer1, new Date(Date.now() - 60_000));
    const wrongKey = await tokenFor(staff.ids.officer1, new Date(Date.now() + 3600_000), 'another-secret-0123456789abcdef0123456789');
    for (const bad of [expired, wrongKey, forgeToken(staff.tokens.officer4, staff.ids.admin), `${signed.token}x`]) {
      expect(errorCode(await as(bad, ME))).toBe('UNAUTHENTICATED');
      const socket = connect(server.url, bad);
      expect((await new Promise<Error>((resolve) => socket.once('connect_error', resolve))).message).toBe('UNAUTHENTICATED');
      socket.close();
    }
    // A valid token of our own making is accepted, so the refusals above are about expiry and signature.
    expect(expectData(await as(await tokenFor(staff.ids.officer1, new Date(Date.now() + 3600_000)), ME)).me.id).toBe(staff.ids.officer1);

    // A socket whose token runs out is cut when it does.
    const shortLived = await tokenFor(staff.ids.officer1, new Date(Date.now() + 2000));
    const board = await joinBoard(server.url, shortLived);
    expect(await new Promise<string>((resolve) => board.socket.once('disconnect', (reason) => resolve(reason)))).toBe('io server disconnect');
  });

  it('locks an account after five failed sign-ins for fifteen minutes, saying nothing about whether it exists', async () => {
    const wrong = await loginFrom('10.1.0.1', 'officer3@prospek.test', 'salah');
    const unknown = await loginFrom('10.1.0.1', 'siapa@prospek.test', 'salah');
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]).toEqual(unknown.errors?.[0]);
    for (let i = 2; i <= 5; i++) {
      expect(errorCode(await loginFrom(`10.1.0.${i}`, 'officer3@prospek.test', 'salah'))).toBe('UNAUTHENTICATED');
      expect(errorCode(await loginFrom(`10.1.0.${i}`, 'siapa@prospek.test', 'salah'))).toBe('UNAUTHENTICATED');
    }
    const [{ n }] = await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('login_failure')} WHERE ${q('key')} = ?`, ['email:officer3@prospek.test']);
    expect(Number(n)).toBe(5);

    // From a new address, and with the right password: still refused.
    const locked = await loginFrom('10.1.0.9', 'officer3@prospek.test', 'demo1234');
    const lockedUnknown = await loginFrom('10.1.0.9', 'siapa@prospek.test', 'demo1234');
    expect(errorCode(locked)).toBe('RATE_LIMITED');
    expect(locked.errors?.[0].message).toBe('This account is locked after too many failed sign-ins; try again in 15 minutes');
    expect(locked.errors?.[0]).toEqual(lockedUnknown.errors?.[0]);
    expect(locked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(locked.errors?.[0].extensions?.limit).toBe('ACCOUNT');
    expect(locked.data ?? null).toBeNull();
    // Other accounts from those addresses are not locked.
    expectData(await loginFrom('10.1.0.2', 'officer2@prospek.test', 'demo1234'));

    now = new Date(now.getTime() + 14 * 60_000);
    expect(errorCode(await loginFrom('10.1.0.9', 'officer3@prospek.test', 'demo1234'))).toBe('RATE_LIMITED');
    now = new Date(now.getTime() + 60_000 + 1000);
    expectData(await loginFrom('10.1.0.9', 'officer3@prospek.test', 'demo1234'));
  });

  it('does not lock an address for five failed sign-ins across accounts: colleagues behind it still sign in', async () => {
    for (let i = 1; i <= 5; i++) expect(errorCode(await loginFrom('10.2.0.1', `tebak${i}@prospek.test`, 'salah'))).toBe('UNAUTHENTICATED');
    expectData(await loginFrom('10.2.0.1', 'officer4@prospek.test', 'demo1234'));
  });

  it('lets an officer of the office claim a pool lead, and no one outside it', async () => {
    // Marketing names the campaign that brought the lead (one of its office's).
    const campaign = expectData(await as(staff.tokens.marketing, '{ campaigns(first: 100) { nodes { id } } }', {})).campaigns.nodes[0];
    const pool = expectData(
      await as(staff.tokens.marketing, `mutation($input: CreateLeadInput!) { createLead(input: $input) { id ownerId officeId } }`, {
        input: { fullName: 'Menunggu di Kolam', source: 'BROCHURE', estimatedAmount: '10000000.00', campaignId: campaign.id },
      }),
    ).createLead;
    expect(pool).toMatchObject({ ownerId: null, officeId: staff.offices.ho });
    expect(errorCode(await as(staff.tokens.officer2, `mutation($id: ID!) { claimLead(id: $id) { id } }`, { id: pool.id }))).toBe('NOT_FOUND');
    expect(errorCode(await as(staff.tokens.manager, `mutation($id: ID!) { claimLead(id: $id) { id } }`, { id: pool.id }))).toBe('FORBIDDEN');
    const claimed = expectData(
      await as(staff.tokens.officer1, `mutation($id: ID!) { claimLead(id: $id) { ownerId assignments { fromOwnerId toOwnerId assignedById reason } } }`, {
        id: pool.id,
      }),
    ).claimLead;
    expect(claimed).toEqual({
      ownerId: staff.ids.officer1,
      assignments: [{ fromOwnerId: null, toOwnerId: staff.ids.officer1, assignedById: staff.ids.officer1, reason: null }],
    });
    // Taken: the other officer of the office no longer sees it.
    expect(errorCode(await as(staff.tokens.officer4, `mutation($id: ID!) { claimLead(id: $id) { id } }`, { id: pool.id }))).toBe('NOT_FOUND');
  });

  it('reassigns a lead with a reason and keeps its history, notifying the new owner', async () => {
    const lead = await createLead(server, staff.tokens.officer1, { fullName: 'Dialihkan Resmi' });
    const reassign = (reason: string | null) =>
      as(
        staff.tokens.manager,
        `mutation($id: ID!, $o: ID!, $r: String) { reassignLead(id: $id, ownerId: $o, reason: $r) { ownerId version assignments { fromOwner { name } toOwner { name } assignedBy { name } reason } } }`,
        {
          id: lead.id,
          o: staff.ids.officer4,
          r: reason,
        },
      );
    const missing = await reassign(null);
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0].extensions?.fieldErrors).toEqual([expect.objectContaining({ field: 'reason', code: 'REQUIRED' })]);
    const moved = expectData(await reassign('Rina cuti melahirkan')).reassignLead;
    expect(moved.ownerId).toBe(staff.ids.officer4);
    expect(moved.version).toBe(lead.version + 1);
    expect(moved.assignments).toEqual([
      { fromOwner: { name: 'Rina Kusuma' }, toOwner: { name: 'Fajar Nugroho' }, assignedBy: { name: 'Hendra Gunawan' }, reason: 'Rina cuti melahirkan' },
    ]);
    expect(errorCode(await as(staff.tokens.officer1, `query($id: ID!) { lead(id: $id) { id } }`, { id: lead.id }))).toBe('NOT_FOUND');
    const notes = expectData(await as(staff.tokens.officer4, '{ notifications(unreadOnly: true, first: 100) { nodes { type link body } } }')).notifications
      .nodes;
    expect(notes).toContainEqual({ type: 'LEAD_ASSIGNED', link: `/leads/${lead.id}`, body: 'Rina cuti melahirkan' });
    // An officer outside the manager's reach cannot receive it.
    const outside = await as(staff.tokens.managerBdg, `mutation($id: ID!, $o: ID!) { reassignLead(id: $id, ownerId: $o, reason: "x") { id } }`, {
      id: lead.id,
      o: staff.ids.officer2,
    });
    expect(errorCode(outside)).toBe('NOT_FOUND');

    const trail = expectData(
      await as(
        staff.tokens.manager,
        `query($id: ID!) { auditTrail(entityType: "Lead", entityId: $id, first: 100) { nodes { action at actor { name } changes { field before after } } } }`,
        { id: lead.id },
      ),
    ).auditTrail.nodes;
    expect(trail.map((e: { action: string }) => e.action)).toEqual(['reassign', 'create']);
    expect(trail[0].actor).toEqual({ name: 'Hendra Gunawan' });
    expect(trail[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'ownerId', before: JSON.stringify(Number(staff.ids.officer1)), after: JSON.stringify(Number(staff.ids.officer4)) },
        { field: 'reason', before: null, after: '"Rina cuti melahirkan"' },
      ]),
    );
    expect(trail[1].actor).toEqual({ name: 'Rina Kusuma' });
    expect(trail[1].changes).toContainEqual({ field: 'fullName', before: null, after: '"Dialihkan Resmi"' });
    for (const who of ['officer1', 'officer4', 'marketing'] as const) {
      expect(
        errorCode(
          await as(staff.tokens[who], `query($id: ID!) { auditTrail(entityType: "Lead", entityId: $id, first: 100) { nodes { action } } }`, { id: lead.id }),
        ),
      ).toBe('FORBIDDEN');
    }
    expect(
      errorCode(
        await as(staff.tokens.managerBdg, `query($id: ID!) { auditTrail(entityType: "Lead", entityId: $id, first: 100) { nodes { action } } }`, {
          id: lead.id,
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('keeps a readable trail of clients and their edits, within the same reach as the client', async () => {
    const created = expectData(
      await as(staff.tokens.officer1, `mutation($input: ClientFieldsInput!) { createClient(input: $input) { id version } }`, {
        input: { type: 'PERSON', name: 'Jejak Audit', phone: '0812 9191 0001' },
      }),
    ).createClient;
    expectData(
      await as(staff.tokens.officer1, `mutation($input: UpdateClientInput!) { updateClient(input: $input) { id } }`, {
        input: { id: created.id, expectedVersion: created.version, name: 'Jejak Audit Baru' },
      }),
    );
    const trail = expectData(
      await as(
        staff.tokens.manager,
        `query($id: ID!) { auditTrail(entityType: "Client", entityId: $id, first: 100) { nodes { action actor { name } changes { field before after } } } }`,
        { id: created.id },
      ),
    ).auditTrail.nodes;
    expect(trail.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(trail[0]).toMatchObject({ actor: { name: 'Rina Kusuma' }, changes: [{ field: 'name', before: '"Jejak Audit"', after: '"Jejak Audit Baru"' }] });
    expect(
      errorCode(
        await as(staff.tokens.managerBdg, `query($id: ID!) { auditTrail(entityType: "Client", entityId: $id, first: 100) { nodes { action } } }`, {
          id: created.id,
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(errorCode(await as(staff.tokens.manager, `query { auditTrail(entityType: "Nasabah", entityId: "1", first: 100) { nodes { action } } }`))).toBe(
      'NOT_FOUND',
    );
  });

  it('hands open follow-ups over with their lead, and leaves done ones with whoever did them', async () => {
    const lead = await createLead(server, staff.tokens.officer1, { fullName: 'Tindak Lanjut Ikut' });
    const activity = (input: Record<string, unknown>, mutation: 'scheduleActivity' | 'logActivity') =>
      as(
        staff.tokens.officer1,
        `mutation($input: ${mutation === 'scheduleActivity' ? 'ScheduleActivityInput' : 'LogActivityInput'}!) { ${mutation}(input: $input) { id } }`,
        { input: { leadId: lead.id, ...input } },
      );
    const open = expectData(await activity({ type: 'VISIT', dueAt: '2026-12-01T03:00:00.000Z' }, 'scheduleActivity')).scheduleActivity;
    const done = expectData(await activity({ type: 'CALL', outcome: 'REACHED' }, 'logActivity')).logActivity;
    expectData(
      await as(staff.tokens.manager, `mutation($id: ID!, $o: ID!) { reassignLead(id: $id, ownerId: $o, reason: "Pindah wilayah") { id } }`, {
        id: lead.id,
        o: staff.ids.officer4,
      }),
    );
    const ownerOf = async (id: string) =>
      expectData(await as(staff.tokens.manager, `query($id: ID!) { activity(id: $id) { ownerId } }`, { id })).activity.ownerId;
    expect(await ownerOf(open.id)).toBe(staff.ids.officer4);
    expect(await ownerOf(done.id)).toBe(staff.ids.officer1);
    const agenda = expectData(await as(staff.tokens.officer4, `{ agenda(date: "2026-11-30") { upcoming { id } } }`)).agenda;
    expect(agenda.upcoming.map((a: { id: string }) => a.id)).toContain(open.id);
    expectData(
      await as(staff.tokens.officer4, `mutation($input: CompleteActivityInput!) { completeActivity(input: $input) { completed { id } } }`, {
        input: { id: open.id, outcome: 'VISITED' },
      }),
    );
  });

  it('moves an officer’s open portfolio to another officer — open leads, clients, open follow-ups — keeping archived and lost leads where they were', async () => {
    const from = await newUser('pindah-dari@prospek.test');
    const to = await newUser('pindah-ke@prospek.test');
    const fromToken = expectData(await loginFrom('10.9.0.5', 'pindah-dari@prospek.test', 'sandi-awal-1')).login.token as string;
    const open = [await createLead(server, fromToken, { fullName: 'Portofolio Satu' }), await createLead(server, fromToken, { fullName: 'Portofolio Dua' })];
    const archived = await createLead(server, fromToken, { fullName: 'Portofolio Arsip' });
    expectData(await as(fromToken, `mutation($id: ID!) { archiveLead(id: $id) { id } }`, { id: archived.id }));
    const lost = await createLead(server, fromToken, { fullName: 'Portofolio Kalah' });
    expectData(
      await as(fromToken, `mutation($input: MoveLeadInput!) { moveLead(input: $input) { id } }`, {
        input: { id: lost.id, stage: 'LOST', expectedVersion: lost.version, lostReason: 'Pindah bank' },
      }),
    );
    const client = expectData(
      await as(fromToken, `mutation($input: ClientFieldsInput!) { createClient(input: $input) { id } }`, {
        input: { name: 'Nasabah Portofolio', type: 'PERSON', phone: '081377712345' },
      }),
    ).createClient;
    for (const on of [{ leadId: open[0]!.id }, { clientId: client.id }]) {
      expectData(
        await as(fromToken, `mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { id } }`, {
          input: { ...on, type: 'CALL', dueAt: '2026-12-15T02:00:00.000Z' },
        }),
      );
    }

    const portfolio = (token: string, reason: string) =>
      as(
        token,
        `mutation($from: ID!, $to: ID!, $r: String!) { reassignPortfolio(fromOfficerId: $from, toOfficerId: $to, reason: $r) { leads clients followUps } }`,
        { from: from.id, to: to.id, r: reason },
      );
    const versions = new Map<string, number>();
    for (const lead of open) {
      versions.set(lead.id, expectData(await as(fromToken, `query($id: ID!) { lead(id: $id) { version } }`, { id: lead.id })).lead.version);
    }
    expect(errorCode(await portfolio(staff.tokens.managerBdg, ' '))).toBe('BAD_USER_INPUT');
    expect(errorCode(await portfolio(staff.tokens.officer2, 'Mutasi'))).toBe('FORBIDDEN');
    expect(expectData(await portfolio(staff.tokens.managerBdg, 'Mutasi ke cabang lain')).reassignPortfolio).toEqual({ leads: 2, clients: 1, followUps: 2 });

    for (const lead of open) {
      const now = expectData(
        await as(staff.tokens.managerBdg, `query($id: ID!) { lead(id: $id) { ownerId version assignments { fromOwnerId toOwnerId reason } } }`, {
          id: lead.id,
        }),
      ).lead;
      expect(now).toEqual({
        ownerId: to.id,
        version: versions.get(lead.id)! + 1,
        assignments: [{ fromOwnerId: from.id, toOwnerId: to.id, reason: 'Mutasi ke cabang lain' }],
      });
    }
    for (const stays of [archived, lost]) {
      const [row] = await server.app.dataSource.query(`SELECT ${q('ownerId')} FROM ${q('lead')} WHERE ${q('id')} = ?`, [Number(stays.id)]);
      expect(String(row.ownerId)).toBe(from.id);
    }
    const [moved] = await server.app.dataSource.query(`SELECT ${q('officerId')} FROM ${q('client')} WHERE ${q('id')} = ?`, [Number(client.id)]);
    expect(String(moved.officerId)).toBe(to.id);
    const followUps = await server.app.dataSource.query(
      `SELECT ${q('ownerId')} FROM ${q('activity')} WHERE ${q('doneAt')} IS NULL AND (${q('leadId')} = ? OR ${q('clientId')} = ?)`,
      [Number(open[0]!.id), Number(client.id)],
    );
    expect(followUps.map((r: { ownerId: number | string }) => String(r.ownerId))).toEqual([to.id, to.id]);
    expect(expectData(await portfolio(staff.tokens.managerBdg, 'Sekali lagi')).reassignPortfolio).toEqual({ leads: 0, clients: 0, followUps: 0 });
  });
});

function ids(list: Array<{ id: string }>): string[] {
  return list.map((x) => x.id);
}
