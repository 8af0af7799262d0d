/**
 * The funnel from the stage history: leads that entered each stage in the period, and the share of them
 * that went further along the pipeline (to any later stage, skipped stages included) by the period's end.
 */
import type { DataSource } from 'typeorm';
import { LEAD_STAGES } from '@prospek/shared';
import type { LeadStage } from '@prospek/shared';
import { bucketOf, instantBounds, ZONE_OFFSET_HOURS } from './report-period.js';
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
  // A change went further when its lead reached a later stage before the period's end in its office's zone
  // (each change keeps when that first happened: db/stage-history.ts).
  const ends = [...scope.zones].map(([zone, ids]) => ({ ids, end: instantBounds(period, zone).end.getTime() }));
  const further =
    ends.length === 1
      ? { sql: `a.${q('advancedAtMs')} < ?`, params: [ends[0].end] }
      : {
          sql: `a.${q('advancedAtMs')} < CASE ${ends.map((e) => `WHEN l.${q('officeId')} IN ${placeholders(e.ids)} THEN ?`).join(' ')} END`,
          params: ends.flatMap((e) => [...e.ids, e.end]),
        };
  // The counts and the series do not depend on each other: they run side by side.
  const [counted, series] = await Promise.all([
    reportQuery<{ stage: LeadStage; n: number | string; moved: number | string }>(
      dataSource,
      `SELECT a.${q('toStage')} AS stage, COUNT(DISTINCT a.${q('leadId')}) AS n,
         COUNT(DISTINCT CASE WHEN ${further.sql} THEN a.${q('leadId')} END) AS moved
       FROM ${q('lead_stage_change')} a JOIN ${q('lead')} l ON l.${q('id')} = a.${q('leadId')} WHERE ${inA.sql}${owner.sql} GROUP BY a.${q('toStage')}`,
      [...further.params, ...inA.params, ...owner.params],
    ),
    grouping ? funnelSeries(dataSource, scope, period, grouping, owner) : Promise.resolve([]),
  ]);
  const count = (stage: LeadStage, key: 'n' | 'moved') => Number(counted.find((r) => r.stage === stage)?.[key] ?? 0);
  const stages = LEAD_STAGES.map((stage) => {
    const n = count(stage, 'n');
    const last = stage === 'WON' || stage === 'LOST';
    return { stage, entered: n, conversionToNext: last ? null : ratio(count(stage, 'moved'), n) };
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
  // One pass: each office's days are cut at its own midnight (office ids are numbers from the database).
  const inA = periodCondition(scope, period, `l.${q('officeId')}`, `a.${q('changedAt')}`, s.instant);
  const zones = [...scope.zones];
  const day =
    zones.length === 1
      ? s.localDate(`a.${q('changedAt')}`, ZONE_OFFSET_HOURS[zones[0][0]])
      : `CASE ${zones.map(([zone, ids]) => `WHEN l.${q('officeId')} IN (${ids.map(Number).join(', ')}) THEN ${s.localDate(`a.${q('changedAt')}`, ZONE_OFFSET_HOURS[zone])}`).join(' ')} END`;
  const rows = await reportQuery<{ day: string; stage: LeadStage; n: number | string }>(
    dataSource,
    `SELECT ${day} AS ${q('day')}, a.${q('toStage')} AS ${q('stage')}, COUNT(*) AS n FROM ${q('lead_stage_change')} a JOIN ${q('lead')} l ON l.${q('id')} = a.${q('leadId')}
     WHERE ${inA.sql}${owner.sql} GROUP BY ${q('day')}, a.${q('toStage')}`,
    [...inA.params, ...owner.params],
  );
  for (const row of rows) {
    const key = `${bucketOf(String(row.day), grouping)}|${row.stage}`;
    totals.set(key, (totals.get(key) ?? 0) + Number(row.n));
  }
  return [...totals.entries()]
    .map(([key, entered]) => {
      const [period, stage] = key.split('|') as [string, LeadStage];
      return { period, stage, entered };
    })
    .sort((x, y) => (x.period === y.period ? LEAD_STAGES.indexOf(x.stage) - LEAD_STAGES.indexOf(y.stage) : x.period < y.period ? -1 : 1));
}
