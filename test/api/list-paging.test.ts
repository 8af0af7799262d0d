/**
 * Every list the API answers is paged: `first` (at most 100, refused above), `after` (the endCursor of
 * the page before) and `totalCount`. Walking a list two or three rows at a time gives exactly the rows
 * one large page gives, in the same order, even where the sort keys tie (the id decides) and where
 * MySQL's collation calls `budi`, `Budi` and `Búdi` equal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInStaff } from '../helpers/access.js';
import type { Staff, Who } from '../helpers/access.js';
import { databaseTargets } from '../helpers/databases.js';
import { expectData, startServer } from '../helpers/server.js';
import type { GraphQLResult, TestServer } from '../helpers/server.js';

interface Page {
  totalCount: number;
  nodes: Array<Record<string, unknown>>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface ListCase {
  /** The query field, answering a connection. */
  field: string;
  /** Its arguments besides first and after, as GraphQL text, e.g. `unreadOnly: false`. */
  args: string;
  /** The node fields to read; `id` names a row unless `key` says otherwise. */
  select: string;
  who: Who;
  key?: (node: Record<string, unknown>) => string;
  /** Rows added so the list spans pages, with tied sort keys; answers their ids (or keys) in the order the list must show them. */
  seed: () => Promise<string[]>;
  /** A sort key (an instant) each node must not go back on, when the list promises one. */
  monotonic?: { of: (node: Record<string, unknown>) => unknown; descending: boolean };
}

const PAGE_FIELDS = 'totalCount pageInfo { hasNextPage endCursor }';
const STALE_SINCE = '2020-01-06 02:00:00';
const SAME_INSTANT = '2026-11-20 03:00:00';

