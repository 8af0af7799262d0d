import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { InstitutionType } from '@prospek/shared';
import { answerInTransaction } from '../../graphql/answer-in-transaction.js';
import type { AuthedContext } from '../../graphql/context.js';
import { Paginated } from '../../graphql/pagination.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { Client } from '../client/client.entity.js';
import { Idempotent } from '../idempotency/idempotent.js';
import { Office } from '../office/office.entity.js';
import { Product } from '../product/product.entity.js';
import { UserSummary } from '../user/user-summary.type.js';
import { CollectibilityRuleSet, InstitutionTypeEnum, LoanBookSetting, LoanGradeChange, LoanProductSetting } from './collectibility.entity.js';
import type { CollectibilityService } from './collectibility.service.js';
import { loanLoaders } from './loan-loaders.js';
import { Loan, LoanInstallment } from './loan.entity.js';
import { DisburseLoanInput, LoanFilterInput, PostRepaymentInput, UpdateCollectibilityRuleSetInput, UpdateLoanProductTermsInput } from './loan.inputs.js';
import type { LoanService } from './loan.service.js';
import { PortfolioQuality } from './portfolio-quality.js';
import type { PortfolioQualityService } from './portfolio-quality.js';
import { LoanAllocation, Repayment } from './repayment.entity.js';
import type { RepaymentService } from './repayment.service.js';

@ObjectType()
export class LoanConnection extends Paginated(Loan) {}

@ObjectType({ simpleResolvers: true })
export class LoanClientSummary {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  cif: string;
}

/** Loans, repayments and the collectibility rules; access is checked by the services. */
@Resolver(() => Loan)
export class LoanResolver {
  constructor(
    private readonly loanService: LoanService,
    private readonly repaymentService: RepaymentService,
    private readonly collectibility: CollectibilityService,
    private readonly dataSource: DataSource,
    private readonly portfolio: PortfolioQualityService,
  ) {}

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Query(() => PortfolioQuality, { description: 'Quality of the loans in reach (ratios 0 to 1), as of today' })
  portfolioQuality(
    @Ctx() ctx: AuthedContext,
    @Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf: string | null,
    @Arg('officeId', () => ID, { nullable: true }) officeId: string | null,
    @Arg('officerId', () => ID, { nullable: true }) officerId: string | null,
  ): Promise<PortfolioQuality> {
    return this.portfolio.read(ctx.viewer, asOf, officeId, officerId);
  }

