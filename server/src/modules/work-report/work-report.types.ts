/** The GraphQL shapes of the officer's work report. Money is the Money scalar (sen inside); ratios are decimals 0..1. */
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ActivityType } from '@prospek/shared';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { ActivityTypeEnum } from '../follow-up/activity.entity.js';
import { GradeFigure } from '../loan/portfolio-quality.js';
import { ReportOfficer, TargetFigure } from '../report/report.types.js';
import type { WorkReportKind, WorkReportStatus } from './work-report.entity.js';
import { WORK_REPORT_KINDS, WORK_REPORT_STATUSES } from './work-report.entity.js';

export const WorkReportKindEnum = Object.fromEntries(WORK_REPORT_KINDS.map((k) => [k, k])) as { [K in WorkReportKind]: K };
registerEnumType(WorkReportKindEnum, { name: 'WorkReportKind', description: 'WEEK (Monday to Sunday) or MONTH, in the office’s time zone' });
export const WorkReportStatusEnum = Object.fromEntries(WORK_REPORT_STATUSES.map((k) => [k, k])) as { [K in WorkReportStatus]: K };
registerEnumType(WorkReportStatusEnum, { name: 'WorkReportStatus' });

@InputType()
export class WorkReportPeriodInput {
  @Field(() => WorkReportKindEnum)
  kind: WorkReportKind;

  @Field(() => LocalDateScalar, { description: 'Any day of the period' })
  date: string;
}

@InputType()
export class SubmitWorkReportInput {
  @Field(() => WorkReportPeriodInput)
  period: WorkReportPeriodInput;

  @Field(() => String, { nullable: true, description: 'Plans for the next period (at most 4000 characters)' })
  plans: string | null;

  @Field(() => String, { nullable: true, description: 'Obstacles met (at most 4000 characters)' })
  obstacles: string | null;

  @Field(() => Int, { nullable: true, description: 'The version read; absent when the report was never saved' })
  version: number | null;
}

@InputType()
export class AcknowledgeWorkReportInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true, description: 'The manager’s comment (at most 2000 characters)' })
  comment: string | null;
}

@ObjectType({ simpleResolvers: true })
export class ChannelCount {
  @Field(() => ActivityTypeEnum)
  type: ActivityType;

  @Field(() => Int)
  count: number;
}

@ObjectType({ simpleResolvers: true })
export class CountAmount {
  @Field(() => Int)
  count: number;

  @Field(() => MoneyScalar)
  amount: bigint;
}

@ObjectType({ simpleResolvers: true })
export class WorkReportFigures {
  @Field(() => Int, { description: 'Leads created in the period' })
  newLeads: number;

  @Field(() => Int, { description: 'Leads moved to another stage in the period' })
  leadsMoved: number;

  @Field(() => Int)
  stageMoves: number;

  @Field(() => [ChannelCount], { description: 'Follow-ups done in the period, by channel' })
  followUps: ChannelCount[];

  @Field(() => Int)
  followUpsDone: number;

  @Field(() => Int)
  visits: number;

  @Field(() => CountAmount)
  offers: CountAmount;

  @Field(() => CountAmount)
  won: CountAmount;

  @Field(() => CountAmount)
  lost: CountAmount;

  @Field(() => CountAmount)
  disbursed: CountAmount;

  @Field(() => Int, { description: 'New debtors: clients whose first loan was disbursed in the period' })
  noa: number;

  @Field(() => MoneyScalar, { description: 'Installments (principal and interest) falling due in the period' })
  dueInPeriod: bigint;

  @Field(() => MoneyScalar, { description: 'Of those, what has been paid' })
  paidOfDue: bigint;

  @Field(() => Float, { description: 'paidOfDue / dueInPeriod' })
  collectionRate: number;

  @Field(() => MoneyScalar, { description: 'Repayments received in the period (value date), reversals left out' })
  repaymentsReceived: bigint;

  @Field(() => MoneyScalar, { description: 'The officer’s book now' })
  outstanding: bigint;

