/**
 * The receivables and complaint-SLA trends: every figure equals an independent computation from the rows
 * (raw SQL, dates worked out here with the branches' fixed offsets), by month, week and day, with
 * reversals and resolutions placed either side of midnight in WITA.
 */
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import { seedMoneyTrends } from '../helpers/money-trend-fixture.js';
import type { MoneyTrendFixture } from '../helpers/money-trend-fixture.js';
import { seedReportFixture } from '../helpers/report-fixture.js';
import type { ReportFixture } from '../helpers/report-fixture.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const NOW = new Date('2026-12-07T03:00:00Z');
const RECEIVABLES = `query($from: LocalDate!, $to: LocalDate!, $officeId: ID, $officerId: ID, $grouping: ReportGrouping) {
  receivablesTrend(from: $from, to: $to, officeId: $officeId, officerId: $officerId, grouping: $grouping) {
    points { period periodEnd outstanding overdue current d1to30 d31to60 d61to90 over90 issued collected } } }`;
const COMPLAINTS = `query($from: LocalDate!, $to: LocalDate!, $officeId: ID, $officerId: ID, $grouping: ReportGrouping) {
  complaintSlaTrend(from: $from, to: $to, officeId: $officeId, officerId: $officerId, grouping: $grouping) {
    points { period periodEnd received resolved resolvedWithinSla breached compliance openPastDeadline } } }`;

type Grouping = 'DAY' | 'WEEK' | 'MONTH';
type Row = Record<string, string | number | Date | null>;

const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));
const instantOf = (v: unknown) => (v instanceof Date ? v : new Date(`${String(v).replace(' ', 'T')}Z`));
const plusDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const localDay = (at: Date, hours: number) => new Date(at.getTime() + hours * 3_600_000).toISOString().slice(0, 10);
const sen = (n: bigint) => `${n < 0n ? '-' : ''}${(n < 0n ? -n : n) / 100n}.${String((n < 0n ? -n : n) % 100n).padStart(2, '0')}`;

/** Bucket starts and ends of a period, written out independently of the server's. */
function buckets(from: string, to: string, grouping: Grouping): Array<{ period: string; periodEnd: string }> {
  const startOf = (d: string) => {
    if (grouping === 'DAY') return d;
    if (grouping === 'MONTH') return `${d.slice(0, 7)}-01`;
    return plusDays(d, -((new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7));
  };
  const out: Array<{ period: string; periodEnd: string }> = [];
  for (let d = from; d <= to; d = plusDays(d, 1)) {
    const key = startOf(d);
    if (out.length && out[out.length - 1].period === key) out[out.length - 1].periodEnd = d;
    else out.push({ period: key, periodEnd: d });
  }
  return out;
}

async function expectedReceivables(ds: DataSource, officeHours: Map<number, number>, from: string, to: string, grouping: Grouping) {
  const q = (n: string) => ds.driver.escape(n);
  const ids = [...officeHours.keys()];
  const invoices: Row[] = await ds.query(
    `SELECT ${q('id')} AS id, ${q('officeId')} AS officeId, ${q('issueDate')} AS issueDate, ${q('dueDate')} AS dueDate, ${q('total')} AS total
     FROM ${q('invoice')} WHERE ${q('kind')} = 'RECEIVABLE' AND ${q('status')} IN ('ISSUED', 'PARTIALLY_PAID', 'PAID') AND ${q('officeId')} IN (${ids.join(',')})`,
  );
  const allocations: Row[] = await ds.query(
    `SELECT a.${q('invoiceId')} AS invoiceId, a.${q('amount')} AS amount, p.${q('date')} AS date, p.${q('reversedAt')} AS reversedAt
     FROM ${q('payment_allocation')} a JOIN ${q('payment')} p ON p.${q('id')} = a.${q('paymentId')}`,
  );
  const byId = new Map(invoices.map((i) => [Number(i.id), i]));
  const entries = allocations
    .filter((a) => byId.has(Number(a.invoiceId)))
    .map((a) => {
      const invoice = byId.get(Number(a.invoiceId)) as Row;
      const amount = BigInt(String(a.amount));
      const on = amount < 0n && a.reversedAt !== null ? localDay(instantOf(a.reversedAt), officeHours.get(Number(invoice.officeId)) as number) : day(a.date);
      return { invoiceId: Number(a.invoiceId), amount, on };
    });
  return buckets(from, to, grouping).map(({ period, periodEnd }) => {
    const first = period < from ? from : period;
    const figures = { current: 0n, d1to30: 0n, d31to60: 0n, d61to90: 0n, over90: 0n };
    for (const i of invoices) {
      if (day(i.issueDate) > periodEnd) continue;
      const paid = entries.filter((e) => e.invoiceId === Number(i.id) && e.on <= periodEnd).reduce((s, e) => s + e.amount, 0n);
      const open = BigInt(String(i.total)) - paid;
      const late = (Date.parse(`${periodEnd}T00:00:00Z`) - Date.parse(`${day(i.dueDate)}T00:00:00Z`)) / 86_400_000;
      const key = late <= 0 ? 'current' : late <= 30 ? 'd1to30' : late <= 60 ? 'd31to60' : late <= 90 ? 'd61to90' : 'over90';
      figures[key] += open;
    }
    const outstanding = Object.values(figures).reduce((s, n) => s + n, 0n);
    const issued = invoices.filter((i) => day(i.issueDate) >= first && day(i.issueDate) <= periodEnd).reduce((s, i) => s + BigInt(String(i.total)), 0n);
    const collected = entries.filter((e) => e.on >= first && e.on <= periodEnd).reduce((s, e) => s + e.amount, 0n);
    return {
      period,
      periodEnd,
      outstanding: sen(outstanding),
      overdue: sen(outstanding - figures.current),
      ...Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, sen(v)])),
      issued: sen(issued),
      collected: sen(collected),
    };
  });
}

