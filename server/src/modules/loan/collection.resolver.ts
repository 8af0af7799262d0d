import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { CollectionColumn } from '@prospek/shared';
import type { AuthedContext } from '../../graphql/context.js';
import { CollectionColumnEnum, PaymentPromise } from './collection.entity.js';
import type { CollectionService } from './collection.service.js';
import {
  CollectionBoard,
  CollectionBoardFilter,
  CollectionCaseCard,
  CollectionColumnPage,
  MoveCollectionCaseInput,
  RecordPaymentPromiseInput,
  caseCardOf,
} from './collection.types.js';
import { Loan } from './loan.entity.js';
import { loanLoaders } from './loan-loaders.js';
import type { DataSource } from 'typeorm';

/** The collection board and promises to pay; reach is checked by the service (marketing sees no loans). */
@Resolver(() => Loan)
export class CollectionResolver {
  constructor(
    private readonly collection: CollectionService,
    private readonly dataSource: DataSource,
  ) {}

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Query(() => CollectionBoard, { description: 'Collection cases in reach by column, with counts, arrears totals and first cards' })
  async collectionBoard(
    @Ctx() ctx: AuthedContext,
    @Arg('filter', () => CollectionBoardFilter, { nullable: true }) filter: CollectionBoardFilter | null,
    @Arg('perColumn', () => Int, { defaultValue: 50 }) perColumn: number,
  ): Promise<CollectionBoard> {
    const columns = await this.collection.board(ctx.viewer, filter ?? {}, perColumn);
    return { columns: columns.map((c) => ({ ...c, cards: c.cards.map(caseCardOf) })) };
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Query(() => CollectionColumnPage)
  async collectionColumn(
    @Ctx() ctx: AuthedContext,
    @Arg('status', () => CollectionColumnEnum) status: CollectionColumn,
    @Arg('filter', () => CollectionBoardFilter, { nullable: true }) filter: CollectionBoardFilter | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
  ): Promise<CollectionColumnPage> {
    const page = await this.collection.column(ctx.viewer, status, filter ?? {}, after, first);
    return { ...page, cards: page.cards.map(caseCardOf) };
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Mutation(() => CollectionCaseCard, { description: 'Moves a case on the collection board against the version read' })
  async moveCollectionCase(
    @Ctx() ctx: AuthedContext,
    @Arg('input', () => MoveCollectionCaseInput) input: MoveCollectionCaseInput,
  ): Promise<CollectionCaseCard> {
    return caseCardOf(await this.collection.move({ actor: ctx.viewer, mutationId: ctx.mutationId }, input));
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Mutation(() => PaymentPromise, { description: 'A collection follow-up in which the client promised to pay; the posting engine marks it kept or broken' })
  recordPaymentPromise(@Ctx() ctx: AuthedContext, @Arg('input', () => RecordPaymentPromiseInput) input: RecordPaymentPromiseInput): Promise<PaymentPromise> {
    return this.collection.recordPromise({ actor: ctx.viewer, mutationId: ctx.mutationId }, input);
  }

  @FieldResolver(() => [PaymentPromise], { description: 'Promises to pay, newest first' })
  promises(@Ctx() ctx: AuthedContext, @Root() loan: Loan): Promise<PaymentPromise[]> {
    return loanLoaders(ctx, this.dataSource).promises.load(loan.id);
  }
}
