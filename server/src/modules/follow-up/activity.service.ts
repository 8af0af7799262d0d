import type { DataSource, EntityManager } from 'typeorm';
import { Between, IsNull, LessThan, Not } from 'typeorm';
import { LEAD_LIMITS, addDays, businessDate, isBusinessDate, startOfBusinessDate } from '@prospek/shared';
import type { FieldError } from '@prospek/shared';
import type { Tx, TransactionRunner } from '../../db/transaction.js';
import { InputError, NotFoundError } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import type { Scope } from '../access/scope.js';
import type { Client } from '../client/client.entity.js';
import type { ClientService } from '../client/client.service.js';
import type { Lead } from '../lead/lead.entity.js';
import type { LeadService } from '../lead/lead.service.js';
import { visibilityOf } from '../lead/lead-card.js';
import { officeTimeZone } from '../office/office-zone.js';
import { User } from '../user/user.entity.js';
import { Activity } from './activity.entity.js';
import { checkCollectionSlot, purposeOf } from './collection-hours.js';
import type { ActivityResultInput, CompleteActivityInput, LogActivityInput, NextStepInput, ScheduleActivityInput } from './activity.inputs.js';
import { parseId } from '../write-context.js';
import type { WriteContext } from '../write-context.js';

export interface Agenda {
  date: string;
  overdue: Activity[];
  today: Activity[];
  upcoming: Activity[];
}

function checkResult(input: ActivityResultInput): FieldError[] {
  const errors: FieldError[] = [];
  if (input.notes && input.notes.length > LEAD_LIMITS.notes)
    errors.push({ field: 'notes', code: 'TOO_LONG', message: `notes must be at most ${LEAD_LIMITS.notes} characters`, params: { max: LEAD_LIMITS.notes } });
  if (input.promiseDate && !isBusinessDate(input.promiseDate))
    errors.push({ field: 'promiseDate', code: 'DATE_INVALID', message: 'promiseDate must be YYYY-MM-DD' });
  if (input.promiseAmount !== undefined && input.promiseAmount !== null && input.promiseAmount <= 0n) {
    errors.push({ field: 'promiseAmount', code: 'AMOUNT_NOT_POSITIVE', message: 'promiseAmount must be more than zero' });
  }
  const hasLat = input.latitude !== undefined && input.latitude !== null;
  const hasLng = input.longitude !== undefined && input.longitude !== null;
  if (hasLat !== hasLng) errors.push({ field: 'latitude', code: 'INVALID', message: 'a location needs both latitude and longitude' });
  if (hasLat && (Math.abs(input.latitude as number) > 90 || Math.abs(input.longitude as number) > 180)) {
    errors.push({ field: 'latitude', code: 'INVALID', message: 'not a place on Earth' });
  }
  return errors;
}

type Parent = { lead: Lead; client: null; ownerId: number } | { lead: null; client: Client; ownerId: number };

/** The office whose local time and calendar a follow-up keeps: its lead's or client's. */
const officeOf = (parent: Parent): number => (parent.lead ? parent.lead.officeId : parent.client.officeId);

/**
 * Follow-ups: calls, WhatsApp, SMS, visits… on a lead or client. Each write keeps the lead's next
 * action (its earliest open follow-up) and last activity up to date, live on the board.
 */
