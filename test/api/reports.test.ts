import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import { seedReportFixture } from '../helpers/report-fixture.js';
import type { ReportFixture } from '../helpers/report-fixture.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const NOW = new Date('2026-12-07T03:00:00Z');
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

const FUNNEL = `query($from: LocalDate!, $to: LocalDate!, $officeId: ID, $officerId: ID, $grouping: ReportGrouping) {
  salesFunnel(from: $from, to: $to, officeId: $officeId, officerId: $officerId, grouping: $grouping) {
    stages { stage entered conversionToNext } series { period stage entered } } }`;
const VELOCITY = `query($from: LocalDate!, $to: LocalDate!, $officeId: ID) { pipelineVelocity(from: $from, to: $to, officeId: $officeId) {
  stages { stage medianDays p90Days sampleSize } medianDaysToWin wonSampleSize } }`;
const WIN_LOSS = `query($from: LocalDate!, $to: LocalDate!, $officeId: ID) { winLoss(from: $from, to: $to, officeId: $officeId) {
  wonCount wonAmount lostCount lostAmount winRate rows { dimension key label wonCount wonAmount lostCount lostAmount } } }`;
const FORECAST = `query($from: LocalDate!, $to: LocalDate!, $officeId: ID) { forecast(from: $from, to: $to, officeId: $officeId) {
  months { month leadCount amount weightedAmount defaultWeightedAmount } probabilities { stage probability defaultProbability sampleSize } } }`;
const PERFORMANCE = `query($month: String!, $officeId: ID, $officerId: ID) { officerPerformance(month: $month, officeId: $officeId, officerId: $officerId) {
  month rows { officer { id name } newLeads followUpsDone visits offers wonCount wonAmount noa disbursement outstanding collectionRate par30
  targets { metric target actual achievement } } } }`;
const CAMPAIGNS = `query($from: LocalDate!, $to: LocalDate!, $officeId: ID) { campaignReturn(from: $from, to: $to, officeId: $officeId) {
  rows { campaignId name spend leads costPerLead wonCount costPerWon disbursement disbursementPerRupiah } } }`;
const TREND = `query($from: LocalDate!, $to: LocalDate!, $officeId: ID, $officerId: ID) { portfolioTrend(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {
  points { monthEnd loanCount outstanding npl par30 } } }`;
const SET_TARGETS = `mutation($input: SetTargetsInput!) { setTargets(input: $input) { id officerId month metric value version } }`;

interface FunnelResult {
  salesFunnel: {
    stages: Array<{ stage: string; entered: number; conversionToNext: number | null }>;
    series: Array<{ period: string; stage: string; entered: number }>;
  };
}
const entered = (r: FunnelResult) => Object.fromEntries(r.salesFunnel.stages.map((s) => [s.stage, s.entered]));

