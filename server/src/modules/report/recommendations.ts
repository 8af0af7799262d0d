/**
 * Recommendations to management: rules over the reports, each finding carrying the numbers behind it and
 * links to the records. The thresholds are settings (recommendation-settings.ts).
 * - CONVERSION_DROP: the open stage whose conversion fell most against the previous period of equal
 *   length (both with enough leads), when it fell by at least the threshold; links the leads still in it.
 * - PAR30_RISE: officers whose PAR30 at the period's last month end (or now, in an open month) is above
 *   the limit and higher than at the month end before the period (when that month is closed).
 * - COST_PER_WON_HIGH: campaigns whose cost per won exceeds the factor times the average of the
 *   campaigns in reach (their spend over their wins).
 * - STALE_PIPELINE: open leads with no activity (or stage move) for the set days, as a share of all
 *   open leads, now; links the stalest.
 * - BUDGET_OVERRUN: campaigns whose payables in the period run past the factor times their budget.
 * Officers get the first four over their own book; marketing the campaign findings; managers all.
 */
import type { DataSource } from 'typeorm';
import { addDays, daysBetween, moneyToDecimal } from '@prospek/shared';
import type { LeadStage } from '@prospek/shared';
import { budgetVsActual } from '../finance/budget-vs-actual.js';
import type { User } from '../user/user.entity.js';
import { campaignReturn } from './campaign-return.js';
import { officerPerformance } from './officer-performance.js';
import { checkMonth } from './report-period.js';
import type { Period } from './report-period.js';
import { reportQuery } from './report-reader.js';
import { placeholders } from './report-scope.js';
import type { ReportScope } from './report-scope.js';
import { reportSql } from './report-sql.js';
import { salesFunnel } from './sales-funnel.js';
import type { Finding } from './recommendation.types.js';
import type { Thresholds } from './recommendation-settings.js';

const OPEN_STAGES: readonly LeadStage[] = ['NEW', 'CONTACTED', 'PRESENTED', 'APPLICATION', 'SURVEY', 'COMMITTEE'];
/** Records linked from one finding. */
const LINKS = 5;
const MICRO = 1_000_000n;

export interface RecommendationContext {
  dataSource: DataSource;
  viewer: User;
  scope: ReportScope;
  period: Period;
  thresholds: Thresholds;
  now: Date;
  isClosed(monthEnd: string): Promise<boolean>;
}

/** A ratio as evidence: six decimals at most, no trailing zeros. */
const ratioText = (value: number): string => String(Math.round(value * 1_000_000) / 1_000_000);
const microText = (micro: number): string => String(micro / 1_000_000);
const pct = (value: number): string => `${Math.round(value * 1000) / 10}%`;
const idr = (sen: bigint): string => `Rp${moneyToDecimal(sen)}`;

export async function recommendations(ctx: RecommendationContext): Promise<Finding[]> {
  const role = ctx.viewer.role;
  const sales = role !== 'MARKETING';
  const findings: Finding[] = [];
  if (sales) findings.push(...(await conversionDrop(ctx)));
  if (sales) findings.push(...(await par30Rise(ctx)));
  findings.push(...(await costPerWon(ctx)));
  if (sales) findings.push(...(await stalePipeline(ctx)));
  if (role !== 'OFFICER') findings.push(...(await budgetOverrun(ctx)));
  return findings;
}

/** The period of equal length just before. */
export function previousPeriod(period: Period): Period {
  const length = daysBetween(period.from, period.to) + 1;
  return { from: addDays(period.from, -length), to: addDays(period.from, -1) };
}

