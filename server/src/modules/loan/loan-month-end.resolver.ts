import { Arg, Authorized, Ctx, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { AuthedContext } from '../../graphql/context.js';
import { Paginated } from '../../graphql/pagination.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { InputError } from '../../errors.js';
import type { DownloadTokens } from '../auth/token.service.js';
import { loanLoaders } from './loan-loaders.js';
import { LoanMonthEnd } from './loan-month-end.entity.js';
import { MONTH_END_EXPORT_RESOURCE } from './loan-month-end-export.js';
import { isMonthEnd } from './loan-month-end.service.js';
import type { LoanMonthEndService } from './loan-month-end.service.js';
import { LoanClientSummary } from './loan.resolver.js';

@ObjectType()
export class LoanMonthEndConnection extends Paginated(LoanMonthEnd) {}

/** Month-end snapshots of the loan book and their SLIK export; access is checked by the service and the route. */
@Resolver(() => LoanMonthEnd)
export class LoanMonthEndResolver {
  constructor(
    private readonly monthEnds: LoanMonthEndService,
    private readonly downloads: DownloadTokens,
    private readonly dataSource: DataSource,
  ) {}

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Query(() => LoanMonthEndConnection, { description: 'The loans in reach as they stood at a closed month end, by loan (newest first)' })
  loanMonthEnds(
    @Ctx() ctx: AuthedContext,
    @Arg('monthEnd', () => LocalDateScalar) monthEnd: string,
    @Arg('officeId', () => ID, { nullable: true }) officeId: string | null,
    @Arg('officerId', () => ID, { nullable: true }) officerId: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<LoanMonthEndConnection> {
    return this.monthEnds.list(ctx.viewer, monthEnd, officeId, officerId, first, after);
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Query(() => [LocalDateScalar], { description: 'Month ends already closed, newest first (two years at most)' })
  closedMonthEnds(): Promise<string[]> {
    return this.monthEnds.closedMonthEnds();
  }

  @Authorized('MANAGER', 'ADMIN')
  @Query(() => String, { description: 'A download link (15 minutes) of a closed month’s position per debtor, as SLIK reports it (CSV)' })
  async loanMonthEndExportUrl(
    @Ctx() ctx: AuthedContext,
    @Arg('monthEnd', () => LocalDateScalar) monthEnd: string,
    @Arg('officeId', () => ID, { nullable: true }) officeId: string | null,
  ): Promise<string> {
    if (!isMonthEnd(monthEnd)) throw InputError.field('monthEnd', 'DATE_INVALID', 'monthEnd must be the last day of a month');
    const params = new URLSearchParams({ token: await this.downloads.issue(ctx.viewer.id, MONTH_END_EXPORT_RESOURCE), monthEnd });
    if (officeId) params.set('officeId', officeId);
    return `/exports/loan-month-end.csv?${params.toString()}`;
  }

  @FieldResolver(() => LoanClientSummary)
  async client(@Root() row: LoanMonthEnd, @Ctx() ctx: AuthedContext): Promise<LoanClientSummary> {
    const client = await loanLoaders(ctx, this.dataSource).client.load(row.clientId);
    return { id: String(row.clientId), name: client?.name ?? '', cif: client?.cif ?? '' };
  }
}
