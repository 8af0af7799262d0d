/**
 * How long leads stay in each stage: every stay that ended in the period (a change out of the stage), from
 * the change that brought the lead in; and the days from creation to WON of the leads won in the period.
 */
import type { DataSource } from 'typeorm';
import type { LeadStage } from '@prospek/shared';
import type { Period } from './report-period.js';
import { reportQuery } from './report-reader.js';
import { periodCondition } from './report-scope.js';
import type { ReportScope } from './report-scope.js';
import { PIPELINE, reportSql } from './report-sql.js';
import type { PipelineVelocity } from './report.types.js';

const DAY_MS = 86_400_000;
const days = (ms: number) => Math.round((ms / DAY_MS) * 100) / 100;
/** The sample of days to a win, beside the stages' samples of stays. */
const TO_WIN = 'TO_WIN';

/** Only the ranks a median and a 90th percentile (nearest rank) read, with the size of their sample. */
interface RankRow {
  sample: LeadStage | typeof TO_WIN;
  ms: number | string;
  rn: number | string;
  size: number | string;
}

/**
 * The stays and the days to a win are worked out in SQL, each from the change before it in the lead's
 * history, and ranked there: only the rows at the median's and the 90th percentile's ranks come back,
 * not the histories of every lead.
 */
export async function pipelineVelocity(dataSource: DataSource, scope: ReportScope, period: Period): Promise<PipelineVelocity> {
  const s = reportSql(dataSource);
  const q = s.id;
  const owner = scope.officerId === null ? { sql: '', params: [] as unknown[] } : { sql: ` AND l.${q('ownerId')} = ?`, params: [scope.officerId] };
  const inX = periodCondition(scope, period, `l.${q('officeId')}`, `x.${q('changedAt')}`, s.instant);
  const inH = periodCondition(scope, period, `h.${q('officeId')}`, `h.${q('changedAt')}`, s.instant);
  const history = `PARTITION BY c.${q('leadId')} ORDER BY c.${q('changedAt')}, c.${q('id')}`;
  const at = s.epochMs(`h.${q('changedAt')}`);
  // From the lead's first recorded change or its creation, whichever came first (an import may back-date the history).
  const sinceCreated = `${at} - ${s.epochMs(`h.${q('createdAt')}`)}`;
  const sinceFirst = `${at} - ${s.epochMs(`h.${q('firstAt')}`)}`;
  // The whole history of every lead that changed stage in the period: the change before a change is the stay it ends.
  const h = `SELECT c.${q('toStage')} AS ${q('toStage')}, c.${q('changedAt')} AS ${q('changedAt')}, l.${q('officeId')} AS ${q('officeId')}, l.${q('createdAt')} AS ${q('createdAt')},
       LAG(c.${q('toStage')}) OVER (${history}) AS ${q('prevStage')}, LAG(c.${q('changedAt')}) OVER (${history}) AS ${q('prevAt')},
       MIN(c.${q('changedAt')}) OVER (PARTITION BY c.${q('leadId')}) AS ${q('firstAt')}
     FROM ${q('lead_stage_change')} c JOIN ${q('lead')} l ON l.${q('id')} = c.${q('leadId')}
     WHERE c.${q('leadId')} IN (SELECT x.${q('leadId')} FROM ${q('lead_stage_change')} x JOIN ${q('lead')} l ON l.${q('id')} = x.${q('leadId')} WHERE ${inX.sql}${owner.sql})`;
  const samples = `SELECT h.${q('prevStage')} AS ${q('sample')}, ${at} - ${s.epochMs(`h.${q('prevAt')}`)} AS ${q('ms')} FROM h
       WHERE ${inH.sql} AND h.${q('prevStage')} IS NOT NULL AND h.${q('prevStage')} NOT IN ('WON', 'LOST')
     UNION ALL
     SELECT '${TO_WIN}' AS ${q('sample')}, CASE WHEN ${sinceCreated} > ${sinceFirst} THEN ${sinceCreated} ELSE ${sinceFirst} END AS ${q('ms')} FROM h
       WHERE ${inH.sql} AND h.${q('toStage')} = 'WON'`;
  const rows = await reportQuery<RankRow>(
    dataSource,
    `WITH h AS (${h}), samples AS (${samples})
     SELECT r.${q('sample')} AS ${q('sample')}, r.${q('ms')} AS ${q('ms')}, r.${q('rn')} AS ${q('rn')}, r.${q('size')} AS ${q('size')} FROM (
       SELECT ${q('sample')}, ${q('ms')}, ROW_NUMBER() OVER (PARTITION BY ${q('sample')} ORDER BY ${q('ms')}) AS ${q('rn')},
         COUNT(*) OVER (PARTITION BY ${q('sample')}) AS ${q('size')} FROM samples) r
     WHERE (r.${q('rn')} * 2 >= r.${q('size')} AND r.${q('rn')} * 2 <= r.${q('size')} + 2) OR (r.${q('rn')} * 10 >= r.${q('size')} * 9 AND r.${q('rn')} * 10 < r.${q('size')} * 9 + 20)`,
    [...inX.params, ...owner.params, ...inH.params, ...inH.params],
  );
  const ranked = new Map<string, { size: number; at: Map<number, number> }>();
  for (const row of rows) {
    const entry = ranked.get(row.sample) ?? { size: Number(row.size), at: new Map<number, number>() };
    entry.at.set(Number(row.rn), Number(row.ms));
    ranked.set(row.sample, entry);
  }
  const figures = (sample: string) => {
    const entry = ranked.get(sample);
    if (!entry) return { median: null, p90: null, size: 0 };
    const { size, at: value } = entry;
    const nth = (rank: number) => value.get(rank) ?? 0;
    // As median() and percentile() of report-sql.ts over the whole sorted sample.
    const mid = size % 2 === 1 ? nth((size + 1) / 2) : (nth(size / 2) + nth(size / 2 + 1)) / 2;
    return { median: mid, p90: nth(Math.max(1, Math.ceil((90 / 100) * size))), size };
  };
  const stages = PIPELINE.filter((stage) => stage !== 'WON').map((stage) => {
    const f = figures(stage);
    return { stage, medianDays: f.median === null ? null : days(f.median), p90Days: f.p90 === null ? null : days(f.p90), sampleSize: f.size };
  });
  const win = figures(TO_WIN);
  return { stages, medianDaysToWin: win.median === null ? null : days(win.median), wonSampleSize: win.size };
}
