/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcknowledgeWorkReportInput = {
  /** The manager’s comment (at most 2000 characters) */
  comment?: string | null | undefined;
  id: string;
  version: number;
};

export type ActivityOutcome =
  | 'CALL_BACK'
  | 'DOCUMENTS_RECEIVED'
  | 'INTERESTED'
  | 'NOT_INTERESTED'
  | 'NO_ANSWER'
  | 'OTHER'
  | 'PROMISED_TO_PAY'
  | 'REACHED'
  | 'VISITED'
  | 'WRONG_NUMBER';

/** COLLECTION: contacting a debtor about what they owe */
export type ActivityPurpose =
  | 'COLLECTION'
  | 'GENERAL';

export type ActivityType =
  | 'CALL'
  | 'EMAIL'
  | 'MEETING'
  | 'NOTE'
  | 'SMS'
  | 'VISIT'
  | 'WHATSAPP';

export type AuditFilterInput = {
  /** create, update, move, read, … */
  action?: string | null | undefined;
  /** Who acted */
  actorId?: string | null | undefined;
  /** Lead, Client, Offer, Campaign, Task, LeadImport, User, Office, Product, MessageTemplate, … */
  entityType?: string | null | undefined;
  /** From this business date (Asia/Jakarta), inclusive */
  from?: string | null | undefined;
  /** To this business date (Asia/Jakarta), inclusive */
  to?: string | null | undefined;
};

export type CampaignChannel =
  | 'BROCHURE'
  | 'EVENT'
  | 'OTHER'
  | 'REFERRAL'
  | 'SOCIAL_MEDIA'
  | 'WEBSITE';

export type CampaignFieldsInput = {
  budget?: string | null | undefined;
  channel?: CampaignChannel | null | undefined;
  description?: string | null | undefined;
  endDate?: string | null | undefined;
  formEnabled?: boolean | null | undefined;
  leadGoal?: number | null | undefined;
  name?: string | null | undefined;
  /** Default: the creator’s office */
  officeId?: string | null | undefined;
  productId?: string | null | undefined;
  spend?: string | null | undefined;
  startDate?: string | null | undefined;
  status?: CampaignStatus | null | undefined;
};

export type CampaignStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'DONE'
  | 'PLANNED';

export type ChecklistEntryInput = {
  done?: boolean;
  text: string;
};

export type ClientFieldsInput = {
  address?: string | null | undefined;
  birthDate?: string | null | undefined;
  email?: string | null | undefined;
  /** Monthly installments on loans elsewhere; not negative */
  existingInstallments?: string | null | undefined;
  /** Not negative; null: unknown */
  monthlyIncome?: string | null | undefined;
  name?: string | null | undefined;
  /** 16 digits; its birth-date part must match birthDate */
  nik?: string | null | undefined;
  /** 16 digits, or the legacy 15-digit form */
  npwp?: string | null | undefined;
  /** An officer the creator manages (officers: themselves) */
  officerId?: string | null | undefined;
  phone?: string | null | undefined;
  segment?: Segment | null | undefined;
  status?: ClientStatus | null | undefined;
  type?: ClientType | null | undefined;
  whatsapp?: string | null | undefined;
};

export type ClientFilterInput = {
  officerId?: string | null | undefined;
  /** Name, CIF, NIK or phone */
  search?: string | null | undefined;
  status?: ClientStatus | null | undefined;
};

export type ClientStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'DORMANT';

export type ClientType =
  | 'COMPANY'
  | 'PERSON';

export type CollectionBoardFilter = {
  officeId?: string | null | undefined;
  officerId?: string | null | undefined;
};

/** The columns of the collection board */
export type CollectionColumn =
  | 'BROKEN_PROMISE'
  | 'CONTACTED'
  | 'NEW'
  | 'PROMISED'
  | 'RESOLVED'
  | 'RESTRUCTURE_REQUESTED';

export type ComplaintCatalogInput = {
  /** False retires it: kept for the complaints that name it, offered no more */
  active?: boolean | null | undefined;
  /** Policies only: what the policy grants */
  description?: string | null | undefined;
  expectedVersion?: number | null | undefined;
  /** The entry to change; a new one without it */
  id?: string | null | undefined;
  name?: string | null | undefined;
  /** Categories only: working days of the one extension (1–60); 0 returns to the setting */
  slaExtensionDays?: number | null | undefined;
  /** Categories only: warning days before the deadline (1–30); 0 returns to the setting */
  slaWarningDays?: number | null | undefined;
  /** Categories only: working days to answer (1–60); 0 returns to the setting */
  slaWorkingDays?: number | null | undefined;
};

/** How a complaint came in, or how its answer went out */
export type ComplaintChannel =
  | 'EMAIL'
  | 'LETTER'
  | 'PHONE'
  | 'WALK_IN'
  | 'WHATSAPP';

export type ComplaintFilter = {
  /** Complaints of this category */
  category?: string | null | undefined;
  /** @deprecated Use category */
  categoryId?: string | null | undefined;
  clientId?: string | null | undefined;
  officeId?: string | null | undefined;
  ownerId?: string | null | undefined;
  status?: ComplaintStatus | null | undefined;
};

/** Whether the complaint was found justified */
export type ComplaintOutcome =
  | 'NOT_UPHELD'
  | 'PARTLY_UPHELD'
  | 'UPHELD';

export type ComplaintPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

/** The columns of the complaints board */
export type ComplaintStatus =
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'OPEN'
  | 'RESOLVED'
  | 'WAITING_CLIENT';

export type CompleteActivityInput = {
  id: string;
  /** Visits: the browser’s location, with consent */
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  /** The next follow-up, scheduled in the same step */
  next?: NextStepInput | null | undefined;
  notes?: string | null | undefined;
  outcome: ActivityOutcome;
  promiseAmount?: string | null | undefined;
  /** When the client promised to pay */
  promiseDate?: string | null | undefined;
};

export type ConfirmStatementMatchInput = {
  /** The version read; a line changed since is a CONFLICT */
  expectedVersion?: number | null | undefined;
  /** Post to this invoice instead of the proposal */
  invoiceId?: string | null | undefined;
  lineId: string;
  /** Post to this loan instead of the proposal */
  loanId?: string | null | undefined;
};

export type CreateComplaintInput = {
  /** The id of an active complaint category (required) */
  category?: string | null | undefined;
  /** @deprecated Use category */
  categoryId?: string | null | undefined;
  channel: ComplaintChannel;
  clientId?: string | null | undefined;
  /** The day the complaint was complete (default: the day received) */
  completeOn?: string | null | undefined;
  description: string;
  invoiceId?: string | null | undefined;
  leadId?: string | null | undefined;
  loanId?: string | null | undefined;
  /** NORMAL unless told */
  priority?: ComplaintPriority | null | undefined;
  productId?: string | null | undefined;
  receivedAt: string;
};

export type CreateInvoiceInput = {
  /** PAYABLE: the campaign the cost is charged to */
  campaignId?: string | null | undefined;
  /** RECEIVABLE: the client billed */
  clientId?: string | null | undefined;
  /** On or after issueDate */
  dueDate: string;
  issueDate: string;
  kind: InvoiceKind;
  /** 1 to 100 lines */
  lines: Array<InvoiceLineInput>;
  notes?: string | null | undefined;
  /** PAYABLE: the office it is booked to (default: the viewer’s) */
  officeId?: string | null | undefined;
  /** PAYABLE: who billed the institution */
  supplierName?: string | null | undefined;
};

export type CreateLeadInput = {
  /** Create it even though an open lead already has this phone (refused with DUPLICATE otherwise) */
  allowDuplicate?: boolean | null | undefined;
  /** The campaign that brought it */
  campaignId?: string | null | undefined;
  companyName?: string | null | undefined;
  email?: string | null | undefined;
  estimatedAmount: string;
  /** Monthly installments on loans elsewhere; not negative */
  existingInstallments?: string | null | undefined;
  expectedCloseDate?: string | null | undefined;
  fullName: string;
  /** Not negative; null: unknown */
  monthlyIncome?: string | null | undefined;
  nextActionAt?: string | null | undefined;
  /** 16 digits */
  nik?: string | null | undefined;
  notes?: string | null | undefined;
  /** The office whose pool an unowned lead waits in (defaults to the creator’s) */
  officeId?: string | null | undefined;
  /** An officer the creator manages; an officer’s own leads are theirs, marketing’s go to the pool */
  ownerId?: string | null | undefined;
  /** 08…, +62… or 62…; stored as +62… */
  phone?: string | null | undefined;
  /** The product of interest */
  productId?: string | null | undefined;
  referrerName?: string | null | undefined;
  segment?: Segment | null | undefined;
  source: LeadSource;
  whatsapp?: string | null | undefined;
};

export type CreateOfferInput = {
  amount: string;
  /** Percent per year, within the product’s range */
  annualRate: number;
  clientId?: string | null | undefined;
  /** The lead offered to (or clientId) */
  leadId?: string | null | undefined;
  productId: string;
  tenorMonths: number;
  /** Last day the offer holds (default: in OFFER_VALID_DAYS days) */
  validUntil?: string | null | undefined;
};

export type CreateOfficeInput = {
  /** Short unique code, e.g. KC-BDG */
  code: string;
  name: string;
  /** The office above it (none for a head office) */
  parentId?: string | null | undefined;
  /** Asia/Jakarta (default), Asia/Makassar or Asia/Jayapura */
  timeZone?: string | null | undefined;
};

export type CreateUserInput = {
  email: string;
  name: string;
  officeId: string;
  /** At least 8 characters */
  password: string;
  role: Role;
  /** The AO type, for officers */
  segment?: Segment | null | undefined;
};

export type DisburseLoanInput = {
  /** Not in the future */
  disbursementDate: string;
  /** After the disbursement, at most two months later; later installments fall on its day of the month */
  firstDueDate: string;
  /** An ACCEPTED loan offer of a WON lead’s client (or of a client) */
  offerId: string;
};

export type FollowUpReason =
  | 'AMOUNT_OVER'
  | 'AMOUNT_SHORT'
  | 'NO_INVOICE'
  | 'PAID_LATE';

export type Gender =
  | 'FEMALE'
  | 'MALE';

/** Which heading of the file holds each field (fullName and phone or nik are needed) */
export type ImportMappingInput = {
  companyName?: string | null | undefined;
  email?: string | null | undefined;
  estimatedAmount?: string | null | undefined;
  fullName?: string | null | undefined;
  nik?: string | null | undefined;
  notes?: string | null | undefined;
  phone?: string | null | undefined;
  referrerName?: string | null | undefined;
  segment?: string | null | undefined;
  source?: string | null | undefined;
};

/** Why an imported row is refused */
export type ImportReasonCode =
  | 'AMOUNT_INVALID'
  | 'CLIENT_EMPTY'
  | 'CLIENT_UNKNOWN'
  | 'DISBURSEMENT_DATE_INVALID'
  | 'EMAIL_INVALID'
  | 'FIRST_DUE_DATE_INVALID'
  | 'LOAN_NUMBER_EMPTY'
  | 'LOAN_NUMBER_EXISTS'
  | 'LOAN_NUMBER_TOO_LONG'
  | 'METHOD_UNKNOWN'
  | 'NAME_EMPTY'
  | 'NAME_TOO_LONG'
  | 'NIK_EXISTS'
  | 'NIK_INVALID'
  | 'NO_CONTACT'
  | 'OFFICER_UNKNOWN'
  | 'PAID_INVALID'
  | 'PHONE_EXISTS'
  | 'PHONE_INVALID'
  | 'PRODUCT_UNKNOWN'
  | 'RATE_INVALID'
  | 'SEGMENT_UNKNOWN'
  | 'SOURCE_UNKNOWN'
  | 'TENOR_INVALID'
  | 'TERMS_UNSCHEDULABLE';

/** Whose collectibility rules apply */
export type InstitutionType =
  | 'BPR'
  | 'COMMERCIAL_BANK'
  | 'KOPERASI'
  | 'MULTIFINANCE';

/** FLAT, EFFECTIVE (equal principal) or ANNUITY (equal installments) */
export type InterestMethod =
  | 'ANNUITY'
  | 'EFFECTIVE'
  | 'FLAT';

export type InvoiceChannel =
  | 'EMAIL'
  | 'PAPER'
  | 'PDF';

export type InvoiceFilterInput = {
  campaignId?: string | null | undefined;
  clientId?: string | null | undefined;
  kind?: InvoiceKind | null | undefined;
  officeId?: string | null | undefined;
  /** Only open invoices past their due date */
  overdue?: boolean | null | undefined;
  /** Part of the number, client or supplier name */
  search?: string | null | undefined;
  status?: InvoiceStatus | null | undefined;
};

/** RECEIVABLE: to a client; PAYABLE: from a supplier */
export type InvoiceKind =
  | 'PAYABLE'
  | 'RECEIVABLE';

export type InvoiceLineInput = {
  description: string;
  /** 1 to 1,000,000 */
  quantity: number;
  taxCode: TaxCode;
  /** Per unit, before PPN; zero or more */
  unitPrice: string;
};

export type InvoiceStatus =
  | 'CANCELLED'
  | 'DRAFT'
  | 'ISSUED'
  | 'PAID'
  | 'PARTIALLY_PAID';

export type JobFilterInput = {
  state?: JobState | null | undefined;
};

/** WAITING (queued or waiting to retry), ACTIVE, COMPLETED or FAILED (attempts used up) */
export type JobState =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'FAILED'
  | 'WAITING';

/** What a journal line posts to; mapped to a chart-of-accounts code */
export type JournalAccount =
  | 'CASH'
  | 'CLIENT_DEPOSIT'
  | 'GENERAL_EXPENSE'
  | 'INTEREST_INCOME'
  | 'LOAN_PRINCIPAL'
  | 'LOAN_WRITE_OFF'
  | 'MARKETING_EXPENSE'
  | 'PAYABLE'
  | 'PENALTY_INCOME'
  | 'RECEIVABLE'
  | 'SERVICE_INCOME'
  | 'VAT_INPUT'
  | 'VAT_OUTPUT'
  | 'WRITE_OFF_RECOVERY';

export type LeadFilterInput = {
  campaignId?: string | null | undefined;
  ownerId?: string | null | undefined;
  /** Matches name, company or phone */
  search?: string | null | undefined;
  segment?: Segment | null | undefined;
  source?: LeadSource | null | undefined;
  /** Only leads waiting in a pool */
  unassigned?: boolean | null | undefined;
};

export type LeadSource =
  | 'BROCHURE'
  | 'EVENT'
  | 'OTHER'
  | 'REFERRAL'
  | 'SOCIAL_MEDIA'
  | 'WALK_IN'
  | 'WEBSITE';

/** The credit pipeline, NEW → WON, or LOST */
export type LeadStage =
  | 'APPLICATION'
  | 'COMMITTEE'
  | 'CONTACTED'
  | 'LOST'
  | 'NEW'
  | 'PRESENTED'
  | 'SURVEY'
  | 'WON';

export type LoanFilterInput = {
  clientId?: string | null | undefined;
  /** Grade 1–5 */
  collectibility?: number | null | undefined;
  officeId?: string | null | undefined;
  officerId?: string | null | undefined;
  status?: LoanStatus | null | undefined;
};

/** Which heading of the file holds each loan field. Needed: externalNumber, client (NIK or CIF), product (code or name), principal, annualRate, tenorMonths, disbursementDate, firstDueDate */
export type LoanImportMappingInput = {
  /** Percent per year */
  annualRate?: string | null | undefined;
  client?: string | null | undefined;
  disbursementDate?: string | null | undefined;
  externalNumber?: string | null | undefined;
  firstDueDate?: string | null | undefined;
  /** FLAT, EFFECTIVE or ANNUITY; empty: the product’s */
  interestMethod?: string | null | undefined;
  /** Email of the account officer; empty: the client’s officer */
  officer?: string | null | undefined;
  /** Amount repaid so far */
  paidAmount?: string | null | undefined;
  /** Installments paid so far (used when paidAmount is empty) */
  paidInstallments?: string | null | undefined;
  principal?: string | null | undefined;
  product?: string | null | undefined;
  tenorMonths?: string | null | undefined;
};

/** ACTIVE → CLOSED | WRITTEN_OFF, or RESTRUCTURED */
export type LoanStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'RESTRUCTURED'
  | 'WRITTEN_OFF';

export type LogActivityInput = {
  clientId?: string | null | undefined;
  /** When it happened (default: now) */
  doneAt?: string | null | undefined;
  /** Visits: the browser’s location, with consent */
  latitude?: number | null | undefined;
  leadId?: string | null | undefined;
  longitude?: number | null | undefined;
  notes?: string | null | undefined;
  outcome: ActivityOutcome;
  promiseAmount?: string | null | undefined;
  /** When the client promised to pay */
  promiseDate?: string | null | undefined;
  /** As for scheduling; a contact already made is recorded as it happened */
  purpose?: ActivityPurpose | null | undefined;
  type: ActivityType;
};

export type MailState =
  | 'FAILED'
  | 'QUEUED'
  | 'SENDING'
  | 'SENT';

/** The rule that found the target, in the order tried; MANUAL: a person chose it */
export type MatchRule =
  | 'AMOUNT_CODE'
  | 'CLIENT_AMOUNT'
  | 'MANUAL'
  | 'REFERENCE'
  | 'TOLERANCE';

export type MatchTargetKind =
  | 'LOAN'
  | 'PAYABLE'
  | 'RECEIVABLE';

export type MessageTemplateInput = {
  active?: boolean | null | undefined;
  body?: string | null | undefined;
  code?: string | null | undefined;
  expectedVersion?: number | null | undefined;
  /** Set to update an existing template */
  id?: string | null | undefined;
  name?: string | null | undefined;
};

export type MoveCollectionCaseInput = {
  afterId?: string | null | undefined;
  beforeId?: string | null | undefined;
  expectedVersion: number;
  id: string;
  status: CollectionColumn;
};

export type MoveComplaintInput = {
  afterId?: string | null | undefined;
  beforeId?: string | null | undefined;
  expectedVersion: number;
  id: string;
  status: ComplaintStatus;
};

export type MoveLeadInput = {
  /** The card the lead lands below (null: top of the column) */
  afterId?: string | null | undefined;
  /** The card the lead lands above */
  beforeId?: string | null | undefined;
  expectedVersion: number;
  id: string;
  /** Required when moving to LOST */
  lostReason?: string | null | undefined;
  stage: LeadStage;
};

export type MoveTaskInput = {
  afterId?: string | null | undefined;
  beforeId?: string | null | undefined;
  expectedVersion: number;
  id: string;
  status: TaskStatus;
};

export type NextStepInput = {
  dueAt: string;
  notes?: string | null | undefined;
  /** Default GENERAL; a follow-up of a client with a loan in arrears is COLLECTION whatever is sent */
  purpose?: ActivityPurpose | null | undefined;
  type: ActivityType;
};

export type NotificationType =
  | 'COMPLAINT_BREACHED'
  | 'COMPLAINT_WARNING'
  | 'FOLLOW_UP_DUE'
  | 'LEAD_ASSIGNED'
  | 'LEAD_STALE'
  | 'MENTION'
  | 'PROMISE_BROKEN'
  | 'REPORT_ACKNOWLEDGED'
  | 'REPORT_SUBMITTED'
  | 'TASK_ASSIGNED';

/** DRAFT → PRESENTED → ACCEPTED | DECLINED | EXPIRED */
export type OfferStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'DRAFT'
  | 'EXPIRED'
  | 'PRESENTED';

export type PaymentAllocationInput = {
  amount: string;
  invoiceId: string;
};

/** IN: from a client; OUT: to a supplier */
export type PaymentDirection =
  | 'IN'
  | 'OUT';

export type PaymentMethod =
  | 'CASH'
  | 'OTHER'
  | 'TRANSFER'
  | 'VIRTUAL_ACCOUNT';

export type PostRepaymentInput = {
  /** More than zero; beyond everything owed it stays on the loan as credit */
  amount: string;
  channel: RepaymentChannel;
  loanId: string;
  /** Receipt, transfer or virtual-account reference */
  reference?: string | null | undefined;
  /** The day the money was received: from the disbursement to today */
  valueDate: string;
};

export type ProductFieldsInput = {
  /** False retires the product */
  active?: boolean | null | undefined;
  code?: string | null | undefined;
  description?: string | null | undefined;
  fee?: string | null | undefined;
  interestMethod?: InterestMethod | null | undefined;
  kind?: ProductKind | null | undefined;
  maxAmount?: string | null | undefined;
  /** Percent per year */
  maxRate?: number | null | undefined;
  maxTenorMonths?: number | null | undefined;
  minAmount?: string | null | undefined;
  /** Percent per year */
  minRate?: number | null | undefined;
  minTenorMonths?: number | null | undefined;
  name?: string | null | undefined;
  requirements?: Array<RequirementInput> | null | undefined;
  segment?: Segment | null | undefined;
  vatTreatment?: VatTreatment | null | undefined;
};

export type ProductFilterInput = {
  /** Only active products (default), only retired (false), or all (null) */
  active?: boolean | null | undefined;
  kind?: ProductKind | null | undefined;
};

export type ProductKind =
  | 'DEPOSIT'
  | 'LOAN'
  | 'SERVICE';

/** Judged by the posting engine against the ledger */
export type PromiseStatus =
  | 'BROKEN'
  | 'KEPT'
  | 'PENDING';

export type RecordPaymentInput = {
  /** Which invoices it pays and how much; left out, the oldest due open invoices first. The rest stays as credit */
  allocations?: Array<PaymentAllocationInput> | null | undefined;
  /** More than zero */
  amount: string;
  /** IN: the paying client */
  clientId?: string | null | undefined;
  /** Not in the future */
  date: string;
  direction: PaymentDirection;
  method: PaymentMethod;
  /** OUT: the office paying (default: the viewer’s) */
  officeId?: string | null | undefined;
  reference?: string | null | undefined;
  /** OUT: the supplier paid */
  supplierName?: string | null | undefined;
};

export type RecordPaymentPromiseInput = {
  loanId: string;
  notes?: string | null | undefined;
  promiseAmount: string;
  promiseDate: string;
  /** How the client was reached (default CALL) */
  type?: ActivityType | null | undefined;
};

export type RejectStatementMatchInput = {
  expectedVersion?: number | null | undefined;
  lineId: string;
  /** Why the proposal is wrong (kept in the audit) */
  reason: string;
};

/** EMAIL: sent with the PDF; WHATSAPP: a prefilled message on the officer’s agenda */
export type ReminderChannel =
  | 'EMAIL'
  | 'WHATSAPP';

export type RemoveHolidayInput = {
  date: string;
  officeId?: string | null | undefined;
};

export type RepaymentChannel =
  | 'AUTO_DEBIT'
  | 'CASH'
  | 'OTHER'
  | 'TRANSFER'
  | 'VIRTUAL_ACCOUNT';

/** Buckets of a series, in the office’s time zone (WEEK starts on Monday) */
export type ReportGrouping =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

export type RequirementInput = {
  code: string;
  label: string;
};

export type ResolveComplaintInput = {
  answerChannel: ComplaintChannel;
  answeredOn: string;
  expectedVersion?: number | null | undefined;
  id: string;
  outcome: ComplaintOutcome;
  policyId: string;
  resolution: string;
};

/** RESCHEDULING (new tenor) or RECONDITIONING (new terms, arrears capitalised) */
export type RestructureKind =
  | 'RECONDITIONING'
  | 'RESCHEDULING';

