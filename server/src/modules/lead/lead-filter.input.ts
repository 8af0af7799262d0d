import { Field, ID, InputType } from 'type-graphql';
import type { LeadFilter, LeadSource, Segment } from '@prospek/shared';
import { SegmentEnum } from '../user/user.entity.js';
import { LeadSourceEnum } from './lead.entity.js';

@InputType()
export class LeadFilterInput implements LeadFilter {
  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only leads waiting in a pool' })
  unassigned?: boolean | null;

  @Field(() => ID, { nullable: true })
  campaignId?: string | null;

  @Field(() => SegmentEnum, { nullable: true })
  segment?: Segment | null;

  @Field(() => LeadSourceEnum, { nullable: true })
  source?: LeadSource | null;

  @Field(() => String, { nullable: true, description: 'Matches name, company or phone' })
  search?: string | null;
}
