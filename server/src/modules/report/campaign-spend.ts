/**
 * What each campaign has cost over its life. The payables charged to it (issued, partly paid or paid, with
 * their PPN; drafts and cancelled ones left out) are its spend once it has any, as the money view's budget
 * against actual counts them; a campaign with none yet keeps the spend entered on it by hand.
 */
import type { DataSource } from 'typeorm';
import { reportQuery } from './report-reader.js';
import { placeholders } from './report-scope.js';
import { reportSql } from './report-sql.js';

export async function campaignSpend(dataSource: DataSource, campaignIds: readonly number[]): Promise<Map<number, bigint>> {
  if (campaignIds.length === 0) return new Map();
  const s = reportSql(dataSource);
  const q = s.id;
  const rows = await reportQuery<{ id: number | string; entered: number | string | null; invoiced: string | null; payables: number | string }>(
    dataSource,
    `SELECT c.${q('id')} AS id, c.${q('spend')} AS entered, ${s.sumAsText(`i.${q('total')}`)} AS invoiced, COUNT(i.${q('id')}) AS payables
     FROM ${q('campaign')} c
     LEFT JOIN ${q('invoice')} i ON i.${q('campaignId')} = c.${q('id')} AND i.${q('kind')} = 'PAYABLE' AND i.${q('status')} IN ('ISSUED', 'PARTIALLY_PAID', 'PAID')
     WHERE c.${q('id')} IN ${placeholders(campaignIds)} GROUP BY c.${q('id')}, c.${q('spend')}`,
    [...campaignIds],
  );
  return new Map(rows.map((r) => [Number(r.id), Number(r.payables) > 0 ? BigInt(r.invoiced ?? 0) : BigInt(r.entered ?? 0)]));
}
