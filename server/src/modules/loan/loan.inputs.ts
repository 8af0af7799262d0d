import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type { AllocationPreset, InstitutionType } from '@prospek/shared';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { InstitutionTypeEnum } from './collectibility.entity.js';
import { LoanStatusEnum } from './loan.entity.js';
import type { LoanStatus } from './loan.entity.js';
import { RepaymentChannelEnum } from './repayment.entity.js';
import type { RepaymentChannel } from './repayment.entity.js';

@InputType()
export class DisburseLoanInput {
  @Field(() => ID, { description: 'An ACCEPTED loan offer of a WON lead’s client (or of a client)' })
  offerId: string;

  @Field(() => LocalDateScalar, { description: 'Not in the future' })
  disbursementDate: string;

  @Field(() => LocalDateScalar, { description: 'After the disbursement, at most two months later; later installments fall on its day of the month' })
  firstDueDate: string;
}

@InputType()
export class PostRepaymentInput {
  @Field(() => ID)
  loanId: string;

  @Field(() => MoneyScalar, { description: 'More than zero; beyond everything owed it stays on the loan as credit' })
  amount: bigint;

  @Field(() => LocalDateScalar, { description: 'The day the money was received: from the disbursement to today' })
  valueDate: string;

  @Field(() => RepaymentChannelEnum)
  channel: RepaymentChannel;

  @Field(() => String, { nullable: true, description: 'Receipt, transfer or virtual-account reference' })
  reference?: string | null;
}

@InputType()
export class LoanFilterInput {
  @Field(() => ID, { nullable: true })
  officerId?: string | null;

  @Field(() => ID, { nullable: true })
  officeId?: string | null;

  @Field(() => ID, { nullable: true })
  clientId?: string | null;

  @Field(() => LoanStatusEnum, { nullable: true })
  status?: LoanStatus | null;

  @Field(() => Int, { nullable: true, description: 'Grade 1–5' })
  collectibility?: number | null;
}

@InputType()
export class UpdateCollectibilityRuleSetInput {
  @Field(() => InstitutionTypeEnum)
  institutionType: InstitutionType;

  @Field(() => LocalDateScalar, { description: 'The version holds from this date; loans graded on or after it follow it' })
  effectiveFrom: string;

  @Field(() => [Int], { description: 'Highest days past due of grades 1, 2, 3 and 4' })
  maxDaysPastDue: number[];

  @Field(() => Int, { nullable: true, description: 'A loan past maturity is at least this grade' })
  pastMaturityMinGrade?: number | null;

  @Field(() => Int, { nullable: true, description: 'A restructured loan improves after this many installments on time (1–36); unset: as before' })
  restructureUpgradeAfter?: number | null;

  @Field(() => Int, { nullable: true, description: 'Grades it improves by each time (1–4); unset: as before' })
  restructureUpgradeGrades?: number | null;
}

@InputType()
export class UpdateLoanProductTermsInput {
  @Field(() => ID)
  productId: string;

  @Field(() => String, { description: 'INSTALLMENT_BY_INSTALLMENT (default) or PRINCIPAL_FIRST' })
  allocationPreset: AllocationPreset;

  @Field(() => Int, { description: 'Days after a due date before the loan counts as late' })
  graceDays: number;

  @Field(() => MoneyScalar, { description: 'Arrears up to this amount do not make a loan late' })
  toleranceAmount: bigint;

  @Field(() => Float, { description: 'Late penalty, percent of the overdue installment per day (0 = none)' })
  penaltyPercentPerDay: number;
}
