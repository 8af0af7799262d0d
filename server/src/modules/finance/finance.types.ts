/** The GraphQL shapes of the money view. Money is the Money scalar (sen inside). */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '../../graphql/scalars.js';

@ObjectType({ simpleResolvers: true })
export class CashFlowMonth {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => MoneyScalar, { description: 'Everything received: repayments and receivables collected' })
  moneyIn: bigint;

  @Field(() => MoneyScalar, { description: 'Everything paid out: disbursements and payables paid' })
  moneyOut: bigint;

  @Field(() => MoneyScalar, { description: 'moneyIn − moneyOut' })
  net: bigint;

  @Field(() => MoneyScalar, { description: 'Repayments allocated to principal' })
  principal: bigint;

  @Field(() => MoneyScalar, { description: 'Repayments allocated to interest' })
  interest: bigint;

  @Field(() => MoneyScalar, { description: 'Repayments allocated to penalties' })
  penalty: bigint;

  @Field(() => MoneyScalar, { description: 'Repaid beyond what was due: kept on the loan as the client’s credit' })
  repaymentCredit: bigint;

  @Field(() => MoneyScalar, { description: 'Payments received from clients (receivables and fee services)' })
  receivablesCollected: bigint;

  @Field(() => MoneyScalar)
  disbursed: bigint;

  @Field(() => MoneyScalar, { description: 'Payments to suppliers' })
  payablesPaid: bigint;
}

@ObjectType({ simpleResolvers: true })
export class CashFlow {
  @Field(() => [CashFlowMonth], { description: 'Every month the period touches, in order (a month without flows shows zeros)' })
  months: CashFlowMonth[];
}

@ObjectType({ simpleResolvers: true })
export class BudgetLine {
  @Field({ description: 'CAMPAIGN or OFFICE' })
  kind: 'CAMPAIGN' | 'OFFICE';

  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => MoneyScalar, { description: 'A campaign: its budget; an office: its monthly budget × the months of the period' })
  budget: bigint;

  @Field(() => MoneyScalar, { description: 'Issued payables dated in the period charged to it (with PPN); cancelled ones left out' })
  spend: bigint;

  @Field(() => MoneyScalar, { description: 'budget − spend (negative: over budget)' })
  remaining: bigint;

  @Field(() => Int, { description: 'Leads created in the period' })
  leads: number;

  @Field(() => Int, { description: 'Of those, won' })
  won: number;

  @Field(() => MoneyScalar, { description: 'Loans disbursed in the period (a campaign: to clients of its won leads)' })
  disbursed: bigint;
}

@ObjectType({ simpleResolvers: true })
export class BudgetVsActual {
  @Field(() => [BudgetLine], { description: 'The campaigns running in the period, then the offices' })
  lines: BudgetLine[];
}

@ObjectType({ simpleResolvers: true })
export class JournalExport {
  @Field({ description: 'The CSV download (valid for a limited time)' })
  url: string;

  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => Int)
  lineCount: number;

  @Field(() => MoneyScalar)
  debitTotal: bigint;

  @Field(() => MoneyScalar)
  creditTotal: bigint;
}
