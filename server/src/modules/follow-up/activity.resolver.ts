import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { contactLinks, renderTemplate } from '@prospek/shared';
import { templateValues } from '../message-template/template-values.js';
import type { AuthedContext } from '../../graphql/context.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { Client } from '../client/client.entity.js';
import { Lead } from '../lead/lead.entity.js';
import { UserSummary } from '../user/user-summary.type.js';
import { Activity } from './activity.entity.js';
import { CompleteActivityInput, LogActivityInput, ScheduleActivityInput } from './activity.inputs.js';
import type { ActivityService } from './activity.service.js';
import type { MessageTemplateService } from '../message-template/message-template.service.js';
import type { DataSource } from 'typeorm';
import { Idempotent } from '../idempotency/idempotent.js';

@ObjectType({ simpleResolvers: true })
export class ContactLinksType {
  @Field(() => String, { nullable: true, description: 'tel: link' })
  tel: string | null;

  @Field(() => String, { nullable: true, description: 'WhatsApp click-to-chat link with the message prefilled' })
  whatsapp: string | null;

  @Field(() => String, { nullable: true, description: 'sms: link with the message prefilled' })
  sms: string | null;

  @Field(() => String, { nullable: true, description: 'NO_NUMBER or NOT_MOBILE when there is no WhatsApp link' })
  whatsappUnavailable: string | null;

  @Field(() => String, { nullable: true, description: 'The message the links carry' })
  message: string | null;
}

/** The invoice a dunning reminder on the agenda is about. */
@ObjectType({ simpleResolvers: true })
export class ReminderInvoiceType {
  @Field(() => ID)
  id: string;

  @Field()
  number: string;
}

@ObjectType()
export class AgendaType {
  @Field(() => LocalDateScalar)
  date: string;

  @Field(() => [Activity])
  overdue: Activity[];

  @Field(() => [Activity])
  today: Activity[];

  @Field(() => [Activity], { description: 'The seven days after date' })
  upcoming: Activity[];
}

@ObjectType()
export class CompleteActivityPayload {
  @Field(() => Activity)
  completed: Activity;

  @Field(() => Activity, { nullable: true })
  next: Activity | null;
}

@ArgsType()
class AgendaArgs {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Default: today in Asia/Jakarta' })
  date?: string | null;

  @Field(() => ID, { nullable: true, description: 'Managers: an officer they manage' })
  ownerId?: string | null;
}

@Resolver(() => Activity)
export class ActivityResolver {
  constructor(
    private readonly activities: ActivityService,
    private readonly templates: MessageTemplateService,
    private readonly dataSource: DataSource,
  ) {}

  @Authorized()
  @Idempotent()
  @Mutation(() => Activity, { description: 'A follow-up to do later' })
  scheduleActivity(@Ctx() ctx: AuthedContext, @Arg('input', () => ScheduleActivityInput) input: ScheduleActivityInput): Promise<Activity> {
    return this.activities.schedule({ actor: ctx.viewer, mutationId: ctx.mutationId }, input);
  }

  @Authorized()
  @Idempotent()
  @Mutation(() => Activity, { description: 'A contact made now (or just now), with its outcome' })
  logActivity(@Ctx() ctx: AuthedContext, @Arg('input', () => LogActivityInput) input: LogActivityInput): Promise<Activity> {
    return this.activities.log({ actor: ctx.viewer, mutationId: ctx.mutationId }, input);
  }

  @Authorized()
  @Idempotent()
  @Mutation(() => CompleteActivityPayload)
  completeActivity(@Ctx() ctx: AuthedContext, @Arg('input', () => CompleteActivityInput) input: CompleteActivityInput): Promise<CompleteActivityPayload> {
    return this.activities.complete({ actor: ctx.viewer, mutationId: ctx.mutationId }, input);
  }

  @Authorized()
  @Query(() => AgendaType, { description: 'Overdue, today’s and the coming week’s follow-ups' })
  agenda(@Ctx() ctx: AuthedContext, @Args(() => AgendaArgs) args: AgendaArgs): Promise<AgendaType> {
    return this.activities.agenda(ctx.viewer, args.date ?? null, args.ownerId ? Number(args.ownerId) : null, ctx.now());
  }

  @Authorized()
  @Query(() => Activity)
  activity(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string): Promise<Activity> {
    return this.activities.get(ctx.viewer, id);
  }

  @FieldResolver(() => Lead, { nullable: true })
  lead(@Root() activity: Activity, @Ctx() ctx: AuthedContext): Promise<Lead | null> | null {
    return activity.leadId ? ctx.loaders.visibleLead.load(activity.leadId) : null;
  }

  @FieldResolver(() => Client, { nullable: true })
  client(@Root() activity: Activity, @Ctx() ctx: AuthedContext): Promise<Client | null> | null {
    return activity.clientId ? ctx.loaders.visibleClient.load(activity.clientId) : null;
  }

  @FieldResolver(() => ReminderInvoiceType, { nullable: true, description: 'An invoice reminder’s invoice' })
  reminderInvoice(@Root() activity: Activity, @Ctx() ctx: AuthedContext): Promise<ReminderInvoiceType | null> | null {
    return activity.clientId && activity.message ? ctx.loaders.reminderInvoice.load(activity.id) : null;
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  createdBy(@Root() activity: Activity, @Ctx() ctx: AuthedContext): Promise<UserSummary | null> {
    return ctx.loaders.userSummary.load(activity.createdById);
  }

  @FieldResolver(() => ContactLinksType, { description: 'Links to call, chat or text the lead or client, with a template’s message' })
  async contactLinks(
    @Root() activity: Activity,
    @Ctx() ctx: AuthedContext,
    @Arg('template', () => String, { nullable: true, description: 'A message template code' }) template: string | null,
  ): Promise<ContactLinksType> {
    const lead = activity.leadId ? await ctx.loaders.visibleLead.load(activity.leadId) : null;
    const client = activity.clientId ? await ctx.loaders.visibleClient.load(activity.clientId) : null;
    const phone = lead?.phone ?? client?.phone ?? null;
    const whatsapp = lead?.whatsapp ?? client?.whatsapp ?? null;
    let message: string | null = template ? null : activity.message;
    if (template) {
      const chosen = await ctx.loaders.messageTemplate.load(template);
      if (chosen) {
        const offer = activity.leadId
          ? await ctx.loaders.latestOffer.load(activity.leadId)
          : activity.clientId
            ? await ctx.loaders.latestClientOffer.load(activity.clientId)
            : null;
        const product = offer ? await ctx.loaders.product.load(offer.productId) : null;
        const owner = await ctx.loaders.userSummary.load(activity.ownerId);
        const officeId = lead?.officeId ?? client?.officeId ?? ctx.viewer.officeId;
        const values = templateValues({
          lead,
          client,
          offer,
          product,
          officerName: owner?.name ?? ctx.viewer.name,
          dueAt: activity.dueAt,
          now: ctx.now(),
          zone: (await ctx.loaders.office.load(officeId))?.timeZone,
        });
        message = renderTemplate(chosen.body, values);
      }
    }
    return { ...contactLinks(phone, whatsapp, message), message };
  }
}
