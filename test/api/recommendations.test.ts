/**
 * Recommendations to management over the report fixture plus a few records of their own: each finding's
 * numbers are worked out again here from the tables (rows read back, figures computed in the test), on
 * SQLite and MySQL, and the thresholds are settings managers change.
 */
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moneyToDecimal, parseMoney } from '@prospek/shared';
import { Campaign } from '../../server/src/modules/campaign/campaign.entity.js';
import { Invoice } from '../../server/src/modules/invoice/invoice.entity.js';
import { Lead } from '../../server/src/modules/lead/lead.entity.js';
import { keepStageHistory } from '../../server/src/db/stage-history.js';
import { LeadStageChange } from '../../server/src/modules/lead/lead-stage-change.entity.js';
import { User } from '../../server/src/modules/user/user.entity.js';
import { databaseTargets } from '../helpers/databases.js';
import { seedReportFixture } from '../helpers/report-fixture.js';
import type { ReportFixture } from '../helpers/report-fixture.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const NOW = new Date('2026-12-07T03:00:00Z');
const WITA_HOURS = 8;
const PIPELINE = ['NEW', 'CONTACTED', 'PRESENTED', 'APPLICATION', 'SURVEY', 'COMMITTEE', 'WON'];
const OPEN = PIPELINE.slice(0, 6);

const RECOMMENDATIONS = `query($from: LocalDate!, $to: LocalDate!, $officeId: ID) { recommendations(from: $from, to: $to, officeId: $officeId) {
  code title detail evidence { label value } links { type id } } }`;
const SET = `mutation($key: String!, $value: Float!) { setRecommendationThreshold(key: $key, value: $value) { key unit value defaultValue min max } }`;

interface Finding {
  code: string;
  title: string;
  detail: string;
  evidence: Array<{ label: string; value: string }>;
  links: Array<{ type: string; id: string }>;
}
const evidence = (f: Finding) => Object.fromEntries(f.evidence.map((e) => [e.label, e.value]));
const ratioText = (value: number) => String(Math.round(value * 1_000_000) / 1_000_000);
/** part / whole truncated to six decimals, as the reports give ratios. */
const ratio = (part: number | bigint, whole: number | bigint) => (BigInt(whole) === 0n ? 0 : Number((BigInt(part) * 1_000_000n) / BigInt(whole)) / 1_000_000);
const instant = (value: Date | string) => (value instanceof Date ? value : new Date(`${String(value).replace(' ', 'T')}Z`));

/** Records the rules need beside the report fixture: an October pipeline, a cheap campaign, a payable past a budget. */
async function seedMore(dataSource: DataSource, fx: ReportFixture): Promise<{ cheapId: number; octoberLeads: number[] }> {
  const m = dataSource.manager;
  const a = fx.officerA;
  const creator = await m.findOneByOrFail(User, { email: 'officer1@prospek.test' });
  const octoberLeads: number[] = [];
  for (const [n, days] of [
    [1, ['2026-10-05', '2026-10-06', '2026-10-08']],
    [2, ['2026-10-10', '2026-10-11', '2026-10-12']],
  ] as const) {
    const lead = await m.save(
      Lead,
      m.create(Lead, {
        fullName: `Oktober ${n}`,
        source: 'WALK_IN',
        segment: 'MICRO',
        estimatedAmount: parseMoney('15000000'),
        stage: 'PRESENTED',
        position: `zs00${n}`,
        ownerId: a.id,
        officeId: fx.witaId,
        stageEnteredAt: new Date(`${days[2]}T01:00:00Z`),
        createdById: a.id,
        createdAt: new Date(`${days[0]}T01:00:00Z`),
      }),
    );
    octoberLeads.push(lead.id);
    await m.insert(LeadStageChange, [
      { leadId: lead.id, fromStage: null, toStage: 'NEW', changedById: a.id, changedAt: new Date(`${days[0]}T01:00:00Z`) },
      { leadId: lead.id, fromStage: 'NEW', toStage: 'CONTACTED', changedById: a.id, changedAt: new Date(`${days[1]}T01:00:00Z`) },
      { leadId: lead.id, fromStage: 'CONTACTED', toStage: 'PRESENTED', changedById: a.id, changedAt: new Date(`${days[2]}T01:00:00Z`) },
    ]);
    await keepStageHistory(m, [lead.id]);
  }
  const cheap = await m.save(
    Campaign,
    m.create(Campaign, {
      slug: 'brosur-kendari-nov',
      name: 'Brosur Kendari',
      channel: 'BROCHURE',
      officeId: fx.witaId,
      startDate: '2026-11-01',
      endDate: '2026-11-30',
      budget: parseMoney('500000'),
      spend: parseMoney('100000'),
      leadGoal: 5,
      status: 'ACTIVE',
      createdById: creator.id,
    }),
  );
  for (const n of [1, 2]) {
    await m.save(
      Lead,
      m.create(Lead, {
        fullName: `Brosur ${n}`,
        source: 'BROCHURE',
        segment: 'MICRO',
        estimatedAmount: parseMoney('5000000'),
        stage: 'WON',
        position: `zt00${n}`,
        ownerId: a.id,
        officeId: fx.witaId,
        campaignId: cheap.id,
        stageEnteredAt: new Date('2026-11-20T01:00:00Z'),
        createdById: a.id,
        createdAt: new Date('2026-11-15T01:00:00Z'),
      }),
    );
  }
  await m.insert(Invoice, {
    kind: 'PAYABLE',
    status: 'ISSUED',
    officeId: fx.witaId,
    supplierName: 'EO Kendari',
    campaignId: fx.campaignId,
    issueDate: '2026-11-10',
    dueDate: '2026-11-24',
    subtotal: parseMoney('2500000'),
    taxBase: parseMoney('2500000'),
    tax: 0n,
    total: parseMoney('2500000'),
    amountPaid: 0n,
    createdById: creator.id,
  });
  return { cheapId: cheap.id, octoberLeads };
}