export type RestructureLoanInput = {
  /** From the last payment under the schedule in force to today */
  effectiveDate: string;
  kind: RestructureKind;
  loanId: string;
  /** Percent per year, from 0 to the product’s highest rate */
  newAnnualRate: number;
  /** Installments of the new schedule, the first due the month after the effective date */
  newTenorMonths: number;
  reason: string;
};

export type Role =
  | 'ADMIN'
  | 'MANAGER'
  | 'MARKETING'
  | 'OFFICER';

export type ScheduleActivityInput = {
  clientId?: string | null | undefined;
  dueAt: string;
  leadId?: string | null | undefined;
  notes?: string | null | undefined;
  /** Default GENERAL; a follow-up of a client with a loan in arrears is COLLECTION whatever is sent */
  purpose?: ActivityPurpose | null | undefined;
  type: ActivityType;
};

/** ORIGINAL (as disbursed), RESCHEDULING or RECONDITIONING */
export type ScheduleVersionKind =
  | 'ORIGINAL'
  | 'RECONDITIONING'
  | 'RESCHEDULING';

/** Account-officer types */
export type Segment =
  | 'CREDIT'
  | 'FINANCIAL_SERVICES'
  | 'MICRO'
  | 'SECURED_LOAN'
  | 'SME';

export type SetAccountMappingInput = {
  account: JournalAccount;
  /** Chart-of-accounts code, e.g. 1-1100 */
  code: string;
  /** The version read; none when adding a product’s own code */
  expectedVersion?: number | null | undefined;
  name: string;
  /** A loan product whose own code this is (loan accounts only); none: all products */
  productId?: string | null | undefined;
};

export type SetHolidayInput = {
  date: string;
  /** NATIONAL_HOLIDAY, CUTI_BERSAMA or REGIONAL_HOLIDAY (default: national or regional by region) */
  kind?: string | null | undefined;
  name: string;
  /** The office whose region the day belongs to; national without it */
  officeId?: string | null | undefined;
};

export type SetTargetsInput = {
  /** YYYY-MM */
  month: string;
  targets: Array<TargetEntryInput>;
};

/** IN: credited to the account; OUT: debited */
export type StatementDirection =
  | 'IN'
  | 'OUT';

/** The reconciliation queue’s columns */
export type StatementLineState =
  | 'FOLLOW_UP'
  | 'MATCHED'
  | 'PROPOSED'
  | 'UNMATCHED';

/** MATCHING while the background job runs */
export type StatementStatus =
  | 'DONE'
  | 'FAILED'
  | 'MATCHING';

export type SubmitWorkReportInput = {
  /** Obstacles met (at most 4000 characters) */
  obstacles?: string | null | undefined;
  period: WorkReportPeriodInput;
  /** Plans for the next period (at most 4000 characters) */
  plans?: string | null | undefined;
  /** The version read; absent when the report was never saved */
  version?: number | null | undefined;
};

export type TargetEntryInput = {
  metric: TargetMetric;
  officerId: string;
  /** Money decimal for DISBURSEMENT and OUTSTANDING, a whole number for the counts */
  value: string;
};

export type TargetMetric =
  | 'DISBURSEMENT'
  | 'NEW_LEADS'
  | 'NOA'
  | 'OUTSTANDING'
  | 'VISITS';

export type TaskFieldsInput = {
  /** A marketing user of the task’s office */
  assigneeId?: string | null | undefined;
  campaignId?: string | null | undefined;
  checklist?: Array<ChecklistEntryInput> | null | undefined;
  description?: string | null | undefined;
  dueDate?: string | null | undefined;
  /** The lead the request is about */
  leadId?: string | null | undefined;
  title?: string | null | undefined;
};

/** The marketing board: TODO → IN_PROGRESS → REVIEW → DONE */
export type TaskStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'REVIEW'
  | 'TODO';

/** PPN on the configured base, or EXEMPT (financial services) */
export type TaxCode =
  | 'EXEMPT'
  | 'PPN';

export type UnmatchStatementLineInput = {
  /** The version read; a line changed since is a CONFLICT */
  expectedVersion?: number | null | undefined;
  lineId: string;
  /** Why the posted money is sent back (kept in the audit and on the reversal) */
  reason: string;
};

export type UpdateCampaignInput = {
  budget?: string | null | undefined;
  channel?: CampaignChannel | null | undefined;
  description?: string | null | undefined;
  endDate?: string | null | undefined;
  expectedVersion: number;
  formEnabled?: boolean | null | undefined;
  id: string;
  leadGoal?: number | null | undefined;
  name?: string | null | undefined;
  /** Default: the creator’s office */
  officeId?: string | null | undefined;
  productId?: string | null | undefined;
  spend?: string | null | undefined;
  startDate?: string | null | undefined;
  status?: CampaignStatus | null | undefined;
};

export type UpdateClientInput = {
  address?: string | null | undefined;
  birthDate?: string | null | undefined;
  email?: string | null | undefined;
  /** Monthly installments on loans elsewhere; not negative */
  existingInstallments?: string | null | undefined;
  expectedVersion: number;
  id: string;
  /** Not negative; null: unknown */
  monthlyIncome?: string | null | undefined;
  name?: string | null | undefined;
  /** 16 digits; its birth-date part must match birthDate */
  nik?: string | null | undefined;
  /** 16 digits, or the legacy 15-digit form */
  npwp?: string | null | undefined;
  /** An officer the creator manages (officers: themselves) */
  officerId?: string | null | undefined;
  phone?: string | null | undefined;
  segment?: Segment | null | undefined;
  status?: ClientStatus | null | undefined;
  type?: ClientType | null | undefined;
  whatsapp?: string | null | undefined;
};

export type UpdateCollectibilityRuleSetInput = {
  /** The version holds from this date; loans graded on or after it follow it */
  effectiveFrom: string;
  institutionType: InstitutionType;
  /** Highest days past due of grades 1, 2, 3 and 4 */
  maxDaysPastDue: Array<number>;
  /** A loan past maturity is at least this grade */
  pastMaturityMinGrade?: number | null | undefined;
  /** A restructured loan improves after this many installments on time (1–36); unset: as before */
  restructureUpgradeAfter?: number | null | undefined;
  /** Grades it improves by each time (1–4); unset: as before */
  restructureUpgradeGrades?: number | null | undefined;
};

export type UpdateLeadInput = {
  /** The campaign that brought it; null clears it */
  campaignId?: string | null | undefined;
  companyName?: string | null | undefined;
  email?: string | null | undefined;
  estimatedAmount?: string | null | undefined;
  /** Monthly installments on loans elsewhere; not negative */
  existingInstallments?: string | null | undefined;
  expectedCloseDate?: string | null | undefined;
  /** The version the edit was based on */
  expectedVersion: number;
  fullName?: string | null | undefined;
  id: string;
  /** Not negative; null: unknown */
  monthlyIncome?: string | null | undefined;
  nextActionAt?: string | null | undefined;
  nik?: string | null | undefined;
  notes?: string | null | undefined;
  phone?: string | null | undefined;
  /** The product of interest; null clears it */
  productId?: string | null | undefined;
  referrerName?: string | null | undefined;
  segment?: Segment | null | undefined;
  source?: LeadSource | null | undefined;
  whatsapp?: string | null | undefined;
};

export type UpdateLoanProductTermsInput = {
  /** INSTALLMENT_BY_INSTALLMENT (default) or PRINCIPAL_FIRST */
  allocationPreset: string;
  /** Days after a due date before the loan counts as late */
  graceDays: number;
  /** Late penalty, percent of the overdue installment per day (0 = none) */
  penaltyPercentPerDay: number;
  productId: string;
  /** Arrears up to this amount do not make a loan late */
  toleranceAmount: string;
};

export type UpdateOfficeInput = {
  code?: string | null | undefined;
  expectedVersion: number;
  id: string;
  /** Marketing budget per month */
  monthlyBudget?: string | null | undefined;
  name?: string | null | undefined;
  /** Moves the office under another one */
  parentId?: string | null | undefined;
  /** Asia/Jakarta, Asia/Makassar or Asia/Jayapura */
  timeZone?: string | null | undefined;
};

export type UpdateProductInput = {
  /** False retires the product */
  active?: boolean | null | undefined;
  code?: string | null | undefined;
  description?: string | null | undefined;
  expectedVersion: number;
  fee?: string | null | undefined;
  id: string;
  interestMethod?: InterestMethod | null | undefined;
  kind?: ProductKind | null | undefined;
  maxAmount?: string | null | undefined;
  /** Percent per year */
  maxRate?: number | null | undefined;
  maxTenorMonths?: number | null | undefined;
  minAmount?: string | null | undefined;
  /** Percent per year */
  minRate?: number | null | undefined;
  minTenorMonths?: number | null | undefined;
  name?: string | null | undefined;
  requirements?: Array<RequirementInput> | null | undefined;
  segment?: Segment | null | undefined;
  vatTreatment?: VatTreatment | null | undefined;
};

export type UpdateTaskInput = {
  /** A marketing user of the task’s office */
  assigneeId?: string | null | undefined;
  campaignId?: string | null | undefined;
  checklist?: Array<ChecklistEntryInput> | null | undefined;
  description?: string | null | undefined;
  dueDate?: string | null | undefined;
  expectedVersion: number;
  id: string;
  /** The lead the request is about */
  leadId?: string | null | undefined;
  title?: string | null | undefined;
};

export type UpdateUserInput = {
  email?: string | null | undefined;
  expectedVersion: number;
  id: string;
  name?: string | null | undefined;
  officeId?: string | null | undefined;
  role?: Role | null | undefined;
  segment?: Segment | null | undefined;
};

export type UserFilterInput = {
  /** Only active users (default), only inactive (false), or both (null) */
  active?: boolean | null | undefined;
  officeId?: string | null | undefined;
  role?: Role | null | undefined;
  /** Matches name or email */
  search?: string | null | undefined;
};

export type VatTreatment =
  | 'EXEMPT'
  | 'PPN';

/** WEEK (Monday to Sunday) or MONTH, in the office’s time zone */
export type WorkReportKind =
  | 'MONTH'
  | 'WEEK';

export type WorkReportPeriodInput = {
  /** Any day of the period */
  date: string;
  kind: WorkReportKind;
};

export type WorkReportStatus =
  | 'ACKNOWLEDGED'
  | 'DRAFT'
  | 'SUBMITTED';

export type WriteOffLoanInput = {
  /** From the last posted repayment (or the disbursement) to today */
  date: string;
  loanId: string;
  reason: string;
  /** The loan version the decision was made on */
  version: number;
};

export type AppSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AppSettingsQuery = { appSettings: { dsrLimitPercent: number, organizationName: string } };

export type OfficeZonesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OfficeZonesQuery = { offices: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, timeZone: string }> } };

export type UserFieldsFragment = { id: string, name: string, email: string, role: Role, segment: Segment | null, active: boolean, mustChangePassword: boolean, officeId: string, version: number, office: { id: string, name: string } };

export type UsersQueryVariables = Exact<{
  filter?: UserFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, email: string, role: Role, segment: Segment | null, active: boolean, mustChangePassword: boolean, officeId: string, version: number, office: { id: string, name: string } }> } };

export type UserQueryVariables = Exact<{
  id: string;
}>;


export type UserQuery = { user: { id: string, name: string, email: string, role: Role, segment: Segment | null, active: boolean, mustChangePassword: boolean, officeId: string, version: number, office: { id: string, name: string } } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, name: string, email: string, role: Role, segment: Segment | null, active: boolean, mustChangePassword: boolean, officeId: string, version: number, office: { id: string, name: string } } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, name: string, email: string, role: Role, segment: Segment | null, active: boolean, mustChangePassword: boolean, officeId: string, version: number, office: { id: string, name: string } } };

export type DeactivateUserMutationVariables = Exact<{
  id: string;
}>;


export type DeactivateUserMutation = { deactivateUser: { id: string, name: string, email: string, role: Role, segment: Segment | null, active: boolean, mustChangePassword: boolean, officeId: string, version: number, office: { id: string, name: string } } };

export type ReactivateUserMutationVariables = Exact<{
  id: string;
}>;


export type ReactivateUserMutation = { reactivateUser: { id: string, name: string, email: string, role: Role, segment: Segment | null, active: boolean, mustChangePassword: boolean, officeId: string, version: number, office: { id: string, name: string } } };

export type ResetPasswordMutationVariables = Exact<{
  id: string;
}>;


export type ResetPasswordMutation = { resetPassword: { temporaryPassword: string, user: { id: string, name: string, email: string, role: Role, segment: Segment | null, active: boolean, mustChangePassword: boolean, officeId: string, version: number, office: { id: string, name: string } } } };

export type ReassignPortfolioMutationVariables = Exact<{
  fromOfficerId: string;
  toOfficerId: string;
  reason: string;
}>;


export type ReassignPortfolioMutation = { reassignPortfolio: { leads: number, clients: number, followUps: number } };

export type OfficesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OfficesQuery = { offices: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, parentId: string | null, timeZone: string, monthlyBudget: string, version: number }> } };

export type CreateOfficeMutationVariables = Exact<{
  input: CreateOfficeInput;
}>;


export type CreateOfficeMutation = { createOffice: { id: string, code: string, name: string, parentId: string | null, timeZone: string, version: number } };

export type UpdateOfficeMutationVariables = Exact<{
  input: UpdateOfficeInput;
}>;


export type UpdateOfficeMutation = { updateOffice: { id: string, code: string, name: string, parentId: string | null, timeZone: string, monthlyBudget: string, version: number } };

export type AuditTrailQueryVariables = Exact<{
  entityType: string;
  entityId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditTrailQuery = { auditTrail: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, action: string, at: string, actor: { id: string, name: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }> }> } };

export type AuditEntriesQueryVariables = Exact<{
  filter?: AuditFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditEntriesQuery = { auditEntries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, action: string, at: string, entityType: string, entityId: string, fields: Array<string>, actor: { id: string, name: string } | null }> } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, name: string, email: string, role: Role, segment: Segment | null, mustChangePassword: boolean, office: { id: string, name: string, timeZone: string } } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, email: string, role: Role, segment: Segment | null, mustChangePassword: boolean, office: { id: string, name: string, timeZone: string } } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: { token: string, user: { id: string, mustChangePassword: boolean } } };

export type CampaignFieldsFragment = { id: string, name: string, slug: string, channel: CampaignChannel, status: CampaignStatus, startDate: string, endDate: string, budget: string, spend: string, leadGoal: number, description: string | null, formEnabled: boolean, formUrl: string, qrUrl: string, version: number, product: { id: string, name: string } | null, figures: { leads: number, converted: number, amountWon: string, costPerLead: string | null, goalProgress: number | null } };

export type CampaignsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CampaignsQuery = { campaigns: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, slug: string, channel: CampaignChannel, status: CampaignStatus, startDate: string, endDate: string, budget: string, spend: string, leadGoal: number, description: string | null, formEnabled: boolean, formUrl: string, qrUrl: string, version: number, product: { id: string, name: string } | null, figures: { leads: number, converted: number, amountWon: string, costPerLead: string | null, goalProgress: number | null } }> } };

export type CampaignQueryVariables = Exact<{
  id: string;
}>;


export type CampaignQuery = { campaign: { id: string, name: string, slug: string, channel: CampaignChannel, status: CampaignStatus, startDate: string, endDate: string, budget: string, spend: string, leadGoal: number, description: string | null, formEnabled: boolean, formUrl: string, qrUrl: string, version: number, leadsBrought: { totalCount: number, nodes: Array<{ id: string, fullName: string, phone: string | null, stage: LeadStage, createdAt: string }> }, product: { id: string, name: string } | null, figures: { leads: number, converted: number, amountWon: string, costPerLead: string | null, goalProgress: number | null } } };

export type CreateCampaignMutationVariables = Exact<{
  input: CampaignFieldsInput;
}>;


export type CreateCampaignMutation = { createCampaign: { id: string, name: string, slug: string, channel: CampaignChannel, status: CampaignStatus, startDate: string, endDate: string, budget: string, spend: string, leadGoal: number, description: string | null, formEnabled: boolean, formUrl: string, qrUrl: string, version: number, product: { id: string, name: string } | null, figures: { leads: number, converted: number, amountWon: string, costPerLead: string | null, goalProgress: number | null } } };

export type UpdateCampaignMutationVariables = Exact<{
  input: UpdateCampaignInput;
}>;


export type UpdateCampaignMutation = { updateCampaign: { id: string, name: string, slug: string, channel: CampaignChannel, status: CampaignStatus, startDate: string, endDate: string, budget: string, spend: string, leadGoal: number, description: string | null, formEnabled: boolean, formUrl: string, qrUrl: string, version: number, product: { id: string, name: string } | null, figures: { leads: number, converted: number, amountWon: string, costPerLead: string | null, goalProgress: number | null } } };

export type ImportLeadsMutationVariables = Exact<{
  importId: string;
  mapping: ImportMappingInput;
}>;


export type ImportLeadsMutation = { importLeads: { id: string, status: string } };

export type ClientsQueryVariables = Exact<{
  filter?: ClientFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ClientsQuery = { clients: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, cif: string, name: string, type: ClientType, phone: string | null, status: ClientStatus, segment: Segment | null, officer: { id: string, name: string } | null }> } };

export type ClientDetailQueryVariables = Exact<{
  id: string;
}>;


export type ClientDetailQuery = { client: { id: string, cif: string, type: ClientType, name: string, nik: string | null, npwp: string | null, birthDate: string | null, gender: Gender | null, phone: string | null, whatsapp: string | null, email: string | null, address: string | null, segment: Segment | null, status: ClientStatus, monthlyIncome: string | null, existingInstallments: string | null, version: number, createdAt: string, officer: { id: string, name: string } | null, office: { id: string, name: string }, sourceLead: { id: string, fullName: string } | null, productsHeld: Array<{ id: string, amount: string, tenorMonths: number, product: { id: string, name: string } }>, offers: Array<{ id: string, status: OfferStatus, amount: string, tenorMonths: number, annualRate: number, pdfUrl: string, dsrPercent: number | null, dsrOverLimit: boolean, dsrLimitPercent: number, product: { id: string, name: string } }> } };

export type CreateClientMutationVariables = Exact<{
  input: ClientFieldsInput;
}>;


export type CreateClientMutation = { createClient: { id: string, cif: string } };

export type UpdateClientMutationVariables = Exact<{
  input: UpdateClientInput;
}>;


export type UpdateClientMutation = { updateClient: { id: string, version: number } };

export type CollectionSheetQueryVariables = Exact<{
  officerId?: string | null | undefined;
  date?: string | null | undefined;
}>;


export type CollectionSheetQuery = { collectionSheet: { date: string, timeZone: string, officeName: string, totalDue: string, pdfUrl: string, officer: { id: string, name: string }, rows: Array<{ loanId: string, clientId: string, clientName: string, phone: string | null, amountDue: string, dueOnDate: string, daysPastDue: number, collectibility: number, oldestDueDate: string, nextDueDate: string | null, lastPromise: { promisedDate: string, amount: string, status: PromiseStatus } | null, contactLinks: { tel: string | null, whatsapp: string | null, sms: string | null, whatsappUnavailable: string | null } }> } };

export type PostSheetRepaymentMutationVariables = Exact<{
  input: PostRepaymentInput;
}>;


export type PostSheetRepaymentMutation = { postRepayment: { id: string, arrears: string, daysPastDue: number } };

export type ComplaintCardFieldsFragment = { id: string, status: ComplaintStatus, position: string, channel: ComplaintChannel, priority: ComplaintPriority, description: string, ownerId: string | null, officeId: string, receivedAt: string, slaDueDate: string, workingDaysLeft: number, breached: boolean, warning: boolean, paused: boolean, extended: boolean, version: number, category: { id: string, name: string }, client: { id: string, name: string } | null, lead: { id: string, name: string } | null, owner: { id: string, name: string } | null };

export type ComplaintBoardQueryVariables = Exact<{
  filter?: ComplaintFilter | null | undefined;
  perColumn?: number | null | undefined;
}>;


export type ComplaintBoardQuery = { complaintBoard: { columns: Array<{ status: ComplaintStatus, count: number, breached: number, wipLimit: number | null, hardLimit: boolean, hasMore: boolean, endCursor: string | null, cards: Array<{ id: string, status: ComplaintStatus, position: string, channel: ComplaintChannel, priority: ComplaintPriority, description: string, ownerId: string | null, officeId: string, receivedAt: string, slaDueDate: string, workingDaysLeft: number, breached: boolean, warning: boolean, paused: boolean, extended: boolean, version: number, category: { id: string, name: string }, client: { id: string, name: string } | null, lead: { id: string, name: string } | null, owner: { id: string, name: string } | null }> }> } };

export type ComplaintColumnQueryVariables = Exact<{
  status: ComplaintStatus;
  filter?: ComplaintFilter | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ComplaintColumnQuery = { complaintColumn: { hasMore: boolean, endCursor: string | null, cards: Array<{ id: string, status: ComplaintStatus, position: string, channel: ComplaintChannel, priority: ComplaintPriority, description: string, ownerId: string | null, officeId: string, receivedAt: string, slaDueDate: string, workingDaysLeft: number, breached: boolean, warning: boolean, paused: boolean, extended: boolean, version: number, category: { id: string, name: string }, client: { id: string, name: string } | null, lead: { id: string, name: string } | null, owner: { id: string, name: string } | null }> } };

export type MoveComplaintMutationVariables = Exact<{
  input: MoveComplaintInput;
}>;


export type MoveComplaintMutation = { moveComplaint: { id: string, status: ComplaintStatus, position: string, channel: ComplaintChannel, priority: ComplaintPriority, description: string, ownerId: string | null, officeId: string, receivedAt: string, slaDueDate: string, workingDaysLeft: number, breached: boolean, warning: boolean, paused: boolean, extended: boolean, version: number, category: { id: string, name: string }, client: { id: string, name: string } | null, lead: { id: string, name: string } | null, owner: { id: string, name: string } | null } };

export type ComplaintQueryVariables = Exact<{
  id: string;
}>;


export type ComplaintQuery = { complaint: { completeOn: string, workingDaysUsed: number, workingDaysAllowed: number, extendedOn: string | null, extensionReason: string | null, extensionDays: number, extensionToldVia: ComplaintChannel | null, extensionToldOn: string | null, resolution: string | null, outcome: ComplaintOutcome | null, answerChannel: ComplaintChannel | null, answeredOn: string | null, resolvedOn: string | null, reopenUntil: string | null, loanId: string | null, id: string, status: ComplaintStatus, position: string, channel: ComplaintChannel, priority: ComplaintPriority, description: string, ownerId: string | null, officeId: string, receivedAt: string, slaDueDate: string, workingDaysLeft: number, breached: boolean, warning: boolean, paused: boolean, extended: boolean, version: number, policy: { id: string, name: string } | null, product: { id: string, name: string } | null, timeline: Array<{ id: string, kind: string, status: ComplaintStatus, note: string | null, at: string, actor: { id: string, name: string } | null }>, category: { id: string, name: string }, client: { id: string, name: string } | null, lead: { id: string, name: string } | null, owner: { id: string, name: string } | null } };

export type ClientComplaintsQueryVariables = Exact<{
  filter?: ComplaintFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ClientComplaintsQuery = { complaints: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ resolvedOn: string | null, id: string, status: ComplaintStatus, position: string, channel: ComplaintChannel, priority: ComplaintPriority, description: string, ownerId: string | null, officeId: string, receivedAt: string, slaDueDate: string, workingDaysLeft: number, breached: boolean, warning: boolean, paused: boolean, extended: boolean, version: number, category: { id: string, name: string }, client: { id: string, name: string } | null, lead: { id: string, name: string } | null, owner: { id: string, name: string } | null }> } };

