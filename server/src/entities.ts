import { BoardColumnLock } from './boards/board-column-lock.entity.js';
import { Activity } from './modules/follow-up/activity.entity.js';
import { MessageTemplate } from './modules/message-template/message-template.entity.js';
import { AuditEntry } from './modules/audit/audit-entry.entity.js';
import { Campaign, FormSubmission } from './modules/campaign/campaign.entity.js';
import { LeadImport, LeadImportRow } from './modules/lead-import/lead-import.entity.js';
import { BoardColumnSetting, MarketingTask, TaskComment } from './modules/task/task.entity.js';
import { LoginFailure } from './modules/auth/login-failure.entity.js';
import { IdempotencyKey } from './modules/idempotency/idempotency-key.entity.js';
import { CifSequence, Client } from './modules/client/client.entity.js';
import { LeadDocument } from './modules/lead/lead-document.entity.js';
import { Notification } from './modules/notification/notification.entity.js';
import { JobRun } from './modules/scheduler/job-run.entity.js';
import { StageSla } from './modules/stage-sla/stage-sla.entity.js';
import { Offer } from './modules/offer/offer.entity.js';
import { Product } from './modules/product/product.entity.js';
import { Lead } from './modules/lead/lead.entity.js';
import { LeadAssignment } from './modules/lead/lead-assignment.entity.js';
import { LeadStageChange } from './modules/lead/lead-stage-change.entity.js';
import { Office } from './modules/office/office.entity.js';
import { LoanMonthEnd } from './modules/loan/loan-month-end.entity.js';
import { CollectibilityRuleSet, LoanBookSetting, LoanGradeChange, LoanProductSetting } from './modules/loan/collectibility.entity.js';
import { CollectionCase, PaymentPromise } from './modules/loan/collection.entity.js';
import { Loan, LoanInstallment } from './modules/loan/loan.entity.js';
import { LoanAllocation, LoanPosting, Repayment } from './modules/loan/repayment.entity.js';
import { LoanPastInstallment, LoanScheduleVersion } from './modules/loan/restructure.entity.js';
import { User } from './modules/user/user.entity.js';
import { OfficerTarget } from './modules/report/officer-target.entity.js';
import { WorkReportDispatch, WorkReportNote } from './modules/work-report/work-report.entity.js';
import { AccountMapping } from './modules/finance/account-mapping.entity.js';
import { RecommendationSetting } from './modules/report/recommendation-setting.entity.js';
import { CreditNote, Invoice, InvoiceCounter, InvoiceLine } from './modules/invoice/invoice.entity.js';
import { Payment, PaymentAllocation } from './modules/invoice/payment.entity.js';
import { InvoiceReminder } from './modules/invoice/invoice-reminder.entity.js';
import { MailOutbox } from './modules/mail/mail-outbox.entity.js';
import { WorkCalendarDay } from './modules/work-calendar/work-calendar-day.entity.js';
import { BackgroundJob, JobChunk } from './jobs/job.entity.js';
import { BankStatement, BankStatementLine } from './modules/reconcile/bank-statement.entity.js';
import { Complaint, ComplaintCategory, ComplaintEvent, ResolutionPolicy } from './modules/complaint/complaint.entity.js';

export const entities = [
  Office,
  User,
  Lead,
  LeadStageChange,
  LeadAssignment,
  AuditEntry,
  LoginFailure,
  Product,
  Client,
  CifSequence,
  Offer,
  LeadDocument,
  Activity,
  MessageTemplate,
  Notification,
  JobRun,
  StageSla,
  Campaign,
  FormSubmission,
  MarketingTask,
  TaskComment,
  BoardColumnSetting,
  LeadImport,
  LeadImportRow,
  IdempotencyKey,
  BoardColumnLock,
  Loan,
  LoanInstallment,
  Repayment,
  LoanPosting,
  LoanAllocation,
  LoanGradeChange,
  CollectibilityRuleSet,
  LoanBookSetting,
  LoanProductSetting,
  LoanMonthEnd,
  WorkCalendarDay,
  Complaint,
  ComplaintEvent,
  BankStatement,
  BankStatementLine,
  ComplaintCategory,
  ResolutionPolicy,
  LoanScheduleVersion,
  LoanPastInstallment,
  PaymentPromise,
  CollectionCase,
  BackgroundJob,
  JobChunk,
  OfficerTarget,
  WorkReportNote,
  WorkReportDispatch,
  AccountMapping,
  RecommendationSetting,
  Invoice,
  InvoiceLine,
  CreditNote,
  InvoiceCounter,
  Payment,
  PaymentAllocation,
  InvoiceReminder,
  MailOutbox,
];
