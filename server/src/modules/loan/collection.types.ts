import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { parseMoney } from '@prospek/shared';
import type { CollectionCaseCardData, CollectionColumn, PromiseStatus } from '@prospek/shared';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { ActivityTypeEnum } from '../follow-up/activity.entity.js';
import type { ActivityType } from '@prospek/shared';
import { UserSummary } from '../user/user-summary.type.js';
import { CollectionColumnEnum, PromiseStatusEnum } from './collection.entity.js';

@ObjectType({ simpleResolvers: true })
export class CollectionCaseClient {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType({ simpleResolvers: true })
export class CollectionCasePromise {
  @Field(() => LocalDateScalar)
  promisedDate: string;

  @Field(() => MoneyScalar)
  amount: bigint;

  @Field(() => PromiseStatusEnum)
  status: PromiseStatus;
}

/** A case as its card shows it; `board:event` messages of the "collection" board carry the same shape. */
@ObjectType({ simpleResolvers: true })
export class CollectionCaseCard {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  loanId: string;

  @Field(() => CollectionColumnEnum)
  status: CollectionColumn;

  @Field()
  position: string;

  @Field(() => CollectionCaseClient)
  client: CollectionCaseClient;

  @Field(() => ID, { nullable: true })
  officerId: string | null;

  @Field(() => UserSummary, { nullable: true })
  officer: UserSummary | null;

  @Field(() => ID)
  officeId: string;

  @Field(() => Int)
  daysPastDue: number;

  @Field(() => MoneyScalar)
  arrears: bigint;

  @Field(() => Int)
  collectibility: number;

  @Field(() => LocalDateScalar)
  openedOn: string;

  @Field(() => LocalDateScalar, { nullable: true })
  resolvedOn: string | null;

  @Field(() => CollectionCasePromise, { nullable: true, description: 'The loan’s latest promise to pay' })
  promise: CollectionCasePromise | null;

  @Field(() => Int)
  version: number;
}

/** The GraphQL form of a card: money as bigint for the Money scalar, which writes it as the event does. */
export function caseCardOf(card: CollectionCaseCardData): CollectionCaseCard {
  return {
    ...card,
    arrears: parseMoney(card.arrears),
    promise: card.promise ? { ...card.promise, amount: parseMoney(card.promise.amount) } : null,
  };
}

@ObjectType({ simpleResolvers: true })
export class CollectionBoardColumn {
  @Field(() => CollectionColumnEnum)
  status: CollectionColumn;

  @Field(() => Int)
  count: number;

  @Field(() => MoneyScalar, { description: 'Arrears of every case of the column' })
  total: bigint;

  @Field(() => [CollectionCaseCard])
  cards: CollectionCaseCard[];

  @Field()
  hasMore: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType({ simpleResolvers: true })
export class CollectionBoard {
  @Field(() => [CollectionBoardColumn])
  columns: CollectionBoardColumn[];
}

@ObjectType({ simpleResolvers: true })
export class CollectionColumnPage {
  @Field(() => [CollectionCaseCard])
  cards: CollectionCaseCard[];

  @Field()
  hasMore: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@InputType()
export class CollectionBoardFilter {
  @Field(() => ID, { nullable: true })
  officerId?: string | null;

  @Field(() => ID, { nullable: true })
  officeId?: string | null;
}

@InputType()
export class MoveCollectionCaseInput {
  @Field(() => ID)
  id: string;

  @Field(() => CollectionColumnEnum)
  status: CollectionColumn;

  @Field(() => ID, { nullable: true })
  afterId?: string | null;

  @Field(() => ID, { nullable: true })
  beforeId?: string | null;

  @Field(() => Int)
  expectedVersion: number;
}

/** A collection follow-up in which the client promised to pay: logged on the loan's client with the promise. */
@InputType()
export class RecordPaymentPromiseInput {
  @Field(() => ID)
  loanId: string;

  @Field(() => ActivityTypeEnum, { nullable: true, description: 'How the client was reached (default CALL)' })
  type?: ActivityType | null;

  @Field(() => LocalDateScalar)
  promiseDate: string;

  @Field(() => MoneyScalar)
  promiseAmount: bigint;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}
