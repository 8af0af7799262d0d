import type { DataSource, EntityManager } from 'typeorm';
import { In, IsNull } from 'typeorm';
import { LEAD_LIMITS } from '@prospek/shared';
import { dialectOf } from '../../db/sql.js';
import type { Dialect } from '../../db/sql.js';
import type { TransactionRunner } from '../../db/transaction.js';
import { AppError, ForbiddenError, InputError, refusal } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import { reachesOffice } from '../access/scope.js';
import type { Scope } from '../access/scope.js';

/** SQLite bounds the terms of one expression: long id lists go in slices. */
function batches(ids: number[], size = 500): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < ids.length; i += size) out.push(ids.slice(i, i + size));
  return out;
}
import { Activity } from '../follow-up/activity.entity.js';
import { User } from '../user/user.entity.js';
import { leadFromRow, visibilityOf } from './lead-card.js';
import type { LeadRow } from './lead-card.js';
import { LeadAssignment } from './lead-assignment.entity.js';
import type { PortfolioHandover } from './portfolio-handover.type.js';
import { Client } from '../client/client.entity.js';
import { Lead } from './lead.entity.js';
import type { NotificationService } from '../notification/notification.service.js';
import type { LeadService } from './lead.service.js';
import { parseId } from '../write-context.js';
import type { WriteContext } from '../write-context.js';

function reasonOf(reason: string | null | undefined, required: boolean): string | null {
  const text = reason?.trim() || null;
  if (required && !text) throw InputError.field('reason', 'REQUIRED', 'Say why the lead changes hands');
  if (text && text.length > LEAD_LIMITS.lostReason) {
    throw InputError.field('reason', 'TOO_LONG', `reason must be at most ${LEAD_LIMITS.lostReason} characters`, { max: LEAD_LIMITS.lostReason });
  }
  return text;
}

/**
 * Who works a lead: a manager assigns a pool lead or reassigns one (or a whole portfolio), an officer
 * claims a lead from their office's pool. Every change is kept as a LeadAssignment and audited.
 */
export class LeadAssignmentService {
  private readonly dialect: Dialect;

  constructor(
    dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly leads: LeadService,
    private readonly notifications: NotificationService,
  ) {
    this.dialect = dialectOf(dataSource);
  }

  async reassign(ctx: WriteContext, rawId: string, rawOwnerId: string, reason: string | null | undefined): Promise<Lead> {
    const scope = await this.requireManager(ctx);
    const id = parseId('id', rawId) as number;
    const ownerId = parseId('ownerId', rawOwnerId) as number;
    return this.transactions.run(async (tx) => {
      const before = await this.leads.loadChangeable(tx.manager, scope, id);
      const why = reasonOf(reason, before.ownerId !== null);
      const owner = await this.officerInReach(tx.manager, scope, ownerId, 'ownerId');
      if (before.ownerId === owner.id) return before;
      await this.leads.versionedUpdate(tx, scope, id, before.version, { ownerId: owner.id, officeId: owner.officeId });
      await this.handOverFollowUps(tx.manager, [id], owner.id);
      const assignment = await tx.manager.insert(LeadAssignment, {
        leadId: id,
        fromOwnerId: before.ownerId,
        toOwnerId: owner.id,
        reason: why,
        assignedById: ctx.actor.id,
      });
      await this.notifications.notifyInTx(tx, {
        userId: owner.id,
        type: 'LEAD_ASSIGNED',
        params: { lead: before.fullName },
        title: `Prospek baru untuk Anda: ${before.fullName}`,
        body: why,
        link: `/leads/${id}`,
        dedupeKey: `assign:${assignment.identifiers[0].id}`,
      });
      await tx.audit({
        entityType: 'Lead',
        entityId: id,
        action: before.ownerId === null ? 'assign' : 'reassign',
        actorId: ctx.actor.id,
        before: { ownerId: before.ownerId, officeId: before.officeId },
        after: { ownerId: owner.id, officeId: owner.officeId, reason: why },
      });
      return this.leads.emitCurrent(tx, ctx, id, 'updated', visibilityOf(before));
    });
  }

  async claim(ctx: WriteContext, rawId: string): Promise<Lead> {
    const scope = await this.access.scope(ctx.actor);
    if (scope.role !== 'OFFICER') throw new ForbiddenError('Only officers claim leads from the pool');
    const id = parseId('id', rawId) as number;
    return this.transactions.run(async (tx) => {
      const before = await this.leads.loadVisible(tx.manager, scope, id);
      if (before.ownerId === ctx.actor.id) return before;
      if (before.ownerId !== null || before.archivedAt) throw new AppError('CONFLICT', 'Another officer took this lead first', refusal('ALREADY_CLAIMED'));
      await this.leads.versionedUpdate(tx, scope, id, before.version, { ownerId: ctx.actor.id });
      await this.handOverFollowUps(tx.manager, [id], ctx.actor.id);
      await tx.manager.insert(LeadAssignment, { leadId: id, fromOwnerId: null, toOwnerId: ctx.actor.id, reason: null, assignedById: ctx.actor.id });
      await tx.audit({ entityType: 'Lead', entityId: id, action: 'claim', actorId: ctx.actor.id, before: { ownerId: null }, after: { ownerId: ctx.actor.id } });
      return this.leads.emitCurrent(tx, ctx, id, 'updated', visibilityOf(before));
    });
  }

