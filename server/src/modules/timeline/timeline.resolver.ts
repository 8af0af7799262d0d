import { Arg, Args, Authorized, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { PageArgsType, Paginated } from '../../graphql/pagination.js';
import type { AuthedContext } from '../../graphql/context.js';
import { InputError } from '../../errors.js';
import { MoneyScalar } from '../../graphql/scalars.js';
import type { TimelineService } from './timeline.service.js';

@ObjectType({ simpleResolvers: true })
export class TimelineEntry {
  @Field()
  at: Date;

  @Field({ description: 'ACTIVITY, STAGE, OFFER, ASSIGNMENT, EDIT or COMPLAINT' })
  kind: string;

  @Field({
    description:
      'What happened, as a code: an activity type, a stage, an offer status, an edit action; on a complaint CREATED, the status a move reached, EXTENDED, RESOLVED, REOPENED or REASSIGNED',
  })
  code: string;

  @Field()
  summary: string;

  @Field(() => String, { nullable: true })
  actorName: string | null;

  @Field(() => ID, { nullable: true })
  activityId: string | null;

  @Field(() => Float, { nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;

  @Field(() => String, { nullable: true, description: 'On an offer entry: the product offered' })
  productName: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'On an offer entry: the amount offered' })
  amount: bigint | null;

  @Field(() => Int, { nullable: true, description: 'On an offer entry: the tenor in months' })
  tenorMonths: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words beside the code: a decline reason, the document received or removed; a complaint’s category, reason or new owner',
  })
  note: string | null;

  @Field(() => ID, { nullable: true, description: 'On a complaint entry: the complaint' })
  complaintId: string | null;
}

@ObjectType()
export class TimelineEntryConnection extends Paginated(TimelineEntry) {}

@Resolver()
export class TimelineResolver {
  constructor(private readonly timelines: TimelineService) {}

  @Authorized()
  @Query(() => TimelineEntryConnection, { description: 'Everything that happened to a lead or a client, newest first' })
  timeline(
    @Ctx() ctx: AuthedContext,
    @Arg('leadId', () => ID, { nullable: true }) leadId: string | null,
    @Arg('clientId', () => ID, { nullable: true }) clientId: string | null,
    @Args(() => PageArgsType) page: PageArgsType,
  ): Promise<TimelineEntryConnection> {
    if ((leadId == null) === (clientId == null)) throw InputError.field('leadId', 'REQUIRED', 'Give leadId or clientId');
    return this.timelines.timeline(ctx.viewer, leadId ? Number(leadId) : null, clientId ? Number(clientId) : null, page);
  }
}