describe.each(databaseTargets)('manager reports on $kind', (target) => {
  let server: TestServer;
  let fx: ReportFixture;
  let manager: string;
  let officerA: string;
  let officer1: string;
  let marketing: string;

  beforeAll(async () => {
    server = await startServer(target, {}, { now: () => NOW });
    fx = await seedReportFixture(server.app.dataSource);
    [manager, officerA, officer1, marketing] = await Promise.all([
      server.login('manager@prospek.test'),
      server.login('ao.kendari@prospek.test'),
      server.login('officer1@prospek.test'),
      server.login('marketing@prospek.test'),
    ]);
  });
  afterAll(() => server?.close());

  it('counts the funnel from the stage history, each office cut at its own midnight', async () => {
    const wita = expectData(await server.gql<FunnelResult>(FUNNEL, { ...NOVEMBER, officeId: String(fx.witaId) }, { token: manager }));
    expect(entered(wita)).toEqual({ NEW: 3, CONTACTED: 3, PRESENTED: 1, APPLICATION: 0, SURVEY: 0, COMMITTEE: 0, WON: 1, LOST: 1 });
    const conversion = Object.fromEntries(wita.salesFunnel.stages.map((s) => [s.stage, s.conversionToNext]));
    expect(conversion).toMatchObject({ NEW: 1, CONTACTED: 0.333333, PRESENTED: 1, WON: null, LOST: null });
    expect(wita.salesFunnel.series).toEqual([]);

    // The WIT branch: 00:10 on 1 November counts, 00:30 on 1 December does not; the region adds both branches.
    const wit = expectData(await server.gql<FunnelResult>(FUNNEL, { ...NOVEMBER, officeId: String(fx.witId) }, { token: manager }));
    expect(entered(wit).NEW).toBe(1);
    const region = expectData(await server.gql<FunnelResult>(FUNNEL, { ...NOVEMBER, officeId: String(fx.regionId) }, { token: manager }));
    expect(entered(region)).toMatchObject({ NEW: 4, CONTACTED: 3, WON: 1 });
  });

  it('puts each event on its local day, week and month, never a day early or late', async () => {
    const byDay = expectData(await server.gql<FunnelResult>(FUNNEL, { ...NOVEMBER, officeId: String(fx.regionId), grouping: 'DAY' }, { token: manager }));
    const news = byDay.salesFunnel.series.filter((p) => p.stage === 'NEW');
    // WITA 00:30 on 1 Nov and WIT 00:10 on 1 Nov both on the 1st; L1 on the 2nd, L2 on the 3rd; nothing on 1 December.
    expect(news).toEqual([
      { period: '2026-11-01', stage: 'NEW', entered: 2 },
      { period: '2026-11-02', stage: 'NEW', entered: 1 },
      { period: '2026-11-03', stage: 'NEW', entered: 1 },
    ]);
    // 23:30 WITA on 30 November stays on the 30th.
    expect(byDay.salesFunnel.series.filter((p) => p.stage === 'CONTACTED').map((p) => p.period)).toEqual(['2026-11-04', '2026-11-07', '2026-11-30']);
    const byWeek = expectData(await server.gql<FunnelResult>(FUNNEL, { ...NOVEMBER, officeId: String(fx.witaId), grouping: 'WEEK' }, { token: manager }));
    // Weeks start on Monday: 26 Oct (1 Nov is a Sunday), 2 Nov, 30 Nov.
    expect(byWeek.salesFunnel.series.filter((p) => p.stage === 'NEW')).toEqual([
      { period: '2026-10-26', stage: 'NEW', entered: 1 },
      { period: '2026-11-02', stage: 'NEW', entered: 2 },
    ]);
    const byMonth = expectData(
      await server.gql<FunnelResult>(FUNNEL, { from: '2026-10-01', to: '2026-12-31', officeId: String(fx.witaId), grouping: 'MONTH' }, { token: manager }),
    );
    expect(byMonth.salesFunnel.series.filter((p) => p.stage === 'NEW')).toEqual([
      { period: '2026-11-01', stage: 'NEW', entered: 3 },
      { period: '2026-12-01', stage: 'NEW', entered: 1 },
    ]);
  });

  it('measures days in each stage and to a win', async () => {
    const v = expectData(
      await server.gql<{
        pipelineVelocity: {
          stages: Array<{ stage: string; medianDays: number | null; p90Days: number | null; sampleSize: number }>;
          medianDaysToWin: number;
          wonSampleSize: number;
        };
      }>(VELOCITY, { ...NOVEMBER, officeId: String(fx.witaId) }, { token: manager }),
    ).pipelineVelocity;
    const of = (stage: string) => v.stages.find((s) => s.stage === stage);
    // NEW: 2, 4 and 29 d 23 h; CONTACTED: 3 and 2; PRESENTED: 5.
    expect(of('NEW')).toEqual({ stage: 'NEW', medianDays: 4, p90Days: 29.96, sampleSize: 3 });
    expect(of('CONTACTED')).toEqual({ stage: 'CONTACTED', medianDays: 2.5, p90Days: 3, sampleSize: 2 });
    expect(of('PRESENTED')).toEqual({ stage: 'PRESENTED', medianDays: 5, p90Days: 5, sampleSize: 1 });
    expect(of('SURVEY')).toEqual({ stage: 'SURVEY', medianDays: null, p90Days: null, sampleSize: 0 });
    expect(v.medianDaysToWin).toBe(10);
    expect(v.wonSampleSize).toBe(1);
  });

  it('splits wins and losses by source, campaign, segment, product and lost reason', async () => {
    const w = expectData(
      await server.gql<{ winLoss: Record<string, any> }>(WIN_LOSS, { ...NOVEMBER, officeId: String(fx.witaId) }, { token: manager }),
    ).winLoss;
    expect(w).toMatchObject({ wonCount: 1, wonAmount: '100000000.00', lostCount: 1, lostAmount: '50000000.00', winRate: 0.5 });
    const row = (dimension: string, key: string | null) =>
      w.rows.find((r: { dimension: string; key: string | null }) => r.dimension === dimension && r.key === key);
    expect(row('SOURCE', 'REFERRAL')).toMatchObject({ wonCount: 1, wonAmount: '100000000.00', lostCount: 0 });
    expect(row('SOURCE', 'BROCHURE')).toMatchObject({ wonCount: 0, lostCount: 1, lostAmount: '50000000.00' });
    expect(row('CAMPAIGN', String(fx.campaignId))).toMatchObject({ label: 'Pameran Kendari', wonCount: 1, lostCount: 1 });
    expect(row('SEGMENT', 'MICRO')).toMatchObject({ wonCount: 1, lostCount: 1 });
    expect(row('LOST_REASON', 'Bunga terlalu tinggi')).toMatchObject({ wonCount: 0, lostCount: 1 });
    expect(w.rows.filter((r: { dimension: string }) => r.dimension === 'LOST_REASON')).toHaveLength(1);
  });

  it('weights the forecast by what the office learned, beside the defaults, with the sample behind each', async () => {
    const f = expectData(
      await server.gql<{ forecast: { months: unknown[]; probabilities: Array<{ stage: string }> } }>(
        FORECAST,
        { from: '2026-12-01', to: '2027-01-31', officeId: String(fx.witaId) },
        { token: manager },
      ),
    ).forecast;
    expect(f.months).toEqual([
      { month: '2026-12', leadCount: 1, amount: '20000000.00', weightedAmount: '10000000.00', defaultWeightedAmount: '2000000.00' },
      { month: '2027-01', leadCount: 1, amount: '10000000.00', weightedAmount: '5000000.00', defaultWeightedAmount: '500000.00' },
    ]);
    const p = Object.fromEntries(f.probabilities.map((x) => [x.stage, x]));
    expect(p.NEW).toEqual({ stage: 'NEW', probability: 0.5, defaultProbability: 0.05, sampleSize: 2 });
    expect(p.CONTACTED).toEqual({ stage: 'CONTACTED', probability: 0.5, defaultProbability: 0.1, sampleSize: 2 });
    expect(p.PRESENTED).toEqual({ stage: 'PRESENTED', probability: 1, defaultProbability: 0.2, sampleSize: 1 });
    expect(p.SURVEY).toEqual({ stage: 'SURVEY', probability: 0.6, defaultProbability: 0.6, sampleSize: 0 });
  });

  it('reports each officer’s month against the targets a manager set', async () => {
    const set = await server.gql(
      SET_TARGETS,
      {
        input: {
          month: '2026-11',
          targets: [
            { officerId: fx.officerA.id.toString(), metric: 'DISBURSEMENT', value: '240000000' },
            { officerId: fx.officerA.id.toString(), metric: 'VISITS', value: '4' },
          ],
        },
      },
      { token: manager },
    );
    expect(expectData(set).setTargets).toHaveLength(2);
    const perf = expectData(
      await server.gql<{ officerPerformance: { rows: Array<Record<string, any>> } }>(
        PERFORMANCE,
        { month: '2026-11', officeId: String(fx.witaId) },
        { token: manager },
      ),
    ).officerPerformance;
    expect(perf.rows).toHaveLength(1);
    const row = perf.rows[0];
    expect(row).toMatchObject({
      officer: { id: String(fx.officerA.id), name: 'Wayan Kendari' },
      newLeads: 3,
      followUpsDone: 2,
      visits: 1,
      offers: 1,
      wonCount: 1,
      wonAmount: '100000000.00',
      noa: 1,
      disbursement: '120000000.00',
      outstanding: '180000000.00',
      collectionRate: 0.5,
      par30: 0.333333,
    });
    const targets = Object.fromEntries(row.targets.map((t: { metric: string }) => [t.metric, t]));
    expect(targets.DISBURSEMENT).toEqual({ metric: 'DISBURSEMENT', target: '240000000.00', actual: '120000000.00', achievement: 0.5 });
    expect(targets.VISITS).toEqual({ metric: 'VISITS', target: '4', actual: '1', achievement: 0.25 });
    expect(targets.NOA).toEqual({ metric: 'NOA', target: null, actual: '1', achievement: null });

    // A second setting replaces the first (one target per officer, month and metric).
    await server.gql(
      SET_TARGETS,
      { input: { month: '2026-11', targets: [{ officerId: String(fx.officerA.id), metric: 'VISITS', value: '2' }] } },
      { token: manager },
    );
    const mine = expectData(
      await server.gql<{ targets: Array<{ metric: string; value: string }> }>('{ targets(month: "2026-11") { metric value } }', {}, { token: officerA }),
    ).targets;
    expect(mine).toEqual([
      { metric: 'DISBURSEMENT', value: '240000000.00' },
      { metric: 'VISITS', value: '2' },
    ]);
  });

  it('returns campaigns per rupiah spent and the portfolio by month end', async () => {
    const c = expectData(
      await server.gql<{ campaignReturn: { rows: unknown[] } }>(CAMPAIGNS, { ...NOVEMBER, officeId: String(fx.witaId) }, { token: manager }),
    );
    expect(c.campaignReturn.rows).toEqual([
      {
        campaignId: String(fx.campaignId),
        name: 'Pameran Kendari',
        spend: '1000000.00',
        leads: 2,
        costPerLead: '500000.00',
        wonCount: 1,
        costPerWon: '1000000.00',
        disbursement: '120000000.00',
        disbursementPerRupiah: 120,
      },
    ]);
    const t = expectData(
      await server.gql<{ portfolioTrend: { points: unknown[] } }>(
        TREND,
        { from: '2026-09-01', to: '2026-11-30', officeId: String(fx.witaId) },
        { token: manager },
      ),
    );
    expect(t.portfolioTrend.points).toEqual([
      { monthEnd: '2026-09-30', loanCount: 1, outstanding: '60000000.00', npl: 0, par30: 0 },
      { monthEnd: '2026-10-31', loanCount: 1, outstanding: '60000000.00', npl: 1, par30: 1 },
      { monthEnd: '2026-11-30', loanCount: 3, outstanding: '180000000.00', npl: 0, par30: 0.333333 },
    ]);
  });

  it('counts a campaign’s issued payables as its spend once it has any, in place of the spend entered by hand', async () => {
    const returnOf = async () =>
      expectData(
        await server.gql<{ campaignReturn: { rows: Array<Record<string, unknown>> } }>(
          CAMPAIGNS,
          { ...NOVEMBER, officeId: String(fx.witaId) },
          { token: manager },
        ),
      ).campaignReturn.rows[0];
    const input = {
      kind: 'PAYABLE',
      supplierName: 'Percetakan Kendari',
      campaignId: String(fx.campaignId),
      issueDate: '2026-11-10',
      dueDate: '2026-11-24',
      lines: [{ description: 'Spanduk pameran', quantity: 1, unitPrice: '1500000.00', taxCode: 'EXEMPT' }],
    };
    const id = expectData(
      await server.gql<{ createInvoice: { id: string } }>(
        `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { id } }`,
        { input },
        { token: manager },
      ),
    ).createInvoice.id;
    // A draft is not spent yet.
    expect(await returnOf()).toMatchObject({ spend: '1000000.00', costPerLead: '500000.00' });
    expectData(await server.gql(`mutation($id: ID!) { issueInvoice(id: $id, channel: PDF) { id } }`, { id }, { token: manager }));
    expect(await returnOf()).toMatchObject({ spend: '1500000.00', costPerLead: '750000.00', costPerWon: '1500000.00', disbursementPerRupiah: 80 });
    // Cancelled, it is spent no more: the campaign is back to the spend entered on it.
    expectData(await server.gql(`mutation($id: ID!) { cancelInvoice(id: $id, reason: "Salah pemasok") { id } }`, { id }, { token: manager }));
    expect(await returnOf()).toMatchObject({ spend: '1000000.00', costPerLead: '500000.00' });
  });

  it('scopes every report: officers their own, managers their tree, marketing campaigns only', async () => {
    // Officer A sees their own figures without naming anything, and nobody else's.
    const own = expectData(await server.gql<FunnelResult>(FUNNEL, NOVEMBER, { token: officerA }));
    expect(entered(own)).toMatchObject({ NEW: 3, CONTACTED: 3, WON: 1 });
    expect(errorCode(await server.gql(FUNNEL, { ...NOVEMBER, officerId: String(fx.officerB.id) }, { token: officerA }))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(FUNNEL, { ...NOVEMBER, officeId: String(fx.witaId) }, { token: officer1 }))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(PERFORMANCE, { month: '2026-11', officeId: String(fx.witaId) }, { token: officer1 }))).toBe('NOT_FOUND');
    const officer1Perf = expectData(
      await server.gql<{ officerPerformance: { rows: Array<{ officer: { name: string } }> } }>(PERFORMANCE, { month: '2026-11' }, { token: officer1 }),
    );
    expect(officer1Perf.officerPerformance.rows.map((r) => r.officer.name)).toEqual(['Rina Kusuma']);
    // A manager may narrow to an officer of the tree; an unknown id answers as one out of reach.
    const byOfficer = expectData(await server.gql<FunnelResult>(FUNNEL, { ...NOVEMBER, officerId: String(fx.officerB.id) }, { token: manager }));
    expect(entered(byOfficer).NEW).toBe(1);
    expect(errorCode(await server.gql(FUNNEL, { ...NOVEMBER, officeId: '999999' }, { token: manager }))).toBe('NOT_FOUND');
    // Marketing: campaign return of its own office only.
    expect(errorCode(await server.gql(FUNNEL, NOVEMBER, { token: marketing }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(CAMPAIGNS, { ...NOVEMBER, officeId: String(fx.witaId) }, { token: marketing }))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(CAMPAIGNS, NOVEMBER, { token: marketing }))).toBeUndefined();
    // Targets are the managers'.
    const byOfficerA = await server.gql(
      SET_TARGETS,
      { input: { month: '2026-11', targets: [{ officerId: String(fx.officerA.id), metric: 'NOA', value: '9' }] } },
      { token: officerA },
    );
    expect(errorCode(byOfficerA)).toBe('FORBIDDEN');
  });

  it('refuses bad periods, months and targets as bad input, writing nothing', async () => {
    const refused = async (query: string, variables: Record<string, unknown>) => errorCode(await server.gql(query, variables, { token: manager }));
    expect(await refused(FUNNEL, { from: '2026-11-30', to: '2026-11-01' })).toBe('BAD_USER_INPUT');
    expect(await refused(FUNNEL, { from: '2025-01-01', to: '2026-11-30' })).toBe('BAD_USER_INPUT');
    expect(await refused(FUNNEL, { from: '2026-06-01', to: '2026-11-30', grouping: 'DAY' })).toBe('BAD_USER_INPUT');
    expect(await refused(FUNNEL, { from: '2026-02-30', to: '2026-03-01' })).toBe('BAD_USER_INPUT');
    expect(await refused(PERFORMANCE, { month: '2026-13' })).toBe('BAD_USER_INPUT');
    const bad = await server.gql(
      SET_TARGETS,
      {
        input: {
          month: '2026-12',
          targets: [
            { officerId: String(fx.officerA.id), metric: 'VISITS', value: '5' },
            { officerId: String(fx.officerA.id), metric: 'NOA', value: '-1' },
          ],
        },
      },
      { token: manager },
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const none = expectData(await server.gql<{ targets: unknown[] }>('{ targets(month: "2026-12") { metric } }', {}, { token: officerA })).targets;
    expect(none).toEqual([]);
  });
});
