import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationData } from '@prospek/shared';
import { signInStaff } from '../helpers/access.js';
import type { Staff } from '../helpers/access.js';
import { databaseTargets } from '../helpers/databases.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { joinBoard } from '../helpers/sockets.js';
import type { Listener } from '../helpers/sockets.js';

const FIELDS =
  'id status position channel priority description receivedAt completeOn slaDueDate workingDaysLeft workingDaysUsed breached warning paused extended extensionReason extensionToldVia extensionToldOn resolution resolvedOn reopenUntil outcome answerChannel answeredOn version ownerId officeId category { id name } policy { id name } client { id name }';
const CREATE = `mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { complaint(id: $id) { ${FIELDS} timeline { kind status note actor { name } at } } }`;
const MOVE = `mutation($input: MoveComplaintInput!) { moveComplaint(input: $input) { ${FIELDS} } }`;
const EXTEND = `mutation($id: ID!, $reason: String!, $toldVia: ComplaintChannel!, $toldOn: LocalDate!) {
  extendComplaint(id: $id, reason: $reason, toldVia: $toldVia, toldOn: $toldOn) { ${FIELDS} } }`;
const RESOLVE = `mutation($input: ResolveComplaintInput!) { resolveComplaint(input: $input) { ${FIELDS} } }`;
const REOPEN = `mutation($id: ID!, $reason: String!) { reopenComplaint(id: $id, reason: $reason) { ${FIELDS} } }`;
const REASSIGN = `mutation($id: ID!, $ownerId: ID!) { reassignComplaint(id: $id, ownerId: $ownerId) { ${FIELDS} } }`;
const BOARD = `query($filter: ComplaintFilter) { complaintBoard(filter: $filter, perColumn: 100) { columns { status count breached wipLimit cards { id status workingDaysLeft breached } } } }`;
const REPORT = `query($from: LocalDate!, $to: LocalDate!, $officeId: ID) { complaintReport(from: $from, to: $to, officeId: $officeId) {
  total resolved resolvedOnTime openBreached slaCompliancePercent medianResolutionDays p90ResolutionDays csv
  byCategory { key count } byChannel { key count } byStatus { key count } } }`;
const SET_HOLIDAY = `mutation($input: SetHolidayInput!) { setHoliday(input: $input) { region holidays { date name kind } } }`;
const REMOVE_HOLIDAY = `mutation($input: RemoveHolidayInput!) { removeHoliday(input: $input) { region holidays { date } } }`;

interface View {
  id: string;
  status: string;
  slaDueDate: string;
  workingDaysLeft: number;
  workingDaysUsed: number;
  breached: boolean;
  warning: boolean;
  paused: boolean;
  extended: boolean;
  resolvedOn: string | null;
  reopenUntil: string | null;
  version: number;
  ownerId: string | null;
  timeline?: Array<{ kind: string; status: string; note: string | null }>;
}

/** Monday 10 August 2026, 10:00 WIB; 17 August (Independence Day) and 25 August (Maulid Nabi) are national holidays. */
const START = new Date('2026-08-10T03:00:00Z');

