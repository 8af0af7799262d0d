import type { CampaignCardData } from '@prospek/shared';
import { moneyToDecimal } from '@prospek/shared';
import type { Campaign } from './campaign.entity.js';

/** The campaign as a live `campaigns` event carries it. */
export function toCampaignCard(campaign: Campaign): CampaignCardData {
  return {
    id: String(campaign.id),
    name: campaign.name,
    channel: campaign.channel,
    status: campaign.status,
    officeId: String(campaign.officeId),
    productId: campaign.productId === null ? null : String(campaign.productId),
    startDate: campaign.startDate,
    endDate: campaign.endDate,
    budget: moneyToDecimal(campaign.budget),
    spend: moneyToDecimal(campaign.spend),
    leadGoal: campaign.leadGoal,
    formEnabled: campaign.formEnabled,
    version: campaign.version,
  };
}
