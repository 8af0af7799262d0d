import { Field, ID, InputType, Int } from 'type-graphql';
import type { LeadStage } from '@prospek/shared';
import { LeadStageEnum } from './lead.entity.js';

@InputType()
export class MoveLeadInput {
  @Field(() => ID)
  id: string;

  @Field(() => LeadStageEnum)
  stage: LeadStage;

  @Field(() => ID, { nullable: true, description: 'The card the lead lands below (null: top of the column)' })
  afterId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The card the lead lands above' })
  beforeId?: string | null;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'Required when moving to LOST' })
  lostReason?: string | null;
}