export type ComplaintListsQueryVariables = Exact<{ [key: string]: never; }>;


export type ComplaintListsQuery = { complaintCategories: Array<{ id: string, name: string }>, resolutionPolicies: Array<{ id: string, name: string, description: string | null }> };

export type CreateComplaintMutationVariables = Exact<{
  input: CreateComplaintInput;
}>;


export type CreateComplaintMutation = { createComplaint: { id: string, status: ComplaintStatus, position: string, channel: ComplaintChannel, priority: ComplaintPriority, description: string, ownerId: string | null, officeId: string, receivedAt: string, slaDueDate: string, workingDaysLeft: number, breached: boolean, warning: boolean, paused: boolean, extended: boolean, version: number, category: { id: string, name: string }, client: { id: string, name: string } | null, lead: { id: string, name: string } | null, owner: { id: string, name: string } | null } };

export type ExtendComplaintMutationVariables = Exact<{
  id: string;
  reason: string;
  toldVia: ComplaintChannel;
  toldOn: string;
}>;


export type ExtendComplaintMutation = { extendComplaint: { id: string, status: ComplaintStatus, position: string, channel: ComplaintChannel, priority: ComplaintPriority, description: string, ownerId: string | null, officeId: string, receivedAt: string, slaDueDate: string, workingDaysLeft: number, breached: boolean, warning: boolean, paused: boolean, extended: boolean, version: number, category: { id: string, name: string }, client: { id: string, name: string } | null, lead: { id: string, name: string } | null, owner: { id: string, name: string } | null } };

export type ReopenComplaintMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type ReopenComplaintMutation = { reopenComplaint: { id: string, status: ComplaintStatus, position: string, channel: ComplaintChannel, priority: ComplaintPriority, description: string, ownerId: string | null, officeId: string, receivedAt: string, slaDueDate: string, workingDaysLeft: number, breached: boolean, warning: boolean, paused: boolean, extended: boolean, version: number, category: { id: string, name: string }, client: { id: string, name: string } | null, lead: { id: string, name: string } | null, owner: { id: string, name: string } | null } };

export type ResolveComplaintMutationVariables = Exact<{
  input: ResolveComplaintInput;
}>;


export type ResolveComplaintMutation = { resolveComplaint: { id: string, status: ComplaintStatus, position: string, channel: ComplaintChannel, priority: ComplaintPriority, description: string, ownerId: string | null, officeId: string, receivedAt: string, slaDueDate: string, workingDaysLeft: number, breached: boolean, warning: boolean, paused: boolean, extended: boolean, version: number, category: { id: string, name: string }, client: { id: string, name: string } | null, lead: { id: string, name: string } | null, owner: { id: string, name: string } | null } };

export type ComplaintReportQueryVariables = Exact<{
  from: string;
  to: string;
  officeId?: string | null | undefined;
}>;


export type ComplaintReportQuery = { complaintReport: { total: number, resolved: number, resolvedOnTime: number, openBreached: number, slaCompliancePercent: number | null, medianResolutionDays: number | null, p90ResolutionDays: number | null, byCategory: Array<{ key: string, count: number }>, byChannel: Array<{ key: string, count: number }>, byProduct: Array<{ key: string, count: number }>, byStatus: Array<{ key: string, count: number }> } };

export type WorkCalendarQueryVariables = Exact<{
  year: number;
  officeId?: string | null | undefined;
}>;


export type WorkCalendarQuery = { workCalendar: { year: number, officeId: string | null, region: string, workingDays: number, editable: boolean, holidays: Array<{ date: string, name: string, kind: string, region: string }> } };

export type SetHolidayMutationVariables = Exact<{
  input: SetHolidayInput;
}>;


export type SetHolidayMutation = { setHoliday: { region: string } };

export type RemoveHolidayMutationVariables = Exact<{
  input: RemoveHolidayInput;
}>;


export type RemoveHolidayMutation = { removeHoliday: { region: string } };

export type ComplaintReportCsvUrlQueryVariables = Exact<{
  from: string;
  to: string;
  officeId?: string | null | undefined;
}>;


export type ComplaintReportCsvUrlQuery = { complaintReportCsvUrl: string };

export type ReassignComplaintMutationVariables = Exact<{
  id: string;
  ownerId: string;
}>;


export type ReassignComplaintMutation = { reassignComplaint: { id: string, status: ComplaintStatus, position: string, channel: ComplaintChannel, priority: ComplaintPriority, description: string, ownerId: string | null, officeId: string, receivedAt: string, slaDueDate: string, workingDaysLeft: number, breached: boolean, warning: boolean, paused: boolean, extended: boolean, version: number, category: { id: string, name: string }, client: { id: string, name: string } | null, lead: { id: string, name: string } | null, owner: { id: string, name: string } | null } };

export type ComplaintCategoryFieldsFragment = { id: string, name: string, active: boolean, slaWorkingDays: number | null, slaExtensionDays: number | null, slaWarningDays: number | null, version: number };

export type ComplaintSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ComplaintSettingsQuery = { complaintCategories: Array<{ id: string, name: string, active: boolean, slaWorkingDays: number | null, slaExtensionDays: number | null, slaWarningDays: number | null, version: number }>, resolutionPolicies: Array<{ id: string, name: string, description: string | null, active: boolean, version: number }>, complaintSlaDefaults: { workingDays: number, extensionDays: number, warningDays: number, reopenDays: number }, boardColumnSettings: Array<{ columnKey: string, wipLimit: number | null, hardLimit: boolean }> };

export type SaveComplaintCategoryMutationVariables = Exact<{
  input: ComplaintCatalogInput;
}>;


export type SaveComplaintCategoryMutation = { saveComplaintCategory: { id: string, name: string, active: boolean, slaWorkingDays: number | null, slaExtensionDays: number | null, slaWarningDays: number | null, version: number } };

export type SaveResolutionPolicyMutationVariables = Exact<{
  input: ComplaintCatalogInput;
}>;


export type SaveResolutionPolicyMutation = { saveResolutionPolicy: { id: string, name: string, description: string | null, active: boolean, version: number } };

export type UpdateComplaintWipLimitMutationVariables = Exact<{
  columnKey: string;
  wipLimit?: number | null | undefined;
}>;


export type UpdateComplaintWipLimitMutation = { updateBoardColumnSetting: { columnKey: string, wipLimit: number | null, hardLimit: boolean } };

export type ActivityFieldsFragment = { id: string, type: ActivityType, dueAt: string | null, doneAt: string | null, outcome: ActivityOutcome | null, notes: string | null, message: string | null, leadId: string | null, clientId: string | null, lead: { id: string, fullName: string, companyName: string | null, phone: string | null, officeId: string } | null, client: { id: string, name: string, phone: string | null, officeId: string } | null, reminderInvoice: { id: string, number: string } | null };

export type AgendaQueryVariables = Exact<{
  date?: string | null | undefined;
}>;


export type AgendaQuery = { agenda: { date: string, overdue: Array<{ id: string, type: ActivityType, dueAt: string | null, doneAt: string | null, outcome: ActivityOutcome | null, notes: string | null, message: string | null, leadId: string | null, clientId: string | null, lead: { id: string, fullName: string, companyName: string | null, phone: string | null, officeId: string } | null, client: { id: string, name: string, phone: string | null, officeId: string } | null, reminderInvoice: { id: string, number: string } | null }>, today: Array<{ id: string, type: ActivityType, dueAt: string | null, doneAt: string | null, outcome: ActivityOutcome | null, notes: string | null, message: string | null, leadId: string | null, clientId: string | null, lead: { id: string, fullName: string, companyName: string | null, phone: string | null, officeId: string } | null, client: { id: string, name: string, phone: string | null, officeId: string } | null, reminderInvoice: { id: string, number: string } | null }>, upcoming: Array<{ id: string, type: ActivityType, dueAt: string | null, doneAt: string | null, outcome: ActivityOutcome | null, notes: string | null, message: string | null, leadId: string | null, clientId: string | null, lead: { id: string, fullName: string, companyName: string | null, phone: string | null, officeId: string } | null, client: { id: string, name: string, phone: string | null, officeId: string } | null, reminderInvoice: { id: string, number: string } | null }> } };

export type ContactLinksQueryVariables = Exact<{
  id: string;
  template?: string | null | undefined;
}>;


export type ContactLinksQuery = { activity: { id: string, contactLinks: { tel: string | null, whatsapp: string | null, sms: string | null, whatsappUnavailable: string | null, message: string | null } } };

export type MessageTemplatesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MessageTemplatesQuery = { messageTemplates: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, body: string }> } };

export type CompleteActivityMutationVariables = Exact<{
  input: CompleteActivityInput;
}>;


export type CompleteActivityMutation = { completeActivity: { completed: { id: string }, next: { id: string } | null } };

export type ScheduleActivityMutationVariables = Exact<{
  input: ScheduleActivityInput;
}>;


export type ScheduleActivityMutation = { scheduleActivity: { id: string } };

export type LogActivityMutationVariables = Exact<{
  input: LogActivityInput;
}>;


export type LogActivityMutation = { logActivity: { id: string } };

export type TimelineQueryVariables = Exact<{
  leadId?: string | null | undefined;
  clientId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TimelineQuery = { timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ at: string, kind: string, code: string, summary: string, actorName: string | null, latitude: number | null, longitude: number | null, productName: string | null, amount: string | null, tenorMonths: number | null, note: string | null, complaintId: string | null }> } };

export type StageSlasQueryVariables = Exact<{ [key: string]: never; }>;


export type StageSlasQuery = { stageSlas: Array<{ stage: string, maxIdleDays: number }> };

export type StaleLeadsQueryVariables = Exact<{
  ownerId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StaleLeadsQuery = { staleLeads: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, fullName: string, companyName: string | null, stage: LeadStage, daysInStage: number, stageEnteredAt: string, lastActivityAt: string | null, owner: { id: string, name: string } | null }> } };

export type CheckImportQueryVariables = Exact<{
  importId: string;
  mapping: ImportMappingInput;
}>;


export type CheckImportQuery = { checkImport: { validRows: number, rejectedRows: number, duplicateRows: number, problems: Array<{ rowNumber: number, outcome: string, reason: string, reasons: Array<{ code: ImportReasonCode, value: string | null, max: number | null }> }> } };

export type LeadImportQueryVariables = Exact<{
  id: string;
}>;


export type LeadImportQuery = { leadImport: { id: string, status: string, totalRows: number, importedRows: number, rejectedRows: number, rejectedUrl: string | null, error: string | null, kind: string } };

export type InvoicesQueryVariables = Exact<{
  filter?: InvoiceFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InvoicesQuery = { invoices: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, number: string | null, kind: InvoiceKind, status: InvoiceStatus, total: string, amountDue: string, dueDate: string, overdue: boolean, supplierName: string | null, client: { id: string, name: string } | null }> } };

export type InvoiceQueryVariables = Exact<{
  id: string;
}>;


export type InvoiceQuery = { invoice: { id: string, number: string | null, kind: InvoiceKind, status: InvoiceStatus, channel: InvoiceChannel | null, issueDate: string, dueDate: string, overdue: boolean, subtotal: string, taxBase: string, tax: string, total: string, amountPaid: string, amountDue: string, version: number, pdfUrl: string, notes: string | null, supplierName: string | null, cancelReason: string | null, handedOverDate: string | null, handedOverTo: string | null, client: { id: string, name: string } | null, campaign: { id: string, name: string } | null, lines: Array<{ description: string, quantity: number, unitPrice: string, taxCode: TaxCode, amount: string }>, creditNote: { number: string, date: string, total: string } | null, delivery: { state: MailState, attempts: number, lastError: string | null, recipient: string, sentAt: string | null } | null, payments: Array<{ paymentId: string, amount: string, date: string, method: string, reference: string | null, paymentVersion: number, reversedAt: string | null, reversalReason: string | null }>, reminders: Array<{ id: string, step: number, channel: ReminderChannel, day: string, recipient: string | null, activityId: string | null, deliveryState: MailState | null }> } };

export type CreateInvoiceMutationVariables = Exact<{
  input: CreateInvoiceInput;
}>;


export type CreateInvoiceMutation = { createInvoice: { id: string } };

export type IssueInvoiceMutationVariables = Exact<{
  id: string;
  channel: InvoiceChannel;
}>;


export type IssueInvoiceMutation = { issueInvoice: { id: string } };

export type CancelInvoiceMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type CancelInvoiceMutation = { cancelInvoice: { id: string } };

export type HandOverInvoiceMutationVariables = Exact<{
  id: string;
  date: string;
  receivedBy: string;
}>;


export type HandOverInvoiceMutation = { markInvoiceHandedOver: { id: string } };

export type RecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type RecordPaymentMutation = { recordPayment: { id: string, unallocated: string } };

export type ReceivablesAgingQueryVariables = Exact<{
  kind?: InvoiceKind | null | undefined;
  asOf?: string | null | undefined;
  officerId?: string | null | undefined;
}>;


export type ReceivablesAgingQuery = { receivablesAging: { asOf: string, current: string, d1to30: string, d31to60: string, d61to90: string, over90: string, total: string, rowCount: number, officers: Array<{ officerId: string | null, officerName: string | null, current: string, d1to30: string, d31to60: string, d61to90: string, over90: string, total: string }>, offices: Array<{ officeId: string, officeName: string, current: string, d1to30: string, d31to60: string, d61to90: string, over90: string, total: string }>, rows: Array<{ supplierName: string | null, current: string, d1to30: string, d31to60: string, d61to90: string, over90: string, total: string, client: { id: string, name: string } | null }> } };

export type InvoiceClientsQueryVariables = Exact<{
  filter?: ClientFilterInput | null | undefined;
}>;


export type InvoiceClientsQuery = { clients: { nodes: Array<{ id: string, name: string }> } };

export type ReversePaymentMutationVariables = Exact<{
  id: string;
  reason: string;
  expectedVersion?: number | null | undefined;
}>;


export type ReversePaymentMutation = { reversePayment: { id: string, version: number, reversedAt: string | null } };

export type TaxSummaryQueryVariables = Exact<{
  month: string;
  officeId?: string | null | undefined;
}>;


export type TaxSummaryQuery = { taxSummary: { month: string, outputTaxBase: string, outputTax: string, inputTaxBase: string, inputTax: string, csvUrl: string, lines: Array<{ invoiceId: string, kind: InvoiceKind, number: string, issueDate: string, partyName: string, npwp: string | null, taxBase: string, tax: string }> } };

export type BackgroundJobsQueryVariables = Exact<{
  filter?: JobFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BackgroundJobsQuery = { jobs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, state: JobState, progress: number, attempts: number, maxAttempts: number, error: string | null, createdAt: string, updatedAt: string, finishedAt: string | null }> } };

export type RetryJobMutationVariables = Exact<{
  id: string;
}>;


export type RetryJobMutation = { retryJob: { id: string, state: JobState, attempts: number, error: string | null, progress: number } };

export type LeadCardFieldsFragment = { id: string, fullName: string, companyName: string | null, phone: string | null, source: LeadSource, segment: Segment | null, estimatedAmount: string, stage: LeadStage, position: string, ownerId: string | null, officeId: string, stageEnteredAt: string, nextActionAt: string | null, lostReason: string | null, lastActivityAt: string | null, campaignId: string | null, version: number, owner: { id: string, name: string } | null, latestOffer: { id: string, status: OfferStatus, product: { id: string, name: string } } | null };

export type LeadBoardQueryVariables = Exact<{
  filter?: LeadFilterInput | null | undefined;
  perColumn?: number | null | undefined;
}>;


export type LeadBoardQuery = { leadBoard: { columns: Array<{ stage: LeadStage, count: number, totalAmount: string, weightedAmount: string, probability: number, hasMore: boolean, endCursor: string | null, cards: Array<{ id: string, fullName: string, companyName: string | null, phone: string | null, source: LeadSource, segment: Segment | null, estimatedAmount: string, stage: LeadStage, position: string, ownerId: string | null, officeId: string, stageEnteredAt: string, nextActionAt: string | null, lostReason: string | null, lastActivityAt: string | null, campaignId: string | null, version: number, owner: { id: string, name: string } | null, latestOffer: { id: string, status: OfferStatus, product: { id: string, name: string } } | null }> }> } };

export type LeadBoardTotalsQueryVariables = Exact<{
  filter?: LeadFilterInput | null | undefined;
}>;


export type LeadBoardTotalsQuery = { leadBoard: { columns: Array<{ stage: LeadStage, count: number, totalAmount: string, weightedAmount: string, probability: number }> } };

export type LeadColumnQueryVariables = Exact<{
  stage: LeadStage;
  filter?: LeadFilterInput | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type LeadColumnQuery = { leadColumn: { hasMore: boolean, endCursor: string | null, cards: Array<{ id: string, fullName: string, companyName: string | null, phone: string | null, source: LeadSource, segment: Segment | null, estimatedAmount: string, stage: LeadStage, position: string, ownerId: string | null, officeId: string, stageEnteredAt: string, nextActionAt: string | null, lostReason: string | null, lastActivityAt: string | null, campaignId: string | null, version: number, owner: { id: string, name: string } | null, latestOffer: { id: string, status: OfferStatus, product: { id: string, name: string } } | null }> } };

export type LeadDetailQueryVariables = Exact<{
  id: string;
}>;


export type LeadDetailQuery = { lead: { whatsapp: string | null, email: string | null, nik: string | null, referrerName: string | null, expectedCloseDate: string | null, monthlyIncome: string | null, existingInstallments: string | null, notes: string | null, productId: string | null, clientId: string | null, archivedAt: string | null, createdAt: string, daysInStage: number, id: string, fullName: string, companyName: string | null, phone: string | null, source: LeadSource, segment: Segment | null, estimatedAmount: string, stage: LeadStage, position: string, ownerId: string | null, officeId: string, stageEnteredAt: string, nextActionAt: string | null, lostReason: string | null, lastActivityAt: string | null, campaignId: string | null, version: number, stageHistory: Array<{ id: string, fromStage: LeadStage | null, toStage: LeadStage, changedAt: string, changedBy: { id: string, name: string } | null }>, assignments: Array<{ id: string, assignedAt: string, reason: string | null, fromOwner: { id: string, name: string } | null, toOwner: { id: string, name: string } | null, assignedBy: { id: string, name: string } | null }>, owner: { id: string, name: string } | null, latestOffer: { id: string, status: OfferStatus, product: { id: string, name: string } } | null } };

export type OfficersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OfficersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, segment: Segment | null, officeId: string, office: { id: string, name: string } }> } };

export type LeadFormCampaignsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LeadFormCampaignsQuery = { campaigns: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, status: CampaignStatus, channel: CampaignChannel, startDate: string, product: { id: string } | null }> } };

export type LeadFormProductsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LeadFormProductsQuery = { products: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, kind: ProductKind }> } };

export type CreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type CreateLeadMutation = { createLead: { id: string, fullName: string, companyName: string | null, phone: string | null, source: LeadSource, segment: Segment | null, estimatedAmount: string, stage: LeadStage, position: string, ownerId: string | null, officeId: string, stageEnteredAt: string, nextActionAt: string | null, lostReason: string | null, lastActivityAt: string | null, campaignId: string | null, version: number, owner: { id: string, name: string } | null, latestOffer: { id: string, status: OfferStatus, product: { id: string, name: string } } | null } };

export type UpdateLeadMutationVariables = Exact<{
  input: UpdateLeadInput;
}>;


export type UpdateLeadMutation = { updateLead: { id: string, fullName: string, companyName: string | null, phone: string | null, source: LeadSource, segment: Segment | null, estimatedAmount: string, stage: LeadStage, position: string, ownerId: string | null, officeId: string, stageEnteredAt: string, nextActionAt: string | null, lostReason: string | null, lastActivityAt: string | null, campaignId: string | null, version: number, owner: { id: string, name: string } | null, latestOffer: { id: string, status: OfferStatus, product: { id: string, name: string } } | null } };

export type MoveLeadMutationVariables = Exact<{
  input: MoveLeadInput;
}>;


export type MoveLeadMutation = { moveLead: { id: string, fullName: string, companyName: string | null, phone: string | null, source: LeadSource, segment: Segment | null, estimatedAmount: string, stage: LeadStage, position: string, ownerId: string | null, officeId: string, stageEnteredAt: string, nextActionAt: string | null, lostReason: string | null, lastActivityAt: string | null, campaignId: string | null, version: number, owner: { id: string, name: string } | null, latestOffer: { id: string, status: OfferStatus, product: { id: string, name: string } } | null } };

export type ArchiveLeadMutationVariables = Exact<{
  id: string;
}>;


export type ArchiveLeadMutation = { archiveLead: { id: string, fullName: string, companyName: string | null, phone: string | null, source: LeadSource, segment: Segment | null, estimatedAmount: string, stage: LeadStage, position: string, ownerId: string | null, officeId: string, stageEnteredAt: string, nextActionAt: string | null, lostReason: string | null, lastActivityAt: string | null, campaignId: string | null, version: number, owner: { id: string, name: string } | null, latestOffer: { id: string, status: OfferStatus, product: { id: string, name: string } } | null } };

export type ClaimLeadMutationVariables = Exact<{
  id: string;
}>;


export type ClaimLeadMutation = { claimLead: { id: string, fullName: string, companyName: string | null, phone: string | null, source: LeadSource, segment: Segment | null, estimatedAmount: string, stage: LeadStage, position: string, ownerId: string | null, officeId: string, stageEnteredAt: string, nextActionAt: string | null, lostReason: string | null, lastActivityAt: string | null, campaignId: string | null, version: number, owner: { id: string, name: string } | null, latestOffer: { id: string, status: OfferStatus, product: { id: string, name: string } } | null } };

export type ReassignLeadMutationVariables = Exact<{
  id: string;
  ownerId: string;
  reason?: string | null | undefined;
}>;


export type ReassignLeadMutation = { reassignLead: { id: string, fullName: string, companyName: string | null, phone: string | null, source: LeadSource, segment: Segment | null, estimatedAmount: string, stage: LeadStage, position: string, ownerId: string | null, officeId: string, stageEnteredAt: string, nextActionAt: string | null, lostReason: string | null, lastActivityAt: string | null, campaignId: string | null, version: number, owner: { id: string, name: string } | null, latestOffer: { id: string, status: OfferStatus, product: { id: string, name: string } } | null } };

export type LeadExportUrlQueryVariables = Exact<{
  format: string;
  filter?: LeadFilterInput | null | undefined;
}>;


export type LeadExportUrlQuery = { leadExportUrl: string };

export type LoanAdminQueryVariables = Exact<{ [key: string]: never; }>;


export type LoanAdminQuery = { loanBookSetting: { institutionType: InstitutionType }, collectibilityRuleSets: Array<{ id: string, institutionType: InstitutionType, effectiveFrom: string, maxDaysPastDue: Array<number>, pastMaturityMinGrade: number | null, restructureUpgradeAfter: number, restructureUpgradeGrades: number, createdAt: string }>, loanProductTerms: Array<{ productId: string, allocationPreset: string, graceDays: number, toleranceAmount: string, penaltyPercentPerDay: number }>, products: { nodes: Array<{ id: string, code: string, name: string, active: boolean }> } };