export class ActivityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly leads: LeadService,
    private readonly clients: ClientService,
    private readonly clock: () => Date,
  ) {}

  async schedule(ctx: WriteContext, input: ScheduleActivityInput): Promise<Activity> {
    const scope = await this.access.scope(ctx.actor);
    if (input.notes && input.notes.length > LEAD_LIMITS.notes)
      throw InputError.field('notes', 'TOO_LONG', `notes must be at most ${LEAD_LIMITS.notes} characters`);
    return this.transactions.run(async (tx) => {
      const parent = await this.parent(tx.manager, scope, input.leadId, input.clientId);
      const purpose = await purposeOf(tx.manager, parent.client?.id ?? null, input.purpose);
      await checkCollectionSlot(tx.manager, { purpose, type: input.type, dueAt: input.dueAt, officeId: officeOf(parent) });
      const activity = await this.insert(tx, ctx, parent, { type: input.type, dueAt: input.dueAt, notes: input.notes ?? null, purpose });
      await this.afterChange(tx, ctx, scope, parent);
      return activity;
    });
  }

  async log(ctx: WriteContext, input: LogActivityInput): Promise<Activity> {
    const scope = await this.access.scope(ctx.actor);
    const errors = checkResult(input);
    const doneAt = input.doneAt ?? this.clock();
    if (doneAt.getTime() > this.clock().getTime() + 5 * 60_000)
      errors.push({ field: 'doneAt', code: 'DATE_INVALID', message: 'doneAt is in the future; schedule it instead' });
    if (errors.length > 0) throw new InputError(errors);
    return this.transactions.run(async (tx) => {
      const parent = await this.parent(tx.manager, scope, input.leadId, input.clientId);
      const purpose = await purposeOf(tx.manager, parent.client?.id ?? null, input.purpose);
      const activity = await this.insert(tx, ctx, parent, { ...this.result(input), type: input.type, dueAt: null, doneAt, purpose });
      await this.afterChange(tx, ctx, scope, parent);
      return activity;
    });
  }

  /** Records the outcome of a scheduled follow-up and, in the same step, schedules the next one. */
  async complete(ctx: WriteContext, input: CompleteActivityInput): Promise<{ completed: Activity; next: Activity | null }> {
    const scope = await this.access.scope(ctx.actor);
    const errors = checkResult(input);
    if (input.next?.notes && input.next.notes.length > LEAD_LIMITS.notes) errors.push({ field: 'next.notes', code: 'TOO_LONG', message: 'notes too long' });
    if (errors.length > 0) throw new InputError(errors);
    const id = parseId('id', input.id) as number;
    return this.transactions.run(async (tx) => {
      const activity = await tx.manager.findOneBy(Activity, { id });
      if (!activity) throw new NotFoundError('Activity', id);
      const parent = await this.parent(
        tx.manager,
        scope,
        activity.leadId ? String(activity.leadId) : null,
        activity.clientId ? String(activity.clientId) : null,
      ).catch(() => {
        throw new NotFoundError('Activity', id);
      });
      if (activity.doneAt) throw new InputError([{ field: 'id', code: 'NOT_ALLOWED', message: 'This follow-up is already done', reason: 'ALREADY_DONE' }]);
      const values = { ...this.result(input), doneAt: this.clock() };
      const result = await tx.manager.createQueryBuilder().update(Activity).set(values).where('id = :id AND doneAt IS NULL', { id }).execute();
      if (result.affected !== 1)
        throw new InputError([{ field: 'id', code: 'NOT_ALLOWED', message: 'This follow-up is already done', reason: 'ALREADY_DONE' }]);
      await tx.audit({
        entityType: parent.lead ? 'Lead' : 'Client',
        entityId: parent.lead?.id ?? parent.client!.id,
        action: 'completeActivity',
        actorId: ctx.actor.id,
        after: { activity: id, type: activity.type, outcome: input.outcome },
      });
      let next: Activity | null = null;
      if (input.next) {
        const purpose = await purposeOf(tx.manager, parent.client?.id ?? null, input.next.purpose ?? activity.purpose);
        await checkCollectionSlot(tx.manager, { purpose, type: input.next.type, dueAt: input.next.dueAt, officeId: officeOf(parent) }, 'next.dueAt');
        next = await this.insert(tx, ctx, parent, { ...this.nextValues(input.next), purpose });
      }
      await this.afterChange(tx, ctx, scope, parent);
      return { completed: await tx.manager.findOneByOrFail(Activity, { id }), next };
    });
  }

  /**
   * The viewer's (or, for a manager, an officer's) follow-ups: overdue, on `date`, and the week after.
   * Days are the owner's office's: `date` defaults to today there and begins at its midnight.
   */
  async agenda(viewer: User, requestedDate: string | null, ownerId: number | null, now: Date = new Date()): Promise<Agenda> {
    if (requestedDate !== null && !isBusinessDate(requestedDate)) throw InputError.field('date', 'DATE_INVALID', 'date must be YYYY-MM-DD');
    const owner = ownerId ?? viewer.id;
    let ownerOfficeId = viewer.officeId;
    if (owner !== viewer.id) {
      const scope = await this.access.scope(viewer);
      const user = await this.dataSource.manager.findOneBy(User, { id: owner });
      if (!user || scope.role === 'OFFICER' || scope.role === 'MARKETING' || (scope.officeIds !== null && !scope.officeIds.includes(user.officeId))) {
        throw new NotFoundError('User', owner);
      }
      ownerOfficeId = user.officeId;
    }
    const zone = await officeTimeZone(this.dataSource.manager, ownerOfficeId);
    const date = requestedDate ?? businessDate(now, zone);
    const start = startOfBusinessDate(date, zone);
    const end = startOfBusinessDate(addDays(date, 1), zone);
    const horizon = startOfBusinessDate(addDays(date, 8), zone);
    const repo = this.dataSource.getRepository(Activity);
    const base = { ownerId: owner, doneAt: IsNull() };
    const [overdue, today, upcoming] = await Promise.all([
      repo.find({ where: { ...base, dueAt: LessThan(start) }, order: { dueAt: 'ASC', id: 'ASC' }, take: 200 }),
      repo.find({ where: { ...base, dueAt: Between(start, new Date(end.getTime() - 1)) }, order: { dueAt: 'ASC', id: 'ASC' } }),
      repo.find({ where: { ...base, dueAt: Between(end, new Date(horizon.getTime() - 1)) }, order: { dueAt: 'ASC', id: 'ASC' }, take: 200 }),
    ]);
    return { date, overdue, today, upcoming };
  }

  /** Activities of a lead or client the viewer may see, newest first. */
  async forParent(viewer: User, leadId: number | null, clientId: number | null): Promise<Activity[]> {
    const scope = await this.access.scope(viewer);
    if (leadId !== null) {
      await this.leads.loadVisible(this.dataSource.manager, scope, leadId);
      return this.dataSource.getRepository(Activity).find({ where: { leadId }, order: { id: 'DESC' } });
    }
    if (clientId !== null) {
      await this.clients.loadChangeable(this.dataSource.manager, scope, clientId);
      return this.dataSource.getRepository(Activity).find({ where: { clientId }, order: { id: 'DESC' } });
    }
    return [];
  }

  async get(viewer: User, rawId: string): Promise<Activity> {
    const id = parseId('id', rawId) as number;
    const activity = await this.dataSource.getRepository(Activity).findOneBy({ id });
    if (!activity) throw new NotFoundError('Activity', id);
    const scope = await this.access.scope(viewer);
    await this.parent(
      this.dataSource.manager,
      scope,
      activity.leadId ? String(activity.leadId) : null,
      activity.clientId ? String(activity.clientId) : null,
      false,
    ).catch(() => {
      throw new NotFoundError('Activity', id);
    });
    return activity;
  }

  private result(input: ActivityResultInput): Partial<Activity> {
    return {
      outcome: input.outcome,
      notes: input.notes?.trim() || null,
      promiseDate: input.promiseDate ?? null,
      promiseAmount: input.promiseAmount ?? null,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
    };
  }

  private nextValues(next: NextStepInput): Partial<Activity> {
    return { type: next.type, dueAt: next.dueAt, notes: next.notes?.trim() || null };
  }

  private async parent(
    manager: EntityManager,
    scope: Scope,
    rawLead: string | null | undefined,
    rawClient: string | null | undefined,
    write = true,
  ): Promise<Parent> {
    const leadId = parseId('leadId', rawLead);
    const clientId = parseId('clientId', rawClient);
    if ((leadId === null) === (clientId === null))
      throw InputError.field('leadId', 'REQUIRED', 'A follow-up is on a lead or on a client (one of leadId, clientId)', undefined, 'ONE_OF_LEAD_OR_CLIENT');
    if (leadId !== null) {
      const lead = write ? await this.leads.loadChangeable(manager, scope, leadId) : await this.leads.loadVisible(manager, scope, leadId);
      return { lead, client: null, ownerId: lead.ownerId ?? scope.user.id };
    }
    const client = await this.clients.loadChangeable(manager, scope, clientId as number);
    return { lead: null, client, ownerId: client.officerId ?? scope.user.id };
  }

  private async insert(tx: Tx, ctx: WriteContext, parent: Parent, values: Partial<Activity>): Promise<Activity> {
    const inserted = await tx.manager.insert(Activity, {
      leadId: parent.lead?.id ?? null,
      clientId: parent.client?.id ?? null,
      ownerId: parent.ownerId,
      createdById: ctx.actor.id,
      dueAt: null,
      doneAt: null,
      ...values,
    });
    const id = Number(inserted.identifiers[0].id);
    await tx.audit({
      entityType: parent.lead ? 'Lead' : 'Client',
      entityId: parent.lead?.id ?? parent.client!.id,
      action: values.doneAt ? 'logActivity' : 'scheduleActivity',
      actorId: ctx.actor.id,
      after: { activity: id, type: values.type, dueAt: values.dueAt ?? null, outcome: values.outcome ?? null },
    });
    return tx.manager.findOneByOrFail(Activity, { id });
  }

  /** A lead's next action is its earliest open follow-up; its last activity the latest done one. */
  private async afterChange(tx: Tx, ctx: WriteContext, scope: Scope, parent: Parent): Promise<void> {
    if (!parent.lead) return;
    const lead = await this.leads.loadVisible(tx.manager, scope, parent.lead.id);
    const repo = tx.manager.getRepository(Activity);
    const nextOpen = await repo.findOne({ where: { leadId: lead.id, doneAt: IsNull() }, order: { dueAt: 'ASC', id: 'ASC' } });
    const lastDone = await repo.findOne({ where: { leadId: lead.id, doneAt: Not(IsNull()) }, order: { doneAt: 'DESC', id: 'DESC' } });
    const nextActionAt = nextOpen?.dueAt ?? null;
    const lastActivityAt = lastDone?.doneAt ?? null;
    const same = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);
    if (same(nextActionAt, lead.nextActionAt) && same(lastActivityAt, lead.lastActivityAt)) return;
    await this.leads.versionedUpdate(tx, scope, lead.id, lead.version, { nextActionAt, lastActivityAt });
    await this.leads.emitCurrent(tx, ctx, lead.id, 'updated', visibilityOf(lead));
  }
}
