import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { parseMoney } from '@prospek/shared';
import type { FollowUpReason, MatchRule, MatchTargetKind, StatementDirection, StatementLineCardData, StatementLineState } from '@prospek/shared';
import { Paginated } from '../../graphql/pagination.js';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import {
  BankStatement,
  FollowUpReasonEnum,
  MatchRuleEnum,
  MatchTargetKindEnum,
  StatementDirectionEnum,
  StatementLineStateEnum,
} from './bank-statement.entity.js';

@ObjectType()
export class StatementLineParty {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType()
export class StatementMatchTarget {
  @Field(() => MatchTargetKindEnum)
  kind: MatchTargetKind;

  @Field(() => ID, { description: 'The invoice’s id (RECEIVABLE, PAYABLE) or the loan’s (LOAN)' })
  id: string;

  @Field({ description: 'The invoice number, or the loan’s number or virtual account' })
  label: string;
}

/**
 * A bank-statement line on the reconciliation queue. Managers and admins see the lines of their office
 * tree; an officer sees the lines matched, proposed or followed up to their own clients (and may
 * confirm or reject those), never the unmatched lines of the branch's account.
 */
@ObjectType({ simpleResolvers: true })
export class StatementLineCard {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  statementId: string;

  @Field(() => StatementLineStateEnum)
  state: StatementLineState;

  @Field({ description: 'The line’s place on the queue (file order)' })
  position: string;

  @Field(() => LocalDateScalar)
  date: string;

  @Field(() => StatementDirectionEnum)
  direction: StatementDirection;

  @Field(() => MoneyScalar)
  amount: bigint;

  @Field()
  remark: string;

  @Field(() => String, { nullable: true })
  reference: string | null;

  @Field(() => ID)
  officeId: string;

  @Field(() => ID, { nullable: true, description: 'The officer of the client the line is about' })
  officerId: string | null;

  @Field(() => StatementLineParty, { nullable: true })
  client: StatementLineParty | null;

  @Field(() => StatementMatchTarget, { nullable: true, description: 'What it was matched or proposed to' })
  target: StatementMatchTarget | null;

  @Field(() => MatchRuleEnum, { nullable: true })
  rule: MatchRule | null;

  @Field(() => FollowUpReasonEnum, { nullable: true, description: 'FOLLOW_UP: what disagrees' })
  reasonCode: FollowUpReason | null;

  @Field(() => String, { nullable: true, description: 'JSON of the reason’s parameters: expected, paid, difference (Money), dueDate, paidDate, name, target' })
  reasonParams: string | null;

  @Field({ description: 'Whether its money was posted (a payment or a loan repayment)' })
  posted: boolean;

  @Field(() => Int)
  version: number;
}

export const lineCardOf = (card: StatementLineCardData): StatementLineCard => ({ ...card, amount: parseMoney(card.amount) });

/** Something a person may post a line to, found by `statementMatchCandidates`. */
@ObjectType({ simpleResolvers: true })
export class StatementMatchCandidate {
  @Field(() => MatchTargetKindEnum)
  kind: MatchTargetKind;

  @Field(() => ID, { description: 'The invoice’s id (RECEIVABLE, PAYABLE) or the loan’s (LOAN)' })
  id: string;

  @Field({ description: 'The invoice number, or the loan’s number or virtual account' })
  label: string;

  @Field({ description: 'The client’s or the supplier’s name' })
  party: string;

  @Field(() => MoneyScalar, { description: 'What it still owes: an invoice’s amount due, a loan’s arrears or else its next installment' })
  amountDue: bigint;

  @Field(() => LocalDateScalar, { nullable: true })
  dueDate: string | null;
}

@ObjectType()
export class StatementLineConnection extends Paginated(StatementLineCard) {}

@ObjectType()
export class BankStatementConnection extends Paginated(BankStatement) {}

@ObjectType({ simpleResolvers: true })
export class ReconciliationColumn {
  @Field(() => StatementLineStateEnum)
  state: StatementLineState;

  @Field(() => Int)
  count: number;

  @Field(() => MoneyScalar, { description: 'The amounts of every line in the column' })
  total: bigint;

  @Field(() => [StatementLineCard])
  cards: StatementLineCard[];

  @Field()
  hasMore: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType({ simpleResolvers: true })
export class ReconciliationBoard {
  @Field(() => [ReconciliationColumn])
  columns: ReconciliationColumn[];
}

@ObjectType({ simpleResolvers: true })
export class ReconciliationColumnPage {
  @Field(() => [StatementLineCard])
  cards: StatementLineCard[];

  @Field()
  hasMore: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@InputType()
export class ConfirmStatementMatchInput {
  @Field(() => ID)
  lineId: string;

  @Field(() => Int, { nullable: true, description: 'The version read; a line changed since is a CONFLICT' })
  expectedVersion?: number | null;

  @Field(() => ID, { nullable: true, description: 'Post to this invoice instead of the proposal' })
  invoiceId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Post to this loan instead of the proposal' })
  loanId?: string | null;
}

@InputType()
export class RejectStatementMatchInput {
  @Field(() => ID)
  lineId: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field({ description: 'Why the proposal is wrong (kept in the audit)' })
  reason: string;
}

@InputType()
export class UnmatchStatementLineInput {
  @Field(() => ID)
  lineId: string;

  @Field(() => Int, { nullable: true, description: 'The version read; a line changed since is a CONFLICT' })
  expectedVersion?: number | null;

  @Field({ description: 'Why the posted money is sent back (kept in the audit and on the reversal)' })
  reason: string;
}