describe.each(databaseTargets)('complaints on $kind', (target) => {
  let server: TestServer;
  let staff: Staff;
  let now = START;
  let clientId = '';
  let categoryId = '';
  let policyId = '';
  let first: View;
  let late: View;
  let manager: Listener<'complaints'>;

  beforeAll(async () => {
    server = await startServer(target, {}, { now: () => now });
    staff = await signInStaff(server);
    const client = expectData(
      await server.gql<{ createClient: { id: string } }>(
        `mutation($input: ClientFieldsInput!) { createClient(input: $input) { id } }`,
        { input: { type: 'PERSON', name: 'Sri Pengadu', phone: '081277770001' } },
        { token: staff.tokens.officer1 },
      ),
    );
    clientId = client.createClient.id;
    const lists = expectData(
      await server.gql<{ complaintCategories: Array<{ id: string }>; resolutionPolicies: Array<{ id: string; name: string }> }>(
        '{ complaintCategories { id name } resolutionPolicies { id name } }',
        {},
        { token: staff.tokens.officer1 },
      ),
    );
    categoryId = lists.complaintCategories[0].id;
    policyId = lists.resolutionPolicies.find((p) => p.name === 'Penghapusan denda')?.id ?? '';
    manager = await joinBoard(server.url, staff.tokens.manager, 'complaints');
  });
  afterAll(async () => {
    manager?.close();
    await server?.close();
  });

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const count = async (table: string) => Number((await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q(table)}`))[0].n);
  const as = <T = Record<string, View>>(who: keyof Staff['tokens'], query: string, variables: Record<string, unknown>) =>
    server.gql<T>(query, variables, { token: staff.tokens[who] });
  const get = async (id: string, who: keyof Staff['tokens'] = 'officer1') => expectData(await as<{ complaint: View }>(who, GET, { id })).complaint;
  const create = (receivedAt: string, description = 'Denda dikenakan padahal angsuran dibayar tepat waktu') =>
    as<{ createComplaint: View }>('officer1', CREATE, { input: { clientId, channel: 'WALK_IN', categoryId, description, receivedAt } });

  it('logs a walk-in complaint owned by the client’s officer, its deadline skipping a holiday, heard live by the manager', async () => {
    first = expectData(await create('2026-08-10')).createComplaint;
    // 11–14, (17 a holiday), 18–21, 24, (25 a holiday), 26: ten working days.
    expect(first).toMatchObject({
      status: 'OPEN',
      slaDueDate: '2026-08-26',
      workingDaysLeft: 10,
      workingDaysUsed: 0,
      ownerId: staff.ids.officer1,
      breached: false,
    });
    const event = await manager.next((e) => e.type === 'created' && e.card.id === first.id);
    expect(event.card).toMatchObject({ slaDueDate: '2026-08-26', status: 'OPEN' });
    expect((await get(first.id, 'manager')).id).toBe(first.id);
    expect(errorCode(await as('officer2', GET, { id: first.id }))).toBe('NOT_FOUND');
    expect(errorCode(await as('managerBdg', GET, { id: first.id }))).toBe('NOT_FOUND');
    expect(errorCode(await as('marketing', GET, { id: first.id }))).toBe('FORBIDDEN');
  });

  it('refuses bad input and writes nothing', async () => {
    const before = await count('complaint');
    expect(errorCode(await create('2026-08-10', '   '))).toBe('BAD_USER_INPUT');
    expect(errorCode(await create('2026-08-11'))).toBe('BAD_USER_INPUT'); // not yet come in the office's day
    expect(errorCode(await as('officer1', CREATE, { input: { channel: 'PHONE', categoryId, description: 'x', receivedAt: '2026-08-10' } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await as('officer2', CREATE, { input: { clientId, channel: 'PHONE', categoryId, description: 'x', receivedAt: '2026-08-10' } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await count('complaint')).toBe(before);
  });

  it('takes an invoice of the client only, refusing another client’s or a missing one, and counts the complaint by its product', async () => {
    const invoiceOf = async (client: string) =>
      expectData(
        await as<{ createInvoice: { id: string } }>('officer1', `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { id } }`, {
          input: {
            kind: 'RECEIVABLE',
            clientId: client,
            issueDate: '2026-08-03',
            dueDate: '2026-08-07',
            lines: [{ description: 'Biaya administrasi', quantity: 1, unitPrice: '150000.00', taxCode: 'PPN' }],
          },
        }),
      ).createInvoice.id;
    const otherClient = expectData(
      await as<{ createClient: { id: string } }>('officer1', `mutation($input: ClientFieldsInput!) { createClient(input: $input) { id } }`, {
        input: { type: 'PERSON', name: 'Budi Tetangga', phone: '081277770002' },
      }),
    ).createClient.id;
    const foreign = await invoiceOf(otherClient);
    const own = await invoiceOf(clientId);
    const before = await count('complaint');
    const withInvoice = (invoiceId: string, productId?: string) =>
      as<{ createComplaint: View & { invoiceId: string | null } }>('officer1', CREATE.replace('{ id ', '{ id invoiceId '), {
        // Received before the report period the tests below read, so their counts stay theirs.
        input: { clientId, invoiceId, productId, channel: 'WALK_IN', categoryId, description: 'Tagihan administrasi dobel', receivedAt: '2026-05-29' },
      });
    for (const invoiceId of [foreign, '987654321']) {
      const refused = await withInvoice(invoiceId);
      expect(refused.errors?.[0]?.extensions?.fieldErrors?.[0]).toMatchObject({ field: 'invoiceId', code: 'NOT_ALLOWED' });
    }
    expect(await count('complaint')).toBe(before);
    const product = expectData(
      await as<{ products: { nodes: Array<{ id: string; name: string }> } }>('officer1', '{ products(first: 1) { nodes { id name } } }', {}),
    ).products.nodes[0];
    const taken = expectData(await withInvoice(own, product.id)).createComplaint;
    expect(taken.invoiceId).toBe(own);
    const onProduct = expectData(
      await as<{ complaintReport: { total: number; byProduct: Array<{ key: string; count: number }> } }>(
        'manager',
        `query($from: LocalDate!, $to: LocalDate!) { complaintReport(from: $from, to: $to) { total byProduct { key count } } }`,
        { from: '2026-05-29', to: '2026-05-29' },
      ),
    ).complaintReport;
    expect(onProduct).toEqual({ total: 1, byProduct: [{ key: product.name, count: 1 }] });
  });

  it('stops the clock while waiting for the client and resumes it on the day work resumes', async () => {
    const waiting = expectData(await as('officer1', MOVE, { input: { id: first.id, status: 'WAITING_CLIENT', expectedVersion: first.version } })).moveComplaint;
    expect(waiting.paused).toBe(true);
    expect((await manager.next((e) => e.type === 'moved' && e.card.id === first.id)).card).toMatchObject({ status: 'WAITING_CLIENT', paused: true });
    now = new Date('2026-08-14T03:00:00Z'); // Friday: four working days passed while waiting
    expect(await get(first.id)).toMatchObject({ workingDaysUsed: 0, workingDaysLeft: 10, paused: true });
    const stale = await as('officer1', MOVE, { input: { id: first.id, status: 'IN_PROGRESS', expectedVersion: first.version } });
    expect(errorCode(stale)).toBe('CONFLICT');
    const resumed = expectData(await as('officer1', MOVE, { input: { id: first.id, status: 'IN_PROGRESS', expectedVersion: waiting.version } })).moveComplaint;
    // Friday counts (work resumed that day): 14, 18–21, 24, 26–28, 31.
    expect(resumed).toMatchObject({ paused: false, workingDaysUsed: 1, slaDueDate: '2026-08-31' });
    const refused = await as('officer1', MOVE, { input: { id: first.id, status: 'RESOLVED', expectedVersion: resumed.version } });
    expect(refused.errors?.[0]?.extensions?.fieldErrors?.[0]?.reason ?? refused.errors?.[0]?.extensions?.reason).toBe('COMPLAINT_STATUS');
    first = resumed;
  });

  it('moves every open deadline of the region when a calendar day changes, and tells the boards', async () => {
    late = expectData(await create('2026-07-01', 'Petugas penagihan datang malam hari')).createComplaint;
    expect(late.breached).toBe(true);
    const refreshed = new Promise<void>((resolve) => manager.socket.once('board:refresh', () => resolve()));
    expect(errorCode(await as('manager', SET_HOLIDAY, { input: { date: '2026-08-20', name: 'Libur uji' } }))).toBe('FORBIDDEN');
    expectData(await as('admin', SET_HOLIDAY, { input: { date: '2026-08-20', name: 'Libur uji' } }));
    await refreshed;
    expect((await get(first.id)).slaDueDate).toBe('2026-09-01');
    const lateDue = (await get(late.id)).slaDueDate;
    expectData(await as('admin', REMOVE_HOLIDAY, { input: { date: '2026-08-20' } }));
    expect((await get(first.id)).slaDueDate).toBe('2026-08-31');
    expect((await get(late.id)).slaDueDate).toBe(lateDue);
    expect(errorCode(await as('admin', REMOVE_HOLIDAY, { input: { date: '2026-08-20' } }))).toBe('NOT_FOUND');
  });

  it('refuses an extension told on a bad day or by no channel, and writes nothing', async () => {
    const extend = (toldVia: string, toldOn: string, reason = 'Menunggu rekening koran dari bank lain') =>
      as('officer1', EXTEND, { id: first.id, reason, toldVia, toldOn });
    const fieldOf = (r: Awaited<ReturnType<typeof extend>>) => r.errors?.[0]?.extensions?.fieldErrors?.[0]?.field;
    const events = await count('complaint_event');
    const audits = await count('audit_entry');
    const before = await get(first.id);
    for (const [toldVia, toldOn, field] of [
      ['PHONE', '2026-08-09', 'toldOn'], // before the complaint was received
      ['PHONE', '2026-08-15', 'toldOn'], // not yet come in the office's day
    ] as const) {
      const refused = await extend(toldVia, toldOn);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(fieldOf(refused)).toBe(field);
    }
    const blank = await extend('PHONE', '2026-08-14', '  ');
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    expect(fieldOf(blank)).toBe('reason');
    // Refused by the schema before the service: the error names the variable.
    for (const [toldVia, toldOn, field] of [
      ['FAX', '2026-08-14', 'toldVia'],
      ['PHONE', '2026-02-30', 'toldOn'],
    ] as const) {
      const refused = await extend(toldVia, toldOn);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.message).toContain(`$${field}`);
    }
    expect(await count('complaint_event')).toBe(events);
    expect(await count('audit_entry')).toBe(audits);
    expect(await get(first.id)).toEqual(before);
    expect(before).toMatchObject({ extended: false, extensionToldVia: null, extensionToldOn: null });
  });

  it('extends a deadline once, with its reason on the timeline and how the client was told', async () => {
    const extended = expectData(
      await as('officer1', EXTEND, { id: first.id, reason: 'Menunggu rekening koran dari bank lain', toldVia: 'WHATSAPP', toldOn: '2026-08-13' }),
    ).extendComplaint;
    expect(extended).toMatchObject({
      extended: true,
      slaDueDate: '2026-09-14',
      workingDaysLeft: 19,
      extensionToldVia: 'WHATSAPP',
      extensionToldOn: '2026-08-13',
    });
    expect(await get(first.id)).toMatchObject({ extensionToldVia: 'WHATSAPP', extensionToldOn: '2026-08-13' });
    const [audit] = await server.app.dataSource.query(
      `SELECT ${q('after')} FROM ${q('audit_entry')} WHERE ${q('action')} = ? AND ${q('entityId')} = ? ORDER BY ${q('id')} DESC`,
      ['extendComplaint', first.id],
    );
    expect(typeof audit.after === 'string' ? JSON.parse(audit.after) : audit.after).toMatchObject({
      extensionToldVia: 'WHATSAPP',
      extensionToldOn: '2026-08-13',
    });
    const again = await as('officer1', EXTEND, { id: first.id, reason: 'Lagi', toldVia: 'PHONE', toldOn: '2026-08-14' });
    expect(again.errors?.[0]?.extensions?.fieldErrors?.[0]?.reason).toBe('COMPLAINT_EXTENDED');
    const timeline = (await get(first.id)).timeline ?? [];
    expect(timeline.map((t) => t.kind)).toEqual(['CREATED', 'MOVED', 'MOVED', 'EXTENDED']);
    expect(timeline[3].note).toBe('Menunggu rekening koran dari bank lain');
  });

  it('notifies the owner and the manager once when a complaint is late, however often the job runs', async () => {
    const notes = async () =>
      Number(
        (
          await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('notification')} WHERE ${q('link')} = ? AND ${q('type')} = ?`, [
            `/complaints/${late.id}`,
            'COMPLAINT_BREACHED',
          ])
        )[0].n,
      );
    await server.app.services.complaintEscalation.run();
    expect(await notes()).toBe(2);
    await server.app.services.complaintEscalation.run();
    expect(await notes()).toBe(2);
  });

  it('resolves under a policy, and the manager’s compliance figure moves', async () => {
    const before = expectData(
      await as<{ complaintReport: Record<string, unknown> }>('manager', REPORT, { from: '2026-06-01', to: '2026-08-31' }),
    ).complaintReport;
    expect(before).toMatchObject({ total: 2, resolved: 0, openBreached: 1, slaCompliancePercent: null });
    const resolve = (id: string) =>
      as<{ resolveComplaint: View }>('officer1', RESOLVE, {
        input: { id, resolution: 'Denda dihapus seluruhnya', policyId, outcome: 'UPHELD', answerChannel: 'LETTER', answeredOn: '2026-08-14' },
      });
    const resolved = expectData(await resolve(first.id)).resolveComplaint;
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolvedOn: '2026-08-14', breached: false, reopenUntil: '2026-09-13' });
    expect((await manager.next((e) => e.type === 'moved' && e.card.id === first.id && e.card.status === 'RESOLVED')).card.status).toBe('RESOLVED');
    const onTime = expectData(
      await as<{ complaintReport: Record<string, unknown> }>('manager', REPORT, { from: '2026-06-01', to: '2026-08-31' }),
    ).complaintReport;
    expect(onTime).toMatchObject({ resolved: 1, resolvedOnTime: 1, slaCompliancePercent: 100, medianResolutionDays: 1 });
    expectData(await resolve(late.id));
    const report = expectData(
      await as<{ complaintReport: Record<string, unknown> & { csv: string } }>('manager', REPORT, { from: '2026-06-01', to: '2026-08-31' }),
    ).complaintReport;
    expect(report).toMatchObject({
      total: 2,
      resolved: 2,
      resolvedOnTime: 1,
      openBreached: 0,
      slaCompliancePercent: 50,
      medianResolutionDays: 1,
      p90ResolutionDays: 32,
    });
    const lines = report.csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^No;Nomor Pengaduan;Tanggal Diterima/);
    expect(lines).toHaveLength(3);
    // Oldest first: the late one answered after its deadline, then the one answered in time.
    expect(lines[1]).toContain('Penghapusan denda');
    expect(lines[1].endsWith(';32;Tidak')).toBe(true);
    expect(lines[2].endsWith(';1;Ya')).toBe(true);
    const officer2 = expectData(await as<{ complaintReport: { total: number } }>('officer2', REPORT, { from: '2026-06-01', to: '2026-08-31' })).complaintReport;
    expect(officer2.total).toBe(0);
  });

  it('reopens within the window only, and lets managers reassign', async () => {
    const reopened = expectData(await as('officer1', REOPEN, { id: first.id, reason: 'Klien belum menerima surat' })).reopenComplaint;
    expect(reopened).toMatchObject({ status: 'IN_PROGRESS', resolvedOn: null });
    expect(errorCode(await as('officer1', REASSIGN, { id: first.id, ownerId: staff.ids.officer4 }))).toBe('FORBIDDEN');
    const handed = expectData(await as('manager', REASSIGN, { id: first.id, ownerId: staff.ids.officer4 })).reassignComplaint;
    expect(handed.ownerId).toBe(staff.ids.officer4);
    expect(errorCode(await as('officer1', GET, { id: first.id }))).toBe('NOT_FOUND');
    now = new Date('2026-10-20T03:00:00Z');
    const refused = await as('officer1', REOPEN, { id: late.id, reason: 'Terlambat' });
    expect(refused.errors?.[0]?.extensions?.fieldErrors?.[0]?.reason).toBe('COMPLAINT_REOPEN_WINDOW');
  });

  it('shows the board in reach with counts and WIP limits', async () => {
    const board = expectData(
      await as<{ complaintBoard: { columns: Array<{ status: string; count: number; wipLimit: number | null; cards: Array<{ id: string }> }> } }>(
        'manager',
        BOARD,
        {},
      ),
    ).complaintBoard;
    expect(board.columns.map((c) => c.status)).toEqual(['OPEN', 'IN_PROGRESS', 'WAITING_CLIENT', 'RESOLVED', 'CLOSED']);
    expect(board.columns.find((c) => c.status === 'IN_PROGRESS')?.wipLimit).toBe(8);
    expect(board.columns.flatMap((c) => c.cards).map((c) => c.id)).toEqual(expect.arrayContaining([first.id, late.id]));
    const officer2 = expectData(await as<{ complaintBoard: { columns: Array<{ cards: Array<{ id: string }> }> } }>('officer2', BOARD, {})).complaintBoard;
    expect(officer2.columns.flatMap((c) => c.cards).map((c) => c.id)).not.toContain(first.id);
    expect(errorCode(await as('marketing', BOARD, {}))).toBe('FORBIDDEN');
  });

  it('keeps the work calendar seeded for 2026 and 2027: national holidays and 2026’s cuti bersama', async () => {
    const year = async (y: number) =>
      expectData(
        await as<{ workCalendar: { holidays: Array<{ date: string; kind: string }>; workingDays: number } }>(
          'officer1',
          'query($y: Int!) { workCalendar(year: $y) { workingDays holidays { date kind } } }',
          { y },
        ),
      ).workCalendar;
    const [y2026, y2027] = [await year(2026), await year(2027)];
    expect(y2026.holidays).toEqual(
      expect.arrayContaining([
        { date: '2026-08-17', kind: 'NATIONAL_HOLIDAY' },
        { date: '2026-12-24', kind: 'CUTI_BERSAMA' },
      ]),
    );
    expect(y2027.holidays).toEqual(
      expect.arrayContaining([
        { date: '2027-01-01', kind: 'NATIONAL_HOLIDAY' },
        { date: '2027-08-17', kind: 'NATIONAL_HOLIDAY' },
      ]),
    );
    expect(y2027.workingDays).toBeLessThan(261);
  });

  it('warns the owner and the manager live two working days before the deadline, once however often the job runs', async () => {
    now = new Date('2026-10-20T03:00:00Z'); // Tuesday, 10:00 WIB
    // From Thursday 8 October: 9, 12–16, 19–22 October; on the 20th eight are used and two left.
    const near = expectData(await create('2026-10-08', 'Bunga dihitung dari pokok awal, bukan sisa pokok')).createComplaint;
    expect(near).toMatchObject({ slaDueDate: '2026-10-22', workingDaysLeft: 2, warning: true, breached: false });
    const link = `/complaints/${near.id}`;
    const heard = new Promise<NotificationData>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no notification for ${link} arrived`)), 3000);
      manager.socket.on('notification', (n) => {
        if (n.link !== link) return;
        clearTimeout(timer);
        resolve(n);
      });
    });
    const warnings = async () =>
      Number(
        (
          await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('notification')} WHERE ${q('link')} = ? AND ${q('type')} = ?`, [
            link,
            'COMPLAINT_WARNING',
          ])
        )[0].n,
      );
    await server.app.services.complaintEscalation.run();
    expect(await warnings()).toBe(2);
    expect(await heard).toMatchObject({ type: 'COMPLAINT_WARNING', link });
    await server.app.services.complaintEscalation.run();
    expect(await warnings()).toBe(2);
  });
});
