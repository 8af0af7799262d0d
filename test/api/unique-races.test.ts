/**
 * Values that must be unique (a client's NIK and phone, office, product and template codes, user
 * emails) stay unique when many requests write the same value at once: the database decides, exactly
 * one write lands, and every other answers CONFLICT naming the field and the record that holds it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../server/src/db/data-source.js';
import { entities } from '../../server/src/entities.js';
import { signInStaff } from '../helpers/access.js';
import type { Staff } from '../helpers/access.js';
import { databaseTargets } from '../helpers/databases.js';
import type { TestDatabase } from '../helpers/databases.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { GraphQLResult, TestServer } from '../helpers/server.js';

const RACERS = 20;

type Created = GraphQLResult<Record<string, { id: string }>>;

/** The one write that landed; every other answered CONFLICT naming `field` and the winner. */
function expectOneWinner(results: Created[], mutation: string, field: string): string {
  const codes = results.map((r) => errorCode(r) ?? 'OK');
  expect(codes.filter((c) => c !== 'OK' && c !== 'CONFLICT')).toEqual([]);
  const winners = results.filter((r) => !r.errors && r.data?.[mutation]);
  expect(winners).toHaveLength(1);
  const id = winners[0].data?.[mutation].id ?? '';
  const losers = results.filter((r) => errorCode(r) === 'CONFLICT');
  expect(losers).toHaveLength(results.length - 1);
  for (const loser of losers) {
    expect(loser.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field, current: { id, field } });
  }
  return id;
}

