import { Field, ID, InputType } from 'type-graphql';
import type { LeadFieldsInput } from '@prospek/shared';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { SegmentEnum } from '../user/user.entity.js';
import { LeadSourceEnum } from './lead.entity.js';

/** Checked by the shared `validateLeadFields`, the same rules the client's form applies. */
@InputType()
export class CreateLeadInput implements LeadFieldsInput {
  @Field()
  fullName: string;

  @Field(() => String, { nullable: true })
  companyName?: string | null;

  @Field(() => String, { nullable: true, description: '08…, +62… or 62…; stored as +62…' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  whatsapp?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: '16 digits' })
  nik?: string | null;

  @Field(() => LeadSourceEnum)
  source: string;

  @Field(() => String, { nullable: true })
  referrerName?: string | null;

  @Field(() => SegmentEnum, { nullable: true })
  segment?: string | null;

  @Field(() => MoneyScalar)
  estimatedAmount: bigint;

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

  @Field(() => ID, { nullable: true, description: 'An officer the creator manages; an officer’s own leads are theirs, marketing’s go to the pool' })
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The office whose pool an unowned lead waits in (defaults to the creator’s)' })
  officeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The campaign that brought it' })
  campaignId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The product of interest' })
  productId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Create it even though an open lead already has this phone (refused with DUPLICATE otherwise)' })
  allowDuplicate?: boolean | null;
}
