import { Arg, Args, Authorized, Ctx, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { PageArgsType, Paginated } from '../../graphql/pagination.js';
import type { AuthedContext } from '../../graphql/context.js';
import { InputError } from '../../errors.js';
import { MessageTemplate } from '../activity/message-template.entity.js';
import type { MessageTemplateService } from '../activity/message-template.service.js';
import type { TimelineService } from '../activity/timeline.service.js';
import { Notification, StageSla } from './notification.entity.js';
import type { NotificationService } from './notification.service.js';
import type { StageSlaService } from './stage-sla.service.js';
import { Idempotent } from '../idempotency/idempotent.js';

@ObjectType({ simpleResolvers: true })
export class TimelineEntry {
  @Field()
  at: Date;

  @Field({ description: 'ACTIVITY, STAGE, OFFER, ASSIGNMENT or EDIT' })
  kind: string;

  @Field({ description: 'What happened, as a code: an activity type, a stage, an offer status, an edit action' })
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
}

@ObjectType()
export class TimelineEntryConnection extends Paginated(TimelineEntry) {}

@ObjectType()
export class NotificationConnection extends Paginated(Notification) {}

@ObjectType()
export class MessageTemplateConnection extends Paginated(MessageTemplate) {}

@InputType()
export class MessageTemplateInput {
  @Field(() => ID, { nullable: true, description: 'Set to update an existing template' })
  id?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@Resolver()
export class NotificationResolver {
  constructor(
    private readonly notificationService: NotificationService,
    private readonly templates: MessageTemplateService,
    private readonly timelines: TimelineService,
    private readonly slas: StageSlaService,
  ) {}

  @Authorized()
  @Query(() => NotificationConnection, { description: 'The viewer’s own notifications, newest first' })
  notifications(
    @Ctx() ctx: AuthedContext,
    @Arg('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
    @Args(() => PageArgsType) page: PageArgsType,
  ): Promise<NotificationConnection> {
    return this.notificationService.list(ctx.viewer, unreadOnly, page);
  }

  @Authorized()
  @Query(() => Int)
  unreadNotificationCount(@Ctx() ctx: AuthedContext): Promise<number> {
    return this.notificationService.unreadCount(ctx.viewer);
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Marks the viewer’s notifications read (all when ids is left out); answers how many' })
  markNotificationsRead(@Ctx() ctx: AuthedContext, @Arg('ids', () => [ID], { nullable: true }) ids: string[] | null): Promise<number> {
    return this.notificationService.markRead(ctx.viewer, ids);
  }

  @Authorized()
  @Query(() => MessageTemplateConnection, { description: 'Message templates by name' })
  messageTemplates(
    @Arg('includeInactive', { defaultValue: false }) includeInactive: boolean,
    @Args(() => PageArgsType) page: PageArgsType,
  ): Promise<MessageTemplateConnection> {
    return this.templates.list(!includeInactive, page);
  }

  @Authorized('MANAGER', 'ADMIN')
  @Idempotent()
  @Mutation(() => MessageTemplate)
  createMessageTemplate(@Ctx() ctx: AuthedContext, @Arg('input', () => MessageTemplateInput) input: MessageTemplateInput): Promise<MessageTemplate> {
    return this.templates.save(ctx.viewer, { ...input, id: null });
  }

  @Authorized('MANAGER', 'ADMIN')
  @Mutation(() => MessageTemplate)
  updateMessageTemplate(@Ctx() ctx: AuthedContext, @Arg('input', () => MessageTemplateInput) input: MessageTemplateInput): Promise<MessageTemplate> {
    if (!input.id) throw InputError.field('id', 'REQUIRED', 'id is required');
    return this.templates.save(ctx.viewer, input);
  }

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

  @Authorized()
  @Query(() => [StageSla], { description: 'Days a lead may stay in a stage without activity' })
  stageSlas(): Promise<StageSla[]> {
    return this.slas.list();
  }

  @Authorized('ADMIN')
  @Mutation(() => StageSla)
  updateStageSla(@Ctx() ctx: AuthedContext, @Arg('stage') stage: string, @Arg('maxIdleDays', () => Int) maxIdleDays: number): Promise<StageSla> {
    return this.slas.update(ctx.viewer, stage, maxIdleDays);
  }
}
