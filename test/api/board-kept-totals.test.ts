/**
 * The lead board's kept column totals (per stage, office and owner, kept by triggers in each write's
 * transaction) equal a full recount of the leads after any sequence of writes: creates, moves (won and
 * lost included), amount changes, reassignments, portfolio handovers, archive and restore, imports and
 * deletes — and, on MySQL, after many moves at once crossing between the same columns both ways. The
 * board read through the API shows the recounted figures.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEAD_STAGES } from '@prospek/shared';
import { keptTotalsTriggerNames } from '../../server/src/boards/board-kept-totals.js';
import { LEAD_BOARD } from '../../server/src/modules/lead/lead.board.js';
import { databaseTargets } from '../helpers/databases.js';
import { fetchBoard, uniquePhone } from '../helpers/leads.js';
import { errorCode, startServer } from '../helpers/server.js';
import type { GraphQLResult, TestServer } from '../helpers/server.js';

type Totals = Record<string, { cards: number; total: string }>;

const CREATE = `mutation($i: CreateLeadInput!) { createLead(input: $i) { id } }`;
const MOVE = `mutation($i: MoveLeadInput!) { moveLead(input: $i) { id version } }`;
const UPDATE = `mutation($i: UpdateLeadInput!) { updateLead(input: $i) { id } }`;
const REASSIGN = `mutation($id: ID!, $ownerId: ID!, $reason: String) { reassignLead(id: $id, ownerId: $ownerId, reason: $reason) { id } }`;
const HANDOVER = `mutation($from: ID!, $to: ID!) { reassignPortfolio(fromOfficerId: $from, toOfficerId: $to, reason: "Mutasi cabang") { leads } }`;
const ARCHIVE = `mutation($id: ID!) { archiveLead(id: $id) { id } }`;
const RESTORE = `mutation($id: ID!) { restoreLead(id: $id) { id } }`;
const IMPORT = `mutation($id: ID!, $mapping: ImportMappingInput!) { importLeads(importId: $id, mapping: $mapping) { id } }`;
const IMPORT_STATUS = `query($id: ID!) { leadImport(id: $id) { status } }`;

/** Refusals (a gate, a stale version, a duplicate phone) are outcomes of a random write; anything else is a failure. */
const REFUSALS = new Set(['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND']);

type Op =
  | { kind: 'create'; owner: number; amount: number; pool: boolean }
  | { kind: 'move'; lead: number; stage: number }
  | { kind: 'amount'; lead: number; amount: number }
  | { kind: 'reassign'; lead: number; owner: number }
  | { kind: 'handover'; from: number; to: number }
  | { kind: 'archive'; lead: number }
  | { kind: 'restore'; lead: number }
  | { kind: 'import'; rows: number }
  | { kind: 'delete'; lead: number };

const index = fc.nat({ max: 10_000 });
const amount = fc.integer({ min: 0, max: 5_000_000 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), owner: index, amount, pool: fc.boolean() }),
  { arbitrary: fc.record({ kind: fc.constant('move' as const), lead: index, stage: fc.nat({ max: LEAD_STAGES.length - 1 }) }), weight: 4 },
  fc.record({ kind: fc.constant('amount' as const), lead: index, amount }),
  fc.record({ kind: fc.constant('reassign' as const), lead: index, owner: index }),
  { arbitrary: fc.record({ kind: fc.constant('handover' as const), from: index, to: index }), weight: 1 },
  fc.record({ kind: fc.constant('archive' as const), lead: index }),
  fc.record({ kind: fc.constant('restore' as const), lead: index }),
  { arbitrary: fc.record({ kind: fc.constant('import' as const), rows: fc.integer({ min: 1, max: 4 }) }), weight: 1 },
  fc.record({ kind: fc.constant('delete' as const), lead: index }),
);