  @Authorized()
  @Query(() => LoanConnection, { description: 'Loans in the viewer’s reach, newest first' })
  loans(
    @Ctx() ctx: AuthedContext,
    @Arg('filter', () => LoanFilterInput, { nullable: true }) filter: LoanFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<LoanConnection> {
    return this.loanService.list(ctx.viewer, filter ?? {}, first, after);
  }

  @Authorized()
  @Query(() => Loan)
  loan(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string): Promise<Loan> {
    return this.loanService.get(ctx.viewer, id);
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Idempotent()
  @Mutation(() => Loan, { description: 'Disburses an accepted loan offer: the loan and its schedule' })
  disburseLoan(@Ctx() ctx: AuthedContext, @Arg('input', () => DisburseLoanInput) input: DisburseLoanInput): Promise<Loan> {
    return this.loanService.disburse(ctx.viewer, input);
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Idempotent({ inTransaction: true })
  @Mutation(() => Loan, { description: 'Posts money received; a back-dated one replays the payments after it' })
  async postRepayment(
    @Ctx() ctx: AuthedContext,
    @Arg('input', () => PostRepaymentInput) input: PostRepaymentInput,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Loan> {
    // Its answer rendered again inside the posting's transaction, over the loan just posted.
    if (ctx.inTransaction) return ctx.inTransaction.result as Loan;
    const keyed = ctx.idempotency ?? null;
    return this.repaymentService.post(ctx.viewer, input, keyed, keyed && answerInTransaction(info, ctx));
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Idempotent()
  @Mutation(() => Loan, { description: 'Marks a repayment reversed (never deleted) and replays the loan without it' })
  reverseRepayment(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string, @Arg('reason') reason: string): Promise<Loan> {
    return this.repaymentService.reverse(ctx.viewer, id, reason);
  }

  @Authorized()
  @Query(() => [CollectibilityRuleSet], { description: 'Every version of each institution type’s rules' })
  collectibilityRuleSets(): Promise<CollectibilityRuleSet[]> {
    return this.collectibility.list();
  }

  @Authorized()
  @Query(() => LoanBookSetting, { description: 'Whose collectibility rules the loan book follows' })
  async loanBookSetting(): Promise<LoanBookSetting> {
    return { id: 1, institutionType: await this.collectibility.institutionType(), version: 0, updatedAt: new Date(0) };
  }

  @Authorized('ADMIN')
  @Mutation(() => CollectibilityRuleSet, { description: 'A version of an institution type’s thresholds from its effective date' })
  updateCollectibilityRuleSet(
    @Ctx() ctx: AuthedContext,
    @Arg('input', () => UpdateCollectibilityRuleSetInput) input: UpdateCollectibilityRuleSetInput,
  ): Promise<CollectibilityRuleSet> {
    return this.collectibility.update(ctx.viewer, {
      ...input,
      pastMaturityMinGrade: input.pastMaturityMinGrade ?? null,
      restructureUpgradeAfter: input.restructureUpgradeAfter ?? null,
      restructureUpgradeGrades: input.restructureUpgradeGrades ?? null,
    });
  }

  @Authorized('ADMIN')
  @Mutation(() => LoanBookSetting)
  updateInstitutionType(@Ctx() ctx: AuthedContext, @Arg('institutionType', () => InstitutionTypeEnum) type: InstitutionType): Promise<LoanBookSetting> {
    return this.collectibility.setInstitutionType(ctx.viewer, type);
  }

  @Authorized()
  @Query(() => [LoanProductSetting], { description: 'Loan products with collection terms of their own (the others have the defaults)' })
  loanProductTerms(): Promise<LoanProductSetting[]> {
    return this.dataSource.getRepository(LoanProductSetting).find({ order: { productId: 'ASC' } });
  }

  @Authorized('ADMIN')
  @Mutation(() => LoanProductSetting, { description: 'A loan product’s allocation order, grace days, tolerance and late penalty' })
  updateLoanProductTerms(
    @Ctx() ctx: AuthedContext,
    @Arg('input', () => UpdateLoanProductTermsInput) input: UpdateLoanProductTermsInput,
  ): Promise<LoanProductSetting> {
    return this.collectibility.updateProductTerms(ctx.viewer, input);
  }

  @FieldResolver(() => LoanClientSummary)
  async client(@Root() loan: Loan, @Ctx() ctx: AuthedContext): Promise<LoanClientSummary> {
    const client = await loanLoaders(ctx, this.dataSource).client.load(loan.clientId);
    return { id: String(loan.clientId), name: client?.name ?? '', cif: client?.cif ?? '' };
  }

  @FieldResolver(() => Product)
  async product(@Root() loan: Loan, @Ctx() ctx: AuthedContext): Promise<Product> {
    return (await ctx.loaders.product.load(loan.productId)) as Product;
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  officer(@Root() loan: Loan, @Ctx() ctx: AuthedContext): Promise<UserSummary | null> | null {
    return loan.officerId === null ? null : ctx.loaders.userSummary.load(loan.officerId);
  }

  @FieldResolver(() => Office)
  async office(@Root() loan: Loan, @Ctx() ctx: AuthedContext): Promise<Office> {
    return (await ctx.loaders.office.load(loan.officeId)) as Office;
  }

  @FieldResolver(() => [LoanInstallment])
  schedule(@Root() loan: Loan, @Ctx() ctx: AuthedContext): Promise<LoanInstallment[]> {
    return loanLoaders(ctx, this.dataSource).schedule.load(loan.id);
  }

  @FieldResolver(() => [Repayment], { description: 'Newest value date first, reversed ones included' })
  repayments(@Root() loan: Loan, @Ctx() ctx: AuthedContext): Promise<Repayment[]> {
    return loanLoaders(ctx, this.dataSource).repayments.load(loan.id);
  }

  @FieldResolver(() => [LoanAllocation], { description: 'Every allocation entry, undoing ones included, in the order recorded' })
  allocations(@Root() loan: Loan, @Ctx() ctx: AuthedContext): Promise<LoanAllocation[]> {
    return loanLoaders(ctx, this.dataSource).allocations.load(loan.id);
  }

  @FieldResolver(() => [LoanGradeChange], { description: 'Changes of days-past-due bucket and grade, oldest first' })
  gradeHistory(@Root() loan: Loan, @Ctx() ctx: AuthedContext): Promise<LoanGradeChange[]> {
    return loanLoaders(ctx, this.dataSource).gradeHistory.load(loan.id);
  }
}

/** A client's loans and grade (one obligor, one grade: their worst open loan's). */
@Resolver(() => Client)
export class ClientLoansResolver {
  constructor(private readonly dataSource: DataSource) {}

  @FieldResolver(() => [Loan], { description: 'The client’s loans, newest first' })
  loans(@Root() client: Client, @Ctx() ctx: AuthedContext): Promise<Loan[]> {
    return loanLoaders(ctx, this.dataSource).clientLoans.load(client.id);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'The worst grade of the client’s active loans; null without one' })
  async collectibility(@Root() client: Client, @Ctx() ctx: AuthedContext): Promise<number | null> {
    const loans = (await loanLoaders(ctx, this.dataSource).clientLoans.load(client.id)).filter((l) => l.status === 'ACTIVE' || l.status === 'RESTRUCTURED');
    return loans.length ? Math.max(...loans.map((l) => l.collectibility)) : null;
  }
}
