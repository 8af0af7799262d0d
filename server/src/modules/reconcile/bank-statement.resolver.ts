import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { StatementLineState } from '@prospek/shared';
import type { AuthedContext } from '../../graphql/context.js';
import { Idempotent } from '../idempotency/idempotent.js';
import { parseId } from '../write-context.js';
import { BankStatement, StatementLineStateEnum } from './bank-statement.entity.js';
import type { BankStatementService } from './bank-statement.service.js';
import {
  BankStatementConnection,
  ConfirmStatementMatchInput,
  ReconciliationBoard,
  ReconciliationColumnPage,
  RejectStatementMatchInput,
  StatementLineCard,
  StatementLineConnection,
  StatementMatchCandidate,
  UnmatchStatementLineInput,
  lineCardOf,
} from './bank-statement.types.js';
import type { ReconcileService } from './reconcile.service.js';
import type { ReconcileTargetSearch } from './reconcile-target-search.js';
import type { ReconcileUnmatchService } from './reconcile-unmatch.js';

/** Bank statements and the reconciliation queue; reach is checked by the services. */
@Resolver(() => BankStatement)
export class BankStatementResolver {
  constructor(
    private readonly statements: BankStatementService,
    private readonly reconcile: ReconcileService,
    private readonly unmatching: ReconcileUnmatchService,
    private readonly targets: ReconcileTargetSearch,
  ) {}

  @Authorized('MANAGER', 'ADMIN')
  @Query(() => BankStatement, { description: 'A statement of the viewer’s office tree' })
  bankStatement(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string): Promise<BankStatement> {
    return this.statements.get(ctx.viewer, id);
  }

  @Authorized('MANAGER', 'ADMIN')
  @Query(() => BankStatementConnection, { description: 'Statements of the viewer’s office tree, newest first' })
  bankStatements(
    @Ctx() ctx: AuthedContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<BankStatementConnection> {
    return this.statements.list(ctx.viewer, first, after);
  }

  @FieldResolver(() => StatementLineConnection, { description: 'The statement’s lines in file order with their match state' })
  async lines(
    @Ctx() ctx: AuthedContext,
    @Root() statement: BankStatement,
    @Arg('state', () => StatementLineStateEnum, { nullable: true }) state: StatementLineState | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<StatementLineConnection> {
    const page = await this.statements.lines(ctx.viewer, statement, state, first, after);
    return { ...page, nodes: page.nodes.map(lineCardOf) };
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Query(() => ReconciliationBoard, { description: 'The reconciliation queue: lines in reach by state, with counts, totals and first cards' })
  async reconciliationBoard(
    @Ctx() ctx: AuthedContext,
    @Arg('statementId', () => ID, { nullable: true }) statementId: string | null,
    @Arg('perColumn', () => Int, { defaultValue: 50 }) perColumn: number,
  ): Promise<ReconciliationBoard> {
    const columns = await this.statements.board(ctx.viewer, parseId('statementId', statementId), perColumn);
    return { columns: columns.map((c) => ({ ...c, cards: c.cards.map(lineCardOf) })) };
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Query(() => ReconciliationColumnPage)
  async reconciliationColumn(
    @Ctx() ctx: AuthedContext,
    @Arg('state', () => StatementLineStateEnum) state: StatementLineState,
    @Arg('statementId', () => ID, { nullable: true }) statementId: string | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
  ): Promise<ReconciliationColumnPage> {
    const page = await this.statements.column(ctx.viewer, state, parseId('statementId', statementId), after, first);
    return { ...page, cards: page.cards.map(lineCardOf) };
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Idempotent()
  @Mutation(() => StatementLineCard, {
    description: 'Posts a line to its proposal, or to the invoice or loan named; a posted follow-up is acknowledged (MATCHED)',
  })
  async confirmStatementMatch(
    @Ctx() ctx: AuthedContext,
    @Arg('input', () => ConfirmStatementMatchInput) input: ConfirmStatementMatchInput,
  ): Promise<StatementLineCard> {
    return lineCardOf(await this.reconcile.confirm({ actor: ctx.viewer, mutationId: ctx.mutationId }, input));
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Mutation(() => StatementLineCard, { description: 'Sends a proposal (or a follow-up with nothing posted) back to UNMATCHED' })
  async rejectStatementMatch(
    @Ctx() ctx: AuthedContext,
    @Arg('input', () => RejectStatementMatchInput) input: RejectStatementMatchInput,
  ): Promise<StatementLineCard> {
    return lineCardOf(await this.reconcile.reject({ actor: ctx.viewer, mutationId: ctx.mutationId }, input));
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Idempotent()
  @Mutation(() => StatementLineCard, {
    description: 'Sends a posted line back to UNMATCHED: the payment or loan repayment it posted is reversed, saying why',
  })
  async unmatchStatementLine(
    @Ctx() ctx: AuthedContext,
    @Arg('input', () => UnmatchStatementLineInput) input: UnmatchStatementLineInput,
  ): Promise<StatementLineCard> {
    return lineCardOf(await this.unmatching.unmatch({ actor: ctx.viewer, mutationId: ctx.mutationId }, input));
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Query(() => [StatementMatchCandidate], {
    description: 'Open invoices and loans a line may be posted to, by invoice number, client or supplier name, loan number or virtual account, or amount',
  })
  statementMatchCandidates(
    @Ctx() ctx: AuthedContext,
    @Arg('lineId', () => ID) lineId: string,
    @Arg('search', { defaultValue: '' }) search: string,
    @Arg('first', () => Int, { defaultValue: 10, description: 'At most 20' }) first: number,
  ): Promise<StatementMatchCandidate[]> {
    return this.targets.search({ actor: ctx.viewer, mutationId: null }, lineId, search, first);
  }
}