describe.each(databaseTargets)('kept lead board totals on $kind', (target) => {
  let server: TestServer;
  let admin: string;
  let manager: string;
  let officers: Array<{ id: number; officeId: number; email: string }>;
  const leads: number[] = [];

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const sql = <T>(text: string, params: unknown[] = []): Promise<T[]> => server.app.dataSource.query(text, params);

  beforeAll(async () => {
    server = await startServer(target);
    [admin, manager] = await Promise.all([server.login('admin@prospek.test'), server.login('manager@prospek.test')]);
    officers = await sql(
      `SELECT ${q('id')}, ${q('officeId')}, ${q('email')} FROM ${q('user')} WHERE ${q('role')} = 'OFFICER' AND ${q('active')} = 1 ORDER BY ${q('id')}`,
    );
    leads.push(...(await sql<{ id: number }>(`SELECT ${q('id')} FROM ${q('lead')} ORDER BY ${q('id')}`)).map((r) => Number(r.id)));
  });
  afterAll(() => server?.close());

  /** The kept rows with cards, by stage, office and owner. */
  async function kept(): Promise<Totals> {
    const rows = await sql<{ columnKey: string; officeId: number; ownerId: number | null; cards: number; total: string }>(
      `SELECT ${q('columnKey')}, ${q('officeId')}, ${q('ownerId')}, ${q('cards')}, CAST(${q('total')} AS CHAR) AS ${q('total')} FROM ${q('lead_column_total')} WHERE ${q('cards')} <> 0 OR ${q('total')} <> 0`,
    );
    return Object.fromEntries(rows.map((r) => [`${r.columnKey}/${r.officeId}/${r.ownerId ?? '-'}`, { cards: Number(r.cards), total: String(r.total) }]));
  }

  /** The same, counted over every open lead. */
  async function recount(): Promise<Totals> {
    const rows = await sql<{ stage: string; officeId: number; ownerId: number | null; n: number; total: string }>(
      `SELECT ${q('stage')}, ${q('officeId')}, ${q('ownerId')}, COUNT(*) AS n, CAST(SUM(${q('estimatedAmount')}) AS CHAR) AS total FROM ${q('lead')} ` +
        `WHERE ${q('archivedAt')} IS NULL GROUP BY ${q('stage')}, ${q('officeId')}, ${q('ownerId')}`,
    );
    return Object.fromEntries(rows.map((r) => [`${r.stage}/${r.officeId}/${r.ownerId ?? '-'}`, { cards: Number(r.n), total: String(r.total) }]));
  }

  /** A write's outcome: done or refused; a server error fails the test. */
  const settle = (result: GraphQLResult<unknown>): boolean => {
    if (result.errors && !REFUSALS.has(errorCode(result) ?? '')) throw new Error(`${errorCode(result)}: ${result.errors[0].message}`);
    return !result.errors;
  };
  const current = async (id: number) =>
    (await sql<{ version: number }>(`SELECT ${q('version')} FROM ${q('lead')} WHERE ${q('id')} = ?`, [id]))[0]?.version ?? 1;
  const pick = <T>(list: T[], i: number): T => list[i % list.length];

  async function importRows(rows: number): Promise<boolean> {
    const officer = pick(officers, rows);
    const token = await server.login(officer.email);
    const lines = ['Nama,Telepon,Perkiraan Pinjaman', ...Array.from({ length: rows }, (_, i) => `Impor ${i},${uniquePhone()},${(i + 1) * 1_000_000}`)];
    const response = await fetch(`${server.url}/imports?fileName=impor.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      body: new TextEncoder().encode(lines.join('\r\n')),
    });
    const uploaded = (await response.json()) as { id: string; mapping: Record<string, string> };
    if (!settle(await server.gql(IMPORT, { id: uploaded.id, mapping: uploaded.mapping }, { token }))) return false;
    for (;;) {
      const status = (await server.gql<{ leadImport: { status: string } }>(IMPORT_STATUS, { id: uploaded.id }, { token })).data?.leadImport.status;
      if (status !== 'RUNNING' && status !== 'PENDING') break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const added = await sql<{ id: number }>(`SELECT ${q('id')} FROM ${q('lead')} WHERE ${q('id')} > ? ORDER BY ${q('id')}`, [Math.max(...leads)]);
    leads.push(...added.map((r) => Number(r.id)));
    return added.length === rows;
  }

  /** Applies a write; true when it was made, false when refused. */
  async function apply(write: Op): Promise<boolean> {
    const token = { token: admin };
    switch (write.kind) {
      case 'create': {
        const officer = pick(officers, write.owner);
        const input = { fullName: 'Acak', source: 'REFERRAL', phone: uniquePhone(), estimatedAmount: `${write.amount}.00` };
        const owner = write.pool ? { officeId: String(officer.officeId) } : { ownerId: String(officer.id) };
        const result = await server.gql<{ createLead: { id: string } }>(CREATE, { i: { ...input, ...owner } }, token);
        if (result.data?.createLead) leads.push(Number(result.data.createLead.id));
        return settle(result);
      }
      case 'move': {
        const id = pick(leads, write.lead);
        const stage = LEAD_STAGES[write.stage];
        const i = {
          id: String(id),
          stage,
          expectedVersion: await current(id),
          afterId: null,
          beforeId: null,
          ...(stage === 'LOST' ? { lostReason: 'Tidak berminat' } : {}),
        };
        return settle(await server.gql(MOVE, { i }, token));
      }
      case 'amount': {
        const id = pick(leads, write.lead);
        return settle(await server.gql(UPDATE, { i: { id: String(id), expectedVersion: await current(id), estimatedAmount: `${write.amount}.00` } }, token));
      }
      case 'reassign':
        return settle(
          await server.gql(REASSIGN, { id: String(pick(leads, write.lead)), ownerId: String(pick(officers, write.owner).id), reason: 'Rotasi' }, token),
        );
      case 'handover':
        return settle(await server.gql(HANDOVER, { from: String(pick(officers, write.from).id), to: String(pick(officers, write.to).id) }, { token: manager }));
      case 'archive':
        return settle(await server.gql(ARCHIVE, { id: String(pick(leads, write.lead)) }, token));
      case 'restore':
        return settle(await server.gql(RESTORE, { id: String(pick(leads, write.lead)) }, token));
      case 'import':
        return importRows(write.rows);
      case 'delete': {
        // No mutation deletes a lead; a lead nothing refers to may still go by hand (a data fix).
        const id = pick(leads, write.lead);
        return sql(`DELETE FROM ${q('lead')} WHERE ${q('id')} = ?`, [id]).then(
          () => true,
          () => false,
        );
      }
    }
  }

  it('keeps the triggers that keep the totals after every migration', async () => {
    const names = keptTotalsTriggerNames(LEAD_BOARD.keptTotals!);
    const found =
      target.kind === 'mysql'
        ? await sql<{ name: string }>(
            `SELECT TRIGGER_NAME AS name FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() AND EVENT_OBJECT_TABLE = 'lead'`,
          )
        : await sql<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'lead'`);
    expect(found.map((r) => r.name).sort()).toEqual(expect.arrayContaining(names));
    // The demo data's totals were counted when the migration ran.
    expect(await kept()).toEqual(await recount());
  });

  it('equal a full recount after each kind of write', { timeout: 120_000 }, async () => {
    const fresh = (n: number) => leads.length + n; // indexes of leads this test makes
    const officer = (n: number) => officers.findIndex((o) => o.officeId !== officers[0].officeId) * n;
    const writes: Op[] = [
      { kind: 'create', owner: 0, amount: 1_500_000, pool: false },
      { kind: 'create', owner: 0, amount: 2_500_000, pool: true },
      { kind: 'create', owner: 1, amount: 3_500_000, pool: false },
      { kind: 'move', lead: fresh(0), stage: 1 },
      { kind: 'move', lead: fresh(2), stage: LEAD_STAGES.indexOf('LOST') },
      { kind: 'amount', lead: fresh(0), amount: 4_000_000 },
      { kind: 'reassign', lead: fresh(1), owner: officer(1) },
      { kind: 'reassign', lead: fresh(0), owner: officer(1) },
      { kind: 'archive', lead: fresh(0) },
      { kind: 'restore', lead: fresh(0) },
      { kind: 'archive', lead: fresh(2) },
      { kind: 'handover', from: officer(1), to: 0 },
      { kind: 'import', rows: 3 },
      { kind: 'create', owner: 0, amount: 500_000, pool: false },
      { kind: 'delete', lead: fresh(3) },
    ];
    for (const write of writes) {
      expect({ write, made: await apply(write) }).toEqual({ write, made: true });
      expect(await kept()).toEqual(await recount());
    }
  });

  it('equal a full recount after random writes', { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 10, maxLength: 30 }), async (writes) => {
        for (const write of writes) await apply(write);
        expect(await kept()).toEqual(await recount());
      }),
      { numRuns: 4 },
    );
    // What the board shows for the whole book is the recount, column by column.
    const recounted = await recount();
    const columns = await fetchBoard(server, admin, { perColumn: 1 });
    for (const stage of LEAD_STAGES) {
      const rows = Object.entries(recounted).filter(([key]) => key.startsWith(`${stage}/`));
      const column = columns.find((c) => c.stage === stage)!;
      expect(column.count).toBe(rows.reduce((n, [, r]) => n + r.cards, 0));
      expect(BigInt(column.totalAmount.replace('.', ''))).toBe(rows.reduce((n, [, r]) => n + BigInt(r.total), 0n));
    }
  });

  it.runIf(target.kind === 'mysql')('equal a full recount after many moves at once, crossing both ways between two columns', { timeout: 120_000 }, async () => {
    const officer = officers[0];
    const made = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const result = await server.gql<{ createLead: { id: string } }>(
          CREATE,
          { i: { fullName: `Serentak ${i}`, source: 'EVENT', phone: uniquePhone(), estimatedAmount: `${(i + 1) * 100_000}.00`, ownerId: String(officer.id) } },
          { token: admin },
        );
        settle(result);
        return Number(result.data!.createLead.id);
      }),
    );
    // Half to CONTACTED first, so that the crossing moves below go NEW → CONTACTED and CONTACTED → NEW.
    for (const id of made.slice(0, 20)) {
      const result = await server.gql(
        MOVE,
        { i: { id: String(id), stage: 'CONTACTED', expectedVersion: await current(id), afterId: null, beforeId: null } },
        { token: admin },
      );
      settle(result);
    }
    for (let round = 0; round < 3; round++) {
      const versions = await Promise.all(made.map(async (id) => ({ id, version: await current(id) })));
      const stages = await sql<{ id: number; stage: string }>(`SELECT ${q('id')}, ${q('stage')} FROM ${q('lead')} WHERE ${q('id')} IN (${made.join(', ')})`);
      const results = await Promise.all(
        versions.map(({ id, version }) => {
          const stage = stages.find((s) => Number(s.id) === id)!.stage === 'NEW' ? 'CONTACTED' : 'NEW';
          return server.gql(MOVE, { i: { id: String(id), stage, expectedVersion: version, afterId: null, beforeId: null } }, { token: admin });
        }),
      );
      // Every move is of a lead of its own at the version read: none may fail, a deadlock included.
      expect(results.filter((r) => r.errors).map((r) => errorCode(r))).toEqual([]);
      expect(await kept()).toEqual(await recount());
    }
  });
});
