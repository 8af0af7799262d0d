import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context.js';
import type { ComplaintCatalogService } from './complaint-catalog.service.js';
import { ComplaintCategory, ResolutionPolicy } from './complaint.entity.js';
import { ComplaintReport } from './complaint-report.js';
import type { ComplaintReportService } from './complaint-report.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { ComplaintCatalogInput, ComplaintSlaDefaults } from './complaint.types.js';
import type { DownloadTokens } from '../auth/token.service.js';
import { COMPLAINT_EXPORT_RESOURCE } from './complaint-report-export.js';

/** The lists complaints are filed and resolved under (kept by managers), and the period report. */
@Resolver()
export class ComplaintCatalogResolver {
  constructor(
    private readonly catalog: ComplaintCatalogService,
    private readonly reports: ComplaintReportService,
    private readonly downloads: DownloadTokens,
  ) {}

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Query(() => [ComplaintCategory], { description: 'Categories complaints are filed under (active ones unless asked)' })
  complaintCategories(@Arg('includeRetired', { defaultValue: false }) includeRetired: boolean): Promise<ComplaintCategory[]> {
    return this.catalog.list<ComplaintCategory>('category', includeRetired);
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Query(() => [ResolutionPolicy], { description: 'Policies a complaint may be resolved under (active ones unless asked)' })
  resolutionPolicies(@Arg('includeRetired', { defaultValue: false }) includeRetired: boolean): Promise<ResolutionPolicy[]> {
    return this.catalog.list<ResolutionPolicy>('policy', includeRetired);
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Query(() => ComplaintSlaDefaults, { description: 'The SLA in working days where a category sets none' })
  complaintSlaDefaults(): ComplaintSlaDefaults {
    const { workingDays, extensionDays, warningDays } = this.reports.reads.clock.sla;
    return { workingDays, extensionDays, warningDays, reopenDays: this.reports.reads.reopenDays };
  }

  @Authorized('MANAGER', 'ADMIN')
  @Mutation(() => ComplaintCategory, { description: 'Adds a category, or renames or retires one' })
  saveComplaintCategory(@Ctx() ctx: AuthedContext, @Arg('input', () => ComplaintCatalogInput) input: ComplaintCatalogInput): Promise<ComplaintCategory> {
    return this.catalog.save<ComplaintCategory>({ actor: ctx.viewer, mutationId: ctx.mutationId }, 'category', input);
  }

  @Authorized('MANAGER', 'ADMIN')
  @Mutation(() => ResolutionPolicy, { description: 'Adds a resolution policy, or changes or retires one' })
  saveResolutionPolicy(@Ctx() ctx: AuthedContext, @Arg('input', () => ComplaintCatalogInput) input: ComplaintCatalogInput): Promise<ResolutionPolicy> {
    return this.catalog.save<ResolutionPolicy>({ actor: ctx.viewer, mutationId: ctx.mutationId }, 'policy', input);
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Query(() => ComplaintReport, { description: 'Complaints received in a period within reach (an office and those under it when named)' })
  complaintReport(
    @Ctx() ctx: AuthedContext,
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Arg('officeId', () => ID, { nullable: true }) officeId: string | null,
  ): Promise<ComplaintReport> {
    return this.reports.report(ctx.viewer, from, to, officeId);
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Query(() => String, { description: 'A download link (15 minutes) of the period’s complaints in the regulator-report columns (CSV)' })
  async complaintReportCsvUrl(
    @Ctx() ctx: AuthedContext,
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Arg('officeId', () => ID, { nullable: true }) officeId: string | null,
  ): Promise<string> {
    await this.reports.check(ctx.viewer, from, to, officeId);
    const params = new URLSearchParams({ token: await this.downloads.issue(ctx.viewer.id, COMPLAINT_EXPORT_RESOURCE), from, to });
    if (officeId) params.set('officeId', officeId);
    return `/exports/complaints.csv?${params.toString()}`;
  }
}
