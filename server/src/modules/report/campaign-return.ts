/**
 * Per campaign running in the period: what it cost (campaign-spend.ts), the leads it brought, how many
 * were won, and what the clients won from it borrowed — per lead, per win and per rupiah spent.
 */
import type { DataSource } from 'typeorm';
import { campaignSpend } from './campaign-spend.js';
import type { Period } from './report-period.js';
import { reportQuery } from './report-reader.js';
import { placeholders } from './report-scope.js';
import type { ReportScope } from './report-scope.js';
import { ratio, reportSql } from './report-sql.js';
import type { CampaignReturn } from './report.types.js';

const perUnit = (spend: bigint, units: number): bigint | null => (units === 0 ? null : (spend + BigInt(units) / 2n) / BigInt(units));

export async function campaignReturn(dataSource: DataSource, scope: ReportScope, period: Period): Promise<CampaignReturn> {
  const s = reportSql(dataSource);
  const q = s.id;
  const campaigns = await reportQuery<{ id: number | string; name: string }>(
    dataSource,
    `SELECT cm.${q('id')} AS id, cm.${q('name')} AS name FROM ${q('campaign')} cm
     WHERE cm.${q('officeId')} IN ${placeholders(scope.officeIds)} AND cm.${q('startDate')} <= ? AND cm.${q('endDate')} >= ? ORDER BY cm.${q('startDate')}, cm.${q('id')}`,
    [...scope.officeIds, period.to, period.from],
  );
  if (campaigns.length === 0) return { rows: [] };
  const ids = campaigns.map((c) => Number(c.id));
  const owner = scope.officerId === null ? { sql: '', params: [] as unknown[] } : { sql: ` AND l.${q('ownerId')} = ?`, params: [scope.officerId] };
  const leads = await reportQuery<{ campaignId: number | string; n: number | string; won: number | string }>(
    dataSource,
    `SELECT l.${q('campaignId')} AS campaignId, COUNT(*) AS n, SUM(CASE WHEN l.${q('stage')} = 'WON' THEN 1 ELSE 0 END) AS won
     FROM ${q('lead')} l WHERE l.${q('campaignId')} IN ${placeholders(ids)}${owner.sql} GROUP BY l.${q('campaignId')}`,
    [...ids, ...owner.params],
  );
  const loans = await reportQuery<{ campaignId: number | string; amount: string }>(
    dataSource,
    `SELECT l.${q('campaignId')} AS campaignId, ${s.sumAsText(`ln.${q('principal')}`)} AS amount
     FROM ${q('lead')} l JOIN ${q('loan')} ln ON ln.${q('clientId')} = l.${q('clientId')}
     WHERE l.${q('campaignId')} IN ${placeholders(ids)} AND l.${q('stage')} = 'WON'${owner.sql} GROUP BY l.${q('campaignId')}`,
    [...ids, ...owner.params],
  );
  const spend = await campaignSpend(dataSource, ids);
  return {
    rows: campaigns.map((campaign) => {
      const id = Number(campaign.id);
      const counted = leads.find((r) => Number(r.campaignId) === id);
      const cost = spend.get(id) ?? 0n;
      const leadCount = Number(counted?.n ?? 0);
      const wonCount = Number(counted?.won ?? 0);
      const disbursement = BigInt(loans.find((r) => Number(r.campaignId) === id)?.amount ?? 0);
      return {
        campaignId: String(id),
        name: campaign.name,
        spend: cost,
        leads: leadCount,
        costPerLead: perUnit(cost, leadCount),
        wonCount,
        costPerWon: perUnit(cost, wonCount),
        disbursement,
        disbursementPerRupiah: cost === 0n ? null : ratio(disbursement, cost),
      };
    }),
  };
}
