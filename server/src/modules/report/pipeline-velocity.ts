/**
 * How long leads stay in each stage: every stay that ended in the period (a change out of the stage), from
 * the change that brought the lead in; and the days from creation to WON of the leads won in the period.
 * Each change keeps the length of the stay it ends (db/stage-history.ts), so the period's changes alone
 * are read, and the database ranks them: only the rows at the median and the 90th percentile come back.
 */
import type { DataSource } from 'typeorm';
import { OPEN_STAGES } from '@prospek/shared';
import type { LeadStage } from '@prospek/shared';
import { isMysql } from '../../db/data-source.js';
import { reportQuery } from './report-reader.js';
import type { Period } from './report-period.js';
import { periodCondition, placeholders } from './report-scope.js';
import type { ReportScope } from './report-scope.js';
import { median, PIPELINE, reportSql, toInstant } from './report-sql.js';
import type { PipelineVelocity } from './report.types.js';

const DAY_MS = 86_400_000;
const days = (ms: number) => Math.round((ms / DAY_MS) * 100) / 100;

interface RankedRow {
  stage: LeadStage;
  ms: number | string;
  rn: number | string;
  n: number | string;
}

interface WonRow {
  changedAt: Date | string;
  createdAt: Date | string;
  firstAt: Date | string;
}

export async function pipelineVelocity(dataSource: DataSource, scope: ReportScope, period: Period): Promise<PipelineVelocity> {
  const s = reportSql(dataSource);
  const q = s.id;
  const div = (a: string, b: number) => (isMysql(dataSource) ? `(${a}) DIV ${b}` : `(${a}) / ${b}`);
  const owner = scope.officerId === null ? { sql: '', params: [] as unknown[] } : { sql: ` AND l.${q('ownerId')} = ?`, params: [scope.officerId] };
  const inC = periodCondition(scope, period, `l.${q('officeId')}`, `c.${q('changedAt')}`, s.instant);
  const [ranked, won] = await Promise.all([
    // Per stage left, the stays ranked by length with their count: the rows at the median (one or the two
    // middle ones) and at the 90th percentile's nearest rank.
    reportQuery<RankedRow>(
      dataSource,
      `SELECT t.stage AS stage, t.ms AS ms, t.rn AS rn, t.n AS n FROM (
         SELECT c.${q('fromStage')} AS stage, c.${q('stayMs')} AS ms,
           ROW_NUMBER() OVER (PARTITION BY c.${q('fromStage')} ORDER BY c.${q('stayMs')}) AS rn,
           COUNT(*) OVER (PARTITION BY c.${q('fromStage')}) AS n
         FROM ${q('lead_stage_change')} c JOIN ${q('lead')} l ON l.${q('id')} = c.${q('leadId')}
         WHERE ${inC.sql}${owner.sql} AND c.${q('stayMs')} IS NOT NULL AND c.${q('fromStage')} IN ${placeholders(OPEN_STAGES)}
       ) t
       WHERE t.rn = ${div('t.n + 1', 2)} OR t.rn = ${div('t.n', 2)} + 1 OR t.rn = ${div('9 * t.n + 9', 10)}`,
      [...inC.params, ...owner.params, ...OPEN_STAGES],
    ),
    // The leads won in the period, from their first recorded change (an import may back-date the history
    // before the row's creation).
    reportQuery<WonRow>(
      dataSource,
      `SELECT c.${q('changedAt')} AS changedAt, l.${q('createdAt')} AS createdAt,
         (SELECT MIN(f.${q('changedAt')}) FROM ${q('lead_stage_change')} f WHERE f.${q('leadId')} = c.${q('leadId')}) AS firstAt
       FROM ${q('lead_stage_change')} c JOIN ${q('lead')} l ON l.${q('id')} = c.${q('leadId')}
       WHERE ${inC.sql}${owner.sql} AND c.${q('toStage')} = 'WON'`,
      [...inC.params, ...owner.params],
    ),
  ]);
  const stages = PIPELINE.filter((stage) => stage !== 'WON').map((stage) => {
    const rows = ranked.filter((r) => r.stage === stage);
    const n = rows.length === 0 ? 0 : Number(rows[0].n);
    const at = (rank: number) => Number(rows.find((r) => Number(r.rn) === rank)?.ms);
    if (n === 0) return { stage, medianDays: null, p90Days: null, sampleSize: 0 };
    const mid = n % 2 === 1 ? at((n + 1) / 2) : (at(n / 2) + at(n / 2 + 1)) / 2;
    return { stage, medianDays: days(mid), p90Days: days(at(Math.floor((9 * n + 9) / 10))), sampleSize: n };
  });
  const toWin = won
    .map((row) => toInstant(row.changedAt).getTime() - Math.min(toInstant(row.createdAt).getTime(), toInstant(row.firstAt).getTime()))
    .sort((a, b) => a - b);
  const win = median(toWin);
  return { stages, medianDaysToWin: win === null ? null : days(win), wonSampleSize: toWin.length };
}