/** The funnel's conversion per stage of the WITA branch over a period, from the stage history rows. */
async function conversions(dataSource: DataSource, officeId: number, from: string, to: string, ownerId?: number) {
  const q = (n: string) => dataSource.driver.escape(n);
  const rows: Array<{ id: number; leadId: number; toStage: string; changedAt: Date | string }> = await dataSource.query(
    `SELECT c.${q('id')} AS id, c.${q('leadId')} AS leadId, c.${q('toStage')} AS toStage, c.${q('changedAt')} AS changedAt
     FROM ${q('lead_stage_change')} c JOIN ${q('lead')} l ON l.${q('id')} = c.${q('leadId')} WHERE l.${q('officeId')} = ?${ownerId ? ` AND l.${q('ownerId')} = ${ownerId}` : ''}`,
    [officeId],
  );
  const start = Date.parse(`${from}T00:00:00Z`) - WITA_HOURS * 3_600_000;
  const end = Date.parse(`${to}T00:00:00Z`) + 86_400_000 - WITA_HOURS * 3_600_000;
  const inside = rows
    .map((r) => ({ id: Number(r.id), leadId: Number(r.leadId), stage: r.toStage, at: instant(r.changedAt).getTime() }))
    .filter((r) => r.at >= start && r.at < end);
  return Object.fromEntries(
    OPEN.map((stage) => {
      const entries = inside.filter((r) => r.stage === stage);
      const leads = new Set(entries.map((r) => r.leadId));
      const moved = new Set(
        entries
          .filter((e) =>
            inside.some((b) => b.leadId === e.leadId && PIPELINE.indexOf(b.stage) > PIPELINE.indexOf(stage) && (b.at > e.at || (b.at === e.at && b.id > e.id))),
          )
          .map((e) => e.leadId),
      );
      return [stage, { entered: leads.size, conversion: ratio(moved.size, leads.size) }];
    }),
  );
}

