import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { LoanStatusEnum } from './loan.entity.js';
import type { LoanStatus } from './loan.entity.js';
import { RepaymentChannelEnum } from './repayment.entity.js';
import type { RepaymentChannel } from './repayment.entity.js';

export const BatchRepaymentOutcomeEnum = { POSTED: 'POSTED', REPLAYED: 'REPLAYED', REFUSED: 'REFUSED' } as const;
registerEnumType(BatchRepaymentOutcomeEnum, {
  name: 'BatchRepaymentOutcome',
  description: 'POSTED now; REPLAYED: posted before under the same key, its kept answer; REFUSED: not posted (see errorCode)',
});

@InputType({ description: 'One payment of a repayment file, with its own idempotency key' })
export class BatchRepaymentItemInput {
  @Field({ description: '1 to 255 printable ASCII characters, unique per payment: a retry with the key gets the kept answer and posts nothing' })
  key: string;

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
export class PostRepaymentsInput {
  @Field(() => [BatchRepaymentItemInput], { description: '1 to 1000 payments; a malformed one refuses the whole call, writing nothing' })
  items: BatchRepaymentItemInput[];
}

@ObjectType({ simpleResolvers: true, description: 'What one payment of a repayment file came to, in the order sent' })
export class BatchRepaymentResult {
  @Field()
  key: string;

  @Field(() => BatchRepaymentOutcomeEnum)
  outcome: keyof typeof BatchRepaymentOutcomeEnum;

  @Field(() => ID, { nullable: true })
  repaymentId: string | null;

  @Field(() => ID)
  loanId: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'The loan’s figures once its payments of the file were posted' })
  outstandingPrincipal: bigint | null;

  @Field(() => MoneyScalar, { nullable: true })
  arrears: bigint | null;

  @Field(() => MoneyScalar, { nullable: true })
  creditBalance: bigint | null;

  @Field(() => Int, { nullable: true })
  daysPastDue: number | null;

  @Field(() => Int, { nullable: true })
  collectibility: number | null;

  @Field(() => LoanStatusEnum, { nullable: true })
  loanStatus: LoanStatus | null;

  @Field(() => String, { nullable: true, description: 'Why a REFUSED payment was not posted: NOT_ALLOWED, DATE_INVALID or CONFLICT' })
  errorCode: string | null;

  @Field(() => String, { nullable: true })
  errorField: string | null;
}
