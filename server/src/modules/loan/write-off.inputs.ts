import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';

@InputType()
export class WriteOffLoanInput {
  @Field(() => ID)
  loanId: string;

  @Field(() => LocalDateScalar, { description: 'From the last posted repayment (or the disbursement) to today' })
  date: string;

  @Field(() => String)
  reason: string;

  @Field(() => Int, { description: 'The loan version the decision was made on' })
  version: number;
}
