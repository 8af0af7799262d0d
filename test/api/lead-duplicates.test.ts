import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import { CREATE, createLead } from '../helpers/leads.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { GraphQLResult, TestServer } from '../helpers/server.js';

describe.each(databaseTargets)('one open lead per phone on $kind', (target) => {
  let server: TestServer;
  let officer: string;
  let officer2: string;
  let manager: string;

  beforeAll(async () => {
    server = await startServer(target);
    [officer, officer2, manager] = await Promise.all([
      server.login('officer1@prospek.test'),
      server.login('officer2@prospek.test'),
      server.login('manager@prospek.test'),
    ]);
  });
  afterAll(() => server?.close());

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const withPhone = async (phone: string) =>
    Number((await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('lead')} WHERE ${q('phone')} = ?`, [phone]))[0].n);
  const create = (token: string, input: Record<string, unknown>) =>
    server.gql<{ createLead: { id: string } }>(
      CREATE,
      { input: { fullName: 'Kembar', source: 'WALK_IN', estimatedAmount: '5000000.00', ...input } },
      { token },
    );
  const fieldErrors = (result: GraphQLResult) =>
    result.errors?.[0]?.extensions?.fieldErrors as Array<{ field: string; code: string; params?: Record<string, unknown> }>;

  it('refuses a second open lead with the same phone, naming the first only to whoever may see it', async () => {
    const first = await createLead(server, officer, { fullName: 'Ibu Asli', phone: '0812 4444 0001' });
    // Typed another way, it is the same number.
    const mine = await create(officer, { phone: '+62 812-4444-0001' });
    expect(errorCode(mine)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(mine)).toEqual([
      { field: 'phone', code: 'DUPLICATE', message: 'An open lead already has this phone number', params: { leadId: first.id, fullName: 'Ibu Asli' } },
    ]);
    // The manager above reads it; an officer of another branch learns only that the number is taken.
    expect(fieldErrors(await create(manager, { phone: '081244440001' }))[0].params).toEqual({ leadId: first.id, fullName: 'Ibu Asli' });
    const theirs = fieldErrors(await create(officer2, { phone: '081244440001' }));
    expect(theirs).toEqual([{ field: 'phone', code: 'DUPLICATE', message: 'An open lead already has this phone number' }]);
    expect(await withPhone('+6281244440001')).toBe(1);
  });

  it('creates the twin when the input says so, and frees the phone once the lead is closed', async () => {
    const first = await createLead(server, officer, { fullName: 'Pak Dua Usaha', phone: '0812 4444 0002' });
    const twin = expectData(await create(officer, { phone: '0812 4444 0002', allowDuplicate: true })).createLead;
    expect(twin.id).not.toBe(first.id);
    expect(await withPhone('+6281244440002')).toBe(2);

    const lost = await createLead(server, officer, { fullName: 'Sudah Batal', phone: '0812 4444 0003' });
    await server.app.dataSource.query(`UPDATE ${q('lead')} SET ${q('stage')} = 'LOST' WHERE ${q('id')} = ?`, [Number(lost.id)]);
    const archived = await createLead(server, officer, { fullName: 'Diarsipkan', phone: '0812 4444 0004' });
    expectData(await server.gql(`mutation($id: ID!) { archiveLead(id: $id) { id } }`, { id: archived.id }, { token: officer }));
    expectData(await create(officer, { phone: '0812 4444 0003' }));
    expectData(await create(officer, { phone: '0812 4444 0004' }));
  });
});
