import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import type { Grouping } from './report-period.js';
import { ComplaintSlaTrend, ReceivablesTrend } from './trend.types.js';
import type { ReportFilter, ReportService } from './report.service.js';
import { CampaignReturn, Forecast, OfficerPerformance, PipelineVelocity, PortfolioTrend, ReportGroupingEnum, SalesFunnel, WinLoss } from './report.types.js';

const SALES = ['OFFICER', 'MANAGER', 'ADMIN'];

/** Managers' reports: officers get their own figures, managers their office tree's, admins everyone's. */
@Resolver()
export class ReportResolver {
  constructor(private readonly reports: ReportService) {}

  @Authorized(...SALES)
  @Query(() => SalesFunnel, { description: 'Leads entering each stage in the period and how many went further' })
  salesFunnel(
    @Ctx() ctx: AuthedContext,
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Arg('officeId', () => ID, { nullable: true }) officeId: string | null,
    @Arg('officerId', () => ID, { nullable: true }) officerId: string | null,
    @Arg('grouping', () => ReportGroupingEnum, { nullable: true }) grouping: Grouping | null,
  ): Promise<SalesFunnel> {
    return this.reports.salesFunnel(ctx.viewer, { from, to, officeId, officerId }, grouping);
  }

  @Authorized(...SALES)
  @Query(() => PipelineVelocity, { description: 'Days spent in each stage (stays that ended in the period) and from creation to WON' })
  pipelineVelocity(
    @Ctx() ctx: AuthedContext,
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Arg('officeId', () => ID, { nullable: true }) officeId: string | null,
    @Arg('officerId', () => ID, { nullable: true }) officerId: string | null,
  ): Promise<PipelineVelocity> {
    return this.reports.pipelineVelocity(ctx.viewer, filter(from, to, officeId, officerId));
  }

  @Authorized(...SALES)
  @Query(() => WinLoss, { description: 'Won and lost in the period by source, campaign, segment, product and lost reason' })
  winLoss(
    @Ctx() ctx: AuthedContext,
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Arg('officeId', () => ID, { nullable: true }) officeId: string | null,
    @Arg('officerId', () => ID, { nullable: true }) officerId: string | null,
  ): Promise<WinLoss> {
    return this.reports.winLoss(ctx.viewer, filter(from, to, officeId, officerId));
  }

  @Authorized(...SALES)
  @Query(() => Forecast, { description: 'Open leads by expected close month (from..to), weighted by learned and by default probabilities' })
  forecast(
    @Ctx() ctx: AuthedContext,
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Arg('officeId', () => ID, { nullable: true }) officeId: string | null,
    @Arg('officerId', () => ID, { nullable: true }) officerId: string | null,
  ): Promise<Forecast> {
    return this.reports.forecast(ctx.viewer, filter(from, to, officeId, officerId));
  }

  @Authorized(...SALES)
  @Query(() => OfficerPerformance, { description: 'Each officer’s month against their targets' })
  officerPerformance(
    @Ctx() ctx: AuthedContext,
    @Arg('month', { description: 'YYYY-MM' }) month: string,
    @Arg('officeId', () => ID, { nullable: true }) officeId: string | null,
    @Arg('officerId', () => ID, { nullable: true }) officerId: string | null,
  ): Promise<OfficerPerformance> {
    return this.reports.officerPerformance(ctx.viewer, month, officeId, officerId);
  }

  @Authorized('OFFICER', 'MANAGER', 'MARKETING', 'ADMIN')
  @Query(() => CampaignReturn, { description: 'Per campaign running in the period: spend, leads, wins and disbursement' })
  campaignReturn(
    @Ctx() ctx: AuthedContext,
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Arg('officeId', () => ID, { nullable: true }) officeId: string | null,
    @Arg('officerId', () => ID, { nullable: true }) officerId: string | null,
  ): Promise<CampaignReturn> {
    return this.reports.campaignReturn(ctx.viewer, filter(from, to, officeId, officerId));
  }

  @Authorized(...SALES)
  @Query(() => PortfolioTrend, { description: 'Outstanding, NPL and PAR30 at each closed month end in the period' })
  portfolioTrend(
    @Ctx() ctx: AuthedContext,
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Arg('officeId', () => ID, { nullable: true }) officeId: string | null,
    @Arg('officerId', () => ID, { nullable: true }) officerId: string | null,
  ): Promise<PortfolioTrend> {
    return this.reports.portfolioTrend(ctx.viewer, filter(from, to, officeId, officerId));
  }

  @Authorized(...SALES)
  @Query(() => ReceivablesTrend, {
    description: 'Receivables outstanding, overdue and aged at each bucket’s end (MONTH unless asked), with what was issued and collected in it',
  })
  receivablesTrend(
    @Ctx() ctx: AuthedContext,
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Arg('officeId', () => ID, { nullable: true }) officeId: string | null,
    @Arg('officerId', () => ID, { nullable: true }) officerId: string | null,
    @Arg('grouping', () => ReportGroupingEnum, { nullable: true }) grouping: Grouping | null,
  ): Promise<ReceivablesTrend> {
    return this.reports.receivablesTrend(ctx.viewer, filter(from, to, officeId, officerId), grouping);
  }

  @Authorized(...SALES)
  @Query(() => ComplaintSlaTrend, {
    description: 'Complaints received and resolved per bucket (MONTH unless asked), SLA compliance, and those open past their deadline at its end',
  })
  complaintSlaTrend(
    @Ctx() ctx: AuthedContext,
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Arg('officeId', () => ID, { nullable: true }) officeId: string | null,
    @Arg('officerId', () => ID, { nullable: true }) officerId: string | null,
    @Arg('grouping', () => ReportGroupingEnum, { nullable: true }) grouping: Grouping | null,
  ): Promise<ComplaintSlaTrend> {
    return this.reports.complaintSlaTrend(ctx.viewer, filter(from, to, officeId, officerId), grouping);
  }
}

function filter(from: string, to: string, officeId: string | null, officerId: string | null): ReportFilter {
  return { from, to, officeId, officerId };
}