describe.each(databaseTargets)('unique values under concurrent writes on $kind', (target) => {
  let server: TestServer;
  let staff: Staff;

  beforeAll(async () => {
    server = await startServer(target);
    staff = await signInStaff(server);
  });
  afterAll(() => server?.close());

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const rows = async (table: string, where: string, params: unknown[]): Promise<number> => {
    const [{ n }] = await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q(table)} WHERE ${where}`, params);
    return Number(n);
  };
  const race = (send: (i: number) => Promise<Created>): Promise<Created[]> => Promise.all(Array.from({ length: RACERS }, (_, i) => send(i)));

  const CREATE_CLIENT = `mutation($input: ClientFieldsInput!) { createClient(input: $input) { id version } }`;
  const UPDATE_CLIENT = `mutation($input: UpdateClientInput!) { updateClient(input: $input) { id version } }`;
  const createClient = (token: string, input: Record<string, unknown>) =>
    server.gql<Record<string, { id: string; version: number }>>(CREATE_CLIENT, { input: { type: 'PERSON', ...input } }, { token });

  it('creates one client for one NIK however many create it at once', async () => {
    const nik = '3578015208850004';
    const results = await race((i) => createClient(staff.tokens.officer1, { name: `Siti Rahayu ${i}`, nik }));
    const id = expectOneWinner(results, 'createClient', 'nik');
    expect(await rows('client', `${q('nik')} = ?`, [nik])).toBe(1);
    // An officer of another branch learns that the NIK is taken, not by whom.
    const hidden = await createClient(staff.tokens.officer2, { name: 'Siti lain', nik });
    expect(errorCode(hidden)).toBe('CONFLICT');
    expect(hidden.errors?.[0].extensions).toMatchObject({ field: 'nik', current: null });
    expect(await rows('client', `${q('nik')} = ?`, [nik])).toBe(1);
    expect(id).not.toBe('');
  });

  it('creates one client for one phone number written in different forms', async () => {
    const forms = ['0812 7777 1234', '+62 812-7777-1234', '6281277771234', '081277771234'];
    const results = await race((i) => createClient(staff.tokens.officer1, { name: `Joko Susilo ${i}`, phone: forms[i % forms.length] }));
    expectOneWinner(results, 'createClient', 'phone');
    expect(await rows('client', `${q('phone')} = ?`, ['+6281277771234'])).toBe(1);
  });

  it('lets many clients have no NIK', async () => {
    const results = await Promise.all([0, 1, 2].map((i) => createClient(staff.tokens.officer1, { name: `Tanpa NIK ${i}`, nik: i === 0 ? null : '' })));
    expect(results.map((r) => errorCode(r) ?? 'OK')).toEqual(['OK', 'OK', 'OK']);
  });

  it('refuses to move a client onto another client’s NIK, also when many try at once', async () => {
    const nik = '3578011208850003';
    const holder = expectData(await createClient(staff.tokens.officer1, { name: 'Bambang Hartono', nik })).createClient;
    const other = expectData(await createClient(staff.tokens.officer1, { name: 'Bambang Lain' })).createClient;
    const refused = await server.gql(UPDATE_CLIENT, { input: { id: other.id, expectedVersion: other.version, nik } }, { token: staff.tokens.officer1 });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0].extensions).toMatchObject({ field: 'nik', current: { id: holder.id, field: 'nik' } });

    const free = '3578014407920001';
    const clients: Array<{ id: string; version: number }> = [];
    for (let i = 0; i < RACERS; i++) clients.push(expectData(await createClient(staff.tokens.officer1, { name: `Calon ${i}` })).createClient);
    const results = await Promise.all(
      clients.map((c) =>
        server.gql<Record<string, { id: string }>>(
          UPDATE_CLIENT,
          { input: { id: c.id, expectedVersion: c.version, nik: free } },
          { token: staff.tokens.officer1 },
        ),
      ),
    );
    expectOneWinner(results, 'updateClient', 'nik');
    expect(await rows('client', `${q('nik')} = ?`, [free])).toBe(1);
  });

  it('creates one office for one code, whatever its case', async () => {
    const results = await race((i) =>
      server.gql(
        `mutation($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`,
        { input: { code: i % 2 ? 'kcp-ras' : 'KCP-RAS', name: `KCP Rasuna ${i}`, parentId: staff.offices.ho } },
        { token: staff.tokens.admin },
      ),
    );
    expectOneWinner(results, 'createOffice', 'code');
    expect(await rows('office', `${q('code')} = ?`, ['KCP-RAS'])).toBe(1);
  });

  it('creates one product for one code', async () => {
    const input = (i: number) => ({
      code: 'kur-balap',
      name: `KUR Balap ${i}`,
      kind: 'LOAN',
      segment: 'MICRO',
      interestMethod: 'ANNUITY',
      minRate: 6,
      maxRate: 6,
      minTenorMonths: 12,
      maxTenorMonths: 60,
      minAmount: '10000000.00',
      maxAmount: '50000000.00',
      fee: '0.00',
      vatTreatment: 'EXEMPT',
      description: 'KUR untuk pedagang pasar',
    });
    const results = await race((i) =>
      server.gql(`mutation($input: ProductFieldsInput!) { createProduct(input: $input) { id } }`, { input: input(i) }, { token: staff.tokens.admin }),
    );
    expectOneWinner(results, 'createProduct', 'code');
    expect(await rows('product', `${q('code')} = ?`, ['KUR-BALAP'])).toBe(1);
    const existing = expectData(
      await server.gql<{ products: { nodes: Array<{ id: string; code: string; version: number }> } }>(
        `{ products(first: 100) { nodes { id code version } } }`,
        {},
        { token: staff.tokens.admin },
      ),
    ).products.nodes;
    const [winner, other] = [existing.find((p) => p.code === 'KUR-BALAP'), existing.find((p) => p.code !== 'KUR-BALAP')];
    const renamed = await server.gql(
      `mutation($input: UpdateProductInput!) { updateProduct(input: $input) { id } }`,
      { input: { id: other?.id, expectedVersion: other?.version, code: 'KUR-BALAP' } },
      { token: staff.tokens.admin },
    );
    expect(renamed.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'code', current: { id: winner?.id } });
  });

  it('creates one message template for one code, whatever its case', async () => {
    const results = await race((i) =>
      server.gql(
        `mutation($input: MessageTemplateInput!) { createMessageTemplate(input: $input) { id } }`,
        { input: { code: i % 2 ? 'salam_balap' : 'SALAM_BALAP', name: `Salam ${i}`, body: 'Halo {{nama}}' } },
        { token: staff.tokens.manager },
      ),
    );
    expectOneWinner(results, 'createMessageTemplate', 'code');
    expect(await rows('message_template', `${q('code')} = ?`, ['SALAM_BALAP'])).toBe(1);
  });

  it('creates one user for one email, whatever its case', async () => {
    const forms = ['balap@prospek.test', 'Balap@Prospek.test', ' BALAP@PROSPEK.TEST ', 'balap@PROSPEK.test'];
    const results = await race((i) =>
      server.gql(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        {
          input: {
            email: forms[i % forms.length],
            name: `Pelari ${i}`,
            role: 'OFFICER',
            segment: 'MICRO',
            officeId: staff.offices.ho,
            password: 'sandi-awal-1',
          },
        },
        { token: staff.tokens.admin },
      ),
    );
    const id = expectOneWinner(results, 'createUser', 'email');
    expect(await rows('user', `LOWER(${q('email')}) = ?`, ['balap@prospek.test'])).toBe(1);

    const other = expectData(
      await server.gql<{ user: { id: string; version: number } }>(
        `query($id: ID!) { user(id: $id) { id version } }`,
        { id: staff.ids.officer1 },
        { token: staff.tokens.admin },
      ),
    ).user;
    const moved = await server.gql(
      `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }`,
      { input: { id: other.id, expectedVersion: other.version, email: 'BALAP@prospek.test' } },
      { token: staff.tokens.admin },
    );
    expect(moved.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'email', current: { id } });
  });
});

describe.each(databaseTargets)('making identities unique on an existing $kind database', (target) => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await target.create();
    dataSource = await createDataSource(db.url, entities);
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    // The database as it was before: clients that share a NIK, an email in capitals.
    const applied = async () =>
      Number(
        (
          await dataSource.query(`SELECT COUNT(*) AS n FROM ${dataSource.driver.escape('migrations')} WHERE ${dataSource.driver.escape('name')} = ?`, [
            'UniqueIdentities1763940000000',
          ])
        )[0].n,
      );
    while ((await applied()) > 0) await dataSource.undoLastMigration({ transaction: 'each' });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const q = (name: string) => dataSource.driver.escape(name);
  const indexNames = async (): Promise<string[]> => (await dataSource.createQueryRunner().getTable('client'))?.indices.map((i) => i.name ?? '').sort() ?? [];

  it('stops before changing anything when rows already share a value, naming them by id', async () => {
    // Raw SQL: the entity knows columns later migrations add.
    await dataSource.query(`INSERT INTO ${q('office')} (${q('code')}, ${q('name')}, ${q('parentId')}, ${q('version')}) VALUES ('KC-LAMA', 'KC Lama', NULL, 1)`);
    const office = { id: Number((await dataSource.query(`SELECT ${q('id')} AS id FROM ${q('office')} WHERE ${q('code')} = 'KC-LAMA'`))[0].id) };
    const client = (cif: string, nik: string | null, phone: string | null) =>
      dataSource.query(
        `INSERT INTO ${q('client')} (${q('cif')}, ${q('type')}, ${q('name')}, ${q('nik')}, ${q('phone')}, ${q('officeId')}, ${q('status')}, ${q('version')}) VALUES (?, 'PERSON', ?, ?, ?, ?, 'ACTIVE', 1)`,
        [cif, `Nasabah ${cif}`, nik, phone, office.id],
      );
    await client('L-1', '3578015208850004', null);
    await client('L-2', '3578015208850004', null);
    await client('L-3', '', '+6281211112222');
    await client('L-4', '', null);
    await dataSource.query(
      `INSERT INTO ${q('user')} (${q('email')}, ${q('name')}, ${q('role')}, ${q('officeId')}, ${q('passwordHash')}, ${q('active')}, ${q('mustChangePassword')}, ${q('version')}) VALUES (?, 'Lama', 'OFFICER', ?, 'x', 1, 0, 1)`,
      ['Lama.Sekali@Prospek.test', office.id],
    );
    const ids: Array<{ id: number | string }> = await dataSource.query(
      `SELECT ${q('id')} AS id FROM ${q('client')} WHERE ${q('cif')} IN ('L-1', 'L-2') ORDER BY ${q('id')}`,
    );

    const before = await indexNames();
    await expect(dataSource.runMigrations({ transaction: 'each' })).rejects.toThrow(`client.nik: rows ${ids.map((r) => r.id).join(', ')} share one value`);
    expect(await indexNames()).toEqual(before);
    expect(await dataSource.showMigrations()).toBe(true);

    // Once the copies are corrected, it runs: empty NIKs become NULL, the email is stored lower-cased.
    await dataSource.query(`UPDATE ${q('client')} SET ${q('nik')} = NULL WHERE ${q('cif')} = 'L-2'`);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await dataSource.showMigrations()).toBe(false);
    expect(await indexNames()).toEqual(expect.arrayContaining(['UQ_client_nik', 'UQ_client_phone']));
    const [{ n }] = await dataSource.query(`SELECT COUNT(*) AS n FROM ${q('client')} WHERE ${q('nik')} = ''`);
    expect(Number(n)).toBe(0);
    const emails: Array<{ email: string }> = await dataSource.query(`SELECT ${q('email')} AS email FROM ${q('user')} WHERE ${q('name')} = 'Lama'`);
    expect(emails.map((e) => e.email)).toEqual(['lama.sekali@prospek.test']);
  });
});
