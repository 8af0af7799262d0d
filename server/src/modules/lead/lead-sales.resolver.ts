import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { AuthedContext } from '../../graphql/context.js';
import { Client } from '../client/client.entity.js';
import type { ClientService } from '../client/client.service.js';
import { Offer } from '../offer/offer.entity.js';
import { Activity } from '../follow-up/activity.entity.js';
import { isStale } from '@prospek/shared';
import type { LeadDocumentService } from './lead-document.service.js';
import { checklist } from './lead-gate.js';
import { Lead } from './lead.entity.js';
import { withOwner } from './lead-card.js';

@ObjectType({ simpleResolvers: true })
export class ChecklistItemType {
  @Field()
  code: string;

  @Field()
  label: string;

  @Field()
  received: boolean;

  @Field(() => Date, { nullable: true })
  receivedAt: Date | null;
}

/** A lead's offers, its application documents, and the client it became. */
@Resolver(() => Lead)
export class LeadSalesResolver {
  constructor(
    private readonly documents: LeadDocumentService,
    private readonly clients: ClientService,
    private readonly dataSource: DataSource,
  ) {}

  @FieldResolver(() => Client, { nullable: true, description: 'The client it became when won (when the viewer may see it)' })
  client(@Root() lead: Lead, @Ctx() ctx: AuthedContext): Promise<Client | null> | null {
    return lead.clientId ? this.clients.get(ctx.viewer, lead.clientId).catch(() => null) : null;
  }

  @Authorized()
  @Mutation(() => Lead, { description: 'Marks a required document of the lead’s offer as received (or not)' })
  async setLeadDocument(
    @Ctx() ctx: AuthedContext,
    @Arg('leadId', () => ID) leadId: string,
    @Arg('code') code: string,
    @Arg('received') received: boolean,
  ): Promise<Lead> {
    return withOwner(await this.documents.set({ actor: ctx.viewer, mutationId: ctx.mutationId }, leadId, code, received), ctx.loaders.userSummary);
  }

  @FieldResolver(() => [Activity], { description: 'Follow-ups of this lead, newest first' })
  activities(@Root() lead: Lead): Promise<Activity[]> {
    return this.dataSource.getRepository(Activity).find({ where: { leadId: lead.id }, order: { id: 'DESC' } });
  }

  @FieldResolver(() => Boolean, { description: 'Idle past its stage’s limit (stage SLA)' })
  async stale(@Root() lead: Lead, @Ctx() ctx: AuthedContext): Promise<boolean> {
    if (lead.stageEnteredAt === undefined || lead.lastActivityAt === undefined) return false;
    return isStale(lead, await ctx.loaders.stageSla(), ctx.now());
  }

  @FieldResolver(() => Offer, { nullable: true, description: 'The offer its card shows: the accepted one, else the most recent' })
  latestOffer(@Root() lead: Lead, @Ctx() ctx: AuthedContext): Promise<Offer | null> {
    return ctx.loaders.latestOffer.load(lead.id);
  }

  @FieldResolver(() => [Offer], { description: 'Offers made to this lead, newest first' })
  offers(@Root() lead: Lead): Promise<Offer[]> {
    return this.dataSource.getRepository(Offer).find({ where: { leadId: lead.id }, order: { id: 'DESC' } });
  }

  @FieldResolver(() => [ChecklistItemType], { description: 'Documents the accepted (or latest) offer’s product asks for' })
  async documentChecklist(@Root() lead: Lead): Promise<ChecklistItemType[]> {
    return (await checklist(this.dataSource.manager, lead.id)).items;
  }
}
