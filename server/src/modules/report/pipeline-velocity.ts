/**
 * How long leads stay in each stage: every stay that ended in the period (a change out of the stage), from
 * the change that brought the lead in; and the days from creation to WON of the leads won in the period.
 */
import type { DataSource } from 'typeorm';
import type { LeadStage } from '@prospek/shared';
import { instantBounds } from './report-period.js';
import type { Period } from './report-period.js';
import { reportQuery } from './report-reader.js';
import { periodCondition } from './report-scope.js';
import type { ReportScope } from './report-scope.js';
import { median, percentile, PIPELINE, reportSql, toInstant } from './report-sql.js';
import type { PipelineVelocity } from './report.types.js';

const DAY_MS = 86_400_000;
const days = (ms: number) => Math.round((ms / DAY_MS) * 100) / 100;

interface ChangeRow {
  leadId: number | string;
  officeId: number | string;
  toStage: LeadStage;
  changedAt: Date | string;
  createdAt: Date | string;
}

export async function pipelineVelocity(dataSource: DataSource, scope: ReportScope, period: Period): Promise<PipelineVelocity> {
  const s = reportSql(dataSource);
  const q = s.id;
  const owner = scope.officerId === null ? { sql: '', params: [] as unknown[] } : { sql: ` AND l.${q('ownerId')} = ?`, params: [scope.officerId] };
  const inX = periodCondition(scope, period, `l.${q('officeId')}`, `x.${q('changedAt')}`, s.instant);
  // The whole history of every lead that changed stage in the period (up to the period's end).
  const rows = await reportQuery<ChangeRow>(
    dataSource,
    `SELECT c.${q('leadId')} AS leadId, l.${q('officeId')} AS officeId, c.${q('toStage')} AS toStage, c.${q('changedAt')} AS changedAt, l.${q('createdAt')} AS createdAt
     FROM ${q('lead_stage_change')} c JOIN ${q('lead')} l ON l.${q('id')} = c.${q('leadId')}
     WHERE c.${q('leadId')} IN (SELECT x.${q('leadId')} FROM ${q('lead_stage_change')} x JOIN ${q('lead')} l ON l.${q('id')} = x.${q('leadId')} WHERE ${inX.sql}${owner.sql})
     ORDER BY c.${q('leadId')}, c.${q('changedAt')}, c.${q('id')}`,
    [...inX.params, ...owner.params],
  );
  const bounds = new Map([...scope.zones.keys()].map((zone) => [zone, instantBounds(period, zone)]));
  const inPeriod = (officeId: number, at: Date) => {
    const b = bounds.get(scope.zoneOf.get(officeId) ?? 'Asia/Jakarta');
    return !!b && at >= b.start && at < b.end;
  };
  const stays = new Map<LeadStage, number[]>(PIPELINE.map((stage) => [stage, []]));
  const toWin: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const at = toInstant(row.changedAt);
    const officeId = Number(row.officeId);
    if (!inPeriod(officeId, at)) continue;
    const previous = i > 0 && String(rows[i - 1].leadId) === String(row.leadId) ? rows[i - 1] : null;
    if (previous && previous.toStage !== 'WON' && previous.toStage !== 'LOST') {
      stays.get(previous.toStage)?.push(at.getTime() - toInstant(previous.changedAt).getTime());
    }
    if (row.toStage === 'WON') {
      // From the lead's first recorded change (an import may back-date the history before the row's creation).
      let first = i;
      while (first > 0 && String(rows[first - 1].leadId) === String(row.leadId)) first--;
      const start = Math.min(toInstant(row.createdAt).getTime(), toInstant(rows[first].changedAt).getTime());
      toWin.push(at.getTime() - start);
    }
  }
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const stages = PIPELINE.filter((stage) => stage !== 'WON').map((stage) => {
    const sample = sorted(stays.get(stage) ?? []);
    const mid = median(sample);
    const p90 = percentile(sample, 90);
    return { stage, medianDays: mid === null ? null : days(mid), p90Days: p90 === null ? null : days(p90), sampleSize: sample.length };
  });
  const win = median(sorted(toWin));
  return { stages, medianDaysToWin: win === null ? null : days(win), wonSampleSize: toWin.length };
}
