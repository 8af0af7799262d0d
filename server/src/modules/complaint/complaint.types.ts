import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { COMPLAINT_CHANNELS, COMPLAINT_OUTCOMES, COMPLAINT_PRIORITIES, COMPLAINT_STATUSES } from '@prospek/shared';
import type { ComplaintChannel, ComplaintOutcome, ComplaintPriority, ComplaintStatus } from '@prospek/shared';
import { DateTimeScalar, LocalDateScalar } from '../../graphql/scalars.js';
import { UserSummary } from '../user/user-summary.type.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const ComplaintStatusEnum = enumOf(COMPLAINT_STATUSES);
export const ComplaintChannelEnum = enumOf(COMPLAINT_CHANNELS);
export const ComplaintPriorityEnum = enumOf(COMPLAINT_PRIORITIES);
export const ComplaintOutcomeEnum = enumOf(COMPLAINT_OUTCOMES);
registerEnumType(ComplaintStatusEnum, { name: 'ComplaintStatus', description: 'The columns of the complaints board' });
registerEnumType(ComplaintChannelEnum, { name: 'ComplaintChannel', description: 'How a complaint came in, or how its answer went out' });
registerEnumType(ComplaintPriorityEnum, { name: 'ComplaintPriority' });
registerEnumType(ComplaintOutcomeEnum, { name: 'ComplaintOutcome', description: 'Whether the complaint was found justified' });

@ObjectType({ simpleResolvers: true })
export class ComplaintRef {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

/** One step of a complaint's history: the status after it, who and when. */
@ObjectType({ simpleResolvers: true })
export class ComplaintHistoryEntry {
  @Field(() => ID)
  id: string;

  @Field({ description: 'CREATED, MOVED, EXTENDED, RESOLVED, REOPENED or REASSIGNED' })
  kind: string;

  @Field(() => ComplaintStatusEnum)
  status: ComplaintStatus;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => UserSummary, { nullable: true })
  actor: UserSummary | null;

  @Field(() => DateTimeScalar)
  at: Date;
}

/** A complaint with its SLA as computed when read; the board's cards and `board:event` messages carry the same fields. */
@ObjectType('Complaint', { simpleResolvers: true })
export class ComplaintView {
  @Field(() => ID)
  id: string;

  @Field(() => ComplaintStatusEnum)
  status: ComplaintStatus;

  @Field()
  position: string;

  @Field(() => ComplaintChannelEnum)
  channel: ComplaintChannel;

  @Field(() => ComplaintRef)
  category: ComplaintRef;

  @Field(() => ComplaintPriorityEnum)
  priority: ComplaintPriority;

  @Field()
  description: string;

  @Field(() => ComplaintRef, { nullable: true })
  client: ComplaintRef | null;

  @Field(() => ComplaintRef, { nullable: true })
  lead: ComplaintRef | null;

  @Field(() => ID, { nullable: true })
  loanId: string | null;

  @Field(() => ID, { nullable: true })
  invoiceId: string | null;

  @Field(() => ComplaintRef, { nullable: true })
  product: ComplaintRef | null;

  @Field(() => ID, { nullable: true })
  ownerId: string | null;

  @Field(() => UserSummary, { nullable: true })
  owner: UserSummary | null;

  @Field(() => ID)
  officeId: string;

  @Field(() => LocalDateScalar)
  receivedAt: string;

  @Field(() => LocalDateScalar, { description: 'The day the complaint was complete: its working days count from the next one' })
  completeOn: string;

  @Field(() => LocalDateScalar, { description: 'The working day the answer is due (had work gone on from now, while paused)' })
  slaDueDate: string;

  @Field(() => Int, { description: 'Working days left to the deadline; negative once past it' })
  workingDaysLeft: number;

  @Field(() => Int)
  workingDaysUsed: number;

  @Field(() => Int)
  workingDaysAllowed: number;

  @Field()
  breached: boolean;

  @Field({ description: 'Within the warning days of the deadline (COMPLAINT_SLA_WARNING_DAYS)' })
  warning: boolean;

  @Field({ description: 'Waiting for the client: the clock stands still' })
  paused: boolean;

  @Field()
  extended: boolean;

  @Field(() => LocalDateScalar, { nullable: true })
  extendedOn: string | null;

  @Field(() => String, { nullable: true })
  extensionReason: string | null;

  @Field(() => Int, { description: 'Working days the one extension adds: its category’s when the complaint was received, or the setting' })
  extensionDays: number;

  @Field(() => ComplaintChannelEnum, { nullable: true, description: 'How the client was told of the extension' })
  extensionToldVia: ComplaintChannel | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The business day the client was told of the extension' })
  extensionToldOn: string | null;

  @Field(() => String, { nullable: true })
  resolution: string | null;

  @Field(() => ComplaintRef, { nullable: true })
  policy: ComplaintRef | null;

  @Field(() => ComplaintOutcomeEnum, { nullable: true })
  outcome: ComplaintOutcome | null;