  @Field(() => Int)
  loansInArrears: number;

  @Field(() => MoneyScalar)
  arrears: bigint;

  @Field(() => Float, { description: 'Outstanding of loans more than 30 days late / outstanding' })
  par30: number;

  @Field(() => [GradeFigure])
  grades: GradeFigure[];

  @Field(() => CountAmount, { description: 'Receivables issued in the period to the officer’s clients' })
  invoicesIssued: CountAmount;

  @Field(() => MoneyScalar, { description: 'Payments allocated to those clients’ invoices, dated in the period' })
  invoicesCollected: bigint;

  @Field(() => Int)
  complaintsReceived: number;

  @Field(() => Int, { description: 'Complaints the officer answered in the period' })
  complaintsResolved: number;

  @Field(() => Int, { description: 'Complaints the officer holds still open' })
  complaintsOpen: number;

  @Field(() => [TargetFigure], { description: 'The month’s targets against its actuals so far' })
  targets: TargetFigure[];
}

@ObjectType({ simpleResolvers: true })
export class RecommendationEvidence {
  @Field()
  label: string;

  @Field()
  value: string;
}

@ObjectType({ simpleResolvers: true })
export class RecommendationLink {
  @Field({ description: 'LOAN, LEAD or CLIENT' })
  type: string;

  @Field(() => ID)
  id: string;
}

@ObjectType({ simpleResolvers: true })
export class Recommendation {
  @Field({ description: 'ARREARS, PROMISE_BROKEN, STALE_LEAD or OFFER_EXPIRING' })
  code: string;

  @Field({ description: 'The client or lead it is about' })
  title: string;

  @Field(() => [RecommendationEvidence])
  evidence: RecommendationEvidence[];

  @Field(() => [RecommendationLink])
  links: RecommendationLink[];
}

@ObjectType({ simpleResolvers: true })
export class WorkReportReader {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType({ simpleResolvers: true })
export class WorkReport {
  @Field(() => ID, { nullable: true, description: 'Null until the officer first saves their notes' })
  id: string | null;

  @Field(() => ReportOfficer)
  officer: ReportOfficer;

  @Field(() => ReportOfficer, { description: 'The officer’s office' })
  office: ReportOfficer;

  @Field(() => WorkReportKindEnum)
  kind: WorkReportKind;

  @Field(() => LocalDateScalar)
  from: string;

  @Field(() => LocalDateScalar)
  to: string;

  @Field({ description: 'WIB, WITA or WIT' })
  timeZone: string;

  @Field(() => WorkReportStatusEnum)
  status: WorkReportStatus;

  @Field(() => String, { nullable: true })
  plans: string | null;

  @Field(() => String, { nullable: true })
  obstacles: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => WorkReportReader, { nullable: true })
  acknowledgedBy: WorkReportReader | null;

  @Field(() => Date, { nullable: true })
  acknowledgedAt: Date | null;

  @Field(() => String, { nullable: true })
  managerComment: string | null;

  @Field(() => Int, { description: '0 until saved' })
  version: number;

  @Field(() => WorkReportFigures)
  figures: WorkReportFigures;

  @Field(() => [Recommendation], { description: 'Clients and leads to act on now, worst first' })
  recommendations: Recommendation[];

  @Field({ description: 'Signed link to the PDF (valid 15 minutes)' })
  pdfUrl: string;

  @Field({ description: 'Signed link to the CSV (valid 15 minutes)' })
  csvUrl: string;
}

@ObjectType({ simpleResolvers: true })
export class WorkReportListItem {
  @Field(() => ID, { nullable: true })
  id: string | null;

  @Field(() => ReportOfficer)
  officer: ReportOfficer;

  @Field(() => ReportOfficer)
  office: ReportOfficer;

  @Field(() => LocalDateScalar)
  from: string;

  @Field(() => LocalDateScalar)
  to: string;

  @Field(() => WorkReportStatusEnum)
  status: WorkReportStatus;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  acknowledgedAt: Date | null;
}
