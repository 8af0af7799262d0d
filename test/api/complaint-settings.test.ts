/**
 * What managers keep for complaints and what follows from it: a category's own SLA (kept by the
 * complaints received under it), the board's WIP limits, handing a complaint to another officer (both
 * boards follow live), the complaint's steps on the client's timeline, and the report as a CSV download.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardColumnsEvent } from '@prospek/shared';
import { signInStaff } from '../helpers/access.js';
import type { Staff, Who } from '../helpers/access.js';
import { databaseTargets } from '../helpers/databases.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { joinBoard } from '../helpers/sockets.js';
import type { Listener } from '../helpers/sockets.js';

const FIELDS = 'id status slaDueDate workingDaysAllowed workingDaysLeft extensionDays warning ownerId version category { id name }';
const CREATE = `mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { complaint(id: $id) { ${FIELDS} timeline { kind note } } }`;
const MOVE = `mutation($input: MoveComplaintInput!) { moveComplaint(input: $input) { ${FIELDS} } }`;
const RESOLVE = `mutation($input: ResolveComplaintInput!) { resolveComplaint(input: $input) { ${FIELDS} } }`;
const REASSIGN = `mutation($id: ID!, $ownerId: ID!) { reassignComplaint(id: $id, ownerId: $ownerId) { ${FIELDS} } }`;
const CATEGORY_FIELDS = 'id name active slaWorkingDays slaExtensionDays slaWarningDays version';
const SAVE_CATEGORY = `mutation($input: ComplaintCatalogInput!) { saveComplaintCategory(input: $input) { ${CATEGORY_FIELDS} } }`;
const SET_LIMIT = `mutation($column: String!, $limit: Int, $hard: Boolean!) {
  updateBoardColumnSetting(board: "complaints", columnKey: $column, wipLimit: $limit, hardLimit: $hard) { columnKey wipLimit hardLimit } }`;
const TIMELINE = `query($clientId: ID!) { timeline(clientId: $clientId, first: 100) { nodes { kind code note complaintId actorName } } }`;
const CSV_URL = `query($from: LocalDate!, $to: LocalDate!, $officeId: ID) { complaintReportCsvUrl(from: $from, to: $to, officeId: $officeId) }`;

interface View {
  id: string;
  status: string;
  slaDueDate: string;
  workingDaysAllowed: number;
  extensionDays: number;
  workingDaysLeft: number;
  warning: boolean;
  ownerId: string | null;
  version: number;
  category: { id: string; name: string };
  timeline?: Array<{ kind: string; note: string | null }>;
}
interface Category {
  id: string;
  name: string;
  active: boolean;
  slaWorkingDays: number | null;
  slaExtensionDays: number | null;
  slaWarningDays: number | null;
  version: number;
}

/** Monday 10 August 2026, 10:00 WIB; 17 August is Independence Day. */
const START = new Date('2026-08-10T03:00:00Z');