export type UpdateInstitutionTypeMutationVariables = Exact<{
  institutionType: InstitutionType;
}>;


export type UpdateInstitutionTypeMutation = { updateInstitutionType: { institutionType: InstitutionType } };

export type UpdateCollectibilityRuleSetMutationVariables = Exact<{
  input: UpdateCollectibilityRuleSetInput;
}>;


export type UpdateCollectibilityRuleSetMutation = { updateCollectibilityRuleSet: { id: string } };

export type UpdateLoanProductTermsMutationVariables = Exact<{
  input: UpdateLoanProductTermsInput;
}>;


export type UpdateLoanProductTermsMutation = { updateLoanProductTerms: { productId: string } };

export type CollectionCaseFieldsFragment = { id: string, loanId: string, status: CollectionColumn, position: string, officerId: string | null, officeId: string, daysPastDue: number, arrears: string, collectibility: number, openedOn: string, resolvedOn: string | null, version: number, client: { id: string, name: string }, officer: { id: string, name: string } | null, promise: { promisedDate: string, amount: string, status: PromiseStatus } | null };

export type CollectionBoardQueryVariables = Exact<{
  filter?: CollectionBoardFilter | null | undefined;
  perColumn?: number | null | undefined;
}>;


export type CollectionBoardQuery = { collectionBoard: { columns: Array<{ status: CollectionColumn, count: number, total: string, hasMore: boolean, endCursor: string | null, cards: Array<{ id: string, loanId: string, status: CollectionColumn, position: string, officerId: string | null, officeId: string, daysPastDue: number, arrears: string, collectibility: number, openedOn: string, resolvedOn: string | null, version: number, client: { id: string, name: string }, officer: { id: string, name: string } | null, promise: { promisedDate: string, amount: string, status: PromiseStatus } | null }> }> } };

export type CollectionColumnQueryVariables = Exact<{
  status: CollectionColumn;
  filter?: CollectionBoardFilter | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type CollectionColumnQuery = { collectionColumn: { hasMore: boolean, endCursor: string | null, cards: Array<{ id: string, loanId: string, status: CollectionColumn, position: string, officerId: string | null, officeId: string, daysPastDue: number, arrears: string, collectibility: number, openedOn: string, resolvedOn: string | null, version: number, client: { id: string, name: string }, officer: { id: string, name: string } | null, promise: { promisedDate: string, amount: string, status: PromiseStatus } | null }> } };

export type MoveCollectionCaseMutationVariables = Exact<{
  input: MoveCollectionCaseInput;
}>;


export type MoveCollectionCaseMutation = { moveCollectionCase: { id: string, loanId: string, status: CollectionColumn, position: string, officerId: string | null, officeId: string, daysPastDue: number, arrears: string, collectibility: number, openedOn: string, resolvedOn: string | null, version: number, client: { id: string, name: string }, officer: { id: string, name: string } | null, promise: { promisedDate: string, amount: string, status: PromiseStatus } | null } };

export type RecordPaymentPromiseMutationVariables = Exact<{
  input: RecordPaymentPromiseInput;
}>;


export type RecordPaymentPromiseMutation = { recordPaymentPromise: { id: string, status: PromiseStatus, promisedDate: string, amount: string } };

export type LoansQueryVariables = Exact<{
  filter?: LoanFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LoansQuery = { loans: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: LoanStatus, principal: string, outstandingPrincipal: string, arrears: string, daysPastDue: number, collectibility: number, maturityDate: string, client: { id: string, name: string, cif: string }, product: { id: string, name: string }, officer: { id: string, name: string } | null }> } };

export type LoanDetailQueryVariables = Exact<{
  id: string;
}>;


export type LoanDetailQuery = { loan: { id: string, version: number, status: LoanStatus, principal: string, annualRate: number, tenorMonths: number, interestMethod: InterestMethod, outstandingPrincipal: string, arrears: string, creditBalance: string, daysPastDue: number, collectibility: number, positionAsOf: string, disbursementDate: string, maturityDate: string, externalNumber: string | null, scheduleVersion: number, restructuredFromGrade: number | null, closedDate: string | null, writtenOffPrincipal: string, writeOffReason: string | null, recovered: string, client: { id: string, name: string, cif: string }, product: { id: string, name: string, maxRate: number }, officer: { id: string, name: string } | null, office: { id: string, name: string, timeZone: string }, schedule: Array<{ number: number, dueDate: string, principal: string, interest: string, paidPrincipal: string, paidInterest: string, penalty: string, paidPenalty: string, paidDate: string | null }>, promises: Array<{ id: string, status: PromiseStatus, madeOn: string, promisedDate: string, amount: string, resolvedOn: string | null }>, repayments: Array<{ id: string, amount: string, valueDate: string, channel: RepaymentChannel, reference: string | null, reversed: boolean, reversalReason: string | null, scheduleVersion: number, recovery: boolean }>, scheduleVersions: Array<{ version: number, kind: ScheduleVersionKind, current: boolean, effectiveDate: string, principal: string, capitalisedArrears: string, carriedArrears: string, annualRate: number, tenorMonths: number, gradeBefore: number | null, reason: string | null, installments: Array<{ number: number, dueDate: string, principal: string, interest: string, paidPrincipal: string, paidInterest: string, penalty: string, paidPenalty: string, paidDate: string | null }> }> } };

export type ClientLoansQueryVariables = Exact<{
  id: string;
}>;


export type ClientLoansQuery = { client: { id: string, collectibility: number | null, loans: Array<{ id: string, offerId: string | null, status: LoanStatus, principal: string, outstandingPrincipal: string, daysPastDue: number, collectibility: number, product: { id: string, name: string } }>, offers: Array<{ id: string, status: OfferStatus, amount: string, tenorMonths: number, product: { id: string, name: string, kind: ProductKind } }> } };

export type DisburseLoanMutationVariables = Exact<{
  input: DisburseLoanInput;
}>;


export type DisburseLoanMutation = { disburseLoan: { id: string } };

export type PostRepaymentMutationVariables = Exact<{
  input: PostRepaymentInput;
}>;


export type PostRepaymentMutation = { postRepayment: { id: string, version: number } };

export type ReverseRepaymentMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type ReverseRepaymentMutation = { reverseRepayment: { id: string, version: number } };

export type ClosedMonthEndsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClosedMonthEndsQuery = { closedMonthEnds: Array<string> };

export type LoanMonthEndExportUrlQueryVariables = Exact<{
  monthEnd: string;
}>;


export type LoanMonthEndExportUrlQuery = { loanMonthEndExportUrl: string };

export type CheckLoanImportQueryVariables = Exact<{
  importId: string;
  mapping: LoanImportMappingInput;
}>;


export type CheckLoanImportQuery = { checkLoanImport: { validRows: number, rejectedRows: number, duplicateRows: number, problems: Array<{ rowNumber: number, outcome: string, reason: string, reasons: Array<{ code: ImportReasonCode, value: string | null, max: number | null }> }> } };

export type ImportLoansMutationVariables = Exact<{
  importId: string;
  mapping: LoanImportMappingInput;
}>;


export type ImportLoansMutation = { importLoans: { id: string, status: string } };

export type RestructureLoanMutationVariables = Exact<{
  input: RestructureLoanInput;
}>;


export type RestructureLoanMutation = { restructureLoan: { id: string, version: number, status: LoanStatus } };

export type WriteOffLoanMutationVariables = Exact<{
  input: WriteOffLoanInput;
}>;


export type WriteOffLoanMutation = { writeOffLoan: { id: string, version: number, status: LoanStatus } };

export type CashFlowQueryVariables = Exact<{
  from: string;
  to: string;
  officeId?: string | null | undefined;
  officerId?: string | null | undefined;
}>;


export type CashFlowQuery = { cashFlow: { months: Array<{ month: string, moneyIn: string, moneyOut: string, net: string, principal: string, interest: string, penalty: string, repaymentCredit: string, receivablesCollected: string, disbursed: string, payablesPaid: string }> } };

export type BudgetVsActualQueryVariables = Exact<{
  from: string;
  to: string;
  officeId?: string | null | undefined;
}>;


export type BudgetVsActualQuery = { budgetVsActual: { lines: Array<{ kind: string, id: string, name: string, budget: string, spend: string, remaining: string, leads: number, won: number, disbursed: string }> } };

export type JournalExportQueryVariables = Exact<{
  month: string;
  officeId?: string | null | undefined;
}>;


export type JournalExportQuery = { journalExport: { url: string, month: string, lineCount: number, debitTotal: string, creditTotal: string } };

export type AccountMappingQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountMappingQuery = { accountMapping: Array<{ id: string, account: JournalAccount, productId: string | null, code: string, name: string, version: number, updatedAt: string }> };

export type SetAccountMappingMutationVariables = Exact<{
  input: SetAccountMappingInput;
}>;


export type SetAccountMappingMutation = { setAccountMapping: { id: string, account: JournalAccount, productId: string | null, code: string, name: string, version: number, updatedAt: string } };

export type MappingProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type MappingProductsQuery = { products: { nodes: Array<{ id: string, name: string }> } };

export type NotificationsQueryVariables = Exact<{
  unreadOnly: boolean;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NotificationsQuery = { unreadNotificationCount: number, notifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, type: NotificationType, title: string, body: string | null, link: string | null, params: string | null, readAt: string | null, createdAt: string }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string> | string | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type OfferFieldsFragment = { id: string, status: OfferStatus, amount: string, tenorMonths: number, annualRate: number, interestMethod: InterestMethod | null, validUntil: string, declineReason: string | null, version: number, pdfUrl: string, dsrPercent: number | null, dsrOverLimit: boolean, dsrLimitPercent: number, product: { id: string, name: string, kind: ProductKind }, figures: { fee: string, feeVat: string, depositInterest: string | null, depositTax: string | null, loan: { installment: string, totalInterest: string, totalPaid: string } | null } };

export type LeadSalesQueryVariables = Exact<{
  id: string;
}>;


export type LeadSalesQuery = { lead: { id: string, documentChecklist: Array<{ code: string, label: string, received: boolean }>, client: { id: string, cif: string, name: string } | null } };

export type WonOfferQueryVariables = Exact<{
  leadId: string;
}>;


export type WonOfferQuery = { offers: { nodes: Array<{ id: string, status: OfferStatus, amount: string, tenorMonths: number, annualRate: number, interestMethod: InterestMethod | null, validUntil: string, declineReason: string | null, version: number, pdfUrl: string, dsrPercent: number | null, dsrOverLimit: boolean, dsrLimitPercent: number, product: { id: string, name: string, kind: ProductKind }, figures: { fee: string, feeVat: string, depositInterest: string | null, depositTax: string | null, loan: { installment: string, totalInterest: string, totalPaid: string } | null } }> } };

export type LeadOffersQueryVariables = Exact<{
  leadId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LeadOffersQuery = { offers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: OfferStatus, amount: string, tenorMonths: number, annualRate: number, interestMethod: InterestMethod | null, validUntil: string, declineReason: string | null, version: number, pdfUrl: string, dsrPercent: number | null, dsrOverLimit: boolean, dsrLimitPercent: number, product: { id: string, name: string, kind: ProductKind }, figures: { fee: string, feeVat: string, depositInterest: string | null, depositTax: string | null, loan: { installment: string, totalInterest: string, totalPaid: string } | null } }> } };

export type CreateOfferMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type CreateOfferMutation = { createOffer: { id: string, status: OfferStatus, amount: string, tenorMonths: number, annualRate: number, interestMethod: InterestMethod | null, validUntil: string, declineReason: string | null, version: number, pdfUrl: string, dsrPercent: number | null, dsrOverLimit: boolean, dsrLimitPercent: number, product: { id: string, name: string, kind: ProductKind }, figures: { fee: string, feeVat: string, depositInterest: string | null, depositTax: string | null, loan: { installment: string, totalInterest: string, totalPaid: string } | null } } };

export type PresentOfferMutationVariables = Exact<{
  id: string;
}>;


export type PresentOfferMutation = { presentOffer: { id: string, status: OfferStatus, amount: string, tenorMonths: number, annualRate: number, interestMethod: InterestMethod | null, validUntil: string, declineReason: string | null, version: number, pdfUrl: string, dsrPercent: number | null, dsrOverLimit: boolean, dsrLimitPercent: number, product: { id: string, name: string, kind: ProductKind }, figures: { fee: string, feeVat: string, depositInterest: string | null, depositTax: string | null, loan: { installment: string, totalInterest: string, totalPaid: string } | null } } };

export type AcceptOfferMutationVariables = Exact<{
  id: string;
}>;


export type AcceptOfferMutation = { acceptOffer: { id: string, status: OfferStatus, amount: string, tenorMonths: number, annualRate: number, interestMethod: InterestMethod | null, validUntil: string, declineReason: string | null, version: number, pdfUrl: string, dsrPercent: number | null, dsrOverLimit: boolean, dsrLimitPercent: number, product: { id: string, name: string, kind: ProductKind }, figures: { fee: string, feeVat: string, depositInterest: string | null, depositTax: string | null, loan: { installment: string, totalInterest: string, totalPaid: string } | null } } };

export type DeclineOfferMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type DeclineOfferMutation = { declineOffer: { id: string, status: OfferStatus, amount: string, tenorMonths: number, annualRate: number, interestMethod: InterestMethod | null, validUntil: string, declineReason: string | null, version: number, pdfUrl: string, dsrPercent: number | null, dsrOverLimit: boolean, dsrLimitPercent: number, product: { id: string, name: string, kind: ProductKind }, figures: { fee: string, feeVat: string, depositInterest: string | null, depositTax: string | null, loan: { installment: string, totalInterest: string, totalPaid: string } | null } } };

export type SetLeadDocumentMutationVariables = Exact<{
  leadId: string;
  code: string;
  received: boolean;
}>;


export type SetLeadDocumentMutation = { setLeadDocument: { id: string } };

export type CreateProductMutationVariables = Exact<{
  input: ProductFieldsInput;
}>;


export type CreateProductMutation = { createProduct: { id: string } };

export type UpdateProductMutationVariables = Exact<{
  input: UpdateProductInput;
}>;


export type UpdateProductMutation = { updateProduct: { id: string } };

export type ProductsQueryVariables = Exact<{
  filter?: ProductFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProductsQuery = { products: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, kind: ProductKind, segment: Segment | null, interestMethod: InterestMethod | null, minRate: number, maxRate: number, minTenorMonths: number, maxTenorMonths: number, minAmount: string, maxAmount: string, fee: string, vatTreatment: VatTreatment, description: string, active: boolean, version: number, requirements: Array<{ code: string, label: string }> }> } };

export type StatementLineCardFieldsFragment = { id: string, statementId: string, state: StatementLineState, position: string, date: string, direction: StatementDirection, amount: string, remark: string, reference: string | null, officeId: string, officerId: string | null, rule: MatchRule | null, reasonCode: FollowUpReason | null, reasonParams: string | null, posted: boolean, version: number, client: { id: string, name: string } | null, target: { kind: MatchTargetKind, id: string, label: string } | null };

export type ReconciliationBoardQueryVariables = Exact<{
  statementId?: string | null | undefined;
  perColumn?: number | null | undefined;
}>;


export type ReconciliationBoardQuery = { reconciliationBoard: { columns: Array<{ state: StatementLineState, count: number, total: string, hasMore: boolean, endCursor: string | null, cards: Array<{ id: string, statementId: string, state: StatementLineState, position: string, date: string, direction: StatementDirection, amount: string, remark: string, reference: string | null, officeId: string, officerId: string | null, rule: MatchRule | null, reasonCode: FollowUpReason | null, reasonParams: string | null, posted: boolean, version: number, client: { id: string, name: string } | null, target: { kind: MatchTargetKind, id: string, label: string } | null }> }> } };

export type ReconciliationColumnQueryVariables = Exact<{
  state: StatementLineState;
  statementId?: string | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ReconciliationColumnQuery = { reconciliationColumn: { hasMore: boolean, endCursor: string | null, cards: Array<{ id: string, statementId: string, state: StatementLineState, position: string, date: string, direction: StatementDirection, amount: string, remark: string, reference: string | null, officeId: string, officerId: string | null, rule: MatchRule | null, reasonCode: FollowUpReason | null, reasonParams: string | null, posted: boolean, version: number, client: { id: string, name: string } | null, target: { kind: MatchTargetKind, id: string, label: string } | null }> } };

export type ConfirmStatementMatchMutationVariables = Exact<{
  input: ConfirmStatementMatchInput;
}>;


export type ConfirmStatementMatchMutation = { confirmStatementMatch: { id: string, statementId: string, state: StatementLineState, position: string, date: string, direction: StatementDirection, amount: string, remark: string, reference: string | null, officeId: string, officerId: string | null, rule: MatchRule | null, reasonCode: FollowUpReason | null, reasonParams: string | null, posted: boolean, version: number, client: { id: string, name: string } | null, target: { kind: MatchTargetKind, id: string, label: string } | null } };

export type RejectStatementMatchMutationVariables = Exact<{
  input: RejectStatementMatchInput;
}>;


export type RejectStatementMatchMutation = { rejectStatementMatch: { id: string, statementId: string, state: StatementLineState, position: string, date: string, direction: StatementDirection, amount: string, remark: string, reference: string | null, officeId: string, officerId: string | null, rule: MatchRule | null, reasonCode: FollowUpReason | null, reasonParams: string | null, posted: boolean, version: number, client: { id: string, name: string } | null, target: { kind: MatchTargetKind, id: string, label: string } | null } };

export type UnmatchStatementLineMutationVariables = Exact<{
  input: UnmatchStatementLineInput;
}>;


export type UnmatchStatementLineMutation = { unmatchStatementLine: { id: string, statementId: string, state: StatementLineState, position: string, date: string, direction: StatementDirection, amount: string, remark: string, reference: string | null, officeId: string, officerId: string | null, rule: MatchRule | null, reasonCode: FollowUpReason | null, reasonParams: string | null, posted: boolean, version: number, client: { id: string, name: string } | null, target: { kind: MatchTargetKind, id: string, label: string } | null } };

export type StatementMatchCandidatesQueryVariables = Exact<{
  lineId: string;
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type StatementMatchCandidatesQuery = { statementMatchCandidates: Array<{ kind: MatchTargetKind, id: string, label: string, party: string, amountDue: string, dueDate: string | null }> };

export type BankStatementsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BankStatementsQuery = { bankStatements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, account: string, format: string, fileName: string, periodFrom: string, periodTo: string, status: StatementStatus, progress: number, lineCount: number, duplicateCount: number, createdAt: string }> } };

export type BankStatementQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type BankStatementQuery = { bankStatement: { id: string, account: string, format: string, fileName: string, periodFrom: string, periodTo: string, status: StatementStatus, progress: number, lineCount: number, duplicateCount: number, lines: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, statementId: string, state: StatementLineState, position: string, date: string, direction: StatementDirection, amount: string, remark: string, reference: string | null, officeId: string, officerId: string | null, rule: MatchRule | null, reasonCode: FollowUpReason | null, reasonParams: string | null, posted: boolean, version: number, client: { id: string, name: string } | null, target: { kind: MatchTargetKind, id: string, label: string } | null }> } } };

export type DashboardQueryVariables = Exact<{
  from: string;
  to: string;
  officeId?: string | null | undefined;
  officerId?: string | null | undefined;
  grouping?: ReportGrouping | null | undefined;
  month: string;
  forecastFrom: string;
  forecastTo: string;
}>;


export type DashboardQuery = { salesFunnel: { stages: Array<{ stage: LeadStage, entered: number, conversionToNext: number | null }>, series: Array<{ period: string, stage: LeadStage, entered: number }> }, pipelineVelocity: { medianDaysToWin: number | null, wonSampleSize: number, stages: Array<{ stage: LeadStage, medianDays: number | null, p90Days: number | null, sampleSize: number }> }, forecast: { months: Array<{ month: string, leadCount: number, weightedAmount: string, defaultWeightedAmount: string }>, probabilities: Array<{ stage: LeadStage, probability: number, defaultProbability: number, sampleSize: number }> }, winLoss: { wonCount: number, wonAmount: string, lostCount: number, lostAmount: string, winRate: number, rows: Array<{ dimension: string, key: string | null, label: string | null, wonCount: number, wonAmount: string, lostCount: number, lostAmount: string }> }, campaignReturn: { rows: Array<{ campaignId: string, name: string, spend: string, leads: number, costPerLead: string | null, wonCount: number, costPerWon: string | null, disbursement: string, disbursementPerRupiah: number | null }> }, portfolioTrend: { points: Array<{ monthEnd: string, loanCount: number, outstanding: string, npl: number, par30: number }> }, receivablesTrend: { points: Array<{ period: string, periodEnd: string, outstanding: string, overdue: string, current: string, d1to30: string, d31to60: string, d61to90: string, over90: string, issued: string, collected: string }> }, complaintSlaTrend: { points: Array<{ period: string, periodEnd: string, received: number, resolved: number, resolvedWithinSla: number, breached: number, compliance: number | null, openPastDeadline: number }> }, officerPerformance: { month: string, rows: Array<{ newLeads: number, followUpsDone: number, visits: number, offers: number, wonCount: number, wonAmount: string, noa: number, disbursement: string, outstanding: string, collectionRate: number, par30: number, officer: { id: string, name: string }, targets: Array<{ metric: TargetMetric, target: string | null, actual: string, achievement: number | null }> }> } };

export type ReportOfficesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportOfficesQuery = { offices: { nodes: Array<{ id: string, name: string }> } };

export type SetTargetsMutationVariables = Exact<{
  input: SetTargetsInput;
}>;


export type SetTargetsMutation = { setTargets: Array<{ id: string, officerId: string, month: string, metric: TargetMetric, value: string, version: number }> };

export type RecommendationsQueryVariables = Exact<{
  from: string;
  to: string;
  officeId?: string | null | undefined;
}>;


export type RecommendationsQuery = { recommendations: Array<{ code: string, title: string, detail: string, evidence: Array<{ label: string, value: string }>, links: Array<{ type: string, id: string }> }> };

export type AllMessageTemplatesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AllMessageTemplatesQuery = { messageTemplates: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, body: string, active: boolean, version: number }> } };

export type CreateMessageTemplateMutationVariables = Exact<{
  input: MessageTemplateInput;
}>;


export type CreateMessageTemplateMutation = { createMessageTemplate: { id: string } };

export type UpdateMessageTemplateMutationVariables = Exact<{
  input: MessageTemplateInput;
}>;


export type UpdateMessageTemplateMutation = { updateMessageTemplate: { id: string, version: number } };

export type UpdateStageSlaMutationVariables = Exact<{
  stage: string;
  maxIdleDays: number;
}>;


export type UpdateStageSlaMutation = { updateStageSla: { stage: string, maxIdleDays: number } };

export type WipLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type WipLimitsQuery = { boardColumnSettings: Array<{ columnKey: string, wipLimit: number | null, hardLimit: boolean }> };

export type UpdateWipLimitMutationVariables = Exact<{
  columnKey: string;
  wipLimit?: number | null | undefined;
  hardLimit: boolean;
}>;


export type UpdateWipLimitMutation = { updateBoardColumnSetting: { columnKey: string, wipLimit: number | null, hardLimit: boolean } };

export type RecommendationThresholdsQueryVariables = Exact<{ [key: string]: never; }>;


export type RecommendationThresholdsQuery = { recommendationThresholds: Array<{ key: string, unit: string, value: number, defaultValue: number, min: number, max: number }> };

