import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { OfferStatusEnum } from './offer.entity.js';
import type { OfferStatus } from './offer.entity.js';

@InputType()
export class CreateOfferInput {
  @Field(() => ID, { nullable: true, description: 'The lead offered to (or clientId)' })
  leadId?: string | null;

  @Field(() => ID, { nullable: true })
  clientId?: string | null;

  @Field(() => ID)
  productId: string;

  @Field(() => MoneyScalar)
  amount: bigint;

  @Field(() => Int)
  tenorMonths: number;

  @Field(() => Float, { description: 'Percent per year, within the product’s range' })
  annualRate: number;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day the offer holds (default: in OFFER_VALID_DAYS days)' })
  validUntil?: string | null;
}

@InputType()
export class OfferFilterInput {
  @Field(() => ID, { nullable: true })
  leadId?: string | null;

  @Field(() => ID, { nullable: true })
  clientId?: string | null;

  @Field(() => OfferStatusEnum, { nullable: true })
  status?: OfferStatus | null;
}
