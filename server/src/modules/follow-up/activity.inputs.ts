import { Field, Float, ID, InputType } from 'type-graphql';
import type { ActivityOutcome, ActivityPurpose, ActivityType } from '@prospek/shared';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { ActivityOutcomeEnum, ActivityPurposeEnum, ActivityTypeEnum } from './activity.entity.js';

@InputType()
export class ScheduleActivityInput {
  @Field(() => ID, { nullable: true })
  leadId?: string | null;

  @Field(() => ID, { nullable: true })
  clientId?: string | null;

  @Field(() => ActivityTypeEnum)
  type: ActivityType;

  @Field()
  dueAt: Date;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => ActivityPurposeEnum, {
    nullable: true,
    description: 'Default GENERAL; a follow-up of a client with a loan in arrears is COLLECTION whatever is sent',
  })
  purpose?: ActivityPurpose | null;
}

/** What happened: for logging a contact made now, and for completing a scheduled one. */
@InputType()
export class ActivityResultInput {
  @Field(() => ActivityOutcomeEnum)
  outcome: ActivityOutcome;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the client promised to pay' })
  promiseDate?: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  promiseAmount?: bigint | null;

  @Field(() => Float, { nullable: true, description: 'Visits: the browser’s location, with consent' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  longitude?: number | null;
}

@InputType()
export class LogActivityInput extends ActivityResultInput {
  @Field(() => ID, { nullable: true })
  leadId?: string | null;

  @Field(() => ID, { nullable: true })
  clientId?: string | null;

  @Field(() => ActivityTypeEnum)
  type: ActivityType;

  @Field(() => Date, { nullable: true, description: 'When it happened (default: now)' })
  doneAt?: Date | null;

  @Field(() => ActivityPurposeEnum, { nullable: true, description: 'As for scheduling; a contact already made is recorded as it happened' })
  purpose?: ActivityPurpose | null;
}

@InputType()
export class NextStepInput {
  @Field(() => ActivityTypeEnum)
  type: ActivityType;

  @Field()
  dueAt: Date;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => ActivityPurposeEnum, {
    nullable: true,
    description: 'Default GENERAL; a follow-up of a client with a loan in arrears is COLLECTION whatever is sent',
  })
  purpose?: ActivityPurpose | null;
}

@InputType()
export class CompleteActivityInput extends ActivityResultInput {
  @Field(() => ID)
  id: string;

  @Field(() => NextStepInput, { nullable: true, description: 'The next follow-up, scheduled in the same step' })
  next?: NextStepInput | null;
}
