/** The server's services, built once per app from its data source and event bus. */
import type { DataSource } from 'typeorm';
import { OFFICE_TIME_ZONES, businessDate } from '@prospek/shared';
import type { ResolvedConfig } from './config.js';
import { TransactionRunner } from './db/transaction.js';
import { dialectOf } from './db/sql.js';
import { rebalanceLongKeys } from './boards/board-rebalance.js';
import { LIVE_BOARDS } from './live-boards.js';
import { createJobQueue } from './jobs/create-job-queue.js';
import { jobIdOf } from './jobs/job-queue.js';
import { JobStore } from './jobs/job-store.js';
import { JobAdminService } from './jobs/job-admin.service.js';
import type { EventBus } from './events/domain-events.js';
import { AccessService } from './modules/access/access.service.js';
import { OfficeTreeCache } from './modules/access/office-tree.js';
import { NotFoundError } from './errors.js';
import { recordAudit, recordAudits } from './modules/audit/audit.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AuthService } from './modules/auth/auth.service.js';
import { LoginThrottleService } from './modules/auth/login-throttle.service.js';
import { DownloadTokens, TokenService } from './modules/auth/token.service.js';
import { ActivityService } from './modules/follow-up/activity.service.js';
import { MessageTemplateService } from './modules/message-template/message-template.service.js';
import { TimelineService } from './modules/timeline/timeline.service.js';
import { CampaignService } from './modules/campaign/campaign.service.js';
import { ClientService } from './modules/client/client.service.js';
import { LeadImportService } from './modules/lead-import/lead-import.service.js';
import { IdempotencyService } from './modules/idempotency/idempotency.service.js';
import { TaskBoardService } from './modules/task/task-board.service.js';
import { TaskService } from './modules/task/task.service.js';
import { TASK_WIP_BOARD, WipLimitService } from './modules/task/wip-limit.service.js';
import { NotificationService } from './modules/notification/notification.service.js';
import { StageSlaService } from './modules/stage-sla/stage-sla.service.js';
import { Scheduler, minuteSlot } from './modules/scheduler/scheduler.js';
import { LeadAssignmentService } from './modules/lead/lead-assignment.service.js';
import { LeadBoardService } from './modules/lead/lead-board.service.js';
import { LeadDocumentService } from './modules/lead/lead-document.service.js';
import { LeadService } from './modules/lead/lead.service.js';
import { LeadWin } from './modules/lead/lead-won.js';
import { CollectibilityService } from './modules/loan/collectibility.service.js';
import { CollectionEngine } from './modules/loan/collection-engine.js';
import { CollectionService } from './modules/loan/collection.service.js';
import { LoanLedgerStore } from './modules/loan/loan-ledger.store.js';
import { LoanImportService } from './modules/loan-import/loan-import.service.js';
import { LoanMonthEndService } from './modules/loan/loan-month-end.service.js';
import { LoanService } from './modules/loan/loan.service.js';
import { LOAN_MONTH_END_JOB, LOAN_POSITIONS_JOB, defineLoanJobs } from './modules/loan/loan.jobs.js';
import { zoneDates } from './modules/loan/loan-position-run.js';
import { PortfolioQualityService } from './modules/loan/portfolio-quality.js';
import { RepaymentBatchService } from './modules/loan/repayment-batch.js';
import { RepaymentService } from './modules/loan/repayment.service.js';
import { RestructureService } from './modules/loan/restructure.service.js';
import { WriteOffService } from './modules/loan/write-off.service.js';
import { OfferService } from './modules/offer/offer.service.js';
import { CollectionSheetService } from './modules/collection/collection-sheet.service.js';
import { WonOfferService } from './modules/offer/won-offer.service.js';
import { OfficeService } from './modules/office/office.service.js';
import { ProductService } from './modules/product/product.service.js';
import { UserService } from './modules/user/user.service.js';
import { ReportService } from './modules/report/report.service.js';
import { RecommendationService } from './modules/report/recommendation.service.js';
import { RecommendationSettings } from './modules/report/recommendation-settings.js';
import { AccountMappingService } from './modules/finance/account-mapping.service.js';
import { FinanceService } from './modules/finance/finance.service.js';
import { TargetService } from './modules/report/target.service.js';
import { workReportMail } from './modules/work-report/work-report-mail.js';
import { MAIL_SUBJECT as WORK_REPORT_MAIL, WorkReportService } from './modules/work-report/work-report.service.js';
import { SCHEDULED_MAIL_SUBJECT, WorkReportSchedule, scheduledWorkReportMail } from './modules/work-report/work-report-schedule.js';
import { InvoiceIssueService } from './modules/invoice/invoice-issue.service.js';
import { invoiceMail } from './modules/invoice/invoice-mail.js';
import { DUNNING_JOB, InvoiceDunning, dunningDay, reminderMail } from './modules/invoice/invoice-dunning.js';
import { InvoiceReports } from './modules/invoice/invoice-reports.js';
import { InvoiceService } from './modules/invoice/invoice.service.js';
import { PaymentService } from './modules/invoice/payment.service.js';
import { PaymentReversalService } from './modules/invoice/payment-reversal.js';
import { MailOutboxService } from './modules/mail/mail-outbox.service.js';
import { BankStatementService } from './modules/reconcile/bank-statement.service.js';
import { ReconcileMatcher } from './modules/reconcile/reconcile-matcher.js';
import { ReconcilePosting } from './modules/reconcile/reconcile-posting.js';
import { defineReconcileJobs } from './modules/reconcile/reconcile.jobs.js';
import { ReconcileTargetSearch } from './modules/reconcile/reconcile-target-search.js';
import { ReconcileUnmatchService } from './modules/reconcile/reconcile-unmatch.js';
import { ReconcileService } from './modules/reconcile/reconcile.service.js';