async function conversionDrop(ctx: RecommendationContext): Promise<Finding[]> {
  const before = previousPeriod(ctx.period);
  const [now, then] = [await salesFunnel(ctx.dataSource, ctx.scope, ctx.period, null), await salesFunnel(ctx.dataSource, ctx.scope, before, null)];
  const minLeads = ctx.thresholds.CONVERSION_MIN_LEADS / 1_000_000;
  let worst: { stage: LeadStage; nowRate: number; thenRate: number; nowEntered: number; thenEntered: number; drop: number } | null = null;
  for (const stage of OPEN_STAGES) {
    const a = now.stages.find((s) => s.stage === stage);
    const b = then.stages.find((s) => s.stage === stage);
    if (!a || !b || a.conversionToNext === null || b.conversionToNext === null) continue;
    if (a.entered < minLeads || b.entered < minLeads) continue;
    const drop = Math.round((b.conversionToNext - a.conversionToNext) * 1_000_000);
    if (drop < ctx.thresholds.CONVERSION_DROP || (worst && drop <= worst.drop)) continue;
    worst = { stage, nowRate: a.conversionToNext, thenRate: b.conversionToNext, nowEntered: a.entered, thenEntered: b.entered, drop };
  }
  if (!worst) return [];
  const s = reportSql(ctx.dataSource);
  const q = s.id;
  const owner = ctx.scope.officerId === null ? { sql: '', params: [] as unknown[] } : { sql: ` AND l.${q('ownerId')} = ?`, params: [ctx.scope.officerId] };
  const leads = await reportQuery<{ id: number | string }>(
    ctx.dataSource,
    `SELECT l.${q('id')} AS id FROM ${q('lead')} l
     WHERE l.${q('officeId')} IN ${placeholders(ctx.scope.officeIds)} AND l.${q('stage')} = ? AND l.${q('archivedAt')} IS NULL${owner.sql}
     ORDER BY l.${q('stageEnteredAt')} ASC, l.${q('id')} ASC LIMIT ${LINKS}`,
    [...ctx.scope.officeIds, worst.stage, ...owner.params],
  );
  return [
    {
      code: 'CONVERSION_DROP',
      title: `Conversion from ${worst.stage} fell ${pct(worst.drop / 1_000_000)} points`,
      detail: `${pct(worst.thenRate)} of ${worst.thenEntered} leads (${before.from}–${before.to}) against ${pct(worst.nowRate)} of ${worst.nowEntered} now`,
      evidence: [
        { label: 'STAGE', value: worst.stage },
        { label: 'CONVERSION_BEFORE', value: ratioText(worst.thenRate) },
        { label: 'CONVERSION_NOW', value: ratioText(worst.nowRate) },
        { label: 'DROP', value: microText(worst.drop) },
        { label: 'ENTERED_BEFORE', value: String(worst.thenEntered) },
        { label: 'ENTERED_NOW', value: String(worst.nowEntered) },
        { label: 'PREVIOUS_FROM', value: before.from },
        { label: 'PREVIOUS_TO', value: before.to },
        { label: 'THRESHOLD', value: microText(ctx.thresholds.CONVERSION_DROP) },
      ],
      links: leads.map((l) => ({ type: 'LEAD', id: String(l.id) })),
    },
  ];
}

async function par30Rise(ctx: RecommendationContext): Promise<Finding[]> {
  const month = checkMonth(ctx.period.to.slice(0, 7));
  const prior = checkMonth(addDays(ctx.period.from, -1).slice(0, 7));
  const now = await officerPerformance(ctx.dataSource, ctx.scope, month, await ctx.isClosed(month.to));
  const closedBefore = await ctx.isClosed(prior.to);
  const then = closedBefore ? await officerPerformance(ctx.dataSource, ctx.scope, prior, true) : null;
  const limit = ctx.thresholds.PAR30_LIMIT;
  const findings: Finding[] = [];
  for (const row of now.rows) {
    const par30 = Math.round(row.par30 * 1_000_000);
    const earlier = then?.rows.find((r) => r.officer.id === row.officer.id);
    const before = earlier ? Math.round(earlier.par30 * 1_000_000) : null;
    if (row.outstanding === 0n || par30 <= limit || (before !== null && par30 <= before)) continue;
    const loans = await worstLoans(ctx.dataSource, Number(row.officer.id));
    findings.push({
      code: 'PAR30_RISE',
      title: `${row.officer.name}: PAR30 ${pct(row.par30)}, above ${pct(limit / 1_000_000)}`,
      detail: `${before === null ? 'No closed month end before the period' : `${pct(before / 1_000_000)} at ${prior.to}`}; ${pct(row.par30)} of ${idr(row.outstanding)} outstanding at ${now.month}`,
      evidence: [
        { label: 'OFFICER', value: row.officer.name },
        ...(before === null ? [] : [{ label: 'PAR30_BEFORE', value: ratioText(before / 1_000_000) }]),
        { label: 'PAR30_NOW', value: ratioText(row.par30) },
        { label: 'OUTSTANDING', value: moneyToDecimal(row.outstanding) },
        { label: 'THRESHOLD', value: microText(limit) },
      ],
      links: [{ type: 'OFFICER', id: row.officer.id }, ...loans.map((id) => ({ type: 'LOAN', id }))],
    });
  }
  return findings;
}

/** The officer's loans more than 30 days past due, largest outstanding first. */
async function worstLoans(dataSource: DataSource, officerId: number): Promise<string[]> {
  const q = reportSql(dataSource).id;
  const rows = await reportQuery<{ id: number | string }>(
    dataSource,
    `SELECT ln.${q('id')} AS id FROM ${q('loan')} ln
     WHERE ln.${q('officerId')} = ? AND ln.${q('status')} IN ('ACTIVE', 'RESTRUCTURED') AND ln.${q('daysPastDue')} > 30
     ORDER BY ln.${q('outstandingPrincipal')} DESC, ln.${q('id')} ASC LIMIT ${LINKS}`,
    [officerId],
  );
  return rows.map((r) => String(r.id));
}

