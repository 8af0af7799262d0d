import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEAD_STAGES, STAGE_PROBABILITY, moneyToDecimal, percentOf } from '@prospek/shared';
import { databaseTargets } from '../helpers/databases.js';
import { ARCHIVE, COLUMN, UPDATE, column, createLead, fetchBoard, moveLead } from '../helpers/leads.js';
import type { Card } from '../helpers/leads.js';
import { errorCode, expectData, forgeToken, startServer } from '../helpers/server.js';
import { countStatements } from '../helpers/statements.js';
import type { TestServer } from '../helpers/server.js';

describe.each(databaseTargets)('pipeline board API on $kind', (target) => {
  let server: TestServer;
  let officer: string;
  let manager: string;

  beforeAll(async () => {
    server = await startServer(target);
    officer = await server.login('officer1@prospek.test');
    manager = await server.login('manager@prospek.test');
  });
  afterAll(() => server?.close());

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const countLeads = async () => Number((await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('lead')}`))[0].n);

  it('signs in, knows who is acting, and refuses requests without a valid token', async () => {
    const me = expectData(await server.gql<{ me: { email: string; role: string } }>('{ me { email role } }', {}, { token: officer }));
    expect(me.me).toEqual({ email: 'officer1@prospek.test', role: 'OFFICER' });
    expect(errorCode(await server.gql('{ me { email } }'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql('{ me { email } }', {}, { token: forgeToken(officer) }))).toBe('UNAUTHENTICATED');
    const wrong = await server.gql('mutation { login(email: "officer1@prospek.test", password: "nope") { token } }');
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    const unknown = await server.gql('mutation { login(email: "nobody@prospek.test", password: "nope") { token } }');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it('computes column totals over every matching lead, equal to SQL sums', async () => {
    const columns = await fetchBoard(server, manager, { perColumn: 5 });
    expect(columns.map((c) => c.stage)).toEqual([...LEAD_STAGES]);
    const rows: Array<{ stage: string; n: number | string; total: string | number }> = await server.app.dataSource.query(
      `SELECT ${q('stage')} AS stage, COUNT(*) AS n, SUM(${q('estimatedAmount')}) AS total FROM ${q('lead')} WHERE ${q('archivedAt')} IS NULL GROUP BY ${q('stage')}`,
    );
    expect(rows.length).toBe(8);
    for (const row of rows) {
      const col = column(columns, row.stage);
      const total = BigInt(String(row.total).split('.')[0]);
      expect(col.count).toBe(Number(row.n));
      expect(col.totalAmount).toBe(moneyToDecimal(total));
      expect(col.weightedAmount).toBe(moneyToDecimal(percentOf(total, STAGE_PROBABILITY[row.stage as keyof typeof STAGE_PROBABILITY])));
      expect(col.cards.length).toBe(Math.min(5, Number(row.n)));
      expect(col.hasMore).toBe(Number(row.n) > 5);
    }
  });

  it('narrows the board and its totals by owner, segment, source and text', async () => {
    const me = expectData(await server.gql<{ me: { id: string } }>('{ me { id } }', {}, { token: officer })).me;
    const byOwner = await fetchBoard(server, manager, { filter: { ownerId: me.id }, perColumn: 100 });
    const [{ n }] = await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('lead')} WHERE ${q('archivedAt')} IS NULL AND ${q('ownerId')} = ?`, [
      Number(me.id),
    ]);
    expect(byOwner.reduce((sum, c) => sum + c.count, 0)).toBe(Number(n));
    expect(byOwner.flatMap((c) => c.cards).every((card) => card.ownerId === me.id)).toBe(true);

    const bySource = await fetchBoard(server, manager, { filter: { source: 'REFERRAL', segment: 'MICRO' }, perColumn: 100 });
    for (const card of bySource.flatMap((c) => c.cards)) {
      expect(card.source).toBe('REFERRAL');
      expect(card.segment).toBe('MICRO');
    }

    const target = await createLead(server, officer, { fullName: 'Zulkarnain Batubara', companyName: 'CV Kopi Gayo Lestari', phone: '0852 7777 1234' });
    for (const search of ['zulkarnain', 'KOPI GAYO', '0852-7777', '+6285277771234']) {
      const found = (await fetchBoard(server, manager, { filter: { search }, perColumn: 100 })).flatMap((c) => c.cards);
      expect(found.map((c) => c.id)).toContain(target.id);
      expect(found.length).toBeLessThan(5);
    }
    const none = await fetchBoard(server, manager, { filter: { search: '100%_nobody' } });
    expect(none.every((c) => c.count === 0 && c.cards.length === 0)).toBe(true);
  });

  it('creates a lead at the top of NEW with its phone in +62 form and its first stage recorded', async () => {
    const created = await createLead(server, officer, { phone: '0812-9876-5432', whatsapp: '62 812 9876 5432', estimatedAmount: '150000000.00' });
    expect(created).toMatchObject({ stage: 'NEW', phone: '+6281298765432', estimatedAmount: '150000000.00', version: 1 });
    expect(created.owner).toMatchObject({ name: 'Rina Kusuma' });
    const board = await fetchBoard(server, officer, { perColumn: 1 });
    expect(column(board, 'NEW').cards[0].id).toBe(created.id);
    const detail = expectData(
      await server.gql<{ lead: { whatsapp: string; stageHistory: Array<{ fromStage: string | null; toStage: string; changedBy: { name: string } }> } }>(
        `query($id: ID!) { lead(id: $id) { whatsapp stageHistory { fromStage toStage changedBy { name } } } }`,
        { id: created.id },
        { token: officer },
      ),
    );
    expect(detail.lead.whatsapp).toBe('+6281298765432');
    expect(detail.lead.stageHistory).toEqual([{ fromStage: null, toStage: 'NEW', changedBy: { name: 'Rina Kusuma' } }]);
  });

  it('refuses bad input with every field message and writes nothing', async () => {
    const before = await countLeads();
    const result = await server.gql(
      `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`,
      { input: { fullName: ' ', source: 'EVENT', estimatedAmount: '0.00', phone: '12345', nik: '12345' } },
      { token: officer },
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    const fields = (result.errors?.[0]?.extensions?.fieldErrors as Array<{ field: string; code: string }>).map((e) => e.field);
    expect(fields).toEqual(['fullName', 'phone', 'nik', 'estimatedAmount']);
    const badMoney = await server.gql(
      `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`,
      { input: { fullName: 'Budi', source: 'EVENT', estimatedAmount: '1.500.000' } },
      { token: officer },
    );
    expect(errorCode(badMoney)).toBe('BAD_USER_INPUT');
    expect(await countLeads()).toBe(before);
  });

  it('edits a lead against the version it read, and answers CONFLICT with the current lead when stale', async () => {
    const lead = await createLead(server, officer);
    const edited = expectData(
      await server.gql<{ updateLead: Card }>(
        UPDATE,
        { input: { id: lead.id, expectedVersion: 1, companyName: 'UD Sumber Makmur', estimatedAmount: '30000000' } },
        { token: officer },
      ),
    ).updateLead;
    expect(edited).toMatchObject({ companyName: 'UD Sumber Makmur', estimatedAmount: '30000000.00', version: 2, fullName: lead.fullName });
    const stale = await server.gql(UPDATE, { input: { id: lead.id, expectedVersion: 1, companyName: 'Lost edit' } }, { token: officer });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.current).toMatchObject({ id: lead.id, version: 2, companyName: 'UD Sumber Makmur' });
    const invalid = await server.gql(UPDATE, { input: { id: lead.id, expectedVersion: 2, phone: 'abc' } }, { token: officer });
    expect(errorCode(invalid)).toBe('BAD_USER_INPUT');
    const missing = await server.gql(UPDATE, { input: { id: '999999', expectedVersion: 1, companyName: 'x' } }, { token: officer });
    expect(errorCode(missing)).toBe('NOT_FOUND');
  });

  it('pages a column to its end without gaps or repeats', async () => {
    const board = await fetchBoard(server, manager, { perColumn: 7 });
    const news = column(board, 'NEW');
    const seen = [...news.cards];
    let cursor = news.endCursor;
    let more = news.hasMore;
    while (more) {
      const page = expectData(
        await server.gql<{ leadColumn: { hasMore: boolean; endCursor: string; cards: Card[] } }>(
          COLUMN,
          { stage: 'NEW', after: cursor, first: 7 },
          { token: manager },
        ),
      ).leadColumn;
      seen.push(...page.cards);
      cursor = page.endCursor;
      more = page.hasMore;
    }
    expect(seen.length).toBe(news.count);
    expect(new Set(seen.map((c) => c.id)).size).toBe(seen.length);
    const positions = seen.map((c) => c.position);
    expect([...positions].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(positions);
    expect(errorCode(await server.gql(COLUMN, { stage: 'NEW', after: 'garbage', first: 7 }, { token: manager }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await server.gql(COLUMN, { stage: 'NEW', first: 101 }, { token: manager }))).toBe('BAD_USER_INPUT');
  });

  it('lists leads in pages with a total', async () => {
    const query = `query($after: String) { leads(first: 40, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;
    const ids: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const page: { leads: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: Array<{ id: string }> } } = expectData(
        await server.gql(query, { after }, { token: manager }),
      );
      total = page.leads.totalCount;
      ids.push(...page.leads.nodes.map((n) => n.id));
      if (!page.leads.pageInfo.hasNextPage) break;
      after = page.leads.pageInfo.endCursor;
    }
    const [{ n }] = await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('lead')} WHERE ${q('archivedAt')} IS NULL`);
    expect(total).toBe(Number(n));
    expect(ids.length).toBe(total);
    expect(new Set(ids).size).toBe(total);
  });

  it('moves within and across columns and keeps the order after a reload', async () => {
    const board = await fetchBoard(server, manager, { perColumn: 4 });
    const survey = column(board, 'SURVEY').cards;
    const [a, b] = survey;
    const mover = column(board, 'CONTACTED').cards[2];
    const moved = expectData(
      await moveLead(server, manager, { id: mover.id, stage: 'SURVEY', afterId: a.id, beforeId: b.id, expectedVersion: mover.version }),
    ).moveLead;
    expect(moved).toMatchObject({ stage: 'SURVEY', version: mover.version + 1 });
    let reloaded = column(await fetchBoard(server, manager, { perColumn: 4 }), 'SURVEY').cards.map((c) => c.id);
    expect(reloaded.slice(0, 3)).toEqual([a.id, mover.id, b.id]);

    // Within the column: to the top, then below the last shown card.
    const top = expectData(await moveLead(server, manager, { id: b.id, stage: 'SURVEY', afterId: null, beforeId: a.id, expectedVersion: b.version })).moveLead;
    reloaded = column(await fetchBoard(server, manager, { perColumn: 4 }), 'SURVEY').cards.map((c) => c.id);
    expect(reloaded.slice(0, 3)).toEqual([b.id, a.id, mover.id]);
    const third = survey[2];
    expect(
      expectData(await moveLead(server, manager, { id: top.id, stage: 'SURVEY', afterId: third.id, beforeId: survey[3].id, expectedVersion: top.version }))
        .moveLead.version,
    ).toBe(top.version + 1);
    reloaded = column(await fetchBoard(server, manager, { perColumn: 4 }), 'SURVEY').cards.map((c) => c.id);
    expect(reloaded).toEqual([a.id, mover.id, third.id, b.id]);

    const history = expectData(
      await server.gql<{ lead: { stageHistory: Array<{ fromStage: string; toStage: string }> } }>(
        `query($id: ID!) { lead(id: $id) { stageHistory { fromStage toStage } } }`,
        { id: mover.id },
        { token: manager },
      ),
    ).lead.stageHistory;
    expect(history[history.length - 1]).toEqual({ fromStage: 'CONTACTED', toStage: 'SURVEY' });
  });

  it('lets exactly one of two concurrent moves at the same version through; the other gets CONFLICT', async () => {
    const lead = await createLead(server, officer);
    const [first, second] = await Promise.all([
      moveLead(server, officer, { id: lead.id, stage: 'CONTACTED', expectedVersion: lead.version }),
      moveLead(server, manager, { id: lead.id, stage: 'PRESENTED', expectedVersion: lead.version }),
    ]);
    const results = [first, second];
    const ok = results.filter((r) => !r.errors);
    const conflicts = results.filter((r) => errorCode(r) === 'CONFLICT');
    expect(ok.length).toBe(1);
    expect(conflicts.length).toBe(1);
    const winner = ok[0].data!.moveLead;
    expect(conflicts[0].errors?.[0]?.extensions?.current).toMatchObject({ id: lead.id, version: 2, stage: winner.stage });
    const [{ n }] = await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('lead_stage_change')} WHERE ${q('leadId')} = ?`, [Number(lead.id)]);
    expect(Number(n)).toBe(2);
  });

  it('asks why a lead was lost, and writes nothing without a reason', async () => {
    const lead = await createLead(server, officer);
    const refused = await moveLead(server, officer, { id: lead.id, stage: 'LOST', expectedVersion: 1 });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.fieldErrors[0]).toMatchObject({ field: 'lostReason', code: 'REQUIRED' });
    const lost = expectData(await moveLead(server, officer, { id: lead.id, stage: 'LOST', expectedVersion: 1, lostReason: 'Memilih bank lain' })).moveLead;
    expect(lost).toMatchObject({ stage: 'LOST', lostReason: 'Memilih bank lain', version: 2 });
    const reopened = expectData(await moveLead(server, officer, { id: lead.id, stage: 'CONTACTED', expectedVersion: 2 })).moveLead;
    expect(reopened.lostReason).toBeNull();
  });

  it('keeps on each stage change the stay it ends and when the lead next got further, as the history says', async () => {
    const lead = await createLead(server, officer);
    let version = lead.version;
    const path: Array<[string, string | undefined]> = [
      ['PRESENTED', undefined],
      ['CONTACTED', undefined],
      ['LOST', 'Memilih bank lain'],
      ['CONTACTED', undefined],
      ['SURVEY', undefined],
    ];
    for (const [stage, lostReason] of path) {
      version = expectData(await moveLead(server, officer, { id: lead.id, stage, expectedVersion: version, lostReason })).moveLead.version;
    }
    const rows: Array<{ toStage: string; changedAt: Date | string; stayMs: number | string | null; advancedAtMs: number | string | null }> =
      await server.app.dataSource.query(
        `SELECT ${q('toStage')} AS toStage, ${q('changedAt')} AS changedAt, ${q('stayMs')} AS stayMs, ${q('advancedAtMs')} AS advancedAtMs
         FROM ${q('lead_stage_change')} WHERE ${q('leadId')} = ? ORDER BY ${q('changedAt')}, ${q('id')}`,
        [Number(lead.id)],
      );
    const ms = (value: Date | string) => (value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`)).getTime();
    const at = rows.map((r) => ms(r.changedAt));
    const kept = (value: number | string | null) => (value === null ? null : Number(value));
    expect(rows.map((r) => r.toStage)).toEqual(['NEW', 'PRESENTED', 'CONTACTED', 'LOST', 'CONTACTED', 'SURVEY']);
    // Stays: none before the first change, none out of LOST (a lost lead is not on the pipeline).
    expect(rows.map((r) => kept(r.stayMs))).toEqual([null, at[1] - at[0], at[2] - at[1], at[3] - at[2], null, at[5] - at[4]]);
    // NEW got further at PRESENTED; PRESENTED only at SURVEY (past CONTACTED twice); CONTACTED at SURVEY;
    // LOST at the reopening; SURVEY not yet.
    expect(rows.map((r) => kept(r.advancedAtMs))).toEqual([at[1], at[5], at[5], at[4], at[5], null]);
  });

  it('archives a lead off the board and the lists, keeping it readable by id', async () => {
    const lead = await createLead(server, officer, { fullName: 'Archie Pratama' });
    const archived = expectData(await server.gql<{ archiveLead: Card }>(ARCHIVE, { id: lead.id }, { token: officer })).archiveLead;
    expect(archived.archivedAt).toBeTruthy();
    expect(archived.version).toBe(2);
    const found = (await fetchBoard(server, officer, { filter: { search: 'Archie Pratama' } })).flatMap((c) => c.cards);
    expect(found).toEqual([]);
    const byId = expectData(
      await server.gql<{ lead: { archivedAt: string } }>(`query($id: ID!) { lead(id: $id) { archivedAt } }`, { id: lead.id }, { token: officer }),
    );
    expect(byId.lead.archivedAt).toBeTruthy();
    const moveArchived = await moveLead(server, officer, { id: lead.id, stage: 'CONTACTED', expectedVersion: 2 });
    expect(errorCode(moveArchived)).toBe('NOT_FOUND');
  });

  it('answers any Lead field on a board card, whichever columns the query read', async () => {
    const lead = await createLead(server, officer, { fullName: 'Proyeksi Kolom', notes: 'Butuh modal kerja untuk stok Lebaran' });
    const result = expectData(
      await server.gql<{ leadBoard: { columns: Array<{ stage: string; cards: Array<Record<string, unknown>> }> } }>(
        `query { leadBoard(filter: { search: "Proyeksi Kolom" }) { columns { stage cards { ... on Lead { notes daysInStage createdAt } fullName owner { id name } } } } }`,
        {},
        { token: officer },
      ),
    );
    const card = result.leadBoard.columns.find((c) => c.stage === 'NEW')!.cards[0];
    expect(card).toMatchObject({ notes: 'Butuh modal kerja untuk stok Lebaran', daysInStage: 0, fullName: 'Proyeksi Kolom', owner: { name: 'Rina Kusuma' } });
    expect(Date.parse(card.createdAt as string)).toBeGreaterThan(Date.now() - 60_000);
    expect(lead.id).toBeTruthy();
  });

  it('makes the same number of SQL statements for a board of 2 or 50 cards a column', async () => {
    const counts: number[] = [];
    // A first request warms what a server reads once (the office tree); count the ones after it.
    await fetchBoard(server, manager, { perColumn: 1 });
    for (const perColumn of [2, 50]) {
      let statements = 0;
      const stop = countStatements(server, () => statements++);
      await fetchBoard(server, manager, { perColumn });
      stop();
      counts.push(statements);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(4);
  });
});
