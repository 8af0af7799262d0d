/**
 * Open leads by expected close month, weighted two ways: by the stage defaults, and by the probabilities
 * the offices' own last 12 months teach — of the leads that entered a stage then and have since been
 * decided (won or lost), the share won. A stage with no decided lead keeps its default.
 */
import type { DataSource } from 'typeorm';
import { addMonths, OPEN_STAGES, STAGE_PROBABILITY } from '@prospek/shared';
import type { LeadStage } from '@prospek/shared';
import { isMysql } from '../../db/data-source.js';
import type { Period } from './report-period.js';
import { reportQuery } from './report-reader.js';
import { periodCondition, placeholders } from './report-scope.js';
import type { ReportScope } from './report-scope.js';
import { ratio, reportSql, weigh } from './report-sql.js';
import type { Forecast, StageProbability } from './report.types.js';

export async function forecast(dataSource: DataSource, scope: ReportScope, period: Period, today: string): Promise<Forecast> {
  const s = reportSql(dataSource);
  const q = s.id;
  const owner = scope.officerId === null ? { sql: '', params: [] as unknown[] } : { sql: ` AND l.${q('ownerId')} = ?`, params: [scope.officerId] };
  // The probabilities and the open leads are read side by side.
  const [probabilities, rows] = await Promise.all([
    learnedProbabilities(dataSource, scope, today),
    reportQuery<{ closeDate: string | Date; stage: LeadStage; n: number | string; amount: string }>(
      dataSource,
      `SELECT l.${q('expectedCloseDate')} AS closeDate, l.${q('stage')} AS stage, COUNT(*) AS n, ${s.sumAsText(`l.${q('estimatedAmount')}`)} AS amount
     FROM ${q('lead')} l WHERE l.${q('officeId')} IN ${placeholders(scope.officeIds)} AND l.${q('archivedAt')} IS NULL
       AND l.${q('stage')} IN ${placeholders(OPEN_STAGES)} AND l.${q('expectedCloseDate')} >= ? AND l.${q('expectedCloseDate')} <= ?${owner.sql}
     GROUP BY l.${q('expectedCloseDate')}, l.${q('stage')}`,
      [...scope.officeIds, ...OPEN_STAGES, period.from, period.to, ...owner.params],
    ),
  ]);
  const learned = new Map(probabilities.map((p) => [p.stage, p.probability]));
  const months = new Map<string, { month: string; leadCount: number; amount: bigint; weightedAmount: bigint; defaultWeightedAmount: bigint }>();
  for (const row of rows) {
    const date = row.closeDate instanceof Date ? row.closeDate.toISOString() : String(row.closeDate);
    const month = date.slice(0, 7);
    const entry = months.get(month) ?? { month, leadCount: 0, amount: 0n, weightedAmount: 0n, defaultWeightedAmount: 0n };
    const amount = BigInt(row.amount);
    entry.leadCount += Number(row.n);
    entry.amount += amount;
    entry.weightedAmount += weigh(amount, learned.get(row.stage) ?? 0);
    entry.defaultWeightedAmount += weigh(amount, STAGE_PROBABILITY[row.stage] / 100);
    months.set(month, entry);
  }
  return { months: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)), probabilities };
}

async function learnedProbabilities(dataSource: DataSource, scope: ReportScope, today: string): Promise<StageProbability[]> {
  const s = reportSql(dataSource);
  const q = s.id;
  const window = periodCondition(scope, { from: addMonths(today, -12), to: today }, `l.${q('officeId')}`, `c.${q('changedAt')}`, s.instant);
  // From the decided leads to their history (on MySQL in that order: there are far fewer of them than
  // changes in a year).
  const rows = await reportQuery<{ stage: LeadStage; outcome: 'WON' | 'LOST'; n: number | string }>(
    dataSource,
    `SELECT ${isMysql(dataSource) ? 'STRAIGHT_JOIN ' : ''}c.${q('toStage')} AS stage, l.${q('stage')} AS outcome, COUNT(DISTINCT l.${q('id')}) AS n
     FROM ${q('lead')} l JOIN ${q('lead_stage_change')} c ON c.${q('leadId')} = l.${q('id')}
     WHERE l.${q('stage')} IN ('WON', 'LOST') AND l.${q('officeId')} IN ${placeholders(scope.officeIds)} AND ${window.sql}
     GROUP BY c.${q('toStage')}, l.${q('stage')}`,
    [...scope.officeIds, ...window.params],
  );
  const count = (stage: LeadStage, outcome: 'WON' | 'LOST') => Number(rows.find((r) => r.stage === stage && r.outcome === outcome)?.n ?? 0);
  return OPEN_STAGES.map((stage) => {
    const won = count(stage, 'WON');
    const sampleSize = won + count(stage, 'LOST');
    const defaultProbability = STAGE_PROBABILITY[stage] / 100;
    return { stage, probability: sampleSize === 0 ? defaultProbability : ratio(won, sampleSize), defaultProbability, sampleSize };
  });
}
