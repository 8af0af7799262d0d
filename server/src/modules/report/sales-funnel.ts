/**
 * The funnel from the stage history: leads that entered each stage in the period, and the share of them
 * that went further along the pipeline (to any later stage, skipped stages included) by the period's end.
 */
import type { DataSource } from 'typeorm';
import { LEAD_STAGES } from '@prospek/shared';
import type { LeadStage } from '@prospek/shared';
import { bucketOf, ZONE_OFFSET_HOURS } from './report-period.js';
import type { Grouping, Period } from './report-period.js';
import { reportQuery } from './report-reader.js';
import { periodCondition, placeholders } from './report-scope.js';
import type { ReportScope } from './report-scope.js';
import { ratio, reportSql } from './report-sql.js';
import type { FunnelPoint, SalesFunnel } from './report.types.js';

export async function salesFunnel(dataSource: DataSource, scope: ReportScope, period: Period, grouping: Grouping | null): Promise<SalesFunnel> {
  const s = reportSql(dataSource);
  const q = s.id;
  const owner = scope.officerId === null ? { sql: '', params: [] as unknown[] } : { sql: ` AND l.${q('ownerId')} = ?`, params: [scope.officerId] };
  const inA = periodCondition(scope, period, `l.${q('officeId')}`, `a.${q('changedAt')}`, s.instant);
  const inB = periodCondition(scope, period, `l.${q('officeId')}`, `b.${q('changedAt')}`, s.instant);
  const base = `FROM ${q('lead_stage_change')} a JOIN ${q('lead')} l ON l.${q('id')} = a.${q('leadId')} WHERE ${inA.sql}${owner.sql}`;
  // The counts, the conversions and the series do not depend on each other: they run side by side.
  const [entered, moved, series] = await Promise.all([
    reportQuery<{ stage: LeadStage; n: number | string }>(
      dataSource,
      `SELECT a.${q('toStage')} AS stage, COUNT(DISTINCT a.${q('leadId')}) AS n ${base} GROUP BY a.${q('toStage')}`,
      [...inA.params, ...owner.params],
    ),
    reportQuery<{ stage: LeadStage; n: number | string }>(
      dataSource,
      `SELECT a.${q('toStage')} AS stage, COUNT(DISTINCT a.${q('leadId')}) AS n ${base}
     AND EXISTS (SELECT 1 FROM ${q('lead_stage_change')} b WHERE b.${q('leadId')} = a.${q('leadId')}
       AND ${s.stageRank(`b.${q('toStage')}`)} > ${s.stageRank(`a.${q('toStage')}`)}
       AND (b.${q('changedAt')} > a.${q('changedAt')} OR (b.${q('changedAt')} = a.${q('changedAt')} AND b.${q('id')} > a.${q('id')})) AND ${inB.sql})
     GROUP BY a.${q('toStage')}`,
      [...inA.params, ...owner.params, ...inB.params],
    ),
    grouping ? funnelSeries(dataSource, scope, period, grouping, owner) : Promise.resolve([]),
  ]);
  const count = (rows: Array<{ stage: LeadStage; n: number | string }>, stage: LeadStage) => Number(rows.find((r) => r.stage === stage)?.n ?? 0);
  const stages = LEAD_STAGES.map((stage) => {
    const n = count(entered, stage);
    const last = stage === 'WON' || stage === 'LOST';
    return { stage, entered: n, conversionToNext: last ? null : ratio(count(moved, stage), n) };
  });
  return { stages, series };
}

async function funnelSeries(
  dataSource: DataSource,
  scope: ReportScope,
  period: Period,
  grouping: Grouping,
  owner: { sql: string; params: unknown[] },
): Promise<FunnelPoint[]> {
  const s = reportSql(dataSource);
  const q = s.id;
  const totals = new Map<string, number>();
  // One query per time zone (side by side): each office's days are cut at its own midnight.
  const perZone = await Promise.all(
    [...scope.zones].map(([zone, ids]) => {
      const single = { ...scope, zones: new Map([[zone, ids]]) };
      const inA = periodCondition(single, period, `l.${q('officeId')}`, `a.${q('changedAt')}`, s.instant);
      const day = s.localDate(`a.${q('changedAt')}`, ZONE_OFFSET_HOURS[zone]);
      return reportQuery<{ day: string; stage: LeadStage; n: number | string }>(
        dataSource,
        `SELECT ${day} AS day, a.${q('toStage')} AS stage, COUNT(*) AS n FROM ${q('lead_stage_change')} a JOIN ${q('lead')} l ON l.${q('id')} = a.${q('leadId')}
         WHERE l.${q('officeId')} IN ${placeholders(ids)} AND ${inA.sql}${owner.sql} GROUP BY ${day}, a.${q('toStage')}`,
        [...ids, ...inA.params, ...owner.params],
      );
    }),
  );
  for (const rows of perZone) {
    for (const row of rows) {
      const key = `${bucketOf(String(row.day), grouping)}|${row.stage}`;
      totals.set(key, (totals.get(key) ?? 0) + Number(row.n));
    }
  }
  return [...totals.entries()]
    .map(([key, entered]) => {
      const [period, stage] = key.split('|') as [string, LeadStage];
      return { period, stage, entered };
    })
    .sort((x, y) => (x.period === y.period ? LEAD_STAGES.indexOf(x.stage) - LEAD_STAGES.indexOf(y.stage) : x.period < y.period ? -1 : 1));
}