describe.each(databaseTargets)('recommendations to management on $kind', (target) => {
  let server: TestServer;
  let fx: ReportFixture;
  let extra: { cheapId: number; octoberLeads: number[] };
  let manager: string;
  let officerA: string;
  let marketing: string;
  const ask = async (token: string, from: string, to: string, officeId?: number) =>
    expectData(await server.gql<{ recommendations: Finding[] }>(RECOMMENDATIONS, { from, to, officeId: officeId ? String(officeId) : null }, { token }))
      .recommendations;

  beforeAll(async () => {
    server = await startServer(target, {}, { now: () => NOW });
    fx = await seedReportFixture(server.app.dataSource);
    extra = await seedMore(server.app.dataSource, fx);
    [manager, officerA, marketing] = await Promise.all([
      server.login('manager@prospek.test'),
      server.login('ao.kendari@prospek.test'),
      server.login('marketing@prospek.test'),
    ]);
    // One lead in each period is enough to compare a stage here.
    expect(expectData(await server.gql(SET, { key: 'CONVERSION_MIN_LEADS', value: 1 }, { token: manager })).setRecommendationThreshold).toMatchObject({
      key: 'CONVERSION_MIN_LEADS',
      value: 1,
      defaultValue: 5,
    });
  });
  afterAll(() => server?.close());

  it('names the stage whose conversion fell most against the previous period of equal length', async () => {
    const findings = await ask(manager, '2026-11-01', '2026-11-30', fx.witaId);
    const drops = findings.filter((f) => f.code === 'CONVERSION_DROP');
    expect(drops).toHaveLength(1);
    const now = await conversions(server.app.dataSource, fx.witaId, '2026-11-01', '2026-11-30');
    const then = await conversions(server.app.dataSource, fx.witaId, '2026-10-02', '2026-10-31');
    const worst = OPEN.filter((s) => now[s].entered >= 1 && then[s].entered >= 1)
      .map((stage) => ({ stage, drop: then[stage].conversion - now[stage].conversion }))
      .sort((x, y) => y.drop - x.drop)[0];
    expect(worst.drop).toBeGreaterThanOrEqual(0.1);
    expect(evidence(drops[0])).toEqual({
      STAGE: worst.stage,
      CONVERSION_BEFORE: ratioText(then[worst.stage].conversion),
      CONVERSION_NOW: ratioText(now[worst.stage].conversion),
      DROP: ratioText(Math.round(worst.drop * 1_000_000) / 1_000_000),
      ENTERED_BEFORE: String(then[worst.stage].entered),
      ENTERED_NOW: String(now[worst.stage].entered),
      PREVIOUS_FROM: '2026-10-02',
      PREVIOUS_TO: '2026-10-31',
      THRESHOLD: '0.1',
    });
    // The leads still in that stage are linked (here the one lead left in CONTACTED).
    const q = (n: string) => server.app.dataSource.driver.escape(n);
    const still = (
      await server.app.dataSource.query(
        `SELECT ${q('id')} AS id FROM ${q('lead')} WHERE ${q('officeId')} = ? AND ${q('stage')} = ? ORDER BY ${q('stageEnteredAt')}`,
        [fx.witaId, worst.stage],
      )
    ).map((r: { id: number }) => ({ type: 'LEAD', id: String(r.id) }));
    expect(drops[0].links).toEqual(still);
    expect(drops[0].title).toContain(worst.stage);
  });

  it('names officers whose PAR30 rose past the limit, from the month-end snapshots', async () => {
    const q = (n: string) => server.app.dataSource.driver.escape(n);
    const par30 = async (monthEnd: string) => {
      const rows: Array<{ out: string; dpd: number }> = await server.app.dataSource.query(
        `SELECT ${q('outstandingPrincipal')} AS ${q('out')}, ${q('daysPastDue')} AS dpd FROM ${q('loan_month_end')} WHERE ${q('officerId')} = ? AND ${q('monthEnd')} = ?`,
        [fx.officerA.id, monthEnd],
      );
      const total = rows.reduce((s, r) => s + BigInt(r.out), 0n);
      return {
        total,
        par30: ratio(
          rows.filter((r) => Number(r.dpd) > 30).reduce((s, r) => s + BigInt(r.out), 0n),
          total,
        ),
      };
    };
    const september = await par30('2026-09-30');
    const october = await par30('2026-10-31');
    const november = await par30('2026-11-30');
    // November against October: PAR30 fell (100 days late became 45), so no finding.
    expect(november.par30).toBeLessThan(october.par30);
    expect((await ask(manager, '2026-11-01', '2026-11-30', fx.witaId)).filter((f) => f.code === 'PAR30_RISE')).toEqual([]);
    // October–November against September: it rose from 0 past the 5% limit.
    expect(november.par30).toBeGreaterThan(0.05);
    const rises = (await ask(manager, '2026-10-01', '2026-11-30', fx.witaId)).filter((f) => f.code === 'PAR30_RISE');
    expect(rises).toHaveLength(1);
    expect(evidence(rises[0])).toEqual({
      OFFICER: fx.officerA.name,
      PAR30_BEFORE: ratioText(september.par30),
      PAR30_NOW: ratioText(november.par30),
      OUTSTANDING: moneyToDecimal(november.total),
      THRESHOLD: '0.05',
    });
    // The officer, then their loans more than 30 days late now.
    expect(rises[0].links).toEqual([
      { type: 'OFFICER', id: String(fx.officerA.id) },
      { type: 'LOAN', id: String(fx.loanIds[2]) },
    ]);
  });

  it('names campaigns whose cost per won exceeds the average by the factor', async () => {
    const q = (n: string) => server.app.dataSource.driver.escape(n);
    // A campaign's spend: its issued payables once it has any, else the spend entered on it.
    const payables = `FROM ${q('invoice')} i WHERE i.${q('campaignId')} = c.${q('id')} AND i.${q('kind')} = 'PAYABLE' AND i.${q('status')} IN ('ISSUED', 'PARTIALLY_PAID', 'PAID')`;
    const rows: Array<{ id: number; name: string; entered: string; invoiced: string | null; payables: number; won: number }> =
      await server.app.dataSource.query(
        `SELECT c.${q('id')} AS id, c.${q('name')} AS name, c.${q('spend')} AS entered,
         (SELECT SUM(i.${q('total')}) ${payables}) AS invoiced, (SELECT COUNT(*) ${payables}) AS payables,
         (SELECT COUNT(*) FROM ${q('lead')} l WHERE l.${q('campaignId')} = c.${q('id')} AND l.${q('stage')} = 'WON') AS won
       FROM ${q('campaign')} c WHERE c.${q('officeId')} = ? AND c.${q('startDate')} <= '2026-11-30' AND c.${q('endDate')} >= '2026-11-01'`,
        [fx.witaId],
      );
    const campaigns = rows.map((r) => ({ ...r, spend: Number(r.payables) > 0 ? String(BigInt(String(r.invoiced).split('.')[0])) : String(r.entered) }));
    const winning = campaigns.filter((c) => Number(c.won) > 0);
    const spend = winning.reduce((s, c) => s + BigInt(c.spend), 0n);
    const won = BigInt(winning.reduce((s, c) => s + Number(c.won), 0));
    const average = (spend + won / 2n) / won;
    const perWon = (c: (typeof winning)[number]) => (BigInt(c.spend) + BigInt(c.won) / 2n) / BigInt(c.won);
    const expected = winning.filter((c) => perWon(c) > 2n * average);
    expect(expected.map((c) => Number(c.id))).toEqual([fx.campaignId]);
    const found = (await ask(manager, '2026-11-01', '2026-11-30', fx.witaId)).filter((f) => f.code === 'COST_PER_WON_HIGH');
    expect(found.map((f) => f.links)).toEqual([[{ type: 'CAMPAIGN', id: String(fx.campaignId) }]]);
    const c = expected[0];
    expect(evidence(found[0])).toEqual({
      CAMPAIGN: c.name,
      COST_PER_WON: moneyToDecimal(perWon(c)),
      AVERAGE_COST_PER_WON: moneyToDecimal(average),
      SPEND: moneyToDecimal(BigInt(c.spend)),
      WON: String(c.won),
      FACTOR: '2',
    });
  });

  it('gives the share of the open pipeline gone stale, linking the stalest leads', async () => {
    const q = (n: string) => server.app.dataSource.driver.escape(n);
    const leads: Array<{ id: number; stage: string; lastActivityAt: Date | string | null; stageEnteredAt: Date | string; archivedAt: unknown }> =
      await server.app.dataSource.query(
        `SELECT ${q('id')} AS id, ${q('stage')} AS stage, ${q('lastActivityAt')} AS ${q('lastActivityAt')}, ${q('stageEnteredAt')} AS ${q('stageEnteredAt')},
           ${q('archivedAt')} AS ${q('archivedAt')} FROM ${q('lead')} WHERE ${q('officeId')} = ?`,
        [fx.witaId],
      );
    const open = leads.filter((l) => OPEN.includes(l.stage) && l.archivedAt === null);
    const since = (l: (typeof open)[number]) => instant(l.lastActivityAt ?? l.stageEnteredAt).getTime();
    const stale = open.filter((l) => since(l) < NOW.getTime() - 14 * 86_400_000).sort((x, y) => since(x) - since(y) || x.id - y.id);
    expect(stale.map((l) => Number(l.id))).toEqual(extra.octoberLeads);
    const found = (await ask(manager, '2026-11-01', '2026-11-30', fx.witaId)).filter((f) => f.code === 'STALE_PIPELINE');
    expect(found).toHaveLength(1);
    expect(evidence(found[0])).toEqual({
      STALE_COUNT: String(stale.length),
      OPEN_COUNT: String(open.length),
      SHARE: ratioText(stale.length / open.length),
      DAYS: '14',
      THRESHOLD: '0.25',
    });
    expect(found[0].links).toEqual(stale.map((l) => ({ type: 'LEAD', id: String(l.id) })));
    // A higher threshold turns the finding off.
    expectData(await server.gql(SET, { key: 'STALE_SHARE', value: 0.9 }, { token: manager }));
    expect((await ask(manager, '2026-11-01', '2026-11-30', fx.witaId)).map((f) => f.code)).not.toContain('STALE_PIPELINE');
    expectData(await server.gql(SET, { key: 'STALE_SHARE', value: 0.25 }, { token: manager }));
  });

  it('names campaigns whose payables ran past their budget', async () => {
    const q = (n: string) => server.app.dataSource.driver.escape(n);
    const [row] = await server.app.dataSource.query(
      `SELECT c.${q('name')} AS name, c.${q('budget')} AS budget,
         (SELECT SUM(i.${q('total')}) FROM ${q('invoice')} i WHERE i.${q('campaignId')} = c.${q('id')} AND i.${q('kind')} = 'PAYABLE'
           AND i.${q('status')} IN ('ISSUED', 'PARTIALLY_PAID', 'PAID') AND i.${q('issueDate')} BETWEEN '2026-11-01' AND '2026-11-30') AS spend
       FROM ${q('campaign')} c WHERE c.${q('id')} = ?`,
      [fx.campaignId],
    );
    const budget = BigInt(row.budget);
    const spend = BigInt(row.spend);
    expect(spend > budget).toBe(true);
    const found = (await ask(manager, '2026-11-01', '2026-11-30', fx.witaId)).filter((f) => f.code === 'BUDGET_OVERRUN');
    expect(found).toHaveLength(1);
    expect(evidence(found[0])).toEqual({
      CAMPAIGN: row.name,
      BUDGET: moneyToDecimal(budget),
      SPEND: moneyToDecimal(spend),
      OVER_BY: moneyToDecimal(spend - budget),
      FACTOR: '1',
    });
    expect(found[0].links).toEqual([{ type: 'CAMPAIGN', id: String(fx.campaignId) }]);
  });

  it('gives every finding its evidence, and each role what its reports allow', async () => {
    const all = await ask(manager, '2026-11-01', '2026-11-30', fx.witaId);
    expect(all.map((f) => f.code)).toEqual(['CONVERSION_DROP', 'COST_PER_WON_HIGH', 'STALE_PIPELINE', 'BUDGET_OVERRUN']);
    for (const f of all) {
      expect(f.evidence.length, f.code).toBeGreaterThan(0);
      expect(f.links.length, f.code).toBeGreaterThan(0);
      expect(f.title.length * f.detail.length, f.code).toBeGreaterThan(0);
    }
    // The officer: their own book (everything in the branch is theirs here), no budgets.
    const own = await ask(officerA, '2026-11-01', '2026-11-30');
    expect(own.map((f) => f.code)).toEqual(['CONVERSION_DROP', 'COST_PER_WON_HIGH', 'STALE_PIPELINE']);
    // Marketing: campaigns of their own office only; another branch is not theirs to name.
    const campaigns = await ask(marketing, '2026-11-01', '2026-11-30');
    expect(campaigns.every((f) => f.code === 'COST_PER_WON_HIGH' || f.code === 'BUDGET_OVERRUN')).toBe(true);
    const other = await server.gql(RECOMMENDATIONS, { from: '2026-11-01', to: '2026-11-30', officeId: String(fx.witaId) }, { token: marketing });
    expect(errorCode(other)).toBe('NOT_FOUND');
  });

  it('lets managers set the thresholds, within their range, and no one else', async () => {
    expect(errorCode(await server.gql(SET, { key: 'PAR30_LIMIT', value: 0.1 }, { token: officerA }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(SET, { key: 'PAR30_LIMIT', value: 2 }, { token: manager }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await server.gql(SET, { key: 'STALE_DAYS', value: 2.5 }, { token: manager }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await server.gql(SET, { key: 'NOPE', value: 1 }, { token: manager }))).toBe('BAD_USER_INPUT');
    const list = expectData(
      await server.gql<{ recommendationThresholds: Array<{ key: string; value: number }> }>(
        `{ recommendationThresholds { key value } }`,
        {},
        { token: officerA },
      ),
    ).recommendationThresholds;
    expect(Object.fromEntries(list.map((t) => [t.key, t.value]))).toMatchObject({ CONVERSION_MIN_LEADS: 1, PAR30_LIMIT: 0.05, STALE_DAYS: 14 });
  });
});