async function costPerWon(ctx: RecommendationContext): Promise<Finding[]> {
  const report = await campaignReturn(ctx.dataSource, ctx.scope, ctx.period);
  const winning = report.rows.filter((r) => r.wonCount > 0);
  const spend = winning.reduce((sum, r) => sum + r.spend, 0n);
  const won = winning.reduce((sum, r) => sum + r.wonCount, 0);
  if (won === 0 || spend === 0n) return [];
  const average = (spend + BigInt(won) / 2n) / BigInt(won);
  const factor = BigInt(ctx.thresholds.COST_PER_WON_FACTOR);
  return winning
    .filter((r) => r.costPerWon !== null && r.costPerWon * MICRO > average * factor)
    .map((r) => ({
      code: 'COST_PER_WON_HIGH',
      title: `${r.name}: ${idr(r.costPerWon ?? 0n)} per won lead`,
      detail: `${(Number(((r.costPerWon ?? 0n) * 100n) / average) / 100).toFixed(2)}× the average ${idr(average)} (spend ${idr(r.spend)}, ${r.wonCount} won)`,
      evidence: [
        { label: 'CAMPAIGN', value: r.name },
        { label: 'COST_PER_WON', value: moneyToDecimal(r.costPerWon ?? 0n) },
        { label: 'AVERAGE_COST_PER_WON', value: moneyToDecimal(average) },
        { label: 'SPEND', value: moneyToDecimal(r.spend) },
        { label: 'WON', value: String(r.wonCount) },
        { label: 'FACTOR', value: microText(ctx.thresholds.COST_PER_WON_FACTOR) },
      ],
      links: [{ type: 'CAMPAIGN', id: r.campaignId }],
    }));
}

async function stalePipeline(ctx: RecommendationContext): Promise<Finding[]> {
  const s = reportSql(ctx.dataSource);
  const q = s.id;
  const days = Math.round(ctx.thresholds.STALE_DAYS / 1_000_000);
  const cutoff = s.instant(new Date(ctx.now.getTime() - days * 86_400_000));
  const since = `COALESCE(l.${q('lastActivityAt')}, l.${q('stageEnteredAt')})`;
  const owner = ctx.scope.officerId === null ? { sql: '', params: [] as unknown[] } : { sql: ` AND l.${q('ownerId')} = ?`, params: [ctx.scope.officerId] };
  const open = `FROM ${q('lead')} l WHERE l.${q('officeId')} IN ${placeholders(ctx.scope.officeIds)} AND l.${q('stage')} IN ${placeholders(OPEN_STAGES)}
    AND l.${q('archivedAt')} IS NULL${owner.sql}`;
  const openParams = [...ctx.scope.officeIds, ...OPEN_STAGES, ...owner.params];
  const [counts] = await reportQuery<{ n: number | string; stale: number | string | null }>(
    ctx.dataSource,
    `SELECT COUNT(*) AS n, SUM(CASE WHEN ${since} < ? THEN 1 ELSE 0 END) AS stale ${open}`,
    [cutoff, ...openParams],
  );
  const total = Number(counts?.n ?? 0);
  const stale = Number(counts?.stale ?? 0);
  if (total === 0 || BigInt(stale) * MICRO < BigInt(ctx.thresholds.STALE_SHARE) * BigInt(total)) return [];
  const oldest = await reportQuery<{ id: number | string }>(
    ctx.dataSource,
    `SELECT l.${q('id')} AS id ${open} AND ${since} < ? ORDER BY ${since} ASC, l.${q('id')} ASC LIMIT ${LINKS}`,
    [...openParams, cutoff],
  );
  const share = stale / total;
  return [
    {
      code: 'STALE_PIPELINE',
      title: `${pct(share)} of the open pipeline is stale`,
      detail: `${stale} of ${total} open leads without activity for ${days} days or more`,
      evidence: [
        { label: 'STALE_COUNT', value: String(stale) },
        { label: 'OPEN_COUNT', value: String(total) },
        { label: 'SHARE', value: ratioText(share) },
        { label: 'DAYS', value: String(days) },
        { label: 'THRESHOLD', value: microText(ctx.thresholds.STALE_SHARE) },
      ],
      links: oldest.map((l) => ({ type: 'LEAD', id: String(l.id) })),
    },
  ];
}

async function budgetOverrun(ctx: RecommendationContext): Promise<Finding[]> {
  const report = await budgetVsActual(ctx.dataSource, ctx.scope, ctx.period);
  const factor = BigInt(ctx.thresholds.BUDGET_OVERRUN);
  return report.lines
    .filter((line) => line.kind === 'CAMPAIGN' && line.budget > 0n && line.spend * MICRO > line.budget * factor)
    .map((line) => ({
      code: 'BUDGET_OVERRUN',
      title: `${line.name}: payables ${idr(line.spend)} against a budget of ${idr(line.budget)}`,
      detail: `${idr(line.spend - line.budget)} over, ${pct(Number((line.spend * 1000n) / line.budget) / 1000)} of the budget`,
      evidence: [
        { label: 'CAMPAIGN', value: line.name },
        { label: 'BUDGET', value: moneyToDecimal(line.budget) },
        { label: 'SPEND', value: moneyToDecimal(line.spend) },
        { label: 'OVER_BY', value: moneyToDecimal(line.spend - line.budget) },
        { label: 'FACTOR', value: microText(ctx.thresholds.BUDGET_OVERRUN) },
      ],
      links: [{ type: 'CAMPAIGN', id: line.id }],
    }));
}
