/**
 * Two figures kept on each row of a lead's stage history, so that the funnel and velocity reports read
 * one row per change in their period instead of every lead's whole history:
 * - `stayMs`: how long the lead stayed in the stage this change takes it out of (from the change before
 *   it, in order of time then id); null for the lead's first change, and after a won or lost stay.
 * - `advancedAtMs`: when the lead first reached a stage further along the pipeline after this change
 *   (epoch milliseconds, exact on both databases); null while it has not. A lost lead is behind every
 *   stage, so any later change advances it; nothing is beyond WON.
 * They follow from the history alone: `keepStageHistory` recomputes them for some leads and writes the
 * rows that differ, after a move, an import of history or a migration.
 */
import type { EntityManager } from 'typeorm';
import { LEAD_STAGES } from '@prospek/shared';
import type { LeadStage } from '@prospek/shared';
import { toInstant } from './columns.js';

const PIPELINE: readonly LeadStage[] = LEAD_STAGES.filter((s) => s !== 'LOST');
const rankOf = (stage: LeadStage): number => PIPELINE.indexOf(stage);
const CLOSED: ReadonlySet<LeadStage> = new Set(['WON', 'LOST']);

/** Leads per read, rows per write: small enough for SQLite's expression limits. */
const LEADS_PER_READ = 400;
const ROWS_PER_WRITE = 300;

export interface StageHistoryRow {
  id: number;
  toStage: LeadStage;
  changedAt: Date;
}

export interface StageHistoryKeeps {
  stayMs: number | null;
  advancedAtMs: number | null;
}

/** The kept figures of one lead's history, given in order of time then id. */
export function stageHistoryKeeps(rows: readonly StageHistoryRow[]): StageHistoryKeeps[] {
  const times = rows.map((r) => r.changedAt.getTime());
  return rows.map((row, i) => {
    const previous = i > 0 ? rows[i - 1] : null;
    const stayMs = previous && !CLOSED.has(previous.toStage) ? times[i] - times[i - 1] : null;
    const rank = rankOf(row.toStage);
    let advancedAtMs: number | null = null;
    for (let j = i + 1; j < rows.length; j++) {
      if (rankOf(rows[j].toStage) > rank) {
        advancedAtMs = times[j];
        break;
      }
    }
    return { stayMs, advancedAtMs };
  });
}

const kept = (value: number | string | null): number | null => (value === null ? null : Number(value));

/** Recomputes the kept figures of these leads' histories and writes the rows whose figures changed. */
export async function keepStageHistory(manager: EntityManager, leadIds: readonly number[]): Promise<number> {
  const q = (name: string) => manager.connection.driver.escape(name);
  const ids = [...new Set(leadIds)];
  let written = 0;
  for (let start = 0; start < ids.length; start += LEADS_PER_READ) {
    const part = ids.slice(start, start + LEADS_PER_READ);
    const rows: Array<{
      id: number;
      leadId: number;
      toStage: LeadStage;
      changedAt: Date | string;
      stayMs: number | string | null;
      advancedAtMs: number | string | null;
    }> = await manager.query(
      `SELECT ${q('id')} AS id, ${q('leadId')} AS leadId, ${q('toStage')} AS toStage, ${q('changedAt')} AS changedAt, ${q('stayMs')} AS stayMs, ${q('advancedAtMs')} AS advancedAtMs
       FROM ${q('lead_stage_change')} WHERE ${q('leadId')} IN (${part.map(() => '?').join(', ')}) ORDER BY ${q('leadId')}, ${q('changedAt')}, ${q('id')}`,
      part,
    );
    const changed: Array<{ id: number } & StageHistoryKeeps> = [];
    for (let i = 0; i < rows.length;) {
      let end = i;
      while (end < rows.length && Number(rows[end].leadId) === Number(rows[i].leadId)) end++;
      const history = rows.slice(i, end);
      const keeps = stageHistoryKeeps(history.map((r) => ({ id: Number(r.id), toStage: r.toStage, changedAt: toInstant(r.changedAt) as Date })));
      history.forEach((row, k) => {
        if (kept(row.stayMs) !== keeps[k].stayMs || kept(row.advancedAtMs) !== keeps[k].advancedAtMs) changed.push({ id: Number(row.id), ...keeps[k] });
      });
      i = end;
    }
    for (let w = 0; w < changed.length; w += ROWS_PER_WRITE) {
      const slice = changed.slice(w, w + ROWS_PER_WRITE);
      const cases = () => `CASE ${q('id')} ${slice.map(() => 'WHEN ? THEN ?').join(' ')} END`;
      await manager.query(
        `UPDATE ${q('lead_stage_change')} SET ${q('stayMs')} = ${cases()}, ${q('advancedAtMs')} = ${cases()}
         WHERE ${q('id')} IN (${slice.map(() => '?').join(', ')})`,
        [...slice.flatMap((r) => [r.id, r.stayMs]), ...slice.flatMap((r) => [r.id, r.advancedAtMs]), ...slice.map((r) => r.id)],
      );
    }
    written += changed.length;
  }
  return written;
}