export type SetRecommendationThresholdMutationVariables = Exact<{
  key: string;
  value: number;
}>;


export type SetRecommendationThresholdMutation = { setRecommendationThreshold: { key: string, unit: string, value: number, defaultValue: number, min: number, max: number } };

export type TaskCardFieldsFragment = { id: string, title: string, status: TaskStatus, position: string, campaignId: string | null, leadId: string | null, requesterId: string, assigneeId: string | null, officeId: string, dueDate: string | null, checklistDone: number, checklistTotal: number, commentCount: number, version: number, campaign: { id: string, name: string } | null, requester: { id: string, name: string }, assignee: { id: string, name: string } | null };

export type TaskBoardQueryVariables = Exact<{
  perColumn?: number | null | undefined;
}>;


export type TaskBoardQuery = { taskBoard: { columns: Array<{ status: TaskStatus, count: number, wipLimit: number | null, hardLimit: boolean, hasMore: boolean, endCursor: string | null, cards: Array<{ id: string, title: string, status: TaskStatus, position: string, campaignId: string | null, leadId: string | null, requesterId: string, assigneeId: string | null, officeId: string, dueDate: string | null, checklistDone: number, checklistTotal: number, commentCount: number, version: number, campaign: { id: string, name: string } | null, requester: { id: string, name: string }, assignee: { id: string, name: string } | null }> }> } };

export type TaskColumnQueryVariables = Exact<{
  status: TaskStatus;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type TaskColumnQuery = { taskColumn: { hasMore: boolean, endCursor: string | null, cards: Array<{ id: string, title: string, status: TaskStatus, position: string, campaignId: string | null, leadId: string | null, requesterId: string, assigneeId: string | null, officeId: string, dueDate: string | null, checklistDone: number, checklistTotal: number, commentCount: number, version: number, campaign: { id: string, name: string } | null, requester: { id: string, name: string }, assignee: { id: string, name: string } | null }> } };

export type MoveTaskMutationVariables = Exact<{
  input: MoveTaskInput;
}>;


export type MoveTaskMutation = { moveTask: { warning: string | null, task: { id: string, title: string, status: TaskStatus, position: string, campaignId: string | null, leadId: string | null, requesterId: string, assigneeId: string | null, officeId: string, dueDate: string | null, checklistDone: number, checklistTotal: number, commentCount: number, version: number, campaign: { id: string, name: string } | null, requester: { id: string, name: string }, assignee: { id: string, name: string } | null } } };

export type CreateTaskMutationVariables = Exact<{
  input: TaskFieldsInput;
}>;


export type CreateTaskMutation = { createTask: { id: string, title: string, status: TaskStatus, position: string, campaignId: string | null, leadId: string | null, requesterId: string, assigneeId: string | null, officeId: string, dueDate: string | null, checklistDone: number, checklistTotal: number, commentCount: number, version: number, campaign: { id: string, name: string } | null, requester: { id: string, name: string }, assignee: { id: string, name: string } | null } };

export type TaskDetailQueryVariables = Exact<{
  id: string;
}>;


export type TaskDetailQuery = { task: { id: string, title: string, description: string | null, status: TaskStatus, dueDate: string | null, version: number, officeId: string, leadId: string | null, requesterId: string, assigneeId: string | null, campaignId: string | null, campaign: { id: string, name: string } | null, checklist: Array<{ text: string, done: boolean }>, requester: { id: string, name: string }, assignee: { id: string, name: string } | null, comments: Array<{ id: string, body: string, createdAt: string, author: { id: string, name: string } }> } };

export type UpdateTaskMutationVariables = Exact<{
  input: UpdateTaskInput;
}>;


export type UpdateTaskMutation = { updateTask: { id: string, title: string, status: TaskStatus, position: string, campaignId: string | null, leadId: string | null, requesterId: string, assigneeId: string | null, officeId: string, dueDate: string | null, checklistDone: number, checklistTotal: number, commentCount: number, version: number, campaign: { id: string, name: string } | null, requester: { id: string, name: string }, assignee: { id: string, name: string } | null } };

export type CommentTaskMutationVariables = Exact<{
  taskId: string;
  body: string;
}>;


export type CommentTaskMutation = { commentTask: { id: string } };

export type ArchiveTaskMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
}>;


export type ArchiveTaskMutation = { archiveTask: { id: string, title: string, status: TaskStatus, position: string, campaignId: string | null, leadId: string | null, requesterId: string, assigneeId: string | null, officeId: string, dueDate: string | null, checklistDone: number, checklistTotal: number, commentCount: number, version: number, campaign: { id: string, name: string } | null, requester: { id: string, name: string }, assignee: { id: string, name: string } | null } };

export type TaskFormAssigneesQueryVariables = Exact<{
  taskId?: string | null | undefined;
}>;


export type TaskFormAssigneesQuery = { taskAssignees: Array<{ id: string, name: string }> };

export type TaskFormCampaignsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TaskFormCampaignsQuery = { campaigns: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, status: CampaignStatus }> } };

export type WorkReportFieldsFragment = { id: string | null, kind: WorkReportKind, from: string, to: string, timeZone: string, status: WorkReportStatus, plans: string | null, obstacles: string | null, submittedAt: string | null, acknowledgedAt: string | null, managerComment: string | null, version: number, pdfUrl: string, csvUrl: string, officer: { id: string, name: string }, office: { id: string, name: string }, acknowledgedBy: { id: string, name: string } | null, figures: { newLeads: number, leadsMoved: number, stageMoves: number, followUpsDone: number, visits: number, noa: number, dueInPeriod: string, paidOfDue: string, collectionRate: number, repaymentsReceived: string, outstanding: string, loansInArrears: number, arrears: string, par30: number, invoicesCollected: string, complaintsReceived: number, complaintsResolved: number, complaintsOpen: number, followUps: Array<{ type: ActivityType, count: number }>, offers: { count: number, amount: string }, won: { count: number, amount: string }, lost: { count: number, amount: string }, disbursed: { count: number, amount: string }, grades: Array<{ grade: number, count: number, outstanding: string }>, invoicesIssued: { count: number, amount: string }, targets: Array<{ metric: TargetMetric, target: string | null, actual: string, achievement: number | null }> }, recommendations: Array<{ code: string, title: string, evidence: Array<{ label: string, value: string }>, links: Array<{ type: string, id: string }> }> };

export type WorkReportQueryVariables = Exact<{
  officerId: string;
  period: WorkReportPeriodInput;
}>;


export type WorkReportQuery = { workReport: { id: string | null, kind: WorkReportKind, from: string, to: string, timeZone: string, status: WorkReportStatus, plans: string | null, obstacles: string | null, submittedAt: string | null, acknowledgedAt: string | null, managerComment: string | null, version: number, pdfUrl: string, csvUrl: string, officer: { id: string, name: string }, office: { id: string, name: string }, acknowledgedBy: { id: string, name: string } | null, figures: { newLeads: number, leadsMoved: number, stageMoves: number, followUpsDone: number, visits: number, noa: number, dueInPeriod: string, paidOfDue: string, collectionRate: number, repaymentsReceived: string, outstanding: string, loansInArrears: number, arrears: string, par30: number, invoicesCollected: string, complaintsReceived: number, complaintsResolved: number, complaintsOpen: number, followUps: Array<{ type: ActivityType, count: number }>, offers: { count: number, amount: string }, won: { count: number, amount: string }, lost: { count: number, amount: string }, disbursed: { count: number, amount: string }, grades: Array<{ grade: number, count: number, outstanding: string }>, invoicesIssued: { count: number, amount: string }, targets: Array<{ metric: TargetMetric, target: string | null, actual: string, achievement: number | null }> }, recommendations: Array<{ code: string, title: string, evidence: Array<{ label: string, value: string }>, links: Array<{ type: string, id: string }> }> } };

export type WorkReportListQueryVariables = Exact<{
  period: WorkReportPeriodInput;
  officeId?: string | null | undefined;
}>;


export type WorkReportListQuery = { workReports: Array<{ id: string | null, from: string, to: string, status: WorkReportStatus, submittedAt: string | null, acknowledgedAt: string | null, officer: { id: string, name: string }, office: { id: string, name: string } }> };

export type SubmitWorkReportMutationVariables = Exact<{
  input: SubmitWorkReportInput;
}>;


export type SubmitWorkReportMutation = { submitWorkReport: { id: string | null, kind: WorkReportKind, from: string, to: string, timeZone: string, status: WorkReportStatus, plans: string | null, obstacles: string | null, submittedAt: string | null, acknowledgedAt: string | null, managerComment: string | null, version: number, pdfUrl: string, csvUrl: string, officer: { id: string, name: string }, office: { id: string, name: string }, acknowledgedBy: { id: string, name: string } | null, figures: { newLeads: number, leadsMoved: number, stageMoves: number, followUpsDone: number, visits: number, noa: number, dueInPeriod: string, paidOfDue: string, collectionRate: number, repaymentsReceived: string, outstanding: string, loansInArrears: number, arrears: string, par30: number, invoicesCollected: string, complaintsReceived: number, complaintsResolved: number, complaintsOpen: number, followUps: Array<{ type: ActivityType, count: number }>, offers: { count: number, amount: string }, won: { count: number, amount: string }, lost: { count: number, amount: string }, disbursed: { count: number, amount: string }, grades: Array<{ grade: number, count: number, outstanding: string }>, invoicesIssued: { count: number, amount: string }, targets: Array<{ metric: TargetMetric, target: string | null, actual: string, achievement: number | null }> }, recommendations: Array<{ code: string, title: string, evidence: Array<{ label: string, value: string }>, links: Array<{ type: string, id: string }> }> } };

export type AcknowledgeWorkReportMutationVariables = Exact<{
  input: AcknowledgeWorkReportInput;
}>;


export type AcknowledgeWorkReportMutation = { acknowledgeWorkReport: { id: string | null, kind: WorkReportKind, from: string, to: string, timeZone: string, status: WorkReportStatus, plans: string | null, obstacles: string | null, submittedAt: string | null, acknowledgedAt: string | null, managerComment: string | null, version: number, pdfUrl: string, csvUrl: string, officer: { id: string, name: string }, office: { id: string, name: string }, acknowledgedBy: { id: string, name: string } | null, figures: { newLeads: number, leadsMoved: number, stageMoves: number, followUpsDone: number, visits: number, noa: number, dueInPeriod: string, paidOfDue: string, collectionRate: number, repaymentsReceived: string, outstanding: string, loansInArrears: number, arrears: string, par30: number, invoicesCollected: string, complaintsReceived: number, complaintsResolved: number, complaintsOpen: number, followUps: Array<{ type: ActivityType, count: number }>, offers: { count: number, amount: string }, won: { count: number, amount: string }, lost: { count: number, amount: string }, disbursed: { count: number, amount: string }, grades: Array<{ grade: number, count: number, outstanding: string }>, invoicesIssued: { count: number, amount: string }, targets: Array<{ metric: TargetMetric, target: string | null, actual: string, achievement: number | null }> }, recommendations: Array<{ code: string, title: string, evidence: Array<{ label: string, value: string }>, links: Array<{ type: string, id: string }> }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const UserFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserFields on User {
  id
  name
  email
  role
  segment
  active
  mustChangePassword
  officeId
  office {
    id
    name
  }
  version
}
    `, {"fragmentName":"UserFields"}) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const CampaignFieldsFragmentDoc = new TypedDocumentString(`
    fragment CampaignFields on Campaign {
  id
  name
  slug
  channel
  status
  startDate
  endDate
  budget
  spend
  leadGoal
  description
  formEnabled
  formUrl
  qrUrl
  version
  product {
    id
    name
  }
  figures {
    leads
    converted
    amountWon
    costPerLead
    goalProgress
  }
}
    `, {"fragmentName":"CampaignFields"}) as unknown as TypedDocumentString<CampaignFieldsFragment, unknown>;
export const ComplaintCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment ComplaintCardFields on Complaint {
  id
  status
  position
  channel
  priority
  category {
    id
    name
  }
  description
  client {
    id
    name
  }
  lead {
    id
    name
  }
  ownerId
  owner {
    id
    name
  }
  officeId
  receivedAt
  slaDueDate
  workingDaysLeft
  breached
  warning
  paused
  extended
  version
}
    `, {"fragmentName":"ComplaintCardFields"}) as unknown as TypedDocumentString<ComplaintCardFieldsFragment, unknown>;
export const ComplaintCategoryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ComplaintCategoryFields on ComplaintCategory {
  id
  name
  active
  slaWorkingDays
  slaExtensionDays
  slaWarningDays
  version
}
    `, {"fragmentName":"ComplaintCategoryFields"}) as unknown as TypedDocumentString<ComplaintCategoryFieldsFragment, unknown>;
export const ActivityFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActivityFields on Activity {
  id
  type
  dueAt
  doneAt
  outcome
  notes
  message
  leadId
  clientId
  lead {
    id
    fullName
    companyName
    phone
    officeId
  }
  client {
    id
    name
    phone
    officeId
  }
  reminderInvoice {
    id
    number
  }
}
    `, {"fragmentName":"ActivityFields"}) as unknown as TypedDocumentString<ActivityFieldsFragment, unknown>;
export const LeadCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment LeadCardFields on Lead {
  id
  fullName
  companyName
  phone
  source
  segment
  estimatedAmount
  stage
  position
  ownerId
  owner {
    id
    name
  }
  officeId
  stageEnteredAt
  nextActionAt
  lostReason
  lastActivityAt
  campaignId
  version
  latestOffer {
    id
    status
    product {
      id
      name
    }
  }
}
    `, {"fragmentName":"LeadCardFields"}) as unknown as TypedDocumentString<LeadCardFieldsFragment, unknown>;
export const CollectionCaseFieldsFragmentDoc = new TypedDocumentString(`
    fragment CollectionCaseFields on CollectionCaseCard {
  id
  loanId
  status
  position
  client {
    id
    name
  }
  officerId
  officer {
    id
    name
  }
  officeId
  daysPastDue
  arrears
  collectibility
  openedOn
  resolvedOn
  promise {
    promisedDate
    amount
    status
  }
  version
}
    `, {"fragmentName":"CollectionCaseFields"}) as unknown as TypedDocumentString<CollectionCaseFieldsFragment, unknown>;
export const OfferFieldsFragmentDoc = new TypedDocumentString(`
    fragment OfferFields on Offer {
  id
  status
  amount
  tenorMonths
  annualRate
  interestMethod
  validUntil
  declineReason
  version
  pdfUrl
  dsrPercent
  dsrOverLimit
  dsrLimitPercent
  product {
    id
    name
    kind
  }
  figures {
    fee
    feeVat
    depositInterest
    depositTax
    loan {
      installment
      totalInterest
      totalPaid
    }
  }
}
    `, {"fragmentName":"OfferFields"}) as unknown as TypedDocumentString<OfferFieldsFragment, unknown>;
export const StatementLineCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment StatementLineCardFields on StatementLineCard {
  id
  statementId
  state
  position
  date
  direction
  amount
  remark
  reference
  officeId
  officerId
  client {
    id
    name
  }
  target {
    kind
    id
    label
  }
  rule
  reasonCode
  reasonParams
  posted
  version
}
    `, {"fragmentName":"StatementLineCardFields"}) as unknown as TypedDocumentString<StatementLineCardFieldsFragment, unknown>;
export const TaskCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment TaskCardFields on TaskCard {
  id
  title
  status
  position
  campaignId
  campaign {
    id
    name
  }
  leadId
  requesterId
  requester {
    id
    name
  }
  assigneeId
  assignee {
    id
    name
  }
  officeId
  dueDate
  checklistDone
  checklistTotal
  commentCount
  version
}
    `, {"fragmentName":"TaskCardFields"}) as unknown as TypedDocumentString<TaskCardFieldsFragment, unknown>;
export const WorkReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment WorkReportFields on WorkReport {
  id
  officer {
    id
    name
  }
  office {
    id
    name
  }
  kind
  from
  to
  timeZone
  status
  plans
  obstacles
  submittedAt
  acknowledgedBy {
    id
    name
  }
  acknowledgedAt
  managerComment
  version
  pdfUrl
  csvUrl
  figures {
    newLeads
    leadsMoved
    stageMoves
    followUps {
      type
      count
    }
    followUpsDone
    visits
    offers {
      count
      amount
    }
    won {
      count
      amount
    }
    lost {
      count
      amount
    }
    disbursed {
      count
      amount
    }
    noa
    dueInPeriod
    paidOfDue
    collectionRate
    repaymentsReceived
    outstanding
    loansInArrears
    arrears
    par30
    grades {
      grade
      count
      outstanding
    }
    invoicesIssued {
      count
      amount
    }
    invoicesCollected
    complaintsReceived
    complaintsResolved
    complaintsOpen
    targets {
      metric
      target
      actual
      achievement
    }
  }
  recommendations {
    code
    title
    evidence {
      label
      value
    }
    links {
      type
      id
    }
  }
}
    `, {"fragmentName":"WorkReportFields"}) as unknown as TypedDocumentString<WorkReportFieldsFragment, unknown>;
export const AppSettingsDocument = new TypedDocumentString(`
    query AppSettings {
  appSettings {
    dsrLimitPercent
    organizationName
  }
}
    `) as unknown as TypedDocumentString<AppSettingsQuery, AppSettingsQueryVariables>;