  /**
   * Hands an officer's work to another (an officer leaves or goes on leave): the open leads, the clients
   * they look after, and the open follow-ups on both. Won and lost leads stay with whoever worked them.
   */
  async reassignPortfolio(ctx: WriteContext, rawFrom: string, rawTo: string, reason: string | null | undefined): Promise<PortfolioHandover> {
    const scope = await this.requireManager(ctx);
    const fromId = parseId('fromOfficerId', rawFrom) as number;
    const toId = parseId('toOfficerId', rawTo) as number;
    const why = reasonOf(reason, true);
    if (fromId === toId) throw InputError.field('toOfficerId', 'INVALID', 'Choose another officer to take the portfolio', undefined, 'SAME_OFFICER');
    return this.transactions.run(async (tx) => {
      await this.officerInReach(tx.manager, scope, fromId, 'fromOfficerId', { activeOnly: false });
      const to = await this.officerInReach(tx.manager, scope, toId, 'toOfficerId');
      const q = this.dialect.id;
      const rows: LeadRow[] = await tx.manager.query(
        `SELECT l.* FROM ${q('lead')} l WHERE l.${q('ownerId')} = ? AND l.${q('archivedAt')} IS NULL AND l.${q('stage')} NOT IN ('WON', 'LOST')${this.dialect.forUpdate}`,
        [fromId],
      );
      const leads = rows.map(leadFromRow).filter((lead) => reachesOffice(scope, lead.officeId));
      const clients = (
        await tx.manager.find(Client, { where: { officerId: fromId }, ...(this.dialect.forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
      ).filter((client) => reachesOffice(scope, client.officeId));
      const leadIds = leads.map((l) => l.id);
      const clientIds = clients.map((c) => c.id);
      for (const ids of batches(leadIds)) {
        await tx.manager
          .createQueryBuilder()
          .update(Lead)
          .set({ ownerId: to.id, officeId: to.officeId })
          .where({ id: In(ids) })
          .execute();
      }
      for (const ids of batches(clientIds)) {
        await tx.manager
          .createQueryBuilder()
          .update(Client)
          .set({ officerId: to.id, officeId: to.officeId })
          .where({ id: In(ids) })
          .execute();
      }
      const followUps =
        (await this.handOverFollowUps(tx.manager, leadIds, to.id, 'leadId')) + (await this.handOverFollowUps(tx.manager, clientIds, to.id, 'clientId'));
      if (leads.length + clients.length === 0) return { leads: 0, clients: 0, followUps };

      if (leads.length > 0) {
        await tx.manager.insert(
          LeadAssignment,
          leads.map((lead) => ({ leadId: lead.id, fromOwnerId: fromId, toOwnerId: to.id, reason: why, assignedById: ctx.actor.id })),
        );
      }
      await this.notifications.notifyInTx(tx, {
        userId: to.id,
        type: 'LEAD_ASSIGNED',
        params: { leads: leads.length, clients: clients.length },
        title: `${leads.length} prospek dan ${clients.length} nasabah dialihkan kepada Anda`,
        body: why,
        link: '/board',
        dedupeKey: `portfolio:${fromId}:${to.id}:${Date.now()}`,
      });
      for (const lead of leads) {
        await tx.audit({
          entityType: 'Lead',
          entityId: lead.id,
          action: 'reassign',
          actorId: ctx.actor.id,
          before: { ownerId: fromId, officeId: lead.officeId },
          after: { ownerId: to.id, officeId: to.officeId, reason: why },
        });
        await this.leads.emitCurrent(tx, ctx, lead.id, 'updated', visibilityOf(lead));
      }
      for (const client of clients) {
        await tx.audit({
          entityType: 'Client',
          entityId: client.id,
          action: 'reassign',
          actorId: ctx.actor.id,
          before: { officerId: fromId, officeId: client.officeId },
          after: { officerId: to.id, officeId: to.officeId, reason: why },
        });
      }
      return { leads: leads.length, clients: clients.length, followUps };
    });
  }

  /** Open follow-ups go with their lead or client: the new owner is reminded of them and finds them on the agenda. */
  private async handOverFollowUps(manager: EntityManager, ids: number[], ownerId: number, on: 'leadId' | 'clientId' = 'leadId'): Promise<number> {
    let moved = 0;
    for (const batch of batches(ids)) {
      const result = await manager
        .createQueryBuilder()
        .update(Activity)
        .set({ ownerId })
        .where({ [on]: In(batch), doneAt: IsNull() })
        .execute();
      moved += result.affected ?? 0;
    }
    return moved;
  }

  private async requireManager(ctx: WriteContext): Promise<Scope> {
    const scope = await this.access.scope(ctx.actor);
    if (scope.role !== 'MANAGER' && scope.role !== 'ADMIN') throw new ForbiddenError('Only managers assign leads');
    return scope;
  }

  private async officerInReach(manager: EntityManager, scope: Scope, id: number, field: string, options: { activeOnly?: boolean } = {}): Promise<User> {
    const officer = await manager.findOneBy(User, { id, role: 'OFFICER', ...(options.activeOnly === false ? {} : { active: true }) });
    if (!officer || !reachesOffice(scope, officer.officeId)) {
      throw InputError.field(field, 'NOT_ALLOWED', `${field} is not ${options.activeOnly === false ? 'an' : 'an active'} officer you manage`);
    }
    return officer;
  }
}
