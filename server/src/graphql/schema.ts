import { buildSchema } from 'type-graphql';
import type { ClassType, ContainerType, NonEmptyArray } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { ActivityResolver } from '../modules/follow-up/activity.resolver.js';
import { CollectionSheetResolver } from '../modules/collection/collection-sheet.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { CampaignResolver } from '../modules/campaign/campaign.resolver.js';
import { LeadImportResolver } from '../modules/lead-import/lead-import.resolver.js';
import { LoanImportResolver } from '../modules/loan-import/loan-import.resolver.js';
import { TaskCommentResolver, TaskResolver } from '../modules/task/task.resolver.js';
import { NotificationResolver } from '../modules/notification/notification.resolver.js';
import { MessageTemplateResolver } from '../modules/message-template/message-template.resolver.js';
import { StageSlaResolver } from '../modules/stage-sla/stage-sla.resolver.js';
import { TimelineResolver } from '../modules/timeline/timeline.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { ClientResolver } from '../modules/client/client.resolver.js';
import { LeadSalesResolver } from '../modules/lead/lead-sales.resolver.js';
import { LeadAssignmentResolver, LeadResolver, LeadStageChangeResolver } from '../modules/lead/lead.resolver.js';
import { ClientLoansResolver, LoanResolver } from '../modules/loan/loan.resolver.js';
import { LoanMonthEndResolver } from '../modules/loan/loan-month-end.resolver.js';
import { RestructureResolver } from '../modules/loan/restructure.resolver.js';
import { RepaymentBatchResolver } from '../modules/loan/repayment-batch.resolver.js';
import { WriteOffResolver } from '../modules/loan/write-off.resolver.js';
import { CollectionResolver } from '../modules/loan/collection.resolver.js';
import { ComplaintCatalogResolver } from '../modules/complaint/complaint-catalog.resolver.js';
import { ComplaintResolver } from '../modules/complaint/complaint.resolver.js';
import { WorkCalendarResolver } from '../modules/work-calendar/work-calendar.resolver.js';
import { OfferResolver } from '../modules/offer/offer.resolver.js';
import { ProductResolver } from '../modules/product/product.resolver.js';
import { OfficeResolver } from '../modules/office/office.resolver.js';
import { UserResolver } from '../modules/user/user.resolver.js';
import { ReportResolver } from '../modules/report/report.resolver.js';
import { RecommendationResolver } from '../modules/report/recommendation.resolver.js';
import { TargetResolver } from '../modules/report/target.resolver.js';
import { WorkReportResolver } from '../modules/work-report/work-report.resolver.js';
import { FinanceResolver } from '../modules/finance/finance.resolver.js';
import { CampaignSpendResolver, ClientInvoicesResolver, InvoiceFieldsResolver } from '../modules/invoice/invoice-fields.resolver.js';
import { InvoiceResolver } from '../modules/invoice/invoice.resolver.js';
import { BankStatementResolver } from '../modules/reconcile/bank-statement.resolver.js';
import { PaymentResolver } from '../modules/invoice/payment.resolver.js';
import type { Services } from '../services.js';
import { authChecker } from './auth-checker.js';
import { DateTimeScalar } from './scalars.js';
import { SettingsResolver } from './settings.resolver.js';
import { JobsResolver } from '../jobs/jobs.resolver.js';