export const OfficeZonesDocument = new TypedDocumentString(`
    query OfficeZones($first: Int, $after: String) {
  offices(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      timeZone
    }
  }
}
    `) as unknown as TypedDocumentString<OfficeZonesQuery, OfficeZonesQueryVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($filter: UserFilterInput, $first: Int, $after: String) {
  users(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...UserFields
    }
  }
}
    fragment UserFields on User {
  id
  name
  email
  role
  segment
  active
  mustChangePassword
  officeId
  office {
    id
    name
  }
  version
}`) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const UserDocument = new TypedDocumentString(`
    query User($id: ID!) {
  user(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  name
  email
  role
  segment
  active
  mustChangePassword
  officeId
  office {
    id
    name
  }
  version
}`) as unknown as TypedDocumentString<UserQuery, UserQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  name
  email
  role
  segment
  active
  mustChangePassword
  officeId
  office {
    id
    name
  }
  version
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  name
  email
  role
  segment
  active
  mustChangePassword
  officeId
  office {
    id
    name
  }
  version
}`) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const DeactivateUserDocument = new TypedDocumentString(`
    mutation DeactivateUser($id: ID!) {
  deactivateUser(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  name
  email
  role
  segment
  active
  mustChangePassword
  officeId
  office {
    id
    name
  }
  version
}`) as unknown as TypedDocumentString<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = new TypedDocumentString(`
    mutation ReactivateUser($id: ID!) {
  reactivateUser(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  name
  email
  role
  segment
  active
  mustChangePassword
  officeId
  office {
    id
    name
  }
  version
}`) as unknown as TypedDocumentString<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($id: ID!) {
  resetPassword(id: $id) {
    temporaryPassword
    user {
      ...UserFields
    }
  }
}
    fragment UserFields on User {
  id
  name
  email
  role
  segment
  active
  mustChangePassword
  officeId
  office {
    id
    name
  }
  version
}`) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ReassignPortfolioDocument = new TypedDocumentString(`
    mutation ReassignPortfolio($fromOfficerId: ID!, $toOfficerId: ID!, $reason: String!) {
  reassignPortfolio(
    fromOfficerId: $fromOfficerId
    toOfficerId: $toOfficerId
    reason: $reason
  ) {
    leads
    clients
    followUps
  }
}
    `) as unknown as TypedDocumentString<ReassignPortfolioMutation, ReassignPortfolioMutationVariables>;
export const OfficesDocument = new TypedDocumentString(`
    query Offices($first: Int, $after: String) {
  offices(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      code
      name
      parentId
      timeZone
      monthlyBudget
      version
    }
  }
}
    `) as unknown as TypedDocumentString<OfficesQuery, OfficesQueryVariables>;
export const CreateOfficeDocument = new TypedDocumentString(`
    mutation CreateOffice($input: CreateOfficeInput!) {
  createOffice(input: $input) {
    id
    code
    name
    parentId
    timeZone
    version
  }
}
    `) as unknown as TypedDocumentString<CreateOfficeMutation, CreateOfficeMutationVariables>;
export const UpdateOfficeDocument = new TypedDocumentString(`
    mutation UpdateOffice($input: UpdateOfficeInput!) {
  updateOffice(input: $input) {
    id
    code
    name
    parentId
    timeZone
    monthlyBudget
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateOfficeMutation, UpdateOfficeMutationVariables>;
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($entityType: String!, $entityId: ID!, $first: Int, $after: String) {
  auditTrail(
    entityType: $entityType
    entityId: $entityId
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      action
      at
      actor {
        id
        name
      }
      changes {
        field
        before
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;
export const AuditEntriesDocument = new TypedDocumentString(`
    query AuditEntries($filter: AuditFilterInput, $first: Int, $after: String) {
  auditEntries(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      action
      at
      entityType
      entityId
      fields
      actor {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEntriesQuery, AuditEntriesQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
    user {
      id
      name
      email
      role
      segment
      mustChangePassword
      office {
        id
        name
        timeZone
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    name
    email
    role
    segment
    mustChangePassword
    office {
      id
      name
      timeZone
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    token
    user {
      id
      mustChangePassword
    }
  }
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const CampaignsDocument = new TypedDocumentString(`
    query Campaigns($first: Int, $after: String) {
  campaigns(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...CampaignFields
    }
  }
}
    fragment CampaignFields on Campaign {
  id
  name
  slug
  channel
  status
  startDate
  endDate
  budget
  spend
  leadGoal
  description
  formEnabled
  formUrl
  qrUrl
  version
  product {
    id
    name
  }
  figures {
    leads
    converted
    amountWon
    costPerLead
    goalProgress
  }
}`) as unknown as TypedDocumentString<CampaignsQuery, CampaignsQueryVariables>;
export const CampaignDocument = new TypedDocumentString(`
    query Campaign($id: ID!) {
  campaign(id: $id) {
    ...CampaignFields
    leadsBrought(first: 50) {
      totalCount
      nodes {
        id
        fullName
        phone
        stage
        createdAt
      }
    }
  }
}
    fragment CampaignFields on Campaign {
  id
  name
  slug
  channel
  status
  startDate
  endDate
  budget
  spend
  leadGoal
  description
  formEnabled
  formUrl
  qrUrl
  version
  product {
    id
    name
  }
  figures {
    leads
    converted
    amountWon
    costPerLead
    goalProgress
  }
}`) as unknown as TypedDocumentString<CampaignQuery, CampaignQueryVariables>;
export const CreateCampaignDocument = new TypedDocumentString(`
    mutation CreateCampaign($input: CampaignFieldsInput!) {
  createCampaign(input: $input) {
    ...CampaignFields
  }
}
    fragment CampaignFields on Campaign {
  id
  name
  slug
  channel
  status
  startDate
  endDate
  budget
  spend
  leadGoal
  description
  formEnabled
  formUrl
  qrUrl
  version
  product {
    id
    name
  }
  figures {
    leads
    converted
    amountWon
    costPerLead
    goalProgress
  }
}`) as unknown as TypedDocumentString<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const UpdateCampaignDocument = new TypedDocumentString(`
    mutation UpdateCampaign($input: UpdateCampaignInput!) {
  updateCampaign(input: $input) {
    ...CampaignFields
  }
}
    fragment CampaignFields on Campaign {
  id
  name
  slug
  channel
  status
  startDate
  endDate
  budget
  spend
  leadGoal
  description
  formEnabled
  formUrl
  qrUrl
  version
  product {
    id
    name
  }
  figures {
    leads
    converted
    amountWon
    costPerLead
    goalProgress
  }
}`) as unknown as TypedDocumentString<UpdateCampaignMutation, UpdateCampaignMutationVariables>;
export const ImportLeadsDocument = new TypedDocumentString(`
    mutation ImportLeads($importId: ID!, $mapping: ImportMappingInput!) {
  importLeads(importId: $importId, mapping: $mapping) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ImportLeadsMutation, ImportLeadsMutationVariables>;
export const ClientsDocument = new TypedDocumentString(`
    query Clients($filter: ClientFilterInput, $first: Int, $after: String) {
  clients(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      cif
      name
      type
      phone
      status
      segment
      officer {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClientsQuery, ClientsQueryVariables>;
export const ClientDetailDocument = new TypedDocumentString(`
    query ClientDetail($id: ID!) {
  client(id: $id) {
    id
    cif
    type
    name
    nik
    npwp
    birthDate
    gender
    phone
    whatsapp
    email
    address
    segment
    status
    monthlyIncome
    existingInstallments
    version
    createdAt
    officer {
      id
      name
    }
    office {
      id
      name
    }
    sourceLead {
      id
      fullName
    }
    productsHeld {
      id
      amount
      tenorMonths
      product {
        id
        name
      }
    }
    offers {
      id
      status
      amount
      tenorMonths
      annualRate
      pdfUrl
      dsrPercent
      dsrOverLimit
      dsrLimitPercent
      product {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClientDetailQuery, ClientDetailQueryVariables>;
export const CreateClientDocument = new TypedDocumentString(`
    mutation CreateClient($input: ClientFieldsInput!) {
  createClient(input: $input) {
    id
    cif
  }
}
    `) as unknown as TypedDocumentString<CreateClientMutation, CreateClientMutationVariables>;
export const UpdateClientDocument = new TypedDocumentString(`
    mutation UpdateClient($input: UpdateClientInput!) {
  updateClient(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateClientMutation, UpdateClientMutationVariables>;
export const CollectionSheetDocument = new TypedDocumentString(`
    query CollectionSheet($officerId: ID, $date: LocalDate) {
  collectionSheet(officerId: $officerId, date: $date) {
    date
    timeZone
    officeName
    officer {
      id
      name
    }
    totalDue
    pdfUrl
    rows {
      loanId
      clientId
      clientName
      phone
      amountDue
      dueOnDate
      daysPastDue
      collectibility
      oldestDueDate
      nextDueDate
      lastPromise {
        promisedDate
        amount
        status
      }
      contactLinks {
        tel
        whatsapp
        sms
        whatsappUnavailable
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CollectionSheetQuery, CollectionSheetQueryVariables>;
export const PostSheetRepaymentDocument = new TypedDocumentString(`
    mutation PostSheetRepayment($input: PostRepaymentInput!) {
  postRepayment(input: $input) {
    id
    arrears
    daysPastDue
  }
}
    `) as unknown as TypedDocumentString<PostSheetRepaymentMutation, PostSheetRepaymentMutationVariables>;
export const ComplaintBoardDocument = new TypedDocumentString(`
    query ComplaintBoard($filter: ComplaintFilter, $perColumn: Int) {
  complaintBoard(filter: $filter, perColumn: $perColumn) {
    columns {
      status
      count
      breached
      wipLimit
      hardLimit
      hasMore
      endCursor
      cards {
        ...ComplaintCardFields
      }
    }
  }
}
    fragment ComplaintCardFields on Complaint {
  id
  status
  position
  channel
  priority
  category {
    id
    name
  }
  description
  client {
    id
    name
  }
  lead {
    id
    name
  }
  ownerId
  owner {
    id
    name
  }
  officeId
  receivedAt
  slaDueDate
  workingDaysLeft
  breached
  warning
  paused
  extended
  version
}`) as unknown as TypedDocumentString<ComplaintBoardQuery, ComplaintBoardQueryVariables>;
export const ComplaintColumnDocument = new TypedDocumentString(`
    query ComplaintColumn($status: ComplaintStatus!, $filter: ComplaintFilter, $after: String, $first: Int) {
  complaintColumn(status: $status, filter: $filter, after: $after, first: $first) {
    hasMore
    endCursor
    cards {
      ...ComplaintCardFields
    }
  }
}
    fragment ComplaintCardFields on Complaint {
  id
  status
  position
  channel
  priority
  category {
    id
    name
  }
  description
  client {
    id
    name
  }
  lead {
    id
    name
  }
  ownerId
  owner {
    id
    name
  }
  officeId
  receivedAt
  slaDueDate
  workingDaysLeft
  breached
  warning
  paused
  extended
  version
}`) as unknown as TypedDocumentString<ComplaintColumnQuery, ComplaintColumnQueryVariables>;
export const MoveComplaintDocument = new TypedDocumentString(`
    mutation MoveComplaint($input: MoveComplaintInput!) {
  moveComplaint(input: $input) {
    ...ComplaintCardFields
  }
}
    fragment ComplaintCardFields on Complaint {
  id
  status
  position
  channel
  priority
  category {
    id
    name
  }
  description
  client {
    id
    name
  }
  lead {
    id
    name
  }
  ownerId
  owner {
    id
    name
  }
  officeId
  receivedAt
  slaDueDate
  workingDaysLeft
  breached
  warning
  paused
  extended
  version
}`) as unknown as TypedDocumentString<MoveComplaintMutation, MoveComplaintMutationVariables>;
export const ComplaintDocument = new TypedDocumentString(`
    query Complaint($id: ID!) {
  complaint(id: $id) {
    ...ComplaintCardFields
    completeOn
    workingDaysUsed
    workingDaysAllowed
    extendedOn
    extensionReason
    extensionDays
    extensionToldVia
    extensionToldOn
    resolution
    policy {
      id
      name
    }
    outcome
    answerChannel
    answeredOn
    resolvedOn
    reopenUntil
    loanId
    product {
      id
      name
    }
    timeline {
      id
      kind
      status
      note
      actor {
        id
        name
      }
      at
    }
  }
}
    fragment ComplaintCardFields on Complaint {
  id
  status
  position
  channel
  priority
  category {
    id
    name
  }
  description
  client {
    id
    name
  }
  lead {
    id
    name
  }
  ownerId
  owner {
    id
    name
  }
  officeId
  receivedAt
  slaDueDate
  workingDaysLeft
  breached
  warning
  paused
  extended
  version
}`) as unknown as TypedDocumentString<ComplaintQuery, ComplaintQueryVariables>;
export const ClientComplaintsDocument = new TypedDocumentString(`
    query ClientComplaints($filter: ComplaintFilter, $first: Int, $after: String) {
  complaints(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ComplaintCardFields
      resolvedOn
    }
  }
}
    fragment ComplaintCardFields on Complaint {
  id
  status
  position
  channel
  priority
  category {
    id
    name
  }
  description
  client {
    id
    name
  }
  lead {
    id
    name
  }
  ownerId
  owner {
    id
    name
  }
  officeId
  receivedAt
  slaDueDate
  workingDaysLeft
  breached
  warning
  paused
  extended
  version
}`) as unknown as TypedDocumentString<ClientComplaintsQuery, ClientComplaintsQueryVariables>;
export const ComplaintListsDocument = new TypedDocumentString(`
    query ComplaintLists {
  complaintCategories {
    id
    name
  }
  resolutionPolicies {
    id
    name
    description
  }
}
    `) as unknown as TypedDocumentString<ComplaintListsQuery, ComplaintListsQueryVariables>;
export const CreateComplaintDocument = new TypedDocumentString(`
    mutation CreateComplaint($input: CreateComplaintInput!) {
  createComplaint(input: $input) {
    ...ComplaintCardFields
  }
}
    fragment ComplaintCardFields on Complaint {
  id
  status
  position
  channel
  priority
  category {
    id
    name
  }
  description
  client {
    id
    name
  }
  lead {
    id
    name
  }
  ownerId
  owner {
    id
    name
  }
  officeId
  receivedAt
  slaDueDate
  workingDaysLeft
  breached
  warning
  paused
  extended
  version
}`) as unknown as TypedDocumentString<CreateComplaintMutation, CreateComplaintMutationVariables>;
export const ExtendComplaintDocument = new TypedDocumentString(`
    mutation ExtendComplaint($id: ID!, $reason: String!, $toldVia: ComplaintChannel!, $toldOn: LocalDate!) {
  extendComplaint(id: $id, reason: $reason, toldVia: $toldVia, toldOn: $toldOn) {
    ...ComplaintCardFields
  }
}
    fragment ComplaintCardFields on Complaint {
  id
  status
  position
  channel
  priority
  category {
    id
    name
  }
  description
  client {
    id
    name
  }
  lead {
    id
    name
  }
  ownerId
  owner {
    id
    name
  }
  officeId
  receivedAt
  slaDueDate
  workingDaysLeft
  breached
  warning
  paused
  extended
  version
}`) as unknown as TypedDocumentString<ExtendComplaintMutation, ExtendComplaintMutationVariables>;
export const ReopenComplaintDocument = new TypedDocumentString(`
    mutation ReopenComplaint($id: ID!, $reason: String!) {
  reopenComplaint(id: $id, reason: $reason) {
    ...ComplaintCardFields
  }
}
    fragment ComplaintCardFields on Complaint {
  id
  status
  position
  channel
  priority
  category {
    id
    name
  }
  description
  client {
    id
    name
  }
  lead {
    id
    name
  }
  ownerId
  owner {
    id
    name
  }
  officeId
  receivedAt
  slaDueDate
  workingDaysLeft
  breached
  warning
  paused
  extended
  version
}`) as unknown as TypedDocumentString<ReopenComplaintMutation, ReopenComplaintMutationVariables>;
export const ResolveComplaintDocument = new TypedDocumentString(`
    mutation ResolveComplaint($input: ResolveComplaintInput!) {
  resolveComplaint(input: $input) {
    ...ComplaintCardFields
  }
}
    fragment ComplaintCardFields on Complaint {
  id
  status
  position
  channel
  priority
  category {
    id
    name
  }
  description
  client {
    id
    name
  }
  lead {
    id
    name
  }
  ownerId
  owner {
    id
    name
  }
  officeId
  receivedAt
  slaDueDate
  workingDaysLeft
  breached
  warning
  paused
  extended
  version
}`) as unknown as TypedDocumentString<ResolveComplaintMutation, ResolveComplaintMutationVariables>;
export const ComplaintReportDocument = new TypedDocumentString(`
    query ComplaintReport($from: LocalDate!, $to: LocalDate!, $officeId: ID) {
  complaintReport(from: $from, to: $to, officeId: $officeId) {
    total
    resolved
    resolvedOnTime
    openBreached
    slaCompliancePercent
    medianResolutionDays
    p90ResolutionDays
    byCategory {
      key
      count
    }
    byChannel {
      key
      count
    }
    byProduct {
      key
      count
    }
    byStatus {
      key
      count
    }
  }
}
    `) as unknown as TypedDocumentString<ComplaintReportQuery, ComplaintReportQueryVariables>;
export const WorkCalendarDocument = new TypedDocumentString(`
    query WorkCalendar($year: Int!, $officeId: ID) {
  workCalendar(year: $year, officeId: $officeId) {
    year
    officeId
    region
    workingDays
    editable
    holidays {
      date
      name
      kind
      region
    }
  }
}
    `) as unknown as TypedDocumentString<WorkCalendarQuery, WorkCalendarQueryVariables>;
export const SetHolidayDocument = new TypedDocumentString(`
    mutation SetHoliday($input: SetHolidayInput!) {
  setHoliday(input: $input) {
    region
  }
}
    `) as unknown as TypedDocumentString<SetHolidayMutation, SetHolidayMutationVariables>;
export const RemoveHolidayDocument = new TypedDocumentString(`
    mutation RemoveHoliday($input: RemoveHolidayInput!) {
  removeHoliday(input: $input) {
    region
  }
}
    `) as unknown as TypedDocumentString<RemoveHolidayMutation, RemoveHolidayMutationVariables>;
export const ComplaintReportCsvUrlDocument = new TypedDocumentString(`
    query ComplaintReportCsvUrl($from: LocalDate!, $to: LocalDate!, $officeId: ID) {
  complaintReportCsvUrl(from: $from, to: $to, officeId: $officeId)
}
    `) as unknown as TypedDocumentString<ComplaintReportCsvUrlQuery, ComplaintReportCsvUrlQueryVariables>;
export const ReassignComplaintDocument = new TypedDocumentString(`
    mutation ReassignComplaint($id: ID!, $ownerId: ID!) {
  reassignComplaint(id: $id, ownerId: $ownerId) {
    ...ComplaintCardFields
  }
}
    fragment ComplaintCardFields on Complaint {
  id
  status
  position
  channel
  priority
  category {
    id
    name
  }
  description
  client {
    id
    name
  }
  lead {
    id
    name
  }
  ownerId
  owner {
    id
    name
  }
  officeId
  receivedAt
  slaDueDate
  workingDaysLeft
  breached
  warning
  paused
  extended
  version
}`) as unknown as TypedDocumentString<ReassignComplaintMutation, ReassignComplaintMutationVariables>;
export const ComplaintSettingsDocument = new TypedDocumentString(`
    query ComplaintSettings {
  complaintCategories(includeRetired: true) {
    ...ComplaintCategoryFields
  }
  resolutionPolicies(includeRetired: true) {
    id
    name
    description
    active
    version
  }
  complaintSlaDefaults {
    workingDays
    extensionDays
    warningDays
    reopenDays
  }
  boardColumnSettings(board: "complaints") {
    columnKey
    wipLimit
    hardLimit
  }
}
    fragment ComplaintCategoryFields on ComplaintCategory {
  id
  name
  active
  slaWorkingDays
  slaExtensionDays
  slaWarningDays
  version
}`) as unknown as TypedDocumentString<ComplaintSettingsQuery, ComplaintSettingsQueryVariables>;
export const SaveComplaintCategoryDocument = new TypedDocumentString(`
    mutation SaveComplaintCategory($input: ComplaintCatalogInput!) {
  saveComplaintCategory(input: $input) {
    ...ComplaintCategoryFields
  }
}
    fragment ComplaintCategoryFields on ComplaintCategory {
  id
  name
  active
  slaWorkingDays
  slaExtensionDays
  slaWarningDays
  version
}`) as unknown as TypedDocumentString<SaveComplaintCategoryMutation, SaveComplaintCategoryMutationVariables>;
export const SaveResolutionPolicyDocument = new TypedDocumentString(`
    mutation SaveResolutionPolicy($input: ComplaintCatalogInput!) {
  saveResolutionPolicy(input: $input) {
    id
    name
    description
    active
    version
  }
}
    `) as unknown as TypedDocumentString<SaveResolutionPolicyMutation, SaveResolutionPolicyMutationVariables>;
export const UpdateComplaintWipLimitDocument = new TypedDocumentString(`
    mutation UpdateComplaintWipLimit($columnKey: String!, $wipLimit: Int) {
  updateBoardColumnSetting(
    board: "complaints"
    columnKey: $columnKey
    wipLimit: $wipLimit
    hardLimit: false
  ) {
    columnKey
    wipLimit
    hardLimit
  }
}
    `) as unknown as TypedDocumentString<UpdateComplaintWipLimitMutation, UpdateComplaintWipLimitMutationVariables>;
export const AgendaDocument = new TypedDocumentString(`
    query Agenda($date: LocalDate) {
  agenda(date: $date) {
    date
    overdue {
      ...ActivityFields
    }
    today {
      ...ActivityFields
    }
    upcoming {
      ...ActivityFields
    }
  }
}
    fragment ActivityFields on Activity {
  id
  type
  dueAt
  doneAt
  outcome
  notes
  message
  leadId
  clientId
  lead {
    id
    fullName
    companyName
    phone
    officeId
  }
  client {
    id
    name
    phone
    officeId
  }
  reminderInvoice {
    id
    number
  }
}`) as unknown as TypedDocumentString<AgendaQuery, AgendaQueryVariables>;
export const ContactLinksDocument = new TypedDocumentString(`
    query ContactLinks($id: ID!, $template: String) {
  activity(id: $id) {
    id
    contactLinks(template: $template) {
      tel
      whatsapp
      sms
      whatsappUnavailable
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ContactLinksQuery, ContactLinksQueryVariables>;
export const MessageTemplatesDocument = new TypedDocumentString(`
    query MessageTemplates($first: Int, $after: String) {
  messageTemplates(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      code
      name
      body
    }
  }
}
    `) as unknown as TypedDocumentString<MessageTemplatesQuery, MessageTemplatesQueryVariables>;
export const CompleteActivityDocument = new TypedDocumentString(`
    mutation CompleteActivity($input: CompleteActivityInput!) {
  completeActivity(input: $input) {
    completed {
      id
    }
    next {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CompleteActivityMutation, CompleteActivityMutationVariables>;
export const ScheduleActivityDocument = new TypedDocumentString(`
    mutation ScheduleActivity($input: ScheduleActivityInput!) {
  scheduleActivity(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScheduleActivityMutation, ScheduleActivityMutationVariables>;
export const LogActivityDocument = new TypedDocumentString(`
    mutation LogActivity($input: LogActivityInput!) {
  logActivity(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LogActivityMutation, LogActivityMutationVariables>;
export const TimelineDocument = new TypedDocumentString(`
    query Timeline($leadId: ID, $clientId: ID, $first: Int, $after: String) {
  timeline(leadId: $leadId, clientId: $clientId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      at
      kind
      code
      summary
      actorName
      latitude
      longitude
      productName
      amount
      tenorMonths
      note
      complaintId
    }
  }
}
    `) as unknown as TypedDocumentString<TimelineQuery, TimelineQueryVariables>;
export const StageSlasDocument = new TypedDocumentString(`
    query StageSlas {
  stageSlas {
    stage
    maxIdleDays
  }
}
    `) as unknown as TypedDocumentString<StageSlasQuery, StageSlasQueryVariables>;
export const StaleLeadsDocument = new TypedDocumentString(`
    query StaleLeads($ownerId: ID, $first: Int, $after: String) {
  staleLeads(ownerId: $ownerId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      fullName
      companyName
      stage
      daysInStage
      stageEnteredAt
      lastActivityAt
      owner {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaleLeadsQuery, StaleLeadsQueryVariables>;
export const CheckImportDocument = new TypedDocumentString(`
    query CheckImport($importId: ID!, $mapping: ImportMappingInput!) {
  checkImport(importId: $importId, mapping: $mapping) {
    validRows
    rejectedRows
    duplicateRows
    problems {
      rowNumber
      outcome
      reason
      reasons {
        code
        value
        max
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CheckImportQuery, CheckImportQueryVariables>;
export const LeadImportDocument = new TypedDocumentString(`
    query LeadImport($id: ID!) {
  leadImport(id: $id) {
    id
    status
    totalRows
    importedRows
    rejectedRows
    rejectedUrl
    error
    kind
  }
}
    `) as unknown as TypedDocumentString<LeadImportQuery, LeadImportQueryVariables>;
export const InvoicesDocument = new TypedDocumentString(`
    query Invoices($filter: InvoiceFilterInput, $first: Int, $after: String) {
  invoices(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      number
      kind
      status
      total
      amountDue
      dueDate
      overdue
      supplierName
      client {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InvoicesQuery, InvoicesQueryVariables>;
export const InvoiceDocument = new TypedDocumentString(`
    query Invoice($id: ID!) {
  invoice(id: $id) {
    id
    number
    kind
    status
    channel
    issueDate
    dueDate
    overdue
    subtotal
    taxBase
    tax
    total
    amountPaid
    amountDue
    version
    pdfUrl
    notes
    supplierName
    cancelReason
    handedOverDate
    handedOverTo
    client {
      id
      name
    }
    campaign {
      id
      name
    }
    lines {
      description
      quantity
      unitPrice
      taxCode
      amount
    }
    creditNote {
      number
      date
      total
    }
    delivery {
      state
      attempts
      lastError
      recipient
      sentAt
    }
    payments {
      paymentId
      amount
      date
      method
      reference
      paymentVersion
      reversedAt
      reversalReason
    }
    reminders {
      id
      step
      channel
      day
      recipient
      activityId
      deliveryState
    }
  }
}
    `) as unknown as TypedDocumentString<InvoiceQuery, InvoiceQueryVariables>;
export const CreateInvoiceDocument = new TypedDocumentString(`
    mutation CreateInvoice($input: CreateInvoiceInput!) {
  createInvoice(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateInvoiceMutation, CreateInvoiceMutationVariables>;
export const IssueInvoiceDocument = new TypedDocumentString(`
    mutation IssueInvoice($id: ID!, $channel: InvoiceChannel!) {
  issueInvoice(id: $id, channel: $channel) {
    id
  }
}
    `) as unknown as TypedDocumentString<IssueInvoiceMutation, IssueInvoiceMutationVariables>;
export const CancelInvoiceDocument = new TypedDocumentString(`
    mutation CancelInvoice($id: ID!, $reason: String!) {
  cancelInvoice(id: $id, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<CancelInvoiceMutation, CancelInvoiceMutationVariables>;
export const HandOverInvoiceDocument = new TypedDocumentString(`
    mutation HandOverInvoice($id: ID!, $date: LocalDate!, $receivedBy: String!) {
  markInvoiceHandedOver(id: $id, date: $date, receivedBy: $receivedBy) {
    id
  }
}
    `) as unknown as TypedDocumentString<HandOverInvoiceMutation, HandOverInvoiceMutationVariables>;
export const RecordPaymentDocument = new TypedDocumentString(`
    mutation RecordPayment($input: RecordPaymentInput!) {
  recordPayment(input: $input) {
    id
    unallocated
  }
}
    `) as unknown as TypedDocumentString<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const ReceivablesAgingDocument = new TypedDocumentString(`
    query ReceivablesAging($kind: InvoiceKind, $asOf: LocalDate, $officerId: ID) {
  receivablesAging(kind: $kind, asOf: $asOf, officerId: $officerId, first: 100) {
    asOf
    current
    d1to30
    d31to60
    d61to90
    over90
    total
    rowCount
    officers {
      officerId
      officerName
      current
      d1to30
      d31to60
      d61to90
      over90
      total
    }
    offices {
      officeId
      officeName
      current
      d1to30
      d31to60
      d61to90
      over90
      total
    }
    rows {
      client {
        id
        name
      }
      supplierName
      current
      d1to30
      d31to60
      d61to90
      over90
      total
    }
  }
}
    `) as unknown as TypedDocumentString<ReceivablesAgingQuery, ReceivablesAgingQueryVariables>;
export const InvoiceClientsDocument = new TypedDocumentString(`
    query InvoiceClients($filter: ClientFilterInput) {
  clients(filter: $filter, first: 50) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<InvoiceClientsQuery, InvoiceClientsQueryVariables>;
export const ReversePaymentDocument = new TypedDocumentString(`
    mutation ReversePayment($id: ID!, $reason: String!, $expectedVersion: Int) {
  reversePayment(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
    id
    version
    reversedAt
  }
}
    `) as unknown as TypedDocumentString<ReversePaymentMutation, ReversePaymentMutationVariables>;
export const TaxSummaryDocument = new TypedDocumentString(`
    query TaxSummary($month: String!, $officeId: ID) {
  taxSummary(month: $month, officeId: $officeId) {
    month
    outputTaxBase
    outputTax
    inputTaxBase
    inputTax
    csvUrl
    lines {
      invoiceId
      kind
      number
      issueDate
      partyName
      npwp
      taxBase
      tax
    }
  }
}
    `) as unknown as TypedDocumentString<TaxSummaryQuery, TaxSummaryQueryVariables>;
export const BackgroundJobsDocument = new TypedDocumentString(`
    query BackgroundJobs($filter: JobFilterInput, $first: Int, $after: String) {
  jobs(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      state
      progress
      attempts
      maxAttempts
      error
      createdAt
      updatedAt
      finishedAt
    }
  }
}
    `) as unknown as TypedDocumentString<BackgroundJobsQuery, BackgroundJobsQueryVariables>;
export const RetryJobDocument = new TypedDocumentString(`
    mutation RetryJob($id: String!) {
  retryJob(id: $id) {
    id
    state
    attempts
    error
    progress
  }
}
    `) as unknown as TypedDocumentString<RetryJobMutation, RetryJobMutationVariables>;
export const LeadBoardDocument = new TypedDocumentString(`
    query LeadBoard($filter: LeadFilterInput, $perColumn: Int) {
  leadBoard(filter: $filter, perColumn: $perColumn) {
    columns {
      stage
      count
      totalAmount
      weightedAmount
      probability
      hasMore
      endCursor
      cards {
        ...LeadCardFields
      }
    }
  }
}
    fragment LeadCardFields on Lead {
  id
  fullName
  companyName
  phone
  source
  segment
  estimatedAmount
  stage
  position
  ownerId
  owner {
    id
    name
  }
  officeId
  stageEnteredAt
  nextActionAt
  lostReason
  lastActivityAt
  campaignId
  version
  latestOffer {
    id
    status
    product {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<LeadBoardQuery, LeadBoardQueryVariables>;
export const LeadBoardTotalsDocument = new TypedDocumentString(`
    query LeadBoardTotals($filter: LeadFilterInput) {
  leadBoard(filter: $filter, perColumn: 1) {
    columns {
      stage
      count
      totalAmount
      weightedAmount
      probability
    }
  }
}
    `) as unknown as TypedDocumentString<LeadBoardTotalsQuery, LeadBoardTotalsQueryVariables>;
export const LeadColumnDocument = new TypedDocumentString(`
    query LeadColumn($stage: LeadStage!, $filter: LeadFilterInput, $after: String, $first: Int) {
  leadColumn(stage: $stage, filter: $filter, after: $after, first: $first) {
    hasMore
    endCursor
    cards {
      ...LeadCardFields
    }
  }
}
    fragment LeadCardFields on Lead {
  id
  fullName
  companyName
  phone
  source
  segment
  estimatedAmount
  stage
  position
  ownerId
  owner {
    id
    name
  }
  officeId
  stageEnteredAt
  nextActionAt
  lostReason
  lastActivityAt
  campaignId
  version
  latestOffer {
    id
    status
    product {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<LeadColumnQuery, LeadColumnQueryVariables>;
export const LeadDetailDocument = new TypedDocumentString(`
    query LeadDetail($id: ID!) {
  lead(id: $id) {
    ...LeadCardFields
    whatsapp
    email
    nik
    referrerName
    expectedCloseDate
    monthlyIncome
    existingInstallments
    notes
    productId
    clientId
    archivedAt
    createdAt
    daysInStage
    stageHistory {
      id
      fromStage
      toStage
      changedAt
      changedBy {
        id
        name
      }
    }
    assignments {
      id
      assignedAt
      reason
      fromOwner {
        id
        name
      }
      toOwner {
        id
        name
      }
      assignedBy {
        id
        name
      }
    }
  }
}
    fragment LeadCardFields on Lead {
  id
  fullName
  companyName
  phone
  source
  segment
  estimatedAmount
  stage
  position
  ownerId
  owner {
    id
    name
  }
  officeId
  stageEnteredAt
  nextActionAt
  lostReason
  lastActivityAt
  campaignId
  version
  latestOffer {
    id
    status
    product {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<LeadDetailQuery, LeadDetailQueryVariables>;
export const OfficersDocument = new TypedDocumentString(`
    query Officers($first: Int, $after: String) {
  users(filter: {role: OFFICER}, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      segment
      officeId
      office {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OfficersQuery, OfficersQueryVariables>;
export const LeadFormCampaignsDocument = new TypedDocumentString(`
    query LeadFormCampaigns($first: Int, $after: String) {
  campaigns(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      status
      channel
      startDate
      product {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LeadFormCampaignsQuery, LeadFormCampaignsQueryVariables>;
export const LeadFormProductsDocument = new TypedDocumentString(`
    query LeadFormProducts($first: Int, $after: String) {
  products(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<LeadFormProductsQuery, LeadFormProductsQueryVariables>;
export const CreateLeadDocument = new TypedDocumentString(`
    mutation CreateLead($input: CreateLeadInput!) {
  createLead(input: $input) {
    ...LeadCardFields
  }
}
    fragment LeadCardFields on Lead {
  id
  fullName
  companyName
  phone
  source
  segment
  estimatedAmount
  stage
  position
  ownerId
  owner {
    id
    name
  }
  officeId
  stageEnteredAt
  nextActionAt
  lostReason
  lastActivityAt
  campaignId
  version
  latestOffer {
    id
    status
    product {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<CreateLeadMutation, CreateLeadMutationVariables>;
export const UpdateLeadDocument = new TypedDocumentString(`
    mutation UpdateLead($input: UpdateLeadInput!) {
  updateLead(input: $input) {
    ...LeadCardFields
  }
}
    fragment LeadCardFields on Lead {
  id
  fullName
  companyName
  phone
  source
  segment
  estimatedAmount
  stage
  position
  ownerId
  owner {
    id
    name
  }
  officeId
  stageEnteredAt
  nextActionAt
  lostReason
  lastActivityAt
  campaignId
  version
  latestOffer {
    id
    status
    product {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<UpdateLeadMutation, UpdateLeadMutationVariables>;
export const MoveLeadDocument = new TypedDocumentString(`
    mutation MoveLead($input: MoveLeadInput!) {
  moveLead(input: $input) {
    ...LeadCardFields
  }
}
    fragment LeadCardFields on Lead {
  id
  fullName
  companyName
  phone
  source
  segment
  estimatedAmount
  stage
  position
  ownerId
  owner {
    id
    name
  }
  officeId
  stageEnteredAt
  nextActionAt
  lostReason
  lastActivityAt
  campaignId
  version
  latestOffer {
    id
    status
    product {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<MoveLeadMutation, MoveLeadMutationVariables>;
export const ArchiveLeadDocument = new TypedDocumentString(`
    mutation ArchiveLead($id: ID!) {
  archiveLead(id: $id) {
    ...LeadCardFields
  }
}
    fragment LeadCardFields on Lead {
  id
  fullName
  companyName
  phone
  source
  segment
  estimatedAmount
  stage
  position
  ownerId
  owner {
    id
    name
  }
  officeId
  stageEnteredAt
  nextActionAt
  lostReason
  lastActivityAt
  campaignId
  version
  latestOffer {
    id
    status
    product {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ArchiveLeadMutation, ArchiveLeadMutationVariables>;
export const ClaimLeadDocument = new TypedDocumentString(`
    mutation ClaimLead($id: ID!) {
  claimLead(id: $id) {
    ...LeadCardFields
  }
}
    fragment LeadCardFields on Lead {
  id
  fullName
  companyName
  phone
  source
  segment
  estimatedAmount
  stage
  position
  ownerId
  owner {
    id
    name
  }
  officeId
  stageEnteredAt
  nextActionAt
  lostReason
  lastActivityAt
  campaignId
  version
  latestOffer {
    id
    status
    product {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ClaimLeadMutation, ClaimLeadMutationVariables>;
export const ReassignLeadDocument = new TypedDocumentString(`
    mutation ReassignLead($id: ID!, $ownerId: ID!, $reason: String) {
  reassignLead(id: $id, ownerId: $ownerId, reason: $reason) {
    ...LeadCardFields
  }
}
    fragment LeadCardFields on Lead {
  id
  fullName
  companyName
  phone
  source
  segment
  estimatedAmount
  stage
  position
  ownerId
  owner {
    id
    name
  }
  officeId
  stageEnteredAt
  nextActionAt
  lostReason
  lastActivityAt
  campaignId
  version
  latestOffer {
    id
    status
    product {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ReassignLeadMutation, ReassignLeadMutationVariables>;
export const LeadExportUrlDocument = new TypedDocumentString(`
    query LeadExportUrl($format: String!, $filter: LeadFilterInput) {
  leadExportUrl(format: $format, filter: $filter)
}
    `) as unknown as TypedDocumentString<LeadExportUrlQuery, LeadExportUrlQueryVariables>;
export const LoanAdminDocument = new TypedDocumentString(`
    query LoanAdmin {
  loanBookSetting {
    institutionType
  }
  collectibilityRuleSets {
    id
    institutionType
    effectiveFrom
    maxDaysPastDue
    pastMaturityMinGrade
    restructureUpgradeAfter
    restructureUpgradeGrades
    createdAt
  }
  loanProductTerms {
    productId
    allocationPreset
    graceDays
    toleranceAmount
    penaltyPercentPerDay
  }
  products(filter: {kind: LOAN, active: null}, first: 100) {
    nodes {
      id
      code
      name
      active
    }
  }
}
    `) as unknown as TypedDocumentString<LoanAdminQuery, LoanAdminQueryVariables>;
export const UpdateInstitutionTypeDocument = new TypedDocumentString(`
    mutation UpdateInstitutionType($institutionType: InstitutionType!) {
  updateInstitutionType(institutionType: $institutionType) {
    institutionType
  }
}
    `) as unknown as TypedDocumentString<UpdateInstitutionTypeMutation, UpdateInstitutionTypeMutationVariables>;
export const UpdateCollectibilityRuleSetDocument = new TypedDocumentString(`
    mutation UpdateCollectibilityRuleSet($input: UpdateCollectibilityRuleSetInput!) {
  updateCollectibilityRuleSet(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateCollectibilityRuleSetMutation, UpdateCollectibilityRuleSetMutationVariables>;
export const UpdateLoanProductTermsDocument = new TypedDocumentString(`
    mutation UpdateLoanProductTerms($input: UpdateLoanProductTermsInput!) {
  updateLoanProductTerms(input: $input) {
    productId
  }
}
    `) as unknown as TypedDocumentString<UpdateLoanProductTermsMutation, UpdateLoanProductTermsMutationVariables>;
export const CollectionBoardDocument = new TypedDocumentString(`
    query CollectionBoard($filter: CollectionBoardFilter, $perColumn: Int) {
  collectionBoard(filter: $filter, perColumn: $perColumn) {
    columns {
      status
      count
      total
      hasMore
      endCursor
      cards {
        ...CollectionCaseFields
      }
    }
  }
}
    fragment CollectionCaseFields on CollectionCaseCard {
  id
  loanId
  status
  position
  client {
    id
    name
  }
  officerId
  officer {
    id
    name
  }
  officeId
  daysPastDue
  arrears
  collectibility
  openedOn
  resolvedOn
  promise {
    promisedDate
    amount
    status
  }
  version
}`) as unknown as TypedDocumentString<CollectionBoardQuery, CollectionBoardQueryVariables>;
export const CollectionColumnDocument = new TypedDocumentString(`
    query CollectionColumn($status: CollectionColumn!, $filter: CollectionBoardFilter, $after: String, $first: Int) {
  collectionColumn(status: $status, filter: $filter, after: $after, first: $first) {
    hasMore
    endCursor
    cards {
      ...CollectionCaseFields
    }
  }
}
    fragment CollectionCaseFields on CollectionCaseCard {
  id
  loanId
  status
  position
  client {
    id
    name
  }
  officerId
  officer {
    id
    name
  }
  officeId
  daysPastDue
  arrears
  collectibility
  openedOn
  resolvedOn
  promise {
    promisedDate
    amount
    status
  }
  version
}`) as unknown as TypedDocumentString<CollectionColumnQuery, CollectionColumnQueryVariables>;
export const MoveCollectionCaseDocument = new TypedDocumentString(`
    mutation MoveCollectionCase($input: MoveCollectionCaseInput!) {
  moveCollectionCase(input: $input) {
    ...CollectionCaseFields
  }
}
    fragment CollectionCaseFields on CollectionCaseCard {
  id
  loanId
  status
  position
  client {
    id
    name
  }
  officerId
  officer {
    id
    name
  }
  officeId
  daysPastDue
  arrears
  collectibility
  openedOn
  resolvedOn
  promise {
    promisedDate
    amount
    status
  }
  version
}`) as unknown as TypedDocumentString<MoveCollectionCaseMutation, MoveCollectionCaseMutationVariables>;
export const RecordPaymentPromiseDocument = new TypedDocumentString(`
    mutation RecordPaymentPromise($input: RecordPaymentPromiseInput!) {
  recordPaymentPromise(input: $input) {
    id
    status
    promisedDate
    amount
  }
}
    `) as unknown as TypedDocumentString<RecordPaymentPromiseMutation, RecordPaymentPromiseMutationVariables>;
export const LoansDocument = new TypedDocumentString(`
    query Loans($filter: LoanFilterInput, $first: Int, $after: String) {
  loans(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      status
      principal
      outstandingPrincipal
      arrears
      daysPastDue
      collectibility
      maturityDate
      client {
        id
        name
        cif
      }
      product {
        id
        name
      }
      officer {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoansQuery, LoansQueryVariables>;
export const LoanDetailDocument = new TypedDocumentString(`
    query LoanDetail($id: ID!) {
  loan(id: $id) {
    id
    version
    status
    principal
    annualRate
    tenorMonths
    interestMethod
    outstandingPrincipal
    arrears
    creditBalance
    daysPastDue
    collectibility
    positionAsOf
    disbursementDate
    maturityDate
    externalNumber
    scheduleVersion
    restructuredFromGrade
    closedDate
    writtenOffPrincipal
    writeOffReason
    recovered
    client {
      id
      name
      cif
    }
    product {
      id
      name
      maxRate
    }
    officer {
      id
      name
    }
    office {
      id
      name
      timeZone
    }
    schedule {
      number
      dueDate
      principal
      interest
      paidPrincipal
      paidInterest
      penalty
      paidPenalty
      paidDate
    }
    promises {
      id
      status
      madeOn
      promisedDate
      amount
      resolvedOn
    }
    repayments {
      id
      amount
      valueDate
      channel
      reference
      reversed
      reversalReason
      scheduleVersion
      recovery
    }
    scheduleVersions {
      version
      kind
      current
      effectiveDate
      principal
      capitalisedArrears
      carriedArrears
      annualRate
      tenorMonths
      gradeBefore
      reason
      installments {
        number
        dueDate
        principal
        interest
        paidPrincipal
        paidInterest
        penalty
        paidPenalty
        paidDate
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoanDetailQuery, LoanDetailQueryVariables>;
export const ClientLoansDocument = new TypedDocumentString(`
    query ClientLoans($id: ID!) {
  client(id: $id) {
    id
    collectibility
    loans {
      id
      offerId
      status
      principal
      outstandingPrincipal
      daysPastDue
      collectibility
      product {
        id
        name
      }
    }
    offers {
      id
      status
      amount
      tenorMonths
      product {
        id
        name
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClientLoansQuery, ClientLoansQueryVariables>;
export const DisburseLoanDocument = new TypedDocumentString(`
    mutation DisburseLoan($input: DisburseLoanInput!) {
  disburseLoan(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DisburseLoanMutation, DisburseLoanMutationVariables>;
export const PostRepaymentDocument = new TypedDocumentString(`
    mutation PostRepayment($input: PostRepaymentInput!) {
  postRepayment(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PostRepaymentMutation, PostRepaymentMutationVariables>;
export const ReverseRepaymentDocument = new TypedDocumentString(`
    mutation ReverseRepayment($id: ID!, $reason: String!) {
  reverseRepayment(id: $id, reason: $reason) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ReverseRepaymentMutation, ReverseRepaymentMutationVariables>;
export const ClosedMonthEndsDocument = new TypedDocumentString(`
    query ClosedMonthEnds {
  closedMonthEnds
}
    `) as unknown as TypedDocumentString<ClosedMonthEndsQuery, ClosedMonthEndsQueryVariables>;
export const LoanMonthEndExportUrlDocument = new TypedDocumentString(`
    query LoanMonthEndExportUrl($monthEnd: LocalDate!) {
  loanMonthEndExportUrl(monthEnd: $monthEnd)
}
    `) as unknown as TypedDocumentString<LoanMonthEndExportUrlQuery, LoanMonthEndExportUrlQueryVariables>;
export const CheckLoanImportDocument = new TypedDocumentString(`
    query CheckLoanImport($importId: ID!, $mapping: LoanImportMappingInput!) {
  checkLoanImport(importId: $importId, mapping: $mapping) {
    validRows
    rejectedRows
    duplicateRows
    problems {
      rowNumber
      outcome
      reason
      reasons {
        code
        value
        max
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CheckLoanImportQuery, CheckLoanImportQueryVariables>;
export const ImportLoansDocument = new TypedDocumentString(`
    mutation ImportLoans($importId: ID!, $mapping: LoanImportMappingInput!) {
  importLoans(importId: $importId, mapping: $mapping) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ImportLoansMutation, ImportLoansMutationVariables>;
export const RestructureLoanDocument = new TypedDocumentString(`
    mutation RestructureLoan($input: RestructureLoanInput!) {
  restructureLoan(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<RestructureLoanMutation, RestructureLoanMutationVariables>;
export const WriteOffLoanDocument = new TypedDocumentString(`
    mutation WriteOffLoan($input: WriteOffLoanInput!) {
  writeOffLoan(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<WriteOffLoanMutation, WriteOffLoanMutationVariables>;
export const CashFlowDocument = new TypedDocumentString(`
    query CashFlow($from: LocalDate!, $to: LocalDate!, $officeId: ID, $officerId: ID) {
  cashFlow(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {
    months {
      month
      moneyIn
      moneyOut
      net
      principal
      interest
      penalty
      repaymentCredit
      receivablesCollected
      disbursed
      payablesPaid
    }
  }
}
    `) as unknown as TypedDocumentString<CashFlowQuery, CashFlowQueryVariables>;
export const BudgetVsActualDocument = new TypedDocumentString(`
    query BudgetVsActual($from: LocalDate!, $to: LocalDate!, $officeId: ID) {
  budgetVsActual(from: $from, to: $to, officeId: $officeId) {
    lines {
      kind
      id
      name
      budget
      spend
      remaining
      leads
      won
      disbursed
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetVsActualQuery, BudgetVsActualQueryVariables>;
export const JournalExportDocument = new TypedDocumentString(`
    query JournalExport($month: String!, $officeId: ID) {
  journalExport(month: $month, officeId: $officeId) {
    url
    month
    lineCount
    debitTotal
    creditTotal
  }
}
    `) as unknown as TypedDocumentString<JournalExportQuery, JournalExportQueryVariables>;
export const AccountMappingDocument = new TypedDocumentString(`
    query AccountMapping {
  accountMapping {
    id
    account
    productId
    code
    name
    version
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<AccountMappingQuery, AccountMappingQueryVariables>;
export const SetAccountMappingDocument = new TypedDocumentString(`
    mutation SetAccountMapping($input: SetAccountMappingInput!) {
  setAccountMapping(input: $input) {
    id
    account
    productId
    code
    name
    version
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<SetAccountMappingMutation, SetAccountMappingMutationVariables>;
export const MappingProductsDocument = new TypedDocumentString(`
    query MappingProducts {
  products(filter: {kind: LOAN, active: null}, first: 100) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MappingProductsQuery, MappingProductsQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($unreadOnly: Boolean!, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      type
      title
      body
      link
      params
      readAt
      createdAt
    }
  }
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const LeadSalesDocument = new TypedDocumentString(`
    query LeadSales($id: ID!) {
  lead(id: $id) {
    id
    documentChecklist {
      code
      label
      received
    }
    client {
      id
      cif
      name
    }
  }
}
    `) as unknown as TypedDocumentString<LeadSalesQuery, LeadSalesQueryVariables>;
export const WonOfferDocument = new TypedDocumentString(`
    query WonOffer($leadId: ID!) {
  offers(filter: {leadId: $leadId, status: ACCEPTED}, first: 1) {
    nodes {
      ...OfferFields
    }
  }
}
    fragment OfferFields on Offer {
  id
  status
  amount
  tenorMonths
  annualRate
  interestMethod
  validUntil
  declineReason
  version
  pdfUrl
  dsrPercent
  dsrOverLimit
  dsrLimitPercent
  product {
    id
    name
    kind
  }
  figures {
    fee
    feeVat
    depositInterest
    depositTax
    loan {
      installment
      totalInterest
      totalPaid
    }
  }
}`) as unknown as TypedDocumentString<WonOfferQuery, WonOfferQueryVariables>;
export const LeadOffersDocument = new TypedDocumentString(`
    query LeadOffers($leadId: ID!, $first: Int, $after: String) {
  offers(filter: {leadId: $leadId}, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...OfferFields
    }
  }
}
    fragment OfferFields on Offer {
  id
  status
  amount
  tenorMonths
  annualRate
  interestMethod
  validUntil
  declineReason
  version
  pdfUrl
  dsrPercent
  dsrOverLimit
  dsrLimitPercent
  product {
    id
    name
    kind
  }
  figures {
    fee
    feeVat
    depositInterest
    depositTax
    loan {
      installment
      totalInterest
      totalPaid
    }
  }
}`) as unknown as TypedDocumentString<LeadOffersQuery, LeadOffersQueryVariables>;
export const CreateOfferDocument = new TypedDocumentString(`
    mutation CreateOffer($input: CreateOfferInput!) {
  createOffer(input: $input) {
    ...OfferFields
  }
}
    fragment OfferFields on Offer {
  id
  status
  amount
  tenorMonths
  annualRate
  interestMethod
  validUntil
  declineReason
  version
  pdfUrl
  dsrPercent
  dsrOverLimit
  dsrLimitPercent
  product {
    id
    name
    kind
  }
  figures {
    fee
    feeVat
    depositInterest
    depositTax
    loan {
      installment
      totalInterest
      totalPaid
    }
  }
}`) as unknown as TypedDocumentString<CreateOfferMutation, CreateOfferMutationVariables>;
export const PresentOfferDocument = new TypedDocumentString(`
    mutation PresentOffer($id: ID!) {
  presentOffer(id: $id) {
    ...OfferFields
  }
}
    fragment OfferFields on Offer {
  id
  status
  amount
  tenorMonths
  annualRate
  interestMethod
  validUntil
  declineReason
  version
  pdfUrl
  dsrPercent
  dsrOverLimit
  dsrLimitPercent
  product {
    id
    name
    kind
  }
  figures {
    fee
    feeVat
    depositInterest
    depositTax
    loan {
      installment
      totalInterest
      totalPaid
    }
  }
}`) as unknown as TypedDocumentString<PresentOfferMutation, PresentOfferMutationVariables>;
export const AcceptOfferDocument = new TypedDocumentString(`
    mutation AcceptOffer($id: ID!) {
  acceptOffer(id: $id) {
    ...OfferFields
  }
}
    fragment OfferFields on Offer {
  id
  status
  amount
  tenorMonths
  annualRate
  interestMethod
  validUntil
  declineReason
  version
  pdfUrl
  dsrPercent
  dsrOverLimit
  dsrLimitPercent
  product {
    id
    name
    kind
  }
  figures {
    fee
    feeVat
    depositInterest
    depositTax
    loan {
      installment
      totalInterest
      totalPaid
    }
  }
}`) as unknown as TypedDocumentString<AcceptOfferMutation, AcceptOfferMutationVariables>;
export const DeclineOfferDocument = new TypedDocumentString(`
    mutation DeclineOffer($id: ID!, $reason: String!) {
  declineOffer(id: $id, reason: $reason) {
    ...OfferFields
  }
}
    fragment OfferFields on Offer {
  id
  status
  amount
  tenorMonths
  annualRate
  interestMethod
  validUntil
  declineReason
  version
  pdfUrl
  dsrPercent
  dsrOverLimit
  dsrLimitPercent
  product {
    id
    name
    kind
  }
  figures {
    fee
    feeVat
    depositInterest
    depositTax
    loan {
      installment
      totalInterest
      totalPaid
    }
  }
}`) as unknown as TypedDocumentString<DeclineOfferMutation, DeclineOfferMutationVariables>;
export const SetLeadDocumentDocument = new TypedDocumentString(`
    mutation SetLeadDocument($leadId: ID!, $code: String!, $received: Boolean!) {
  setLeadDocument(leadId: $leadId, code: $code, received: $received) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetLeadDocumentMutation, SetLeadDocumentMutationVariables>;
export const CreateProductDocument = new TypedDocumentString(`
    mutation CreateProduct($input: ProductFieldsInput!) {
  createProduct(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateProductMutation, CreateProductMutationVariables>;
export const UpdateProductDocument = new TypedDocumentString(`
    mutation UpdateProduct($input: UpdateProductInput!) {
  updateProduct(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateProductMutation, UpdateProductMutationVariables>;
export const ProductsDocument = new TypedDocumentString(`
    query Products($filter: ProductFilterInput, $first: Int, $after: String) {
  products(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      code
      name
      kind
      segment
      interestMethod
      minRate
      maxRate
      minTenorMonths
      maxTenorMonths
      minAmount
      maxAmount
      fee
      vatTreatment
      description
      active
      version
      requirements {
        code
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProductsQuery, ProductsQueryVariables>;
export const ReconciliationBoardDocument = new TypedDocumentString(`
    query ReconciliationBoard($statementId: ID, $perColumn: Int) {
  reconciliationBoard(statementId: $statementId, perColumn: $perColumn) {
    columns {
      state
      count
      total
      hasMore
      endCursor
      cards {
        ...StatementLineCardFields
      }
    }
  }
}
    fragment StatementLineCardFields on StatementLineCard {
  id
  statementId
  state
  position
  date
  direction
  amount
  remark
  reference
  officeId
  officerId
  client {
    id
    name
  }
  target {
    kind
    id
    label
  }
  rule
  reasonCode
  reasonParams
  posted
  version
}`) as unknown as TypedDocumentString<ReconciliationBoardQuery, ReconciliationBoardQueryVariables>;
export const ReconciliationColumnDocument = new TypedDocumentString(`
    query ReconciliationColumn($state: StatementLineState!, $statementId: ID, $after: String, $first: Int) {
  reconciliationColumn(
    state: $state
    statementId: $statementId
    after: $after
    first: $first
  ) {
    hasMore
    endCursor
    cards {
      ...StatementLineCardFields
    }
  }
}
    fragment StatementLineCardFields on StatementLineCard {
  id
  statementId
  state
  position
  date
  direction
  amount
  remark
  reference
  officeId
  officerId
  client {
    id
    name
  }
  target {
    kind
    id
    label
  }
  rule
  reasonCode
  reasonParams
  posted
  version
}`) as unknown as TypedDocumentString<ReconciliationColumnQuery, ReconciliationColumnQueryVariables>;
export const ConfirmStatementMatchDocument = new TypedDocumentString(`
    mutation ConfirmStatementMatch($input: ConfirmStatementMatchInput!) {
  confirmStatementMatch(input: $input) {
    ...StatementLineCardFields
  }
}
    fragment StatementLineCardFields on StatementLineCard {
  id
  statementId
  state
  position
  date
  direction
  amount
  remark
  reference
  officeId
  officerId
  client {
    id
    name
  }
  target {
    kind
    id
    label
  }
  rule
  reasonCode
  reasonParams
  posted
  version
}`) as unknown as TypedDocumentString<ConfirmStatementMatchMutation, ConfirmStatementMatchMutationVariables>;
export const RejectStatementMatchDocument = new TypedDocumentString(`
    mutation RejectStatementMatch($input: RejectStatementMatchInput!) {
  rejectStatementMatch(input: $input) {
    ...StatementLineCardFields
  }
}
    fragment StatementLineCardFields on StatementLineCard {
  id
  statementId
  state
  position
  date
  direction
  amount
  remark
  reference
  officeId
  officerId
  client {
    id
    name
  }
  target {
    kind
    id
    label
  }
  rule
  reasonCode
  reasonParams
  posted
  version
}`) as unknown as TypedDocumentString<RejectStatementMatchMutation, RejectStatementMatchMutationVariables>;
export const UnmatchStatementLineDocument = new TypedDocumentString(`
    mutation UnmatchStatementLine($input: UnmatchStatementLineInput!) {
  unmatchStatementLine(input: $input) {
    ...StatementLineCardFields
  }
}
    fragment StatementLineCardFields on StatementLineCard {
  id
  statementId
  state
  position
  date
  direction
  amount
  remark
  reference
  officeId
  officerId
  client {
    id
    name
  }
  target {
    kind
    id
    label
  }
  rule
  reasonCode
  reasonParams
  posted
  version
}`) as unknown as TypedDocumentString<UnmatchStatementLineMutation, UnmatchStatementLineMutationVariables>;
export const StatementMatchCandidatesDocument = new TypedDocumentString(`
    query StatementMatchCandidates($lineId: ID!, $search: String, $first: Int) {
  statementMatchCandidates(lineId: $lineId, search: $search, first: $first) {
    kind
    id
    label
    party
    amountDue
    dueDate
  }
}
    `) as unknown as TypedDocumentString<StatementMatchCandidatesQuery, StatementMatchCandidatesQueryVariables>;
export const BankStatementsDocument = new TypedDocumentString(`
    query BankStatements($first: Int, $after: String) {
  bankStatements(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      account
      format
      fileName
      periodFrom
      periodTo
      status
      progress
      lineCount
      duplicateCount
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<BankStatementsQuery, BankStatementsQueryVariables>;
export const BankStatementDocument = new TypedDocumentString(`
    query BankStatement($id: ID!, $after: String) {
  bankStatement(id: $id) {
    id
    account
    format
    fileName
    periodFrom
    periodTo
    status
    progress
    lineCount
    duplicateCount
    lines(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...StatementLineCardFields
      }
    }
  }
}
    fragment StatementLineCardFields on StatementLineCard {
  id
  statementId
  state
  position
  date
  direction
  amount
  remark
  reference
  officeId
  officerId
  client {
    id
    name
  }
  target {
    kind
    id
    label
  }
  rule
  reasonCode
  reasonParams
  posted
  version
}`) as unknown as TypedDocumentString<BankStatementQuery, BankStatementQueryVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard($from: LocalDate!, $to: LocalDate!, $officeId: ID, $officerId: ID, $grouping: ReportGrouping, $month: String!, $forecastFrom: LocalDate!, $forecastTo: LocalDate!) {
  salesFunnel(
    from: $from
    to: $to
    officeId: $officeId
    officerId: $officerId
    grouping: $grouping
  ) {
    stages {
      stage
      entered
      conversionToNext
    }
    series {
      period
      stage
      entered
    }
  }
  pipelineVelocity(
    from: $from
    to: $to
    officeId: $officeId
    officerId: $officerId
  ) {
    stages {
      stage
      medianDays
      p90Days
      sampleSize
    }
    medianDaysToWin
    wonSampleSize
  }
  forecast(
    from: $forecastFrom
    to: $forecastTo
    officeId: $officeId
    officerId: $officerId
  ) {
    months {
      month
      leadCount
      weightedAmount
      defaultWeightedAmount
    }
    probabilities {
      stage
      probability
      defaultProbability
      sampleSize
    }
  }
  winLoss(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {
    wonCount
    wonAmount
    lostCount
    lostAmount
    winRate
    rows {
      dimension
      key
      label
      wonCount
      wonAmount
      lostCount
      lostAmount
    }
  }
  campaignReturn(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {
    rows {
      campaignId
      name
      spend
      leads
      costPerLead
      wonCount
      costPerWon
      disbursement
      disbursementPerRupiah
    }
  }
  portfolioTrend(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {
    points {
      monthEnd
      loanCount
      outstanding
      npl
      par30
    }
  }
  receivablesTrend(
    from: $from
    to: $to
    officeId: $officeId
    officerId: $officerId
    grouping: $grouping
  ) {
    points {
      period
      periodEnd
      outstanding
      overdue
      current
      d1to30
      d31to60
      d61to90
      over90
      issued
      collected
    }
  }
  complaintSlaTrend(
    from: $from
    to: $to
    officeId: $officeId
    officerId: $officerId
    grouping: $grouping
  ) {
    points {
      period
      periodEnd
      received
      resolved
      resolvedWithinSla
      breached
      compliance
      openPastDeadline
    }
  }
  officerPerformance(month: $month, officeId: $officeId, officerId: $officerId) {
    month
    rows {
      officer {
        id
        name
      }
      newLeads
      followUpsDone
      visits
      offers
      wonCount
      wonAmount
      noa
      disbursement
      outstanding
      collectionRate
      par30
      targets {
        metric
        target
        actual
        achievement
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const ReportOfficesDocument = new TypedDocumentString(`
    query ReportOffices {
  offices(first: 100) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ReportOfficesQuery, ReportOfficesQueryVariables>;
export const SetTargetsDocument = new TypedDocumentString(`
    mutation SetTargets($input: SetTargetsInput!) {
  setTargets(input: $input) {
    id
    officerId
    month
    metric
    value
    version
  }
}
    `) as unknown as TypedDocumentString<SetTargetsMutation, SetTargetsMutationVariables>;
export const RecommendationsDocument = new TypedDocumentString(`
    query Recommendations($from: LocalDate!, $to: LocalDate!, $officeId: ID) {
  recommendations(from: $from, to: $to, officeId: $officeId) {
    code
    title
    detail
    evidence {
      label
      value
    }
    links {
      type
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RecommendationsQuery, RecommendationsQueryVariables>;
export const AllMessageTemplatesDocument = new TypedDocumentString(`
    query AllMessageTemplates($first: Int, $after: String) {
  messageTemplates(includeInactive: true, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      code
      name
      body
      active
      version
    }
  }
}
    `) as unknown as TypedDocumentString<AllMessageTemplatesQuery, AllMessageTemplatesQueryVariables>;
export const CreateMessageTemplateDocument = new TypedDocumentString(`
    mutation CreateMessageTemplate($input: MessageTemplateInput!) {
  createMessageTemplate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateMessageTemplateMutation, CreateMessageTemplateMutationVariables>;
export const UpdateMessageTemplateDocument = new TypedDocumentString(`
    mutation UpdateMessageTemplate($input: MessageTemplateInput!) {
  updateMessageTemplate(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateMessageTemplateMutation, UpdateMessageTemplateMutationVariables>;
export const UpdateStageSlaDocument = new TypedDocumentString(`
    mutation UpdateStageSla($stage: String!, $maxIdleDays: Int!) {
  updateStageSla(stage: $stage, maxIdleDays: $maxIdleDays) {
    stage
    maxIdleDays
  }
}
    `) as unknown as TypedDocumentString<UpdateStageSlaMutation, UpdateStageSlaMutationVariables>;
export const WipLimitsDocument = new TypedDocumentString(`
    query WipLimits {
  boardColumnSettings(board: "tasks") {
    columnKey
    wipLimit
    hardLimit
  }
}
    `) as unknown as TypedDocumentString<WipLimitsQuery, WipLimitsQueryVariables>;
export const UpdateWipLimitDocument = new TypedDocumentString(`
    mutation UpdateWipLimit($columnKey: String!, $wipLimit: Int, $hardLimit: Boolean!) {
  updateBoardColumnSetting(
    board: "tasks"
    columnKey: $columnKey
    wipLimit: $wipLimit
    hardLimit: $hardLimit
  ) {
    columnKey
    wipLimit
    hardLimit
  }
}
    `) as unknown as TypedDocumentString<UpdateWipLimitMutation, UpdateWipLimitMutationVariables>;
export const RecommendationThresholdsDocument = new TypedDocumentString(`
    query RecommendationThresholds {
  recommendationThresholds {
    key
    unit
    value
    defaultValue
    min
    max
  }
}
    `) as unknown as TypedDocumentString<RecommendationThresholdsQuery, RecommendationThresholdsQueryVariables>;
export const SetRecommendationThresholdDocument = new TypedDocumentString(`
    mutation SetRecommendationThreshold($key: String!, $value: Float!) {
  setRecommendationThreshold(key: $key, value: $value) {
    key
    unit
    value
    defaultValue
    min
    max
  }
}
    `) as unknown as TypedDocumentString<SetRecommendationThresholdMutation, SetRecommendationThresholdMutationVariables>;
export const TaskBoardDocument = new TypedDocumentString(`
    query TaskBoard($perColumn: Int) {
  taskBoard(perColumn: $perColumn) {
    columns {
      status
      count
      wipLimit
      hardLimit
      hasMore
      endCursor
      cards {
        ...TaskCardFields
      }
    }
  }
}
    fragment TaskCardFields on TaskCard {
  id
  title
  status
  position
  campaignId
  campaign {
    id
    name
  }
  leadId
  requesterId
  requester {
    id
    name
  }
  assigneeId
  assignee {
    id
    name
  }
  officeId
  dueDate
  checklistDone
  checklistTotal
  commentCount
  version
}`) as unknown as TypedDocumentString<TaskBoardQuery, TaskBoardQueryVariables>;
export const TaskColumnDocument = new TypedDocumentString(`
    query TaskColumn($status: TaskStatus!, $after: String, $first: Int) {
  taskColumn(status: $status, after: $after, first: $first) {
    hasMore
    endCursor
    cards {
      ...TaskCardFields
    }
  }
}
    fragment TaskCardFields on TaskCard {
  id
  title
  status
  position
  campaignId
  campaign {
    id
    name
  }
  leadId
  requesterId
  requester {
    id
    name
  }
  assigneeId
  assignee {
    id
    name
  }
  officeId
  dueDate
  checklistDone
  checklistTotal
  commentCount
  version
}`) as unknown as TypedDocumentString<TaskColumnQuery, TaskColumnQueryVariables>;
export const MoveTaskDocument = new TypedDocumentString(`
    mutation MoveTask($input: MoveTaskInput!) {
  moveTask(input: $input) {
    warning
    task {
      ...TaskCardFields
    }
  }
}
    fragment TaskCardFields on TaskCard {
  id
  title
  status
  position
  campaignId
  campaign {
    id
    name
  }
  leadId
  requesterId
  requester {
    id
    name
  }
  assigneeId
  assignee {
    id
    name
  }
  officeId
  dueDate
  checklistDone
  checklistTotal
  commentCount
  version
}`) as unknown as TypedDocumentString<MoveTaskMutation, MoveTaskMutationVariables>;
export const CreateTaskDocument = new TypedDocumentString(`
    mutation CreateTask($input: TaskFieldsInput!) {
  createTask(input: $input) {
    ...TaskCardFields
  }
}
    fragment TaskCardFields on TaskCard {
  id
  title
  status
  position
  campaignId
  campaign {
    id
    name
  }
  leadId
  requesterId
  requester {
    id
    name
  }
  assigneeId
  assignee {
    id
    name
  }
  officeId
  dueDate
  checklistDone
  checklistTotal
  commentCount
  version
}`) as unknown as TypedDocumentString<CreateTaskMutation, CreateTaskMutationVariables>;
export const TaskDetailDocument = new TypedDocumentString(`
    query TaskDetail($id: ID!) {
  task(id: $id) {
    id
    title
    description
    status
    dueDate
    version
    officeId
    leadId
    requesterId
    assigneeId
    campaignId
    campaign {
      id
      name
    }
    checklist {
      text
      done
    }
    requester {
      id
      name
    }
    assignee {
      id
      name
    }
    comments {
      id
      body
      createdAt
      author {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TaskDetailQuery, TaskDetailQueryVariables>;
export const UpdateTaskDocument = new TypedDocumentString(`
    mutation UpdateTask($input: UpdateTaskInput!) {
  updateTask(input: $input) {
    ...TaskCardFields
  }
}
    fragment TaskCardFields on TaskCard {
  id
  title
  status
  position
  campaignId
  campaign {
    id
    name
  }
  leadId
  requesterId
  requester {
    id
    name
  }
  assigneeId
  assignee {
    id
    name
  }
  officeId
  dueDate
  checklistDone
  checklistTotal
  commentCount
  version
}`) as unknown as TypedDocumentString<UpdateTaskMutation, UpdateTaskMutationVariables>;
export const CommentTaskDocument = new TypedDocumentString(`
    mutation CommentTask($taskId: ID!, $body: String!) {
  commentTask(taskId: $taskId, body: $body) {
    id
  }
}
    `) as unknown as TypedDocumentString<CommentTaskMutation, CommentTaskMutationVariables>;
export const ArchiveTaskDocument = new TypedDocumentString(`
    mutation ArchiveTask($id: ID!, $expectedVersion: Int!) {
  archiveTask(id: $id, expectedVersion: $expectedVersion) {
    ...TaskCardFields
  }
}
    fragment TaskCardFields on TaskCard {
  id
  title
  status
  position
  campaignId
  campaign {
    id
    name
  }
  leadId
  requesterId
  requester {
    id
    name
  }
  assigneeId
  assignee {
    id
    name
  }
  officeId
  dueDate
  checklistDone
  checklistTotal
  commentCount
  version
}`) as unknown as TypedDocumentString<ArchiveTaskMutation, ArchiveTaskMutationVariables>;
export const TaskFormAssigneesDocument = new TypedDocumentString(`
    query TaskFormAssignees($taskId: ID) {
  taskAssignees(taskId: $taskId) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<TaskFormAssigneesQuery, TaskFormAssigneesQueryVariables>;
export const TaskFormCampaignsDocument = new TypedDocumentString(`
    query TaskFormCampaigns($first: Int, $after: String) {
  campaigns(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      status
    }
  }
}
    `) as unknown as TypedDocumentString<TaskFormCampaignsQuery, TaskFormCampaignsQueryVariables>;
export const WorkReportDocument = new TypedDocumentString(`
    query WorkReport($officerId: ID!, $period: WorkReportPeriodInput!) {
  workReport(officerId: $officerId, period: $period) {
    ...WorkReportFields
  }
}
    fragment WorkReportFields on WorkReport {
  id
  officer {
    id
    name
  }
  office {
    id
    name
  }
  kind
  from
  to
  timeZone
  status
  plans
  obstacles
  submittedAt
  acknowledgedBy {
    id
    name
  }
  acknowledgedAt
  managerComment
  version
  pdfUrl
  csvUrl
  figures {
    newLeads
    leadsMoved
    stageMoves
    followUps {
      type
      count
    }
    followUpsDone
    visits
    offers {
      count
      amount
    }
    won {
      count
      amount
    }
    lost {
      count
      amount
    }
    disbursed {
      count
      amount
    }
    noa
    dueInPeriod
    paidOfDue
    collectionRate
    repaymentsReceived
    outstanding
    loansInArrears
    arrears
    par30
    grades {
      grade
      count
      outstanding
    }
    invoicesIssued {
      count
      amount
    }
    invoicesCollected
    complaintsReceived
    complaintsResolved
    complaintsOpen
    targets {
      metric
      target
      actual
      achievement
    }
  }
  recommendations {
    code
    title
    evidence {
      label
      value
    }
    links {
      type
      id
    }
  }
}`) as unknown as TypedDocumentString<WorkReportQuery, WorkReportQueryVariables>;
export const WorkReportListDocument = new TypedDocumentString(`
    query WorkReportList($period: WorkReportPeriodInput!, $officeId: ID) {
  workReports(period: $period, officeId: $officeId) {
    id
    officer {
      id
      name
    }
    office {
      id
      name
    }
    from
    to
    status
    submittedAt
    acknowledgedAt
  }
}
    `) as unknown as TypedDocumentString<WorkReportListQuery, WorkReportListQueryVariables>;
export const SubmitWorkReportDocument = new TypedDocumentString(`
    mutation SubmitWorkReport($input: SubmitWorkReportInput!) {
  submitWorkReport(input: $input) {
    ...WorkReportFields
  }
}
    fragment WorkReportFields on WorkReport {
  id
  officer {
    id
    name
  }
  office {
    id
    name
  }
  kind
  from
  to
  timeZone
  status
  plans
  obstacles
  submittedAt
  acknowledgedBy {
    id
    name
  }
  acknowledgedAt
  managerComment
  version
  pdfUrl
  csvUrl
  figures {
    newLeads
    leadsMoved
    stageMoves
    followUps {
      type
      count
    }
    followUpsDone
    visits
    offers {
      count
      amount
    }
    won {
      count
      amount
    }
    lost {
      count
      amount
    }
    disbursed {
      count
      amount
    }
    noa
    dueInPeriod
    paidOfDue
    collectionRate
    repaymentsReceived
    outstanding
    loansInArrears
    arrears
    par30
    grades {
      grade
      count
      outstanding
    }
    invoicesIssued {
      count
      amount
    }
    invoicesCollected
    complaintsReceived
    complaintsResolved
    complaintsOpen
    targets {
      metric
      target
      actual
      achievement
    }
  }
  recommendations {
    code
    title
    evidence {
      label
      value
    }
    links {
      type
      id
    }
  }
}`) as unknown as TypedDocumentString<SubmitWorkReportMutation, SubmitWorkReportMutationVariables>;
export const AcknowledgeWorkReportDocument = new TypedDocumentString(`
    mutation AcknowledgeWorkReport($input: AcknowledgeWorkReportInput!) {
  acknowledgeWorkReport(input: $input) {
    ...WorkReportFields
  }
}
    fragment WorkReportFields on WorkReport {
  id
  officer {
    id
    name
  }
  office {
    id
    name
  }
  kind
  from
  to
  timeZone
  status
  plans
  obstacles
  submittedAt
  acknowledgedBy {
    id
    name
  }
  acknowledgedAt
  managerComment
  version
  pdfUrl
  csvUrl
  figures {
    newLeads
    leadsMoved
    stageMoves
    followUps {
      type
      count
    }
    followUpsDone
    visits
    offers {
      count
      amount
    }
    won {
      count
      amount
    }
    lost {
      count
      amount
    }
    disbursed {
      count
      amount
    }
    noa
    dueInPeriod
    paidOfDue
    collectionRate
    repaymentsReceived
    outstanding
    loansInArrears
    arrears
    par30
    grades {
      grade
      count
      outstanding
    }
    invoicesIssued {
      count
      amount
    }
    invoicesCollected
    complaintsReceived
    complaintsResolved
    complaintsOpen
    targets {
      metric
      target
      actual
      achievement
    }
  }
  recommendations {
    code
    title
    evidence {
      label
      value
    }
    links {
      type
      id
    }
  }
}`) as unknown as TypedDocumentString<AcknowledgeWorkReportMutation, AcknowledgeWorkReportMutationVariables>;