async function expectedComplaints(
  ds: DataSource,
  officeHours: Map<number, number>,
  deadlines: Map<number, string>,
  from: string,
  to: string,
  grouping: Grouping,
) {
  const q = (n: string) => ds.driver.escape(n);
  const ids = [...officeHours.keys()];
  const complaints: Row[] = await ds.query(
    `SELECT ${q('id')} AS id, ${q('officeId')} AS officeId, ${q('receivedAt')} AS receivedAt FROM ${q('complaint')}
     WHERE ${q('officeId')} IN (${ids.join(',')}) AND ${q('archivedAt')} IS NULL`,
  );
  const events: Row[] = await ds.query(
    `SELECT ${q('complaintId')} AS complaintId, ${q('status')} AS status, ${q('at')} AS at FROM ${q('complaint_event')} ORDER BY ${q('id')}`,
  );
  const done = (status: unknown) => status === 'RESOLVED' || status === 'CLOSED';
  const rows = complaints.map((c) => {
    const id = Number(c.id);
    const hours = officeHours.get(Number(c.officeId)) as number;
    const history = events.filter((e) => Number(e.complaintId) === id).map((e) => ({ status: e.status, at: instantOf(e.at) }));
    const last = history[history.length - 1];
    const resolvedOn = last && done(last.status) ? localDay(last.at, hours) : null;
    return { id, hours, receivedAt: day(c.receivedAt), history, resolvedOn, deadline: deadlines.get(id) as string };
  });
  return buckets(from, to, grouping).map(({ period, periodEnd }) => {
    const first = period < from ? from : period;
    const resolved = rows.filter((r) => r.resolvedOn !== null && r.resolvedOn >= first && r.resolvedOn <= periodEnd);
    const within = resolved.filter((r) => (r.resolvedOn as string) <= r.deadline).length;
    const open = rows.filter((r) => {
      const end = Date.parse(`${plusDays(periodEnd, 1)}T00:00:00Z`) - r.hours * 3_600_000;
      const known = r.history.filter((h) => h.at.getTime() < end);
      return r.receivedAt <= periodEnd && !(known.length && done(known[known.length - 1].status)) && periodEnd > r.deadline;
    });
    return {
      period,
      periodEnd,
      received: rows.filter((r) => r.receivedAt >= first && r.receivedAt <= periodEnd).length,
      resolved: resolved.length,
      resolvedWithinSla: within,
      breached: resolved.length - within,
      compliance: resolved.length === 0 ? null : Math.floor((within / resolved.length) * 1_000_000) / 1_000_000,
      openPastDeadline: open.length,
    };
  });
}

