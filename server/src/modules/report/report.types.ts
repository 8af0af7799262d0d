/** The GraphQL shapes of the reports. Money is the Money scalar (sen inside); ratios are decimals 0..1. */
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { LeadStage } from '@prospek/shared';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { LeadStageEnum } from '../lead/lead.entity.js';
import type { Grouping } from './report-period.js';
import { TargetMetricEnum } from './officer-target.entity.js';
import type { TargetMetric } from './officer-target.entity.js';

export const ReportGroupingEnum: { [K in Grouping]: K } = { DAY: 'DAY', WEEK: 'WEEK', MONTH: 'MONTH' };
registerEnumType(ReportGroupingEnum, { name: 'ReportGrouping', description: 'Buckets of a series, in the office’s time zone (WEEK starts on Monday)' });

@ObjectType({ simpleResolvers: true })
export class FunnelStage {
  @Field(() => LeadStageEnum)
  stage: LeadStage;

  @Field(() => Int, { description: 'Leads that entered the stage in the period' })
  entered: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Of those, the share that moved further along the pipeline by the end of the period (none for WON and LOST)',
  })
  conversionToNext: number | null;
}

@ObjectType({ simpleResolvers: true })
export class FunnelPoint {
  @Field(() => LocalDateScalar, { description: 'First day of the bucket' })
  period: string;

  @Field(() => LeadStageEnum)
  stage: LeadStage;

  @Field(() => Int, { description: 'Stage entries in the bucket' })
  entered: number;
}

@ObjectType({ simpleResolvers: true })
export class SalesFunnel {
  @Field(() => [FunnelStage])
  stages: FunnelStage[];

  @Field(() => [FunnelPoint], { description: 'Entries by bucket when a grouping is asked for' })
  series: FunnelPoint[];
}

@ObjectType({ simpleResolvers: true })
export class VelocityStage {
  @Field(() => LeadStageEnum)
  stage: LeadStage;

  @Field(() => Float, { nullable: true })
  medianDays: number | null;

  @Field(() => Float, { nullable: true })
  p90Days: number | null;

  @Field(() => Int, { description: 'Stays that ended in the period' })
  sampleSize: number;
}

@ObjectType({ simpleResolvers: true })
export class PipelineVelocity {
  @Field(() => [VelocityStage])
  stages: VelocityStage[];

  @Field(() => Float, { nullable: true, description: 'Median days from creation to WON of the leads won in the period' })
  medianDaysToWin: number | null;

  @Field(() => Int)
  wonSampleSize: number;
}

@ObjectType({ simpleResolvers: true })
export class WinLossRow {
  @Field({ description: 'SOURCE, CAMPAIGN, SEGMENT, PRODUCT or LOST_REASON' })
  dimension: string;

  @Field(() => String, { nullable: true, description: 'The value (an enum, an id or the reason); null when unset' })
  key: string | null;

  @Field(() => String, { nullable: true, description: 'A campaign’s or product’s name' })
  label: string | null;

  @Field(() => Int)
  wonCount: number;

  @Field(() => MoneyScalar)
  wonAmount: bigint;

  @Field(() => Int)
  lostCount: number;

  @Field(() => MoneyScalar)
  lostAmount: bigint;
}

@ObjectType({ simpleResolvers: true })
export class WinLoss {
  @Field(() => Int)
  wonCount: number;

  @Field(() => MoneyScalar)
  wonAmount: bigint;

  @Field(() => Int)
  lostCount: number;

  @Field(() => MoneyScalar)
  lostAmount: bigint;

  @Field(() => Float, { description: 'won / (won + lost)' })
  winRate: number;

  @Field(() => [WinLossRow])
  rows: WinLossRow[];
}

@ObjectType({ simpleResolvers: true })
export class ForecastMonth {
  @Field({ description: 'YYYY-MM of the expected close date' })
  month: string;

  @Field(() => Int)
  leadCount: number;

  @Field(() => MoneyScalar)
  amount: bigint;