describe.each(databaseTargets)('complaint settings on $kind', (target) => {
  let server: TestServer;
  let staff: Staff;
  let clientId = '';
  let policyId = '';
  let quick: Category;
  const boards = {} as Record<'officer1' | 'officer4' | 'manager', Listener<'complaints'>>;

  beforeAll(async () => {
    server = await startServer(target, {}, { now: () => START });
    staff = await signInStaff(server);
    clientId = expectData(
      await server.gql<{ createClient: { id: string } }>(
        `mutation($input: ClientFieldsInput!) { createClient(input: $input) { id } }`,
        { input: { type: 'PERSON', name: 'Rahmat Pengadu', phone: '081277770002' } },
        { token: staff.tokens.officer1 },
      ),
    ).createClient.id;
    policyId = expectData(
      await server.gql<{ resolutionPolicies: Array<{ id: string }> }>('{ resolutionPolicies { id } }', {}, { token: staff.tokens.officer1 }),
    ).resolutionPolicies[0].id;
    for (const who of ['officer1', 'officer4', 'manager'] as const) boards[who] = await joinBoard(server.url, staff.tokens[who], 'complaints');
  });
  afterAll(async () => {
    for (const board of Object.values(boards)) board.close();
    await server?.close();
  });

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const count = async (table: string) => Number((await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q(table)}`))[0].n);
  const as = <T = Record<string, View>>(who: Who, query: string, variables: Record<string, unknown>) =>
    server.gql<T>(query, variables, { token: staff.tokens[who] });
  const create = async (input: Record<string, unknown>) =>
    expectData(
      await as<{ createComplaint: View }>('officer1', CREATE, {
        input: { clientId, channel: 'PHONE', description: 'Saldo terpotong dua kali', receivedAt: '2026-08-10', ...input },
      }),
    ).createComplaint;
  const audits = async (entityType: string) =>
    (await server.app.dataSource.query(
      `SELECT ${q('action')}, ${q('before')}, ${q('after')} FROM ${q('audit_entry')} WHERE ${q('entityType')} = ? ORDER BY ${q('id')}`,
      [entityType],
    )) as Array<{ action: string; before: string | null; after: string | null }>;

  it('lets a manager give a category its own SLA, refusing bad numbers and non-managers without writing', async () => {
    const before = await count('complaint_category');
    for (const bad of [{ slaWorkingDays: 61 }, { slaWarningDays: -1 }, { slaExtensionDays: 2.5 }]) {
      const refused = await as('manager', SAVE_CATEGORY, { input: { name: 'Transfer gagal', ...bad } });
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    }
    expect(
      errorCode(
        await as('manager', `mutation($input: ComplaintCatalogInput!) { saveResolutionPolicy(input: $input) { id } }`, {
          input: { name: 'X', slaWorkingDays: 5 },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await as('officer1', SAVE_CATEGORY, { input: { name: 'Transfer gagal', slaWorkingDays: 5 } }))).toBe('FORBIDDEN');
    expect(await count('complaint_category')).toBe(before);

    quick = expectData(
      await as<{ saveComplaintCategory: Category }>('manager', SAVE_CATEGORY, { input: { name: 'Transfer gagal', slaWorkingDays: 5, slaWarningDays: 1 } }),
    ).saveComplaintCategory;
    expect(quick).toMatchObject({ name: 'Transfer gagal', active: true, slaWorkingDays: 5, slaExtensionDays: null, slaWarningDays: 1 });
    const defaults = expectData(
      await as<{ complaintSlaDefaults: Record<string, number> }>(
        'officer1',
        '{ complaintSlaDefaults { workingDays extensionDays warningDays reopenDays } }',
        {},
      ),
    ).complaintSlaDefaults;
    expect(defaults).toEqual({ workingDays: 10, extensionDays: 10, warningDays: 2, reopenDays: 30 });
    expect((await audits('ComplaintCategory')).at(-1)).toMatchObject({ action: 'createComplaintCategory' });
  });

  it('counts a complaint’s deadline by its category (named `category`, the old `categoryId` still taken) and keeps it when the category changes', async () => {
    // 11, 12, 13, 14, (17 a holiday), 18: five working days.
    const fast = await create({ category: quick.id });
    expect(fast).toMatchObject({ slaDueDate: '2026-08-18', workingDaysAllowed: 5, category: { id: quick.id, name: 'Transfer gagal' } });
    const old = await create({ categoryId: quick.id });
    expect(old.slaDueDate).toBe('2026-08-18');
    const missing = await as('officer1', CREATE, { input: { clientId, channel: 'PHONE', description: 'x', receivedAt: '2026-08-10' } });
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0].extensions?.fieldErrors).toEqual([expect.objectContaining({ field: 'category', code: 'REQUIRED' })]);

    const filtered = expectData(
      await as<{ complaints: { totalCount: number } }>('officer1', 'query($c: ID) { complaints(filter: { category: $c }) { totalCount } }', { c: quick.id }),
    ).complaints;
    expect(filtered.totalCount).toBe(2);

    // Eight days and a warning from three days before: the complaints already received keep five days; the warning follows.
    const changed = expectData(
      await as<{ saveComplaintCategory: Category }>('manager', SAVE_CATEGORY, {
        input: { id: quick.id, slaWorkingDays: 8, slaWarningDays: 5, expectedVersion: quick.version },
      }),
    ).saveComplaintCategory;
    expect(changed).toMatchObject({ slaWorkingDays: 8, slaWarningDays: 5 });
    const kept = expectData(await as<{ complaint: View }>('officer1', GET, { id: fast.id })).complaint;
    expect(kept).toMatchObject({ slaDueDate: '2026-08-18', workingDaysLeft: 5, warning: true });
    expect((await create({ category: quick.id })).slaDueDate).toBe('2026-08-21');
    const update = (await audits('ComplaintCategory')).at(-1);
    expect(update?.action).toBe('updateComplaintCategory');
    expect(JSON.parse(update?.before ?? '{}')).toMatchObject({ slaWorkingDays: 5, slaWarningDays: 1 });
    expect(JSON.parse(update?.after ?? '{}')).toMatchObject({ slaWorkingDays: 8, slaWarningDays: 5 });
    quick = changed;

    // A stale version is a conflict; 0 returns a number to the setting.
    expect(errorCode(await as('manager', SAVE_CATEGORY, { input: { id: quick.id, slaWorkingDays: 3, expectedVersion: quick.version - 1 } }))).toBe('CONFLICT');
    quick = expectData(
      await as<{ saveComplaintCategory: Category }>('manager', SAVE_CATEGORY, { input: { id: quick.id, slaWorkingDays: 0 } }),
    ).saveComplaintCategory;
    expect(quick.slaWorkingDays).toBeNull();
    expect((await create({ category: quick.id })).workingDaysAllowed).toBe(10);

    // The extension a complaint may have: its category's days when received, else the setting's ten.
    expect(fast.extensionDays).toBe(10);
    quick = expectData(
      await as<{ saveComplaintCategory: Category }>('manager', SAVE_CATEGORY, { input: { id: quick.id, slaExtensionDays: 4 } }),
    ).saveComplaintCategory;
    const shortExtension = await create({ category: quick.id });
    expect(shortExtension.extensionDays).toBe(4);
    expect(expectData(await as<{ complaint: View }>('officer1', GET, { id: fast.id })).complaint.extensionDays).toBe(10);
  });

  it('offers a retired category no more and refuses complaints under it', async () => {
    const retired = expectData(
      await as<{ saveComplaintCategory: Category }>('manager', SAVE_CATEGORY, { input: { name: 'Lama', active: true } }),
    ).saveComplaintCategory;
    expectData(await as('manager', SAVE_CATEGORY, { input: { id: retired.id, active: false } }));
    const lists = expectData(
      await as<{ a: Array<{ id: string }>; b: Array<{ id: string }> }>(
        'officer1',
        '{ a: complaintCategories { id } b: complaintCategories(includeRetired: true) { id } }',
        {},
      ),
    );
    expect(lists.a.map((c) => c.id)).not.toContain(retired.id);
    expect(lists.b.map((c) => c.id)).toContain(retired.id);
    const before = await count('complaint');
    expect(
      errorCode(await as('officer1', CREATE, { input: { clientId, channel: 'PHONE', category: retired.id, description: 'x', receivedAt: '2026-08-10' } })),
    ).toBe('BAD_USER_INPUT');
    expect(await count('complaint')).toBe(before);
  });

  it('keeps soft WIP limits per office on the complaints board, heard live by the office’s boards', async () => {
    const heard: BoardColumnsEvent[] = [];
    boards.officer1.socket.on('board:columns', (e) => heard.push(e));
    const arrived = new Promise<BoardColumnsEvent>((resolve) => boards.officer1.socket.once('board:columns', resolve));
    expect(errorCode(await as('manager', SET_LIMIT, { column: 'IN_PROGRESS', limit: 3, hard: true }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await as('manager', SET_LIMIT, { column: 'NOPE', limit: 3, hard: false }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await as('officer1', SET_LIMIT, { column: 'IN_PROGRESS', limit: 3, hard: false }))).toBe('FORBIDDEN');
    const saved = expectData(await as<{ updateBoardColumnSetting: unknown }>('manager', SET_LIMIT, { column: 'IN_PROGRESS', limit: 3, hard: false }));
    expect(saved.updateBoardColumnSetting).toEqual({ columnKey: 'IN_PROGRESS', wipLimit: 3, hardLimit: false });
    const event = await arrived;
    expect(event).toMatchObject({ board: 'complaints', officeId: staff.offices.ho });
    expect(event.columns.find((c) => c.columnKey === 'IN_PROGRESS')).toEqual({ columnKey: 'IN_PROGRESS', wipLimit: 3, hardLimit: false });
    expect(heard).toHaveLength(1);
    const board = expectData(
      await as<{ complaintBoard: { columns: Array<{ status: string; wipLimit: number | null }> } }>(
        'officer1',
        '{ complaintBoard { columns { status wipLimit } } }',
        {},
      ),
    ).complaintBoard;
    expect(board.columns.find((c) => c.status === 'IN_PROGRESS')?.wipLimit).toBe(3);
    const settings = expectData(
      await as<{ boardColumnSettings: Array<{ columnKey: string; wipLimit: number | null }> }>(
        'officer1',
        '{ boardColumnSettings(board: "complaints") { columnKey wipLimit } }',
        {},
      ),
    ).boardColumnSettings;
    expect(settings.map((s) => s.columnKey)).toEqual(['OPEN', 'IN_PROGRESS', 'WAITING_CLIENT', 'RESOLVED', 'CLOSED']);
    expect(JSON.parse((await audits('WipLimit')).at(-1)?.after ?? '{}')).toEqual({
      board: 'complaints',
      columnKey: 'IN_PROGRESS',
      wipLimit: 3,
      hardLimit: false,
    });
  });

  it('hands a complaint to another officer: it leaves the first one’s live board, reaches the other’s, and is audited', async () => {
    const complaint = await create({ category: quick.id, description: 'Diserahkan ke rekan' });
    await boards.officer1.next((e) => e.type === 'created' && e.card.id === complaint.id);
    expect(errorCode(await as('officer1', REASSIGN, { id: complaint.id, ownerId: staff.ids.officer4 }))).toBe('FORBIDDEN');
    expect(errorCode(await as('manager', REASSIGN, { id: complaint.id, ownerId: staff.ids.marketing }))).toBe('BAD_USER_INPUT');
    const handed = expectData(await as<{ reassignComplaint: View }>('manager', REASSIGN, { id: complaint.id, ownerId: staff.ids.officer4 })).reassignComplaint;
    expect(handed.ownerId).toBe(staff.ids.officer4);
    const gone = await boards.officer1.next((e) => e.type === 'removed' && e.card.id === complaint.id);
    expect(gone.card.id).toBe(complaint.id);
    const came = await boards.officer4.next((e) => e.card.id === complaint.id);
    expect(came.type).toBe('updated');
    expect(came.card).toMatchObject({ ownerId: staff.ids.officer4, slaDueDate: complaint.slaDueDate });
    const managerHeard = await boards.manager.next((e) => e.type === 'updated' && e.card.id === complaint.id);
    expect(managerHeard.card).toMatchObject({ ownerId: staff.ids.officer4 });
    expect(errorCode(await as('officer1', GET, { id: complaint.id }))).toBe('NOT_FOUND');
    expect(expectData(await as<{ complaint: View }>('officer4', GET, { id: complaint.id })).complaint.timeline?.at(-1)).toMatchObject({ kind: 'REASSIGNED' });
    const audit = (await audits('Complaint')).at(-1);
    expect(audit?.action).toBe('reassignComplaint');
    expect(JSON.parse(audit?.before ?? '{}')).toEqual({ ownerId: Number(staff.ids.officer1) });
    expect(JSON.parse(audit?.after ?? '{}')).toEqual({ ownerId: Number(staff.ids.officer4) });
  });

  it('puts a complaint’s steps on the client’s timeline, for those who may read the complaint', async () => {
    const complaint = await create({ category: quick.id, description: 'Untuk linimasa' });
    const moved = expectData(
      await as<{ moveComplaint: View }>('officer1', MOVE, { input: { id: complaint.id, status: 'IN_PROGRESS', expectedVersion: complaint.version } }),
    ).moveComplaint;
    const resolved = expectData(
      await as<{ resolveComplaint: View }>('officer1', RESOLVE, {
        input: {
          id: complaint.id,
          resolution: 'Dana dikembalikan',
          policyId,
          outcome: 'UPHELD',
          answerChannel: 'PHONE',
          answeredOn: '2026-08-10',
          expectedVersion: moved.version,
        },
      }),
    ).resolveComplaint;
    expectData(await as('officer1', MOVE, { input: { id: complaint.id, status: 'CLOSED', expectedVersion: resolved.version } }));

    type Entry = { kind: string; code: string; note: string | null; complaintId: string | null; actorName: string | null };
    const entries = async (who: Who) => expectData(await as<{ timeline: { nodes: Entry[] } }>(who, TIMELINE, { clientId })).timeline.nodes;
    const mine = (await entries('officer1')).filter((e) => e.kind === 'COMPLAINT' && e.complaintId === complaint.id);
    // Newest first.
    expect(mine.map((e) => e.code)).toEqual(['CLOSED', 'RESOLVED', 'IN_PROGRESS', 'CREATED']);
    expect(mine[3]).toMatchObject({ note: 'Transfer gagal', actorName: expect.any(String) });
    // The complaint handed to officer4 is not officer1's to read any more: its steps stay off their view of the client.
    const officer1Sees = new Set((await entries('officer1')).filter((e) => e.kind === 'COMPLAINT').map((e) => e.complaintId));
    const managerSees = new Set((await entries('manager')).filter((e) => e.kind === 'COMPLAINT').map((e) => e.complaintId));
    expect(managerSees.size).toBe(officer1Sees.size + 1);
    expect([...officer1Sees].every((id) => managerSees.has(id))).toBe(true);
  });

  it('gives the period’s complaints as a CSV download link, within the viewer’s reach and office filter', async () => {
    expect(errorCode(await as('officer1', CSV_URL, { from: '2026-08-10', to: '2026-08-01' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await as('managerBdg', CSV_URL, { from: '2026-08-01', to: '2026-08-31', officeId: staff.offices.ho }))).toBe('NOT_FOUND');
    expect(errorCode(await as('marketing', CSV_URL, { from: '2026-08-01', to: '2026-08-31' }))).toBe('FORBIDDEN');
    const url = expectData(await as<{ complaintReportCsvUrl: string }>('officer1', CSV_URL, { from: '2026-08-01', to: '2026-08-31' })).complaintReportCsvUrl;
    expect(url).toMatch(/^\/exports\/complaints\.csv\?token=/);
    const response = await fetch(`${server.url}${url}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="pengaduan-2026-08-01-2026-08-31.csv"');
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0].split(';').slice(0, 3)).toEqual(['No', 'Nomor Pengaduan', 'Tanggal Diterima']);
    const ownAugust = expectData(
      await as<{ complaints: { nodes: Array<{ receivedAt: string }> } }>('officer1', '{ complaints(first: 100) { nodes { receivedAt } } }', {}),
    ).complaints.nodes.filter((c) => c.receivedAt >= '2026-08-01' && c.receivedAt <= '2026-08-31');
    expect(lines).toHaveLength(ownAugust.length + 1);
    expect(lines.some((l) => l.includes('Untuk linimasa'))).toBe(true);
    expect(lines.some((l) => l.includes('Diserahkan ke rekan'))).toBe(false);

    // A manager's file of another office (none there) has the heading only; a tampered or foreign token is refused.
    const bdgUrl = expectData(
      await as<{ complaintReportCsvUrl: string }>('manager', CSV_URL, { from: '2026-08-01', to: '2026-08-31', officeId: staff.offices.bdg }),
    ).complaintReportCsvUrl;
    expect((await (await fetch(`${server.url}${bdgUrl}`)).text()).trim().split('\r\n')).toHaveLength(1);
    expect((await fetch(`${server.url}${url.replace('token=', 'token=x')}`)).status).toBe(401);
    const offerToken = new URL(url, server.url).searchParams.get('token') ?? '';
    expect((await fetch(`${server.url}/exports/loan-month-end.csv?token=${offerToken}&monthEnd=2026-07-31`)).status).toBe(401);
    const badPeriod = await fetch(`${server.url}${url.replace('to=2026-08-31', 'to=2026-07-01')}`);
    expect(badPeriod.status).toBe(400);
  });
});
