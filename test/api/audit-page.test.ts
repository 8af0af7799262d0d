/**
 * The audit page (`auditEntries`) and the record of who read a client's personal data (NIK, NPWP,
 * birth date): filters, Jakarta dates, paging, a manager's reach, and one batched write per request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInStaff } from '../helpers/access.js';
import type { Staff } from '../helpers/access.js';
import { databaseTargets } from '../helpers/databases.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { countStatements } from '../helpers/statements.js';

interface Entry {
  id: string;
  entityType: string;
  entityId: string;
  action: string;
  actorId: string | null;
  at: string;
  fields: string[];
}
interface Page {
  totalCount: number;
  nodes: Entry[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const PAGE = `query($filter: AuditFilterInput, $first: Int, $after: String) {
  auditEntries(filter: $filter, first: $first, after: $after) { totalCount nodes { id entityType entityId action actorId at fields } pageInfo { hasNextPage endCursor } }
}`;

describe.each(databaseTargets)('audit page on $kind', (target) => {
  let server: TestServer;
  let staff: Staff;
  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const sql = (text: string, params: unknown[] = []) => server.app.dataSource.query(text, params) as Promise<Array<Record<string, unknown>>>;

  const page = async (token: string, filter: Record<string, unknown>, first?: number, after?: string | null) =>
    expectData(await server.gql<{ auditEntries: Page }>(PAGE, { filter, first, after }, { token })).auditEntries;
  const reads = async (clientId: string) =>
    (await page(staff.tokens.admin, { entityType: 'Client', action: 'read' }, 100)).nodes.filter((e) => e.entityId === clientId);
  const readCount = async () => (await page(staff.tokens.admin, { entityType: 'Client', action: 'read' }, 1)).totalCount;

  /** Clients written straight to the table, with personal data the demo clients lack. */
  async function insertClients(
    officer: string,
    prefix: string,
    rows: Array<{ nik: string | null; npwp: string | null; birthDate: string | null }>,
  ): Promise<string[]> {
    const [{ officeId }] = await sql(`SELECT ${q('officeId')} AS ${q('officeId')} FROM ${q('user')} WHERE ${q('id')} = ?`, [Number(officer)]);
    const ids: string[] = [];
    for (const [i, row] of rows.entries()) {
      await sql(
        `INSERT INTO ${q('client')} (${['cif', 'type', 'name', 'nik', 'npwp', 'birthDate', 'officerId', 'officeId', 'status', 'version'].map(q).join(', ')}) VALUES (?, 'PERSON', ?, ?, ?, ?, ?, ?, 'ACTIVE', 1)`,
        [`${prefix}-${i}`, `Nasabah ${prefix} ${i}`, row.nik, row.npwp, row.birthDate, Number(officer), officeId],
      );
      const [{ id }] = await sql(`SELECT ${q('id')} AS id FROM ${q('client')} WHERE ${q('cif')} = ?`, [`${prefix}-${i}`]);
      ids.push(String(id));
    }
    return ids;
  }

  async function insertEntries(actorId: string | null, entityType: string, ats: string[]): Promise<void> {
    for (const at of ats) {
      await sql(
        `INSERT INTO ${q('audit_entry')} (${['entityType', 'entityId', 'action', 'actorId', 'after', 'at'].map(q).join(', ')}) VALUES (?, '1', 'update', ?, ?, ?)`,
        [entityType, actorId === null ? null : Number(actorId), JSON.stringify({ name: at }), at],
      );
    }
  }

  beforeAll(async () => {
    server = await startServer(target);
    staff = await signInStaff(server);
  });
  afterAll(() => server?.close());

  it('is for managers and admins only, and caps a page at 100', async () => {
    for (const who of ['officer1', 'officer2', 'marketing'] as const) {
      expect(errorCode(await server.gql(PAGE, { first: 10 }, { token: staff.tokens[who] })), who).toBe('FORBIDDEN');
    }
    const tooMany = await server.gql(PAGE, { first: 101 }, { token: staff.tokens.admin });
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0].extensions?.fieldErrors).toEqual([expect.objectContaining({ field: 'first' })]);
    expect(errorCode(await server.gql(PAGE, { first: 0 }, { token: staff.tokens.manager }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await server.gql(PAGE, { after: 'not-a-cursor' }, { token: staff.tokens.manager }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await server.gql(PAGE, { filter: { from: '2026-03-02', to: '2026-03-01' } }, { token: staff.tokens.manager }))).toBe('BAD_USER_INPUT');
    expect((await page(staff.tokens.admin, {}, 100)).nodes.length).toBeLessThanOrEqual(100);
  });

  it('filters by record type, action and user, and pages newest first on id', async () => {
    await insertEntries(staff.ids.officer4, 'PagingProbe', [
      '2026-01-05 03:00:00',
      '2026-01-05 04:00:00',
      '2026-01-06 03:00:00',
      '2026-01-07 03:00:00',
      '2026-01-08 03:00:00',
    ]);
    await insertEntries(staff.ids.officer1, 'PagingProbe', ['2026-01-05 05:00:00']);
    const all = await page(staff.tokens.admin, { entityType: 'PagingProbe' }, 100);
    expect(all.totalCount).toBe(6);
    const seen: Entry[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const p: Page = await page(staff.tokens.manager, { entityType: 'PagingProbe', actorId: staff.ids.officer4, action: 'update' }, 2, after);
      expect(p.totalCount).toBe(5);
      seen.push(...p.nodes);
      pages++;
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    const ids = seen.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(5);
    expect(seen.every((e) => e.actorId === staff.ids.officer4 && e.entityType === 'PagingProbe' && e.action === 'update')).toBe(true);
    expect((await page(staff.tokens.admin, { entityType: 'PagingProbe', action: 'create' })).totalCount).toBe(0);
  });

  it('reads from and to as inclusive Jakarta business dates', async () => {
    // 16:59:59 UTC is 23:59:59 in Jakarta on 1 March; 17:00:00 UTC is already 2 March there.
    await insertEntries(staff.ids.officer4, 'DateProbe', [
      '2026-02-28 17:00:00',
      '2026-03-01 16:59:59',
      '2026-03-01 17:00:00',
      '2026-03-02 16:59:59',
      '2026-03-02 17:00:00',
    ]);
    const on = async (from: string | null, to: string | null) =>
      (await page(staff.tokens.admin, { entityType: 'DateProbe', from, to }, 100)).nodes.map((e) => e.at).sort();
    expect(await on('2026-03-01', '2026-03-01')).toEqual(['2026-02-28T17:00:00.000Z', '2026-03-01T16:59:59.000Z']);
    expect(await on('2026-03-02', '2026-03-02')).toEqual(['2026-03-01T17:00:00.000Z', '2026-03-02T16:59:59.000Z']);
    expect(await on('2026-03-02', null)).toEqual(['2026-03-01T17:00:00.000Z', '2026-03-02T16:59:59.000Z', '2026-03-02T17:00:00.000Z']);
    expect(await on(null, '2026-02-28')).toEqual([]);
    expect(await on('2026-03-01', '2026-03-03')).toHaveLength(5);
  });

  it('shows a branch manager only the entries of the branch’s people', async () => {
    await insertEntries(staff.ids.officer1, 'ScopeProbe', ['2026-01-10 03:00:00']);
    await insertEntries(staff.ids.officer2, 'ScopeProbe', ['2026-01-10 04:00:00']);
    await insertEntries(null, 'ScopeProbe', ['2026-01-10 05:00:00']);
    const actors = async (who: 'admin' | 'manager' | 'managerBdg', filter: Record<string, unknown> = {}) =>
      (await page(staff.tokens[who], { entityType: 'ScopeProbe', ...filter }, 100)).nodes.map((e) => e.actorId).sort();
    expect(await actors('admin')).toEqual([null, staff.ids.officer1, staff.ids.officer2].sort());
    expect(await actors('manager')).toEqual([staff.ids.officer1, staff.ids.officer2].sort());
    expect(await actors('managerBdg')).toEqual([staff.ids.officer2]);
    const headOffice = await page(staff.tokens.managerBdg, { actorId: staff.ids.officer1 }, 100);
    expect(headOffice).toMatchObject({ totalCount: 0, nodes: [] });
    expect((await page(staff.tokens.manager, { actorId: staff.ids.officer1 }, 100)).totalCount).toBeGreaterThan(0);
    // Nothing of the head office leaks to the branch manager, whatever the filter.
    const users = await sql(`SELECT ${q('id')} AS id, ${q('officeId')} AS office FROM ${q('user')}`);
    const branchPeople = new Set(users.filter((u) => String(u.office) === staff.offices.bdg).map((u) => String(u.id)));
    const everything = await page(staff.tokens.managerBdg, {}, 100);
    expect(everything.nodes.every((e) => e.actorId !== null && branchPeople.has(e.actorId))).toBe(true);
  });

  it('records a client’s NIK read by an officer, once per client and request, never a null one', async () => {
    const [withNik, withoutNik] = await insertClients(staff.ids.officer1, 'AUD-ONE', [
      { nik: '3171014501900001', npwp: '0123456789012345', birthDate: '1990-01-05' },
      { nik: null, npwp: null, birthDate: null },
    ]);
    expectData(await server.gql(`query($id: ID!) { client(id: $id) { id nik } }`, { id: withNik }, { token: staff.tokens.officer1 }));
    const entries = await reads(withNik);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entityType: 'Client', entityId: withNik, action: 'read', actorId: staff.ids.officer1, fields: ['nik'] });

    // The same client twice in one answer is one read naming every field answered.
    expectData(
      await server.gql(
        `query($id: ID!) { a: client(id: $id) { npwp } b: client(id: $id) { birthDate nik } }`,
        { id: withNik },
        { token: staff.tokens.officer1 },
      ),
    );
    const again = await reads(withNik);
    expect(again).toHaveLength(2);
    expect(again[0].fields).toEqual(['nik', 'npwp', 'birthDate']);

    // Without personal data in the answer, or with none on file, nothing is recorded.
    const before = await readCount();
    expectData(await server.gql(`query($id: ID!) { client(id: $id) { id name cif } }`, { id: withNik }, { token: staff.tokens.officer1 }));
    expectData(await server.gql(`query($id: ID!) { client(id: $id) { nik npwp birthDate } }`, { id: withoutNik }, { token: staff.tokens.officer1 }));
    expect(await readCount()).toBe(before);
    // A refused read reads nothing.
    expect(errorCode(await server.gql(`query($id: ID!) { client(id: $id) { nik } }`, { id: withNik }, { token: staff.tokens.officer2 }))).toBe('NOT_FOUND');
    expect(await readCount()).toBe(before);
  });

  it('records a list of N clients as N reads in one insert', async () => {
    const officer = staff.ids.officer3;
    const ids = await insertClients(
      officer,
      'AUD-LIST',
      Array.from({ length: 12 }, (_, i) => ({
        nik: `32730145019000${String(i).padStart(2, '0')}`,
        npwp: i % 2 === 0 ? `01234567890123${String(i).padStart(2, '0')}` : null,
        birthDate: i % 3 === 0 ? '1990-01-05' : null,
      })),
    );
    const list = (first: number, personal: boolean) =>
      `{ clients(filter: { officerId: "${officer}" }, first: ${first}) { totalCount nodes { id name ${personal ? 'nik npwp birthDate' : ''} } } }`;
    const counted = async (query: string) => {
      let statements = 0;
      const stop = countStatements(server, () => statements++);
      const rows = expectData(await server.gql<{ clients: { nodes: unknown[] } }>(query, {}, { token: staff.tokens.officer3 })).clients.nodes.length;
      stop();
      return { rows, statements };
    };
    await counted(list(2, false)); // warms what a server reads once

    const before = await readCount();
    const plainFew = await counted(list(2, false));
    const plainMany = await counted(list(12, false));
    expect(await readCount()).toBe(before);
    const few = await counted(list(2, true));
    expect(await readCount()).toBe(before + 2);
    const many = await counted(list(12, true));
    expect([few.rows, many.rows]).toEqual([2, 12]);
    expect(await readCount()).toBe(before + 14);
    // One more statement than the same list without personal data, however long the list.
    expect(few.statements).toBe(plainFew.statements + 1);
    expect(many.statements).toBe(plainMany.statements + 1);
    expect(many.statements).toBe(few.statements);

    const latest = (await page(staff.tokens.admin, { entityType: 'Client', action: 'read', actorId: officer }, 12)).nodes;
    expect(latest.map((e) => e.entityId).sort()).toEqual([...ids].sort());
    for (const entry of latest) {
      const i = ids.indexOf(entry.entityId);
      expect(entry.fields).toEqual(['nik', ...(i % 2 === 0 ? ['npwp'] : []), ...(i % 3 === 0 ? ['birthDate'] : [])]);
    }
  });

  it('records the personal data a CONFLICT answers with the client as it is now', async () => {
    const [id] = await insertClients(staff.ids.officer1, 'AUD-CONFLICT', [{ nik: '3171014501900002', npwp: null, birthDate: '1990-01-05' }]);
    const stale = await server.gql(
      `mutation($input: UpdateClientInput!) { updateClient(input: $input) { id } }`,
      { input: { id, expectedVersion: 99, address: 'Jl. Melati 1' } },
      { token: staff.tokens.officer1 },
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].extensions?.current).toMatchObject({ nik: '3171014501900002' });
    const entries = await reads(id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: staff.ids.officer1, fields: ['nik', 'birthDate'] });
  });

  it('withholds the personal data when its read cannot be recorded', async () => {
    const [id] = await insertClients(staff.ids.officer1, 'AUD-AWAY', [{ nik: '3171014501900003', npwp: null, birthDate: null }]);
    const rename = (from: string, to: string) =>
      sql(target.kind === 'mysql' ? `RENAME TABLE ${q(from)} TO ${q(to)}` : `ALTER TABLE ${q(from)} RENAME TO ${q(to)}`);
    await rename('audit_entry', 'audit_entry_away');
    let answer: Awaited<ReturnType<TestServer['gql']>>;
    try {
      answer = await server.gql(`query($id: ID!) { client(id: $id) { id name nik } }`, { id }, { token: staff.tokens.officer1 });
    } finally {
      await rename('audit_entry_away', 'audit_entry');
    }
    expect(errorCode(answer)).toBe('UNAVAILABLE');
    expect(answer.data ?? null).toBeNull();
    expect(JSON.stringify(answer)).not.toContain('3171014501900003');
    // Without personal data in it the same read is answered as usual.
    expect(expectData(await server.gql(`query($id: ID!) { client(id: $id) { name } }`, { id }, { token: staff.tokens.officer1 }))).toMatchObject({
      client: { name: 'Nasabah AUD-AWAY 0' },
    });
  });
});
