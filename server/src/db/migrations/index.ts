import { ScheduledWorkReports1764194000000 } from './1764194000000-scheduled-work-reports.js';
import { JournalWriteOffs1764206000000 } from './1764206000000-journal-write-offs.js';
import { ReportIndexes1764202000000 } from './1764202000000-report-indexes.js';
import { StageHistoryKeeps1764209000000 } from './1764209000000-stage-history-keeps.js';
import { ComplaintExtensionTold1764209500000 } from './1764209500000-complaint-extension-told.js';
import { AllocationDates1764210000000 } from './1764210000000-allocation-dates.js';
import { BankStatements1764130000000 } from './1764130000000-bank-statements.js';
import { InitialSchema1763860000000 } from './1763860000000-initial-schema.js';
import { AccessControl1763870000000 } from './1763870000000-access-control.js';
import { ClientsProductsOffers1763880000000 } from './1763880000000-clients-products-offers.js';
import { FollowUps1763890000000 } from './1763890000000-follow-ups.js';
import { Marketing1763900000000 } from './1763900000000-marketing.js';
import { LeadReachTotals1763910000000 } from './1763910000000-lead-reach-totals.js';
import { InstallmentReminder1763915000000 } from './1763915000000-installment-reminder.js';
import { WipLimitsPerOffice1763930000000 } from './1763930000000-wip-limits-per-office.js';
import { UniqueIdentities1763940000000 } from './1763940000000-unique-identities.js';
import { IdempotencyKeys1763945000000 } from './1763945000000-idempotency-keys.js';
import { CredentialVersion1763946000000 } from './1763946000000-credential-version.js';
import { AuditPage1763947000000 } from './1763947000000-audit-page.js';
import { UniqueBoardPositions1763950000000 } from './1763950000000-unique-board-positions.js';
import { OfficeZonesAndIncome1763960000000 } from './1763960000000-office-zones-and-income.js';
import { LoanBook1763970000000 } from './1763970000000-loan-book.js';
import { MessageParams1763980000000 } from './1763980000000-message-params.js';
import { LoanImport1764010000000 } from './1764010000000-loan-import.js';
import { LoanMonthEnd1764020000000 } from './1764020000000-loan-month-end.js';
import { CollectionWork1764030000000 } from './1764030000000-collection-work.js';
import { LoanRestructuring1764050000000 } from './1764050000000-loan-restructuring.js';
import { Complaints1764090000000 } from './1764090000000-complaints.js';
import { Dunning1764140000000 } from './1764140000000-dunning.js';
import { PaymentReversal1764140000001 } from './1764140000001-payment-reversal.js';
import { LoanWriteOff1764150000000 } from './1764150000000-loan-write-off.js';
import { WorkReports1764160000000 } from './1764160000000-work-reports.js';
import { CollectionBoard1764040000000 } from './1764040000000-collection-board.js';
import { BackgroundJobs1764110000000 } from './1764110000000-background-jobs.js';
import { OfficerTargets1764100000000 } from './1764100000000-officer-targets.js';
import { LoanKeptMonth1764060000000 } from './1764060000000-loan-kept-month.js';
import { LeadKeptTotals1764120000000 } from './1764120000000-lead-kept-totals.js';
import { ComplaintCategorySla1764170000000 } from './1764170000000-complaint-category-sla.js';
import { MoneyView1764180000000 } from './1764180000000-money-view.js';
import { StatementLineUndo1764191000000 } from './1764191000000-statement-line-undo.js';
import { RecommendationSettings1764193000000 } from './1764193000000-recommendation-settings.js';
import { Invoices1764080000000 } from './1764080000000-invoices.js';
import { InstallmentPositionIndex1764201000000 } from './1764201000000-installment-position-index.js';

/** In order; the same migrations run on MySQL/MariaDB and SQLite. */
export const migrations = [
  InitialSchema1763860000000,
  AccessControl1763870000000,
  ClientsProductsOffers1763880000000,
  FollowUps1763890000000,
  Marketing1763900000000,
  LeadReachTotals1763910000000,
  InstallmentReminder1763915000000,
  WipLimitsPerOffice1763930000000,
  UniqueIdentities1763940000000,
  IdempotencyKeys1763945000000,
  CredentialVersion1763946000000,
  AuditPage1763947000000,
  UniqueBoardPositions1763950000000,
  OfficeZonesAndIncome1763960000000,
  LoanBook1763970000000,
  MessageParams1763980000000,
  LoanImport1764010000000,
  LoanMonthEnd1764020000000,
  CollectionWork1764030000000,
  CollectionBoard1764040000000,
  LoanRestructuring1764050000000,
  LoanKeptMonth1764060000000,
  Invoices1764080000000,
  OfficerTargets1764100000000,
  BackgroundJobs1764110000000,
  LeadKeptTotals1764120000000,
  Complaints1764090000000,
  Dunning1764140000000,
  PaymentReversal1764140000001,
  LoanWriteOff1764150000000,
  WorkReports1764160000000,
  BankStatements1764130000000,
  ComplaintCategorySla1764170000000,
  MoneyView1764180000000,
  StatementLineUndo1764191000000,
  RecommendationSettings1764193000000,
  ScheduledWorkReports1764194000000,
  InstallmentPositionIndex1764201000000,
  ReportIndexes1764202000000,
  JournalWriteOffs1764206000000,
  StageHistoryKeeps1764209000000,
  ComplaintExtensionTold1764209500000,
  AllocationDates1764210000000,
];
