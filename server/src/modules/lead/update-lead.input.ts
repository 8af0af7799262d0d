import { Field, ID, InputType, Int } from 'type-graphql';
import type { LeadFieldsInput } from '@prospek/shared';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { SegmentEnum } from '../user/user.entity.js';
import { LeadSourceEnum } from './lead.entity.js';

/** Fields left out stay as they are; `null` clears an optional field. */
@InputType()
export class UpdateLeadInput implements LeadFieldsInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version the edit was based on' })
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  fullName?: string | null;

  @Field(() => String, { nullable: true })
  companyName?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  whatsapp?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  nik?: string | null;

  @Field(() => LeadSourceEnum, { nullable: true })
  source?: string | null;

  @Field(() => String, { nullable: true })
  referrerName?: string | null;

  @Field(() => SegmentEnum, { nullable: true })
  segment?: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  estimatedAmount?: bigint | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Not negative; null: unknown' })
  monthlyIncome?: bigint | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Monthly installments on loans elsewhere; not negative' })
  existingInstallments?: bigint | null;

  @Field(() => LocalDateScalar, { nullable: true })
  expectedCloseDate?: string | null;

  @Field(() => Date, { nullable: true })
  nextActionAt?: Date | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => ID, { nullable: true, description: 'The campaign that brought it; null clears it' })
  campaignId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The product of interest; null clears it' })
  productId?: string | null;
}
