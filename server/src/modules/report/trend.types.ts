/** The GraphQL shapes of the receivables and complaint-SLA trends: one point per bucket, figures at its last day. */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';

@ObjectType({ simpleResolvers: true })
export class ReceivablesPoint {
  @Field(() => LocalDateScalar, { description: 'First day of the bucket' })
  period: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the bucket within the period: the balances are as of its end' })
  periodEnd: string;

  @Field(() => MoneyScalar, { description: 'Issued receivables, not cancelled, less payments allocated up to periodEnd' })
  outstanding: bigint;

  @Field(() => MoneyScalar, { description: 'Of outstanding, past its due date' })
  overdue: bigint;

  @Field(() => MoneyScalar, { description: 'Not yet past due' })
  current: bigint;

  @Field(() => MoneyScalar)
  d1to30: bigint;

  @Field(() => MoneyScalar)
  d31to60: bigint;

  @Field(() => MoneyScalar)
  d61to90: bigint;

  @Field(() => MoneyScalar)
  over90: bigint;

  @Field(() => MoneyScalar, { description: 'Receivables issued in the bucket (not cancelled)' })
  issued: bigint;

  @Field(() => MoneyScalar, { description: 'Payments allocated to those receivables in the bucket, less reversals' })
  collected: bigint;
}

@ObjectType({ simpleResolvers: true })
export class ReceivablesTrend {
  @Field(() => [ReceivablesPoint])
  points: ReceivablesPoint[];
}

@ObjectType({ simpleResolvers: true })
export class ComplaintSlaPoint {
  @Field(() => LocalDateScalar, { description: 'First day of the bucket' })
  period: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the bucket within the period' })
  periodEnd: string;

  @Field(() => Int, { description: 'Complaints received in the bucket' })
  received: number;

  @Field(() => Int, { description: 'Complaints resolved in the bucket (their latest resolution)' })
  resolved: number;

  @Field(() => Int, { description: 'Of those, resolved by their deadline' })
  resolvedWithinSla: number;

  @Field(() => Int, { description: 'Of those, resolved after their deadline' })
  breached: number;

  @Field(() => Float, { nullable: true, description: 'resolvedWithinSla / resolved, 0..1; null when none was resolved' })
  compliance: number | null;

  @Field(() => Int, { description: 'Complaints still open at the end of periodEnd and past their deadline then' })
  openPastDeadline: number;
}

@ObjectType({ simpleResolvers: true })
export class ComplaintSlaTrend {
  @Field(() => [ComplaintSlaPoint])
  points: ComplaintSlaPoint[];
}
