import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context.js';
import type { DownloadTokens } from '../auth/token.service.js';
import type { WorkReportData, WorkReportService } from './work-report.service.js';
import { AcknowledgeWorkReportInput, SubmitWorkReportInput, WorkReport, WorkReportListItem, WorkReportPeriodInput } from './work-report.types.js';
import type { WorkReportKind } from './work-report.entity.js';

/** The resource a download token names: one officer's report of one period. */
export const workReportResource = (officerId: string, kind: WorkReportKind, from: string) => `work-report:${officerId}:${kind}:${from}`;

/** Officers write and submit their own work reports; managers read and acknowledge those of their office tree. */
@Resolver()
export class WorkReportResolver {
  constructor(
    private readonly service: WorkReportService,
    private readonly downloads: DownloadTokens,
  ) {}

  private async withLinks(ctx: AuthedContext, report: WorkReportData): Promise<WorkReport> {
    const token = await this.downloads.issue(ctx.viewer.id, workReportResource(report.officer.id, report.kind, report.from));
    const query = new URLSearchParams({ officerId: report.officer.id, kind: report.kind, date: report.from, token });
    return { ...report, pdfUrl: `/work-reports/report.pdf?${query}`, csvUrl: `/work-reports/report.csv?${query}` };
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Query(() => WorkReport, { description: 'An officer’s work report of a week or month: figures, recommendations and their notes' })
  async workReport(
    @Ctx() ctx: AuthedContext,
    @Arg('officerId', () => ID) officerId: string,
    @Arg('period', () => WorkReportPeriodInput) period: WorkReportPeriodInput,
  ): Promise<WorkReport> {
    return this.withLinks(ctx, await this.service.get(ctx.viewer, officerId, period.kind, period.date));
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Query(() => [WorkReportListItem], { description: 'Every officer’s report of the period in reach (an officer: their own), submitted or not' })
  workReports(
    @Ctx() ctx: AuthedContext,
    @Arg('period', () => WorkReportPeriodInput) period: WorkReportPeriodInput,
    @Arg('officeId', () => ID, { nullable: true }) officeId: string | null,
  ): Promise<WorkReportListItem[]> {
    return this.service.list(ctx.viewer, officeId, period.kind, period.date);
  }

  @Authorized('OFFICER')
  @Mutation(() => WorkReport, { description: 'The officer submits their notes on the period; their managers are told' })
  async submitWorkReport(@Ctx() ctx: AuthedContext, @Arg('input', () => SubmitWorkReportInput) input: SubmitWorkReportInput): Promise<WorkReport> {
    const report = await this.service.submit(ctx.viewer, {
      kind: input.period.kind,
      date: input.period.date,
      plans: input.plans,
      obstacles: input.obstacles,
      version: input.version,
    });
    return this.withLinks(ctx, report);
  }

  @Authorized('MANAGER', 'ADMIN')
  @Mutation(() => WorkReport, { description: 'A manager records having read a submitted report, with an optional comment' })
  async acknowledgeWorkReport(
    @Ctx() ctx: AuthedContext,
    @Arg('input', () => AcknowledgeWorkReportInput) input: AcknowledgeWorkReportInput,
  ): Promise<WorkReport> {
    return this.withLinks(ctx, await this.service.acknowledge(ctx.viewer, input.id, input.version, input.comment));
  }
}