import { COMPLAINT_WIP_BOARD } from './modules/complaint/complaint.board.js';
import { ComplaintCatalogService } from './modules/complaint/complaint-catalog.service.js';
import { ComplaintClock } from './modules/complaint/complaint-clock.js';
import { ComplaintEscalation } from './modules/complaint/complaint-escalation.js';
import { ComplaintLifecycleService } from './modules/complaint/complaint-lifecycle.service.js';
import { ComplaintReadService } from './modules/complaint/complaint-read.service.js';
import { ComplaintReportService } from './modules/complaint/complaint-report.js';
import { ComplaintService } from './modules/complaint/complaint.service.js';
import { refreshComplaintBoards } from './modules/complaint/complaint-calendar.js';
import { WorkCalendarService } from './modules/work-calendar/work-calendar.service.js';

/** How often the clock jobs tick (the scheduler's timer, or BullMQ's repeatable clock job). */
export const SCHEDULER_INTERVAL_MS = 20_000;

export function createServices(config: ResolvedConfig, dataSource: DataSource, bus: EventBus, clock: () => Date = () => new Date()) {
  const transactions = new TransactionRunner(dataSource, bus, recordAudit, recordAudits);
  const tokens = new TokenService(config.jwtSecret, config.tokenTtlSeconds);
  const access = new AccessService(new OfficeTreeCache(dataSource));
  const users = new UserService(dataSource, transactions, access);
  const offices = new OfficeService(dataSource, transactions, access);
  const clients = new ClientService(dataSource, transactions, access);
  const leadBoard = new LeadBoardService(dataSource, access);
  const notifications = new NotificationService(dataSource, bus);
  const leads = new LeadService(dataSource, transactions, access, new LeadWin(clients, new WonOfferService()), clock);
  const offers = new OfferService(dataSource, transactions, access, leads, config, clock);
  const activities = new ActivityService(dataSource, transactions, access, leads, clients, clock);
  const taskBoard = new TaskBoardService(dataSource, access);
  const products = new ProductService(dataSource, transactions);
  const templates = new MessageTemplateService(dataSource, transactions);
  const campaigns = new CampaignService(dataSource, transactions, access);
  const jobStore = new JobStore(dataSource);
  const jobs = createJobQueue(dataSource, {
    redisUrl: config.redisUrl,
    redisPrefix: config.redisPrefix,
    concurrency: config.jobs.concurrency,
    lockMs: config.jobs.lockMs,
    clockMs: SCHEDULER_INTERVAL_MS,
  });
  const leadImports = new LeadImportService(dataSource, transactions, access, bus, jobs);
  const idempotency = new IdempotencyService(dataSource, transactions, clock);
  const collectibility = new CollectibilityService(dataSource, transactions);
  const collectionEngine = new CollectionEngine(dialectOf(dataSource), notifications);
  const loanLedger = new LoanLedgerStore(collectibility, [collectionEngine]);
  const loans = new LoanService(dataSource, transactions, access, loanLedger, clock);
  const monthEnds = new LoanMonthEndService(dataSource, access, collectibility);
  const accountMappings = new AccountMappingService(dataSource, transactions);
  defineLoanJobs(jobs, dataSource, loans, monthEnds);
  /** Long clock work runs as a job of its own, one per slot (where the in-process runner runs it, the tick waits for it). */
  const asJob = (name: string, slot: string, data: unknown) => async () =>
    Number((await (await jobs.enqueue(name, data, { jobId: jobIdOf(name, slot) })).settled) ?? 0);
  const { reopenDays, ...complaintSla } = config.complaints;
  const complaintReads = new ComplaintReadService(dataSource, access, new ComplaintClock(complaintSla, clock), reopenDays);
  const complaints = new ComplaintService(transactions, access, complaintReads, clock);
  const complaintEscalation = new ComplaintEscalation(dataSource, complaintReads, access, notifications, bus);
  const workCalendars = new WorkCalendarService(dataSource, transactions, access);
  workCalendars.listeners.push((tx, region) => refreshComplaintBoards(tx, complaintReads.dialect, region));
  const invoices = new InvoiceService(dataSource, transactions, access, config.vat, clock);
  const mail = new MailOutboxService(dataSource, jobs, config.mailFrom, config.smtpUrl, clock);
  mail.subjects.set('Invoice', invoiceMail(dataSource, config.organizationName, invoices, bus));
  const dunning = new InvoiceDunning(dataSource, transactions, mail, config.dunning, config.organizationName);
  mail.subjects.set('InvoiceReminder', reminderMail(dataSource, dunning, config.organizationName, bus, clock));
  const workReports = new WorkReportService(dataSource, transactions, access, monthEnds, notifications, mail, clock);
  mail.subjects.set(WORK_REPORT_MAIL, workReportMail(dataSource, config.organizationName, workReports));
  mail.subjects.set(SCHEDULED_MAIL_SUBJECT, scheduledWorkReportMail(dataSource, config.organizationName, workReports));
  const workReportSchedule = new WorkReportSchedule(dataSource, transactions, workReports, mail, jobs, config.workReportSchedule);
  jobs.define<{ at: string }, number>(DUNNING_JOB, (job) => dunning.run(new Date(job.data.at)));
  const scheduler = new Scheduler(dataSource, notifications, offers, idempotency, clock, [
    {
      // Keys outgrowing their column are rewritten within the minute, once across instances.
      name: 'board-rebalance',
      slot: minuteSlot,
      run: () => rebalanceLongKeys(dataSource.manager, transactions, dialectOf(dataSource), LIVE_BOARDS.columnBoards()),
    },
    // Days past due and grades move with the calendar: each business day every open loan is repositioned.
    // A slot per change of any office zone's date, so a WIT office's loans move on at its own midnight.
    {
      name: 'loan-positions',
      slot: (now) => Object.values(zoneDates(now)).join(' '),
      run: (now) => asJob(LOAN_POSITIONS_JOB, Object.values(zoneDates(now)).join(' '), { at: now.toISOString() })(),
    },
    // Once a day (Jakarta's, the westmost zone, so every office's day has begun): close the months that ended.
    { name: 'loan-month-end', slot: (now) => businessDate(now), run: (now) => asJob(LOAN_MONTH_END_JOB, businessDate(now), { at: now.toISOString() })() },
    // Finished jobs are kept a week for the admins' list.
    {
      name: 'job-purge',
      slot: (now) => now.toISOString().slice(0, 10),
      run: async (now) => (await jobStore.purge(new Date(now.getTime() - 7 * 86_400_000)), 0),
    },
    // Complaints entering their warning days or passing their deadline: owner and managers told once.
    { name: 'complaint-escalation', slot: minuteSlot, run: () => complaintEscalation.run() },
    // Mail due again (a retry, or a row whose sender died) goes back on the job queue.
    { name: 'mail-outbox', slot: minuteSlot, run: () => mail.runOnce() },
    // Overdue invoices' reminders, once a day in each office's zone (from DUNNING_HOUR on).
    {
      name: 'invoice-dunning',
      slot: (now) => OFFICE_TIME_ZONES.map((zone) => dunningDay(now, zone)).join(' '),
      run: (now) => asJob(DUNNING_JOB, OFFICE_TIME_ZONES.map((zone) => dunningDay(now, zone)).join(' '), { at: now.toISOString() })(),
    },
    // Each officer's work report at each period's end in their office's zone (WORK_REPORT_SCHEDULE), mailed once.
    ...(config.workReportSchedule.length ? [workReportSchedule.clockJob()] : []),
  ]);
  const payments = new PaymentService(dataSource, transactions, access, invoices);
  const repayments = new RepaymentService(transactions, access, loans, loanLedger, idempotency);
  const bankStatements = new BankStatementService(dataSource, transactions, access, jobs);
  const posting = new ReconcilePosting(dataSource, payments, repayments);
  const reconcile = new ReconcileService(
    dataSource,
    transactions,
    access,
    dialectOf(dataSource),
    new ReconcileMatcher(transactions, dialectOf(dataSource), posting),
    config,
  );
  defineReconcileJobs(jobs, reconcile);
  const paymentReversals = new PaymentReversalService(dataSource, transactions, access, invoices);
  return {
    bankStatements,
    reconcile,
    reconcileUnmatch: new ReconcileUnmatchService(dataSource, transactions, dialectOf(dataSource), reconcile, paymentReversals, repayments),
    reconcileTargets: new ReconcileTargetSearch(dataSource, dialectOf(dataSource), access, reconcile),
    clock,
    config,
    invoices,
    mail,
    dunning,
    invoiceIssuing: new InvoiceIssueService(dataSource, transactions, access, invoices, mail, config.invoiceNumberFormat),
    payments,
    paymentReversals,
    invoiceReports: new InvoiceReports(dataSource, dialectOf(dataSource), access, clock),
    dataSource,
    transactions,
    tokens,
    downloads: new DownloadTokens(config.jwtSecret),
    access,
    auth: new AuthService(dataSource, tokens, new LoginThrottleService(dataSource, clock)),
    users,
    offices,
    clients,
    leadBoard,
    leads,
    leadAssignments: new LeadAssignmentService(dataSource, transactions, access, leads, notifications),
    leadDocuments: new LeadDocumentService(transactions, access, leads),
    products,
    offers,
    notifications,
    activities,
    templates,
    timeline: new TimelineService(dataSource, activities, access),
    boards: LIVE_BOARDS,
    scheduler,
    jobs,
    jobStore,
    jobAdmin: new JobAdminService(jobStore, jobs, transactions),
    idempotency,
    collectibility,
    loans,
    repayments,
    repaymentBatches: new RepaymentBatchService(dataSource, transactions, access, loans, loanLedger, clock),
    monthEnds,
    portfolio: new PortfolioQualityService(dataSource, access, () => loans.today(), monthEnds),
    reports: new ReportService(dataSource, access, monthEnds, clock, complaintReads),
    recommendations: new RecommendationService(dataSource, access, monthEnds, new RecommendationSettings(dataSource, transactions), clock),
    targets: new TargetService(dataSource, transactions, access),
    workReports,
    workReportSchedule,
    accountMappings,
    finance: new FinanceService(dataSource, access, accountMappings),
    collectionSheets: new CollectionSheetService(dataSource, access, clock),
    restructuring: new RestructureService(transactions, access, loans, loanLedger, collectibility),
    writeOffs: new WriteOffService(transactions, access, loans, loanLedger),
    collection: new CollectionService(dataSource, transactions, access, loans, collectionEngine),
    complaintReads,
    complaints,
    complaintLifecycle: new ComplaintLifecycleService(transactions, access, complaints, reopenDays, clock),
    complaintCatalog: new ComplaintCatalogService(dataSource, transactions),
    complaintReports: new ComplaintReportService(dataSource, access, complaintReads),
    complaintEscalation,
    workCalendars,
    campaigns,
    taskBoard,
    tasks: new TaskService(dataSource, transactions, access, taskBoard, leads, notifications, clock),
    wipLimits: new WipLimitService(dataSource, transactions, access, { tasks: TASK_WIP_BOARD, complaints: COMPLAINT_WIP_BOARD }),
    stageSlas: new StageSlaService(dataSource, transactions),
    leadImports,
    loanImports: new LoanImportService(dataSource, transactions, access, leadImports, loans, loanLedger),
    audit: new AuditService(dataSource, access, {
      Lead: (viewer, id) => leadBoard.get(viewer, Number(id)),
      User: (viewer, id) => users.get(viewer, id),
      Office: (viewer, id) => offices.get(viewer, id),
      Client: (viewer, id) => clients.get(viewer, id),
      Offer: (viewer, id) => offers.get(viewer, id),
      Campaign: (viewer, id) => campaigns.get(viewer, id),
      Task: (viewer, id) => taskBoard.get(viewer, Number(id)),
      // An office's WIP limits: whoever reaches the office.
      WipLimit: (viewer, id) => offices.get(viewer, id),
      LeadImport: (viewer, id) => leadImports.get(viewer, id),
      Product: (_viewer, id) => products.get(id),
      Loan: (viewer, id) => loans.get(viewer, id),
      Invoice: (viewer, id) => invoices.get(viewer, id),
      Complaint: (viewer, id) => complaintReads.get(viewer, Number(id)),
      BankStatement: (viewer, id) => bankStatements.get(viewer, id),
      BankStatementLine: async (viewer, id) => {
        await bankStatements.lineVisible(viewer, id);
      },
      // The calendar and the complaint lists are read by everyone who files complaints.
      WorkCalendar: async () => undefined,
      ComplaintCategory: async () => undefined,
      ResolutionPolicy: async () => undefined,
      MessageTemplate: async (_viewer, id) => {
        if (!(await templates.get(id))) throw new NotFoundError('MessageTemplate', id);
      },
    }),
  };
}

export type Services = ReturnType<typeof createServices>;
