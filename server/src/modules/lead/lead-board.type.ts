import { Field, Int, ObjectType } from 'type-graphql';
import type { LeadStage } from '@prospek/shared';
import { Paginated } from '../../graphql/pagination.js';
import { MoneyScalar } from '../../graphql/scalars.js';
import { Lead, LeadStageEnum } from './lead.entity.js';

/** One stage column: totals over every matching lead, and its first cards. */
@ObjectType({ simpleResolvers: true })
export class LeadColumn {
  @Field(() => LeadStageEnum)
  stage: LeadStage;

  @Field(() => Int, { description: 'Matching leads in the stage (not only the cards loaded)' })
  count: number;

  @Field(() => MoneyScalar)
  totalAmount: bigint;

  @Field(() => MoneyScalar, { description: 'totalAmount × the stage’s default win probability' })
  weightedAmount: bigint;

  @Field(() => Int, { description: 'Default win probability of the stage, percent' })
  probability: number;

  @Field(() => [Lead])
  cards: Lead[];

  @Field()
  hasMore: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor for leadColumn(after:) to load more' })
  endCursor: string | null;
}

@ObjectType()
export class LeadBoard {
  @Field(() => [LeadColumn])
  columns: LeadColumn[];
}

@ObjectType()
export class LeadConnection extends Paginated(Lead) {}

@ObjectType()
export class LeadColumnPage {
  @Field(() => [Lead])
  cards: Lead[];

  @Field()
  hasMore: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}
