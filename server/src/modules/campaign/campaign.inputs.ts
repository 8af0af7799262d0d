import { Field, ID, InputType, Int } from 'type-graphql';
import type { CampaignChannel, CampaignStatus } from '@prospek/shared';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { CampaignChannelEnum, CampaignStatusEnum } from './campaign.entity.js';

@InputType()
export class CampaignFieldsInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => CampaignChannelEnum, { nullable: true })
  channel?: CampaignChannel | null;

  @Field(() => ID, { nullable: true })
  productId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Default: the creator’s office' })
  officeId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  startDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  endDate?: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  budget?: bigint | null;

  @Field(() => MoneyScalar, { nullable: true })
  spend?: bigint | null;

  @Field(() => Int, { nullable: true })
  leadGoal?: number | null;

  @Field(() => CampaignStatusEnum, { nullable: true })
  status?: CampaignStatus | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Boolean, { nullable: true })
  formEnabled?: boolean | null;
}

@InputType()
export class UpdateCampaignInput extends CampaignFieldsInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;
}

@InputType()
export class CampaignFilterInput {
  @Field(() => CampaignStatusEnum, { nullable: true })
  status?: CampaignStatus | null;

  @Field(() => String, { nullable: true })
  search?: string | null;
}
