/**
 * What each campaign has cost. Today that is the spend recorded on the campaign; when payables land, the
 * paid (and accrued) payables booked to a campaign replace it here, and every report asking follows.
 */
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { Campaign } from '../campaign/campaign.entity.js';
import { reportReader } from './report-reader.js';

export async function campaignSpend(dataSource: DataSource, campaignIds: readonly number[]): Promise<Map<number, bigint>> {
  if (campaignIds.length === 0) return new Map();
  const campaigns = await reportReader(dataSource).find(Campaign, { where: { id: In([...campaignIds]) }, select: { id: true, spend: true } });
  return new Map(campaigns.map((c) => [c.id, c.spend]));
}