  @Field(() => MoneyScalar, { description: 'Weighted by the probabilities learned from the office’s history' })
  weightedAmount: bigint;

  @Field(() => MoneyScalar, { description: 'Weighted by the fixed stage defaults' })
  defaultWeightedAmount: bigint;
}

@ObjectType({ simpleResolvers: true })
export class StageProbability {
  @Field(() => LeadStageEnum)
  stage: LeadStage;

  @Field(() => Float, { description: 'Share of the decided leads that entered the stage in the last 12 months and were won (the default when none)' })
  probability: number;

  @Field(() => Float)
  defaultProbability: number;

  @Field(() => Int)
  sampleSize: number;
}

@ObjectType({ simpleResolvers: true })
export class Forecast {
  @Field(() => [ForecastMonth])
  months: ForecastMonth[];

  @Field(() => [StageProbability])
  probabilities: StageProbability[];
}

@ObjectType({ simpleResolvers: true })
export class ReportOfficer {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType({ simpleResolvers: true })
export class TargetFigure {
  @Field(() => TargetMetricEnum)
  metric: TargetMetric;

  @Field(() => String, { nullable: true, description: 'Money metrics as a Money decimal, counts as an integer; null when none is set' })
  target: string | null;

  @Field(() => String)
  actual: string;

  @Field(() => Float, { nullable: true, description: 'actual / target (above 1 when exceeded); null without a target' })
  achievement: number | null;
}

@ObjectType({ simpleResolvers: true })
export class OfficerPerformanceRow {
  @Field(() => ReportOfficer)
  officer: ReportOfficer;

  @Field(() => Int)
  newLeads: number;

  @Field(() => Int)
  followUpsDone: number;

  @Field(() => Int)
  visits: number;

  @Field(() => Int)
  offers: number;

  @Field(() => Int)
  wonCount: number;

  @Field(() => MoneyScalar)
  wonAmount: bigint;

  @Field(() => Int, { description: 'New debtors: clients whose first loan was disbursed in the month' })
  noa: number;

  @Field(() => MoneyScalar)
  disbursement: bigint;

  @Field(() => MoneyScalar, { description: 'At the month end (closed months) or now' })
  outstanding: bigint;

  @Field(() => Float)
  collectionRate: number;

  @Field(() => Float)
  par30: number;

  @Field(() => [TargetFigure])
  targets: TargetFigure[];
}

@ObjectType({ simpleResolvers: true })
export class OfficerPerformance {
  @Field()
  month: string;

  @Field(() => [OfficerPerformanceRow])
  rows: OfficerPerformanceRow[];
}

@ObjectType({ simpleResolvers: true })
export class CampaignReturnRow {
  @Field(() => ID)
  campaignId: string;

  @Field()
  name: string;

  @Field(() => MoneyScalar)
  spend: bigint;

  @Field(() => Int)
  leads: number;

  @Field(() => MoneyScalar, { nullable: true })
  costPerLead: bigint | null;

  @Field(() => Int)
  wonCount: number;

  @Field(() => MoneyScalar, { nullable: true })
  costPerWon: bigint | null;

  @Field(() => MoneyScalar)
  disbursement: bigint;

  @Field(() => Float, { nullable: true, description: 'Rupiah disbursed per rupiah spent' })
  disbursementPerRupiah: number | null;
}

@ObjectType({ simpleResolvers: true })
export class CampaignReturn {
  @Field(() => [CampaignReturnRow])
  rows: CampaignReturnRow[];
}

@ObjectType({ simpleResolvers: true })
export class PortfolioPoint {
  @Field(() => LocalDateScalar)
  monthEnd: string;

  @Field(() => Int)
  loanCount: number;

  @Field(() => MoneyScalar)
  outstanding: bigint;

  @Field(() => Float)
  npl: number;

  @Field(() => Float)
  par30: number;
}

@ObjectType({ simpleResolvers: true })
export class PortfolioTrend {
  @Field(() => [PortfolioPoint])
  points: PortfolioPoint[];
}
