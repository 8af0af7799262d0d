/**
 * Leads won and lost in the period (their current stage WON or LOST, entered in the period), counted and
 * summed by source, campaign, segment, product and lost reason.
 */
import type { DataSource } from 'typeorm';
import type { Period } from './report-period.js';
import { reportQuery } from './report-reader.js';
import { periodCondition } from './report-scope.js';
import type { ReportScope } from './report-scope.js';
import { ratio, reportSql } from './report-sql.js';
import type { WinLoss, WinLossRow } from './report.types.js';

interface Row {
  stage: 'WON' | 'LOST';
  source: string;
  campaignId: number | string | null;
  campaignName: string | null;
  segment: string | null;
  productId: number | string | null;
  productName: string | null;
  lostReason: string | null;
  n: number | string;
  amount: string;
}

const DIMENSIONS = [
  ['SOURCE', (r: Row) => [r.source, null]],
  ['CAMPAIGN', (r: Row) => [r.campaignId === null ? null : String(r.campaignId), r.campaignName]],
  ['SEGMENT', (r: Row) => [r.segment, null]],
  ['PRODUCT', (r: Row) => [r.productId === null ? null : String(r.productId), r.productName]],
  ['LOST_REASON', (r: Row) => (r.stage === 'LOST' ? [r.lostReason, null] : undefined)],
] as const satisfies ReadonlyArray<readonly [string, (r: Row) => [string | null, string | null] | undefined]>;

export async function winLoss(dataSource: DataSource, scope: ReportScope, period: Period): Promise<WinLoss> {
  const s = reportSql(dataSource);
  const q = s.id;
  const within = periodCondition(scope, period, `l.${q('officeId')}`, `l.${q('stageEnteredAt')}`, s.instant);
  const owner = scope.officerId === null ? { sql: '', params: [] as unknown[] } : { sql: ` AND l.${q('ownerId')} = ?`, params: [scope.officerId] };
  const keys = ['stage', 'source', 'campaignId', 'segment', 'productId', 'lostReason'].map((c) => `l.${q(c)}`);
  const rows = await reportQuery<Row>(
    dataSource,
    `SELECT ${keys.join(', ')}, cm.${q('name')} AS campaignName, p.${q('name')} AS productName, COUNT(*) AS n, ${s.sumAsText(`l.${q('estimatedAmount')}`)} AS amount
     FROM ${q('lead')} l LEFT JOIN ${q('campaign')} cm ON cm.${q('id')} = l.${q('campaignId')} LEFT JOIN ${q('product')} p ON p.${q('id')} = l.${q('productId')}
     WHERE l.${q('stage')} IN ('WON', 'LOST') AND ${within.sql}${owner.sql}
     GROUP BY ${keys.join(', ')}, cm.${q('name')}, p.${q('name')}`,
    [...within.params, ...owner.params],
  );
  const table = new Map<string, WinLossRow>();
  let wonCount = 0;
  let lostCount = 0;
  let wonAmount = 0n;
  let lostAmount = 0n;
  for (const row of rows) {
    const n = Number(row.n);
    const amount = BigInt(row.amount);
    if (row.stage === 'WON') [wonCount, wonAmount] = [wonCount + n, wonAmount + amount];
    else [lostCount, lostAmount] = [lostCount + n, lostAmount + amount];
    for (const [dimension, pick] of DIMENSIONS) {
      const picked = pick(row);
      if (!picked) continue;
      const [key, label] = picked;
      const id = `${dimension}|${key ?? ''}`;
      const entry = table.get(id) ?? { dimension, key, label, wonCount: 0, wonAmount: 0n, lostCount: 0, lostAmount: 0n };
      if (row.stage === 'WON') [entry.wonCount, entry.wonAmount] = [entry.wonCount + n, entry.wonAmount + amount];
      else [entry.lostCount, entry.lostAmount] = [entry.lostCount + n, entry.lostAmount + amount];
      table.set(id, entry);
    }
  }
  const order = DIMENSIONS.map(([d]) => d as string);
  const result = [...table.values()].sort(
    (a, b) =>
      order.indexOf(a.dimension) - order.indexOf(b.dimension) ||
      b.wonCount + b.lostCount - (a.wonCount + a.lostCount) ||
      String(a.key).localeCompare(String(b.key)),
  );
  return { wonCount, wonAmount, lostCount, lostAmount, winRate: ratio(wonCount, wonCount + lostCount), rows: result };
}