/** Resolver classes and how to build each from the services (constructor injection). */
function resolverInstances(services: Services): Map<ClassType, object> {
  return new Map<ClassType, object>([
    [AuthResolver, new AuthResolver(services.auth)],
    [UserResolver, new UserResolver(services.users, services.auth)],
    [OfficeResolver, new OfficeResolver(services.offices)],
    [LeadResolver, new LeadResolver(services.leadBoard, services.leads, services.leadAssignments, services.downloads)],
    [LeadStageChangeResolver, new LeadStageChangeResolver()],
    [LeadAssignmentResolver, new LeadAssignmentResolver()],
    [AuditResolver, new AuditResolver(services.audit)],
    [ProductResolver, new ProductResolver(services.products, services.config.dsrLimitPercent)],
    [ClientResolver, new ClientResolver(services.clients, services.leadBoard, services.dataSource)],
    [LeadSalesResolver, new LeadSalesResolver(services.leadDocuments, services.clients, services.dataSource)],
    [
      OfferResolver,
      new OfferResolver(services.offers, services.leadBoard, services.clients, services.downloads, services.config.vat, services.config.dsrLimitPercent),
    ],
    [ActivityResolver, new ActivityResolver(services.activities, services.templates, services.dataSource)],
    [NotificationResolver, new NotificationResolver(services.notifications)],
    [MessageTemplateResolver, new MessageTemplateResolver(services.templates)],
    [TimelineResolver, new TimelineResolver(services.timeline)],
    [StageSlaResolver, new StageSlaResolver(services.stageSlas)],
    [CampaignResolver, new CampaignResolver(services.campaigns, services.leadBoard)],
    [TaskResolver, new TaskResolver(services.taskBoard, services.tasks, services.wipLimits, services.dataSource)],
    [TaskCommentResolver, new TaskCommentResolver()],
    [LeadImportResolver, new LeadImportResolver(services.leadImports, services.downloads)],
    [LoanImportResolver, new LoanImportResolver(services.loanImports)],
    [SettingsResolver, new SettingsResolver(services.config)],
    [LoanResolver, new LoanResolver(services.loans, services.repayments, services.collectibility, services.dataSource, services.portfolio)],
    [ClientLoansResolver, new ClientLoansResolver(services.dataSource)],
    [LoanMonthEndResolver, new LoanMonthEndResolver(services.monthEnds, services.downloads, services.dataSource)],
    [CollectionSheetResolver, new CollectionSheetResolver(services.collectionSheets, services.downloads)],
    [RestructureResolver, new RestructureResolver(services.restructuring, services.dataSource)],
    [WriteOffResolver, new WriteOffResolver(services.writeOffs, services.dataSource)],
    [RepaymentBatchResolver, new RepaymentBatchResolver(services.repaymentBatches)],
    [CollectionResolver, new CollectionResolver(services.collection, services.dataSource)],
    [JobsResolver, new JobsResolver(services.jobAdmin)],
    [ReportResolver, new ReportResolver(services.reports)],
    [RecommendationResolver, new RecommendationResolver(services.recommendations)],
    [TargetResolver, new TargetResolver(services.targets)],
    [WorkReportResolver, new WorkReportResolver(services.workReports, services.downloads)],
    [FinanceResolver, new FinanceResolver(services.finance, services.accountMappings, services.downloads)],
    [InvoiceResolver, new InvoiceResolver(services.invoices, services.invoiceIssuing)],
    [BankStatementResolver, new BankStatementResolver(services.bankStatements, services.reconcile, services.reconcileUnmatch, services.reconcileTargets)],
    [InvoiceFieldsResolver, new InvoiceFieldsResolver(services.dataSource, services.downloads, services.clock)],
    [ClientInvoicesResolver, new ClientInvoicesResolver(services.invoices, services.dataSource)],
    [CampaignSpendResolver, new CampaignSpendResolver(services.dataSource)],
    [PaymentResolver, new PaymentResolver(services.payments, services.paymentReversals, services.invoiceReports, services.downloads)],
    [ComplaintResolver, new ComplaintResolver(services.complaints, services.complaintLifecycle, services.complaintReads)],
    [ComplaintCatalogResolver, new ComplaintCatalogResolver(services.complaintCatalog, services.complaintReports, services.downloads)],
    [WorkCalendarResolver, new WorkCalendarResolver(services.workCalendars)],
  ]);
}

export const resolvers = [
  AuthResolver,
  UserResolver,
  OfficeResolver,
  LeadResolver,
  LeadStageChangeResolver,
  LeadAssignmentResolver,
  AuditResolver,
  ProductResolver,
  ClientResolver,
  LeadSalesResolver,
  OfferResolver,
  ActivityResolver,
  NotificationResolver,
  MessageTemplateResolver,
  TimelineResolver,
  StageSlaResolver,
  CampaignResolver,
  TaskResolver,
  TaskCommentResolver,
  LeadImportResolver,
  LoanImportResolver,
  SettingsResolver,
  LoanResolver,
  ClientLoansResolver,
  LoanMonthEndResolver,
  CollectionSheetResolver,
  RestructureResolver,
  WriteOffResolver,
  RepaymentBatchResolver,
  CollectionResolver,
  JobsResolver,
  ReportResolver,
  RecommendationResolver,
  TargetResolver,
  WorkReportResolver,
  FinanceResolver,
  InvoiceResolver,
  BankStatementResolver,
  InvoiceFieldsResolver,
  ClientInvoicesResolver,
  CampaignSpendResolver,
  PaymentResolver,
  ComplaintResolver,
  ComplaintCatalogResolver,
  WorkCalendarResolver,
] as NonEmptyArray<ClassType>;

export async function createSchema(services: Services | null): Promise<GraphQLSchema> {
  const instances = services ? resolverInstances(services) : new Map<ClassType, object>();
  const container: ContainerType = {
    get: (someClass) => {
      const instance = instances.get(someClass as ClassType);
      if (!instance) throw new Error(`No resolver instance for ${(someClass as ClassType).name}`);
      return instance;
    },
  };
  return buildSchema({
    resolvers,
    container,
    authChecker,
    authMode: 'error',
    validate: false,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
  });
}
