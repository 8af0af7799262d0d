/** Checks a report's arguments, works out the viewer's reach, and hands over to the report's own file. */
import type { DataSource } from 'typeorm';
import { businessDate } from '@prospek/shared';
import type { AccessService } from '../access/access.service.js';
import type { ComplaintReadService } from '../complaint/complaint-read.service.js';
import type { LoanMonthEndService } from '../loan/loan-month-end.service.js';
import type { User } from '../user/user.entity.js';
import { campaignReturn } from './campaign-return.js';
import { forecast } from './forecast.js';
import { officerPerformance } from './officer-performance.js';
import { pipelineVelocity } from './pipeline-velocity.js';
import { portfolioTrend } from './portfolio-trend.js';
import { complaintSlaTrend } from './complaint-sla-trend.js';
import { receivablesTrend } from './receivables-trend.js';
import { checkMonth, checkPeriod } from './report-period.js';
import type { Grouping } from './report-period.js';
import { reportScope } from './report-scope.js';
import type { ReportScope } from './report-scope.js';
import { salesFunnel } from './sales-funnel.js';
import { winLoss } from './win-loss.js';
import type { ComplaintSlaTrend, ReceivablesTrend } from './trend.types.js';
import type { CampaignReturn, Forecast, OfficerPerformance, PipelineVelocity, PortfolioTrend, SalesFunnel, WinLoss } from './report.types.js';

export interface ReportFilter {
  from: string;
  to: string;
  officeId: string | null;
  officerId: string | null;
}

export class ReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly monthEnds: LoanMonthEndService,
    private readonly clock: () => Date,
    private readonly complaints: ComplaintReadService,
  ) {}

  private scope(viewer: User, filter: Pick<ReportFilter, 'officeId' | 'officerId'>): Promise<ReportScope> {
    return reportScope(this.dataSource, this.access, viewer, filter.officeId, filter.officerId);
  }

  async salesFunnel(viewer: User, filter: ReportFilter, grouping: Grouping | null): Promise<SalesFunnel> {
    const period = checkPeriod(filter.from, filter.to, grouping);
    return salesFunnel(this.dataSource, await this.scope(viewer, filter), period, grouping);
  }

  async pipelineVelocity(viewer: User, filter: ReportFilter): Promise<PipelineVelocity> {
    const period = checkPeriod(filter.from, filter.to);
    return pipelineVelocity(this.dataSource, await this.scope(viewer, filter), period);
  }

  async winLoss(viewer: User, filter: ReportFilter): Promise<WinLoss> {
    const period = checkPeriod(filter.from, filter.to);
    return winLoss(this.dataSource, await this.scope(viewer, filter), period);
  }

  async forecast(viewer: User, filter: ReportFilter): Promise<Forecast> {
    const period = checkPeriod(filter.from, filter.to);
    return forecast(this.dataSource, await this.scope(viewer, filter), period, businessDate(this.clock()));
  }

  async officerPerformance(viewer: User, month: string, officeId: string | null, officerId: string | null): Promise<OfficerPerformance> {
    const period = checkMonth(month);
    const scope = await this.scope(viewer, { officeId, officerId });
    return officerPerformance(this.dataSource, scope, period, await this.monthEnds.isClosed(period.to));
  }

  async campaignReturn(viewer: User, filter: ReportFilter): Promise<CampaignReturn> {
    const period = checkPeriod(filter.from, filter.to);
    return campaignReturn(this.dataSource, await this.scope(viewer, filter), period);
  }

  async portfolioTrend(viewer: User, filter: ReportFilter): Promise<PortfolioTrend> {
    const period = checkPeriod(filter.from, filter.to);
    return portfolioTrend(this.dataSource, await this.scope(viewer, filter), period);
  }

  /** Receivables at each bucket's end, MONTH unless asked. */
  async receivablesTrend(viewer: User, filter: ReportFilter, grouping: Grouping | null): Promise<ReceivablesTrend> {
    const period = checkPeriod(filter.from, filter.to, grouping);
    return receivablesTrend(this.dataSource, await this.scope(viewer, filter), period, grouping ?? 'MONTH');
  }

  async complaintSlaTrend(viewer: User, filter: ReportFilter, grouping: Grouping | null): Promise<ComplaintSlaTrend> {
    const period = checkPeriod(filter.from, filter.to, grouping);
    return complaintSlaTrend(this.dataSource, this.complaints, await this.scope(viewer, filter), period, grouping ?? 'MONTH');
  }
}
