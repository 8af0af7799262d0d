/** The money view: checks the arguments and the viewer's reach, then hands over to each report's file. */
import type { DataSource } from 'typeorm';
import { ForbiddenError } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import { checkMonth, checkPeriod } from '../report/report-period.js';
import { reportScope } from '../report/report-scope.js';
import type { ReportFilter } from '../report/report.service.js';
import type { User } from '../user/user.entity.js';
import type { AccountMappingService } from './account-mapping.service.js';
import { budgetVsActual } from './budget-vs-actual.js';
import { cashFlow } from './cash-flow.js';
import type { BudgetVsActual, CashFlow } from './finance.types.js';
import { journalEvents } from './journal-events.js';
import { journalCsv, journalLines, journalTotals } from './journal-lines.js';

export interface JournalResult {
  month: string;
  lineCount: number;
  debitTotal: bigint;
  creditTotal: bigint;
  csv: string;
}

export class FinanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly mappings: AccountMappingService,
  ) {}

  async cashFlow(viewer: User, filter: ReportFilter): Promise<CashFlow> {
    const period = checkPeriod(filter.from, filter.to);
    return cashFlow(this.dataSource, await reportScope(this.dataSource, this.access, viewer, filter.officeId, filter.officerId), period);
  }

  async budgetVsActual(viewer: User, from: string, to: string, officeId: string | null): Promise<BudgetVsActual> {
    const period = checkPeriod(from, to);
    return budgetVsActual(this.dataSource, await reportScope(this.dataSource, this.access, viewer, officeId, null), period);
  }

  /** The month's journal of the offices in reach (managers their tree, admins all). */
  async journal(viewer: User, month: string, officeId: string | null): Promise<JournalResult> {
    if (viewer.role !== 'MANAGER' && viewer.role !== 'ADMIN') throw new ForbiddenError('Only managers and admins export the journal');
    const period = checkMonth(month);
    const scope = await reportScope(this.dataSource, this.access, viewer, officeId, null);
    const lines = journalLines(await journalEvents(this.dataSource, scope, period));
    return { month, lineCount: lines.length, ...journalTotals(lines), csv: journalCsv(lines, await this.mappings.codes()) };
  }
}
