import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInStaff } from '../helpers/access.js';
import type { Staff } from '../helpers/access.js';
import { databaseTargets } from '../helpers/databases.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { GraphQLResult, TestServer } from '../helpers/server.js';

const SCHEDULE = `mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { id purpose dueAt } }`;
const COMPLETE = `mutation($input: CompleteActivityInput!) { completeActivity(input: $input) { completed { id } next { id purpose } } }`;

type FieldErrors = Array<{ field: string; code: string; reason?: string; params?: Record<string, string> }>;
const fieldErrors = (result: GraphQLResult) => result.errors?.[0].extensions?.fieldErrors as FieldErrors;

/**
 * POJK 22/2023 art. 62: collection calls and visits only Monday–Saturday 08:00–20:00 in the debtor's
 * office's local time, not on national holidays. Monday 4 January 2027; Sunday 3 January 2027;
 * Friday 25 December 2026 is Christmas. Jakarta is UTC+7 (WIB), Makassar UTC+8 (WITA).
 */
describe.each(databaseTargets)('collection contact hours on $kind', (target) => {
  let server: TestServer;
  let staff: Staff;
  let wibDebtor: string;
  let witaDebtor: string;
  let wibClear: string;
  let officer5: string;

  beforeAll(async () => {
    server = await startServer(target);
    staff = await signInStaff(server);
    officer5 = await server.login('officer5@prospek.test');
    const q = (name: string) => server.app.dataSource.driver.escape(name);
    const clientOf = async (email: string, inArrears: boolean) => {
      const rows: Array<{ id: number }> = await server.app.dataSource.query(
        `SELECT c.${q('id')} AS id FROM ${q('client')} c JOIN ${q('user')} u ON u.${q('id')} = c.${q('officerId')}
         WHERE u.${q('email')} = ? AND ${inArrears ? '' : 'NOT '}EXISTS (SELECT 1 FROM ${q('loan')} ln WHERE ln.${q('clientId')} = c.${q('id')}
           AND ln.${q('status')} IN ('ACTIVE', 'RESTRUCTURED') AND ln.${q('arrears')} > 0) ORDER BY c.${q('id')}`,
        [email],
      );
      expect(rows.length).toBeGreaterThan(0);
      return String(rows[0].id);
    };
    wibDebtor = await clientOf('officer1@prospek.test', true);
    wibClear = await clientOf('officer1@prospek.test', false);
    witaDebtor = await clientOf('officer5@prospek.test', true);
  });
  afterAll(() => server?.close());

  const activities = async () => Number((await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM activity`))[0].n);
  const schedule = (token: string, clientId: string, dueAt: string, purpose: string | null = 'COLLECTION', type = 'CALL') =>
    server.gql<{ scheduleActivity: { id: string; purpose: string } }>(SCHEDULE, { input: { clientId, type, dueAt, purpose } }, { token });

  async function expectRefused(token: string, clientId: string, dueAt: string, reason: string, params: Record<string, string>) {
    const before = await activities();
    const result = await schedule(token, clientId, dueAt);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)).toMatchObject([{ field: 'dueAt', code: 'NOT_ALLOWED', reason, params }]);
    expect(await activities()).toBe(before);
  }

  it('refuses 07:59, 20:01, Sundays and national holidays in the office’s own zone, and takes 08:00 and 20:00', async () => {
    const officer1 = staff.tokens.officer1;
    await expectRefused(officer1, wibDebtor, '2027-01-04T00:59:00Z', 'COLLECTION_HOURS', { date: '2027-01-04', time: '07:59', zone: 'WIB' });
    await expectRefused(officer1, wibDebtor, '2027-01-04T13:01:00Z', 'COLLECTION_HOURS', { time: '20:01', zone: 'WIB' });
    await expectRefused(officer1, wibDebtor, '2027-01-03T03:00:00Z', 'COLLECTION_SUNDAY', { date: '2027-01-03', time: '10:00' });
    await expectRefused(officer1, wibDebtor, '2026-12-25T03:00:00Z', 'COLLECTION_HOLIDAY', { date: '2026-12-25', holiday: 'Kelahiran Yesus Kristus' });
    expect(expectData(await schedule(officer1, wibDebtor, '2027-01-04T01:00:00Z')).scheduleActivity.purpose).toBe('COLLECTION');
    expectData(await schedule(officer1, wibDebtor, '2027-01-04T13:00:00Z'));

    await expectRefused(officer5, witaDebtor, '2027-01-05T23:59:00Z', 'COLLECTION_HOURS', { date: '2027-01-06', time: '07:59', zone: 'WITA' });
    await expectRefused(officer5, witaDebtor, '2027-01-04T12:01:00Z', 'COLLECTION_HOURS', { time: '20:01', zone: 'WITA' });
    // 23:30 UTC on Saturday is already 07:30 on Sunday in Makassar.
    await expectRefused(officer5, witaDebtor, '2027-01-09T23:30:00Z', 'COLLECTION_SUNDAY', { date: '2027-01-10', zone: 'WITA' });
    await expectRefused(officer5, witaDebtor, '2026-12-25T02:00:00Z', 'COLLECTION_HOLIDAY', { date: '2026-12-25', zone: 'WITA' });
    expectData(await schedule(officer5, witaDebtor, '2027-01-04T00:00:00Z'));
    // 00:30 UTC is 07:30 in Jakarta but 08:30 in Makassar: the debtor's office decides.
    expectData(await schedule(officer5, witaDebtor, '2027-01-04T00:30:00Z'));
    await expectRefused(officer1, wibDebtor, '2027-01-04T00:30:00Z', 'COLLECTION_HOURS', { time: '07:30', zone: 'WIB' });
  });

  it('treats any follow-up of a client in arrears as collection; other follow-ups keep any hour', async () => {
    const late = await schedule(staff.tokens.officer1, wibDebtor, '2027-01-04T14:00:00Z', null, 'VISIT');
    expect(fieldErrors(late)).toMatchObject([{ field: 'dueAt', reason: 'COLLECTION_HOURS' }]);
    const general = expectData(await schedule(staff.tokens.officer1, wibClear, '2027-01-04T14:00:00Z', null)).scheduleActivity;
    expect(general.purpose).toBe('GENERAL');
    // A note contacts nobody.
    expectData(await schedule(staff.tokens.officer1, wibDebtor, '2027-01-03T14:00:00Z', 'COLLECTION', 'NOTE'));
    const lead = await server.gql(`{ leads(first: 1) { nodes { id } } }`, {}, { token: staff.tokens.officer1 });
    const leadId = (lead.data as { leads: { nodes: Array<{ id: string }> } }).leads.nodes[0]?.id;
    if (leadId) {
      const onLead = await server.gql(
        SCHEDULE,
        { input: { leadId, type: 'CALL', dueAt: '2027-01-04T03:00:00Z', purpose: 'COLLECTION' } },
        { token: staff.tokens.officer1 },
      );
      expect(fieldErrors(onLead)).toMatchObject([{ field: 'purpose', code: 'NOT_ALLOWED' }]);
    }
  });

  it('checks the next step scheduled when a collection follow-up is completed, and writes nothing when refused', async () => {
    const open = expectData(await schedule(staff.tokens.officer1, wibDebtor, '2027-01-06T03:00:00Z')).scheduleActivity;
    const before = await activities();
    const refused = await server.gql(
      COMPLETE,
      { input: { id: open.id, outcome: 'NO_ANSWER', next: { type: 'CALL', dueAt: '2027-01-06T13:30:00Z' } } },
      { token: staff.tokens.officer1 },
    );
    expect(fieldErrors(refused)).toMatchObject([{ field: 'next.dueAt', reason: 'COLLECTION_HOURS' }]);
    expect(await activities()).toBe(before);
    const done = expectData(
      await server.gql<{ completeActivity: { next: { purpose: string } } }>(
        COMPLETE,
        { input: { id: open.id, outcome: 'NO_ANSWER', next: { type: 'CALL', dueAt: '2027-01-06T02:00:00Z' } } },
        { token: staff.tokens.officer1 },
      ),
    );
    expect(done.completeActivity.next.purpose).toBe('COLLECTION');
  });
});