describe.each(databaseTargets)('paged lists on $kind', (target) => {
  let server: TestServer;
  let staff: Staff;
  let leadId: string;
  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const sql = (text: string, params: unknown[] = []) => server.app.dataSource.query(text, params) as Promise<Array<Record<string, unknown>>>;

  /** Copies of one row with some columns changed; answers the new ids in insertion order. */
  async function clone(table: string, id: number | string, changes: Array<Record<string, unknown>>): Promise<string[]> {
    const [row] = await sql(`SELECT * FROM ${q(table)} WHERE ${q('id')} = ?`, [Number(id)]);
    const ids: string[] = [];
    for (const change of changes) {
      const values: Record<string, unknown> = { ...row, ...change };
      delete values.id;
      const columns = Object.keys(values);
      await sql(
        `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        columns.map((c) => values[c]),
      );
      const [{ id: inserted }] = await sql(`SELECT MAX(${q('id')}) AS id FROM ${q(table)}`);
      ids.push(String(inserted));
    }
    return ids;
  }
  const firstId = async (table: string, where = '1 = 1', params: unknown[] = []) =>
    (await sql(`SELECT MIN(${q('id')}) AS id FROM ${q(table)} WHERE ${where}`, params))[0].id as number;

  const read = (c: ListCase, first: number | null, after: string | null): Promise<GraphQLResult<Record<string, Page>>> => {
    const args = [c.args, first === null ? '' : `first: ${first}`, 'after: $after'].filter(Boolean).join(', ');
    return server.gql<Record<string, Page>>(
      `query($after: String) { ${c.field}(${args}) { ${PAGE_FIELDS} nodes { ${c.select} } } }`,
      { after },
      {
        token: staff.tokens[c.who],
      },
    );
  };
  const page = async (c: ListCase, first: number | null, after: string | null) => expectData(await read(c, first, after))[c.field];

  const cases: ListCase[] = [
    {
      field: 'users',
      args: 'filter: { active: null }',
      select: 'id name',
      who: 'admin',
      seed: async () => {
        const officer = await firstId('user', `${q('email')} = ?`, ['officer1@prospek.test']);
        const names = ['Budi Paging', 'Budi Paging', 'Budi Paging', 'budi paging', 'BUDI PAGING', 'Búdi Paging', 'Budi Paging '];
        const ids = await clone(
          'user',
          officer,
          names.map((name, i) => ({ name, email: `paging${i}@prospek.test` })),
        );
        return ids.slice(0, 3);
      },
    },
    {
      field: 'offices',
      args: '',
      select: 'id code',
      who: 'admin',
      seed: async () => {
        const head = await firstId('office', `${q('parentId')} IS NULL`);
        return clone(
          'office',
          head,
          ['ZP-1', 'ZP-2', 'ZP-3', 'ZP-4', 'ZP-5'].map((code) => ({ code, name: `Cabang ${code}`, parentId: head })),
        );
      },
    },
    {
      field: 'products',
      args: 'filter: { active: null }',
      select: 'id kind name',
      who: 'officer1',
      seed: async () => {
        const kur = await firstId('product', `${q('code')} = ?`, ['KUR-MIKRO']);
        return clone(
          'product',
          kur,
          [1, 2, 3, 4].map((i) => ({ code: `KUR-PAGE-${i}`, name: 'Kredit Paging' })),
        );
      },
    },
    {
      field: 'messageTemplates',
      args: 'includeInactive: true',
      select: 'id name',
      who: 'manager',
      seed: async () =>
        clone(
          'message_template',
          await firstId('message_template'),
          [1, 2, 3, 4].map((i) => ({ code: `PAGING_${i}`, name: 'Salam paging' })),
        ),
    },
    {
      field: 'campaigns',
      args: '',
      select: 'id startDate',
      who: 'admin',
      monotonic: { of: (n) => n.startDate, descending: true },
      seed: async () => {
        const ids = await clone(
          'campaign',
          await firstId('campaign'),
          [1, 2, 3, 4].map((i) => ({ slug: `paging-${i}`, name: `Kampanye paging ${i}`, startDate: '2026-11-20' })),
        );
        return ids.reverse();
      },
    },
    {
      field: 'notifications',
      args: 'unreadOnly: false',
      select: 'id createdAt',
      who: 'officer1',
      monotonic: { of: (n) => n.createdAt, descending: true },
      seed: async () => {
        const officer = await firstId('user', `${q('email')} = ?`, ['officer1@prospek.test']);
        const ids: string[] = [];
        for (let i = 0; i < 6; i++) {
          await sql(
            `INSERT INTO ${q('notification')} (${['userId', 'type', 'title', 'dedupeKey', 'createdAt'].map(q).join(', ')}) VALUES (?, 'LEAD_ASSIGNED', ?, ?, ?)`,
            [officer, `Paging ${i}`, `paging:${i}`, SAME_INSTANT],
          );
          ids.push(String((await sql(`SELECT MAX(${q('id')}) AS id FROM ${q('notification')}`))[0].id));
        }
        return ids.reverse();
      },
    },
    {
      field: 'offers',
      args: 'filter: { leadId: $offerLead }',
      select: 'id',
      who: 'admin',
      seed: async () => (await clone('offer', await firstId('offer'), [{}, {}, {}, {}, {}])).reverse(),
    },
    {
      field: 'auditTrail',
      args: 'entityType: "Lead", entityId: $lead',
      select: 'id at',
      who: 'admin',
      monotonic: { of: (n) => n.at, descending: true },
      seed: async () => {
        const ids: string[] = [];
        for (let i = 0; i < 6; i++) {
          await sql(
            `INSERT INTO ${q('audit_entry')} (${['entityType', 'entityId', 'action', 'actorId', 'after', 'at'].map(q).join(', ')}) VALUES ('Lead', ?, 'update', NULL, ?, ?)`,
            [leadId, JSON.stringify({ [`field${i}`]: i }), SAME_INSTANT],
          );
          ids.push(String((await sql(`SELECT MAX(${q('id')}) AS id FROM ${q('audit_entry')}`))[0].id));
        }
        return ids.reverse();
      },
    },
    {
      field: 'timeline',
      args: 'leadId: $lead',
      select: 'at kind code summary',
      who: 'admin',
      key: (n) => `${String(n.kind)}:${String(n.summary)}`,
      monotonic: { of: (n) => n.at, descending: true },
      // The audit entries of the case above, all at one instant: the latest written first.
      seed: async () => [5, 4, 3, 2, 1, 0].map((i) => `EDIT:field${i}`),
    },
    {
      field: 'staleLeads',
      args: '',
      select: 'id stageEnteredAt lastActivityAt',
      who: 'officer1',
      // Longest idle first: since entering the stage or, if later, since the last contact.
      monotonic: {
        of: (n) => (n.lastActivityAt && String(n.lastActivityAt) > String(n.stageEnteredAt) ? n.lastActivityAt : n.stageEnteredAt),
        descending: false,
      },
      seed: async () => {
        const officer = await firstId('user', `${q('email')} = ?`, ['officer1@prospek.test']);
        const source = await firstId('lead', `${q('ownerId')} = ?`, [officer]);
        return clone(
          'lead',
          source,
          [1, 2, 3, 4, 5].map((i) => ({
            stage: 'NEW',
            position: `zzpaging${i}`,
            ownerId: officer,
            stageEnteredAt: STALE_SINCE,
            lastActivityAt: null,
            archivedAt: null,
            fullName: `Prospek Paging ${i}`,
          })),
        );
      },
    },
  ];

  beforeAll(async () => {
    server = await startServer(target);
    staff = await signInStaff(server);
    leadId = expectData(
      await server.gql<{ leads: { nodes: Array<{ id: string }> } }>('{ leads(first: 1) { nodes { id } } }', {}, { token: staff.tokens.admin }),
    ).leads.nodes[0].id;
    const [{ leadId: offerLead }] = await sql(`SELECT ${q('leadId')} AS ${q('leadId')} FROM ${q('offer')} WHERE ${q('id')} = ?`, [await firstId('offer')]);
    for (const c of cases) c.args = c.args.replace('$lead', `"${leadId}"`).replace('$offerLead', `"${String(offerLead)}"`);
  });
  afterAll(() => server?.close());

  const keyOf = (c: ListCase) => c.key ?? ((n: Record<string, unknown>) => String(n.id));

  it.each(cases.map((c) => [c.field, c] as const))('%s: pages of two give the rows of one page, in order, with the total on each', async (_, c) => {
    const seeded = await c.seed();
    const whole = await page(c, 100, null);
    expect(whole.totalCount).toBeGreaterThan(3);
    expect(whole.nodes).toHaveLength(whole.totalCount);
    expect(whole.pageInfo.hasNextPage).toBe(false);
    const order = whole.nodes.map(keyOf(c));
    // The rows that tie on every sort key come in the order of their ids.
    expect(order.filter((k) => seeded.includes(k))).toEqual(seeded);
    if (c.monotonic) {
      const { of, descending } = c.monotonic;
      const times = whole.nodes.map((n) => Date.parse(String(of(n))));
      expect(times).toEqual([...times].sort((a, b) => (descending ? b - a : a - b)));
    }

    const walked: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const next: Page = await page(c, 2, after);
      expect(next.totalCount).toBe(whole.totalCount);
      expect(next.nodes.length).toBeLessThanOrEqual(2);
      walked.push(...next.nodes.map(keyOf(c)));
      if (!next.pageInfo.hasNextPage) break;
      expect(next.pageInfo.endCursor).toBeTruthy();
      after = next.pageInfo.endCursor;
    }
    expect(walked).toEqual(order);
  });

  it.each(cases.map((c) => [c.field, c] as const))(
    '%s: answers 50 rows when first is left out, refuses more than 100 and a cursor it did not give',
    async (_, c) => {
      const fallback = await page(c, null, null);
      expect(fallback.nodes).toHaveLength(Math.min(50, fallback.totalCount));
      expect(fallback.totalCount).toBe((await page(c, 100, null)).totalCount);
      for (const size of [101, 0]) {
        expect((await read(c, size, null)).errors?.[0].extensions, `first: ${size}`).toMatchObject({
          code: 'BAD_USER_INPUT',
          fieldErrors: [{ field: 'first', code: 'INVALID', params: { max: 100 } }],
        });
      }
      expect((await read(c, 2, 'not-a-cursor')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'after' }] });
    },
  );

  it('keeps a page’s place when rows are added before it', async () => {
    const c = cases.find((x) => x.field === 'products')!;
    const first = await page(c, 2, null);
    // A product that sorts first arrives between the two reads.
    const kur = await firstId('product', `${q('code')} = ?`, ['KUR-MIKRO']);
    await clone('product', kur, [{ code: 'AAA-NEW', name: '0 Kredit baru', kind: 'DEPOSIT' }]);
    const second = await page(c, 100, first.pageInfo.endCursor);
    const ids = [...first.nodes, ...second.nodes].map((n) => String(n.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(second.totalCount).toBe(first.totalCount + 1);
    expect(ids).toHaveLength(first.totalCount);
  });
});