  @Field(() => ComplaintChannelEnum, { nullable: true })
  answerChannel: ComplaintChannel | null;

  @Field(() => LocalDateScalar, { nullable: true })
  answeredOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  resolvedOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day a resolved complaint may be reopened' })
  reopenUntil: string | null;

  @Field(() => Int)
  version: number;
}

@ObjectType({ simpleResolvers: true })
export class ComplaintPageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType({ simpleResolvers: true })
export class ComplaintConnection {
  @Field(() => [ComplaintView])
  nodes: ComplaintView[];

  @Field(() => Int)
  totalCount: number;

  @Field(() => ComplaintPageInfo)
  pageInfo: ComplaintPageInfo;
}

@ObjectType({ simpleResolvers: true })
export class ComplaintBoardColumn {
  @Field(() => ComplaintStatusEnum)
  status: ComplaintStatus;

  @Field(() => Int)
  count: number;

  @Field(() => Int, { description: 'Cards of the column past their deadline, among those loaded' })
  breached: number;

  @Field(() => Int, { nullable: true })
  wipLimit: number | null;

  @Field()
  hardLimit: boolean;

  @Field(() => [ComplaintView])
  cards: ComplaintView[];

  @Field()
  hasMore: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType({ simpleResolvers: true })
export class ComplaintBoard {
  @Field(() => [ComplaintBoardColumn])
  columns: ComplaintBoardColumn[];
}

@InputType()
export class ComplaintFilter {
  @Field(() => ComplaintStatusEnum, { nullable: true })
  status?: ComplaintStatus | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => ID, { nullable: true })
  officeId?: string | null;

  @Field(() => ID, { nullable: true })
  clientId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Complaints of this category' })
  category?: string | null;

  @Field(() => ID, { nullable: true, deprecationReason: 'Use category' })
  categoryId?: string | null;
}

@InputType()
export class CreateComplaintInput {
  @Field(() => ID, { nullable: true })
  clientId?: string | null;

  @Field(() => ID, { nullable: true })
  leadId?: string | null;

  @Field(() => ID, { nullable: true })
  loanId?: string | null;

  @Field(() => ID, { nullable: true })
  invoiceId?: string | null;

  @Field(() => ID, { nullable: true })
  productId?: string | null;

  @Field(() => ComplaintChannelEnum)
  channel: ComplaintChannel;

  @Field(() => ID, { nullable: true, description: 'The id of an active complaint category (required)' })
  category?: string | null;

  @Field(() => ID, { nullable: true, deprecationReason: 'Use category' })
  categoryId?: string | null;

  @Field(() => ComplaintPriorityEnum, { nullable: true, description: 'NORMAL unless told' })
  priority?: ComplaintPriority | null;

  @Field()
  description: string;

  @Field(() => LocalDateScalar)
  receivedAt: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the complaint was complete (default: the day received)' })
  completeOn?: string | null;
}

@InputType()
export class MoveComplaintInput {
  @Field(() => ID)
  id: string;

  @Field(() => ComplaintStatusEnum)
  status: ComplaintStatus;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => ID, { nullable: true })
  afterId?: string | null;

  @Field(() => ID, { nullable: true })
  beforeId?: string | null;
}

@InputType()
export class ResolveComplaintInput {
  @Field(() => ID)
  id: string;

  @Field()
  resolution: string;

  @Field(() => ID)
  policyId: string;

  @Field(() => ComplaintOutcomeEnum)
  outcome: ComplaintOutcome;

  @Field(() => ComplaintChannelEnum)
  answerChannel: ComplaintChannel;

  @Field(() => LocalDateScalar)
  answeredOn: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

/** What `extendComplaint` takes: the reason, and how and when the client was told. */
export interface ExtendComplaintInput {
  id: string;
  reason: string;
  toldVia: ComplaintChannel;
  toldOn: string;
}

@ObjectType({ simpleResolvers: true })
export class ComplaintColumnPage {
  @Field(() => [ComplaintView])
  cards: ComplaintView[];

  @Field()
  hasMore: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@InputType()
export class ComplaintCatalogInput {
  @Field(() => ID, { nullable: true, description: 'The entry to change; a new one without it' })
  id?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Policies only: what the policy grants' })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'False retires it: kept for the complaints that name it, offered no more' })
  active?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Categories only: working days to answer (1–60); 0 returns to the setting' })
  slaWorkingDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Categories only: working days of the one extension (1–60); 0 returns to the setting' })
  slaExtensionDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Categories only: warning days before the deadline (1–30); 0 returns to the setting' })
  slaWarningDays?: number | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

/** The SLA numbers that apply where a category sets none (COMPLAINT_SLA_* settings). */
@ObjectType({ simpleResolvers: true })
export class ComplaintSlaDefaults {
  @Field(() => Int)
  workingDays: number;

  @Field(() => Int)
  extensionDays: number;

  @Field(() => Int)
  warningDays: number;

  @Field(() => Int, { description: 'Days after its answer a complaint may be reopened' })
  reopenDays: number;
}
