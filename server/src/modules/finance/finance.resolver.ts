import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import type { DownloadTokens } from '../auth/token.service.js';
import type { JournalAccount } from './account-mapping.defaults.js';
import { AccountMapping, JournalAccountEnum } from './account-mapping.entity.js';
import type { AccountMappingService } from './account-mapping.service.js';
import type { FinanceService } from './finance.service.js';
import { BudgetVsActual, CashFlow, JournalExport } from './finance.types.js';

export const journalResource = (month: string, officeId: string | null) => `journal:${month}:${officeId ?? ''}`;

@InputType()
export class SetAccountMappingInput {
  @Field(() => JournalAccountEnum)
  account: JournalAccount;

  @Field(() => ID, { nullable: true, description: 'A loan product whose own code this is (loan accounts only); none: all products' })
  productId?: string | null;

  @Field({ description: 'Chart-of-accounts code, e.g. 1-1100' })
  code: string;

  @Field()
  name: string;

  @Field(() => Int, { nullable: true, description: 'The version read; none when adding a product’s own code' })
  expectedVersion?: number | null;
}

/** Cash flow, budgets against actuals, and the month's journal for the institution's ledger. */
@Resolver()
export class FinanceResolver {
  constructor(
    private readonly finance: FinanceService,
    private readonly mappings: AccountMappingService,
    private readonly downloads: DownloadTokens,
  ) {}

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Query(() => CashFlow, { description: 'Money in (repayments by component, receivables collected) and out (disbursements, payables paid) by month' })
  cashFlow(
    @Ctx() ctx: AuthedContext,
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Arg('officeId', () => ID, { nullable: true }) officeId: string | null,
    @Arg('officerId', () => ID, { nullable: true }) officerId: string | null,
  ): Promise<CashFlow> {
    return this.finance.cashFlow(ctx.viewer, { from, to, officeId, officerId });
  }

  @Authorized('MANAGER', 'MARKETING', 'ADMIN')
  @Query(() => BudgetVsActual, { description: 'Each campaign’s and office’s budget against its payables and what it brought' })
  budgetVsActual(
    @Ctx() ctx: AuthedContext,
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Arg('officeId', () => ID, { nullable: true }) officeId: string | null,
  ): Promise<BudgetVsActual> {
    return this.finance.budgetVsActual(ctx.viewer, from, to, officeId);
  }

  @Authorized('MANAGER', 'ADMIN')
  @Query(() => JournalExport, { description: 'The month’s balanced double-entry lines as a CSV download, with their totals' })
  async journalExport(
    @Ctx() ctx: AuthedContext,
    @Arg('month', { description: 'YYYY-MM' }) month: string,
    @Arg('officeId', () => ID, { nullable: true }) officeId: string | null,
  ): Promise<JournalExport> {
    const { csv: _csv, ...journal } = await this.finance.journal(ctx.viewer, month, officeId);
    const token = await this.downloads.issue(ctx.viewer.id, journalResource(month, officeId));
    return { ...journal, url: `/exports/journal.csv?${new URLSearchParams({ month, ...(officeId ? { officeId } : {}), token })}` };
  }

  @Authorized('ADMIN')
  @Query(() => [AccountMapping], { description: 'The chart-of-accounts code of each journal account (and loan product)' })
  accountMapping(@Ctx() ctx: AuthedContext): Promise<AccountMapping[]> {
    return this.mappings.list(ctx.viewer);
  }

  @Authorized('ADMIN')
  @Mutation(() => AccountMapping, { description: 'Changes a journal account’s code, or gives a loan product its own' })
  setAccountMapping(@Ctx() ctx: AuthedContext, @Arg('input', () => SetAccountMappingInput) input: SetAccountMappingInput): Promise<AccountMapping> {
    return this.mappings.set(ctx.viewer, input);
  }
}