describe.each(databaseTargets)('money trends on $kind', (target) => {
  let server: TestServer;
  let fx: ReportFixture;
  let mt: MoneyTrendFixture;
  let manager: string;
  let officerA: string;
  let deadlines: Map<number, string>;

  beforeAll(async () => {
    server = await startServer(target, {}, { now: () => NOW });
    fx = await seedReportFixture(server.app.dataSource);
    mt = await seedMoneyTrends(server.app.dataSource, fx);
    [manager, officerA] = await Promise.all([server.login('manager@prospek.test'), server.login('ao.kendari@prospek.test')]);
    // Each complaint's deadline as the complaint itself shows it: the oracle checks the trend against the complaint.
    deadlines = new Map();
    for (const id of mt.complaintIds) {
      const c = expectData(
        await server.gql<{ complaint: { slaDueDate: string } }>(
          `query($id: ID!) { complaint(id: $id) { slaDueDate } }`,
          { id: String(id) },
          { token: manager },
        ),
      );
      deadlines.set(id, c.complaint.slaDueDate);
    }
  });
  afterAll(() => server?.close());

  const wita = () => new Map([[fx.witaId, 8]]);
  const region = () =>
    new Map([
      [fx.witaId, 8],
      [fx.witId, 9],
    ]);

  it('gives receivables at each month end as the rows add up, a reversal at 00:30 WITA counting on the next day', async () => {
    for (const [officeId, hours] of [
      [fx.witaId, wita()],
      [fx.regionId, region()],
    ] as const) {
      const got = expectData(
        await server.gql<{ receivablesTrend: { points: unknown[] } }>(
          RECEIVABLES,
          { from: '2026-09-01', to: '2026-12-31', officeId: String(officeId) },
          { token: manager },
        ),
      ).receivablesTrend.points;
      expect(got).toEqual(await expectedReceivables(server.app.dataSource, hours, '2026-09-01', '2026-12-31', 'MONTH'));
    }
    const november = expectData(
      await server.gql<{ receivablesTrend: { points: Array<Record<string, string>> } }>(
        RECEIVABLES,
        { from: '2026-11-01', to: '2026-12-31', officeId: String(fx.witaId) },
        { token: manager },
      ),
    ).receivablesTrend.points;
    // At November's end: 3 M aged over 90 days, 6 M of the September invoice, 2 M of the October one (3 M paid, reversed on 1 Dec), 8 M unpaid again (reversed 23:30 on 30 Nov).
    expect(november[0]).toMatchObject({
      periodEnd: '2026-11-30',
      outstanding: '19000000.00',
      current: '8000000.00',
      d1to30: '2000000.00',
      d61to90: '6000000.00',
      over90: '3000000.00',
    });
    // The 3 M reversal lands in December's collections.
    expect(november[1]).toMatchObject({ periodEnd: '2026-12-31', collected: '-3000000.00' });
  });

  it('gives receivables by day and by week across the WITA midnight', async () => {
    for (const grouping of ['DAY', 'WEEK'] as const) {
      const args = { from: '2026-11-25', to: '2026-12-02', officeId: String(fx.regionId), grouping };
      const got = expectData(await server.gql<{ receivablesTrend: { points: unknown[] } }>(RECEIVABLES, args, { token: manager })).receivablesTrend.points;
      expect(got).toEqual(await expectedReceivables(server.app.dataSource, region(), args.from, args.to, grouping));
    }
  });

  it('gives complaint SLA compliance per bucket as the history adds up, a resolution at 00:30 WITA on the next day', async () => {
    for (const grouping of ['MONTH', 'WEEK', 'DAY'] as const) {
      const args = grouping === 'DAY' ? { from: '2026-11-25', to: '2026-12-02' } : { from: '2026-10-01', to: '2026-12-31' };
      for (const [officeId, hours] of [
        [fx.witaId, wita()],
        [fx.regionId, region()],
      ] as const) {
        const got = expectData(
          await server.gql<{ complaintSlaTrend: { points: unknown[] } }>(COMPLAINTS, { ...args, officeId: String(officeId), grouping }, { token: manager }),
        ).complaintSlaTrend.points;
        expect(got).toEqual(await expectedComplaints(server.app.dataSource, hours, deadlines, args.from, args.to, grouping));
      }
    }
    const byDay = expectData(
      await server.gql<{ complaintSlaTrend: { points: Array<Record<string, unknown>> } }>(
        COMPLAINTS,
        { from: '2026-11-30', to: '2026-12-01', officeId: String(fx.witaId), grouping: 'DAY' },
        { token: manager },
      ),
    ).complaintSlaTrend.points;
    expect(byDay.map((p) => p.resolved)).toEqual([1, 1]);
  });

  it('answers an officer with their own figures and refuses what is out of reach or too long', async () => {
    const own = expectData(
      await server.gql<{ receivablesTrend: { points: unknown[] } }>(RECEIVABLES, { from: '2026-09-01', to: '2026-12-31' }, { token: officerA }),
    ).receivablesTrend.points;
    expect(own).toEqual(await expectedReceivables(server.app.dataSource, wita(), '2026-09-01', '2026-12-31', 'MONTH'));
    const mine = expectData(
      await server.gql<{ complaintSlaTrend: { points: unknown[] } }>(COMPLAINTS, { from: '2026-10-01', to: '2026-12-31' }, { token: officerA }),
    ).complaintSlaTrend.points;
    expect(mine).toEqual(await expectedComplaints(server.app.dataSource, wita(), deadlines, '2026-10-01', '2026-12-31', 'MONTH'));
    expect(errorCode(await server.gql(RECEIVABLES, { from: '2026-11-01', to: '2026-11-30', officerId: String(fx.officerB.id) }, { token: officerA }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await server.gql(COMPLAINTS, { from: '2026-11-01', to: '2026-11-30', officeId: String(fx.witId) }, { token: officerA }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await server.gql(RECEIVABLES, { from: '2026-06-01', to: '2026-11-30', grouping: 'DAY' }, { token: manager }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await server.gql(COMPLAINTS, { from: '2026-11-30', to: '2026-11-01' }, { token: manager }))).toBe('BAD_USER_INPUT');
  });
});
