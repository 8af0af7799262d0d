import type { DataSource, EntityManager } from 'typeorm';
import { LEAD_LIMITS, validateLeadFields } from '@prospek/shared';
import type { LeadCardData, LeadStage, OfferStatus } from '@prospek/shared';
import { dialectOf } from '../../db/sql.js';
import type { Dialect } from '../../db/sql.js';
import type { Tx, TransactionRunner } from '../../db/transaction.js';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../errors.js';
import type { LeadVisibility } from '../../events/visibility.js';
import type { AccessService } from '../access/access.service.js';
import type { ClientService } from '../client/client.service.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { Offer } from '../offer/offer.entity.js';
import { Product } from '../product/product.entity.js';
import { checkGate } from './lead-gate.js';
import { canChangeLead, reachesOffice } from '../access/scope.js';
import type { Scope } from '../access/scope.js';
import { changes } from '../audit/audit.js';
import { User } from '../user/user.entity.js';
import { leadFromRow, toLeadCard, visibilityOf } from './lead-card.js';
import type { LeadRow } from './lead-card.js';
import type { CreateLeadInput } from './create-lead.input.js';
import { Lead } from './lead.entity.js';
import { LeadStageChange } from './lead-stage-change.entity.js';
import { lockColumn } from '../../boards/board-ordering.js';
import { moveOnBoard, writeVersioned } from '../../boards/board-move.js';
import { LEAD_BOARD } from './lead.board.js';
import { leadWhere } from './lead-query.js';
import type { MoveLeadInput } from './move-lead.input.js';
import type { UpdateLeadInput } from './update-lead.input.js';

export interface WriteContext {
  actor: User;
  mutationId: string | null;
}

/** Who caused an event: a user acting (with their request's mutation id), or the system on their behalf. */
export interface EventOrigin {
  actor: Pick<User, 'id'>;
  mutationId: string | null;
}

export function parseId(field: string, value: string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw InputError.field(field, 'INVALID', `${field} is not an id`);
  return id;
}

/**
 * Writes to leads. Each runs in one transaction, checks the version it was given
 * (`UPDATE … WHERE id = ? AND version = ?`), and emits its board event after commit.
 */
export class LeadService {
  private readonly dialect: Dialect;

  constructor(
    dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly clients: ClientService,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.dialect = dialectOf(dataSource);
  }

  async create(ctx: WriteContext, input: CreateLeadInput): Promise<Lead> {
    const checked = validateLeadFields(input);
    const scope = await this.access.scope(ctx.actor);
    // Marketing reads only the leads of its campaigns: a lead it made without one would vanish from it.
    const campaignMissing = scope.role === 'MARKETING' && !input.campaignId;
    if (!checked.ok || campaignMissing) {
      const missing = campaignMissing ? [{ field: 'campaignId', code: 'REQUIRED' as const, message: 'Name the campaign that brought the lead' }] : [];
      throw new InputError([...(checked.ok ? [] : checked.errors), ...missing]);
    }
    const requestedOwner = parseId('ownerId', input.ownerId);
    const requestedOffice = parseId('officeId', input.officeId);
    return this.transactions.run(async (tx) => {
      const order = await lockColumn(tx.manager, this.dialect, LEAD_BOARD, 'NEW');
      const { ownerId, officeId } = await this.placement(tx.manager, scope, requestedOwner, requestedOffice);
      if (checked.value.phone && input.allowDuplicate !== true) await this.refuseOpenTwin(tx.manager, scope, checked.value.phone);
      const campaignId = await this.checkCampaign(tx.manager, scope, input.campaignId);
      const productId = await this.checkProduct(tx.manager, input.productId);
      const now = this.clock();
      const position = await order.top();
      const inserted = await tx.manager.insert(Lead, {
        ...checked.value,
        nextActionAt: input.nextActionAt ?? null,
        stage: 'NEW',
        position,
        ownerId,
        officeId,
        campaignId,
        productId,
        stageEnteredAt: now,
        createdById: ctx.actor.id,
        currency: 'IDR',
      });
      const id = Number(inserted.identifiers[0].id);
      await tx.manager.insert(LeadStageChange, { leadId: id, fromStage: null, toStage: 'NEW', changedById: ctx.actor.id });
      await tx.audit({ entityType: 'Lead', entityId: id, action: 'create', actorId: ctx.actor.id, after: { ...checked.value, ownerId, officeId } });
      return this.emitCurrent(tx, ctx, id, 'created', null);
    });
  }

  /** The oldest open lead (neither won, lost nor archived) with this phone, among those `scope` reads if given. */
  async openLeadWithPhone(manager: EntityManager, phone: string, scope?: Scope): Promise<{ id: number; fullName: string } | null> {
    const q = this.dialect.id;
    const reach = scope ? leadWhere(scope, {}, this.dialect) : { sql: `l.${q('archivedAt')} IS NULL`, params: [] };
    const rows: Array<{ id: number | string; fullName: string }> = await manager.query(
      `SELECT l.${q('id')} AS id, l.${q('fullName')} AS ${q('fullName')} FROM ${q('lead')} l ` +
        `WHERE l.${q('phone')} = ? AND l.${q('stage')} NOT IN ('WON', 'LOST') AND ${reach.sql} ORDER BY l.${q('id')} LIMIT 1`,
      [phone, ...reach.params],
    );
    return rows.length > 0 ? { id: Number(rows[0].id), fullName: rows[0].fullName } : null;
  }

  /**
   * A second open lead for one phone splits the history of one prospect: refused, naming the open lead
   * only to a caller who may read it.
   */
  private async refuseOpenTwin(manager: EntityManager, scope: Scope, phone: string): Promise<void> {
    if (!(await this.openLeadWithPhone(manager, phone))) return;
    const seen = await this.openLeadWithPhone(manager, phone, scope);
    throw InputError.field(
      'phone',
      'DUPLICATE',
      'An open lead already has this phone number',
      seen ? { leadId: String(seen.id), fullName: seen.fullName } : undefined,
    );
  }

  /**
   * A lead from outside the app (the public form): validated by the caller, placed at the top of NEW in
   * an office's pool, recorded and announced like any other.
   */
  async insertPoolLead(
    tx: Tx,
    values: Pick<Lead, 'fullName' | 'phone' | 'source' | 'officeId' | 'campaignId' | 'productId' | 'notes'>,
    actorId: number,
  ): Promise<Lead> {
    const position = await (await lockColumn(tx.manager, this.dialect, LEAD_BOARD, 'NEW', { nested: true })).top();
    const inserted = await tx.manager.insert(Lead, {
      ...values,
      companyName: null,
      whatsapp: values.phone,
      email: null,
      nik: null,
      referrerName: null,
      segment: null,
      estimatedAmount: 0n,
      currency: 'IDR',
      stage: 'NEW',
      position,
      ownerId: null,
      stageEnteredAt: this.clock(),
      createdById: actorId,
    });
    const id = Number(inserted.identifiers[0].id);
    await tx.manager.insert(LeadStageChange, { leadId: id, fromStage: null, toStage: 'NEW', changedById: actorId });
    await tx.audit({ entityType: 'Lead', entityId: id, action: 'capture', actorId: null, after: values });
    return this.emitCurrent(tx, { actor: { id: actorId }, mutationId: null }, id, 'created', null);
  }

  /**
   * Who owns a new lead and where it lives: an officer's lead is their own; marketing's waits in its
   * office's pool; a manager or admin names an officer they manage, or an office for the pool.
   */
  private async placement(
    manager: EntityManager,
    scope: Scope,
    requestedOwner: number | null,
    requestedOffice: number | null,
  ): Promise<{ ownerId: number | null; officeId: number }> {
    const self = scope.user;
    if (scope.role === 'OFFICER') {
      if (requestedOwner !== null && requestedOwner !== self.id) throw new ForbiddenError('An officer creates leads for themselves');
      return { ownerId: self.id, officeId: self.officeId };
    }
    if (scope.role === 'MARKETING') {
      if (requestedOwner !== null) throw new ForbiddenError('Leads from marketing go to the office pool');
      if (requestedOffice !== null && requestedOffice !== self.officeId) throw InputError.field('officeId', 'NOT_ALLOWED', 'officeId is not your office');
      return { ownerId: null, officeId: self.officeId };
    }
    if (requestedOwner !== null) {
      const owner = await manager.findOneBy(User, { id: requestedOwner, active: true, role: 'OFFICER' });
      if (!owner || !reachesOffice(scope, owner.officeId)) throw InputError.field('ownerId', 'NOT_ALLOWED', 'ownerId is not an active officer you manage');
      return { ownerId: owner.id, officeId: owner.officeId };
    }
    const officeId = requestedOffice ?? self.officeId;
    if (!reachesOffice(scope, officeId) || !(await this.access.tree()).has(officeId)) {
      throw InputError.field('officeId', 'NOT_ALLOWED', 'officeId is not an office you manage');
    }
    return { ownerId: null, officeId };
  }

  private async checkCampaign(manager: EntityManager, scope: Scope, raw: string | null | undefined): Promise<number | null> {
    const campaignId = parseId('campaignId', raw);
    if (campaignId === null) return null;
    const campaign = await manager.findOneBy(Campaign, { id: campaignId });
    if (!campaign || !reachesOffice(scope, campaign.officeId)) throw InputError.field('campaignId', 'NOT_ALLOWED', 'campaignId is not a campaign you reach');
    return campaignId;
  }

  private async checkProduct(manager: EntityManager, raw: string | null | undefined): Promise<number | null> {
    const productId = parseId('productId', raw);
    if (productId !== null && !(await manager.findOneBy(Product, { id: productId })))
      throw InputError.field('productId', 'NOT_ALLOWED', 'productId is not a product');
    return productId;
  }

  async update(ctx: WriteContext, input: UpdateLeadInput): Promise<Lead> {
    const id = parseId('id', input.id) as number;
    const { id: _id, expectedVersion, nextActionAt, campaignId, productId, ...fields } = input;
    const checked = validateLeadFields(fields, { partial: true });
    if (!checked.ok) throw new InputError(checked.errors);
    const values: Partial<Lead> = { ...checked.value, ...(nextActionAt !== undefined ? { nextActionAt } : {}) };
    const scope = await this.access.scope(ctx.actor);
    return this.transactions.run(async (tx) => {
      const before = await this.loadChangeable(tx.manager, scope, id);
      // A campaign kept as it was stays, even one the editor does not reach; a new one must be reachable.
      if (campaignId !== undefined && parseId('campaignId', campaignId) !== before.campaignId)
        values.campaignId = await this.checkCampaign(tx.manager, scope, campaignId);
      if (productId !== undefined) values.productId = await this.checkProduct(tx.manager, productId);
      // A lead that changes campaign leaves the former campaign team's board.
      const campaignChanged = values.campaignId !== undefined && values.campaignId !== before.campaignId;
      const formerCampaign = campaignChanged && before.campaignId !== null ? await tx.manager.findOneBy(Campaign, { id: before.campaignId }) : null;
      await this.versionedUpdate(tx, scope, id, expectedVersion, values);
      await tx.audit({ entityType: 'Lead', entityId: id, action: 'update', actorId: ctx.actor.id, ...changes(before, values) });
      return this.emitCurrent(tx, ctx, id, 'updated', visibilityOf(before), campaignChanged ? (formerCampaign?.officeId ?? null) : undefined);
    });
  }

  async move(ctx: WriteContext, input: MoveLeadInput): Promise<Lead> {
    const id = parseId('id', input.id) as number;
    const afterId = parseId('afterId', input.afterId);
    const beforeId = parseId('beforeId', input.beforeId);
    const lostReason = input.lostReason?.trim() || null;
    if (input.stage === 'LOST' && !lostReason) {
      throw InputError.field('lostReason', 'REQUIRED', 'Say why the lead was lost');
    }
    if (lostReason && lostReason.length > LEAD_LIMITS.lostReason) {
      throw InputError.field('lostReason', 'TOO_LONG', `lostReason must be at most ${LEAD_LIMITS.lostReason} characters`, {
        max: LEAD_LIMITS.lostReason,
      });
    }
    const scope = await this.access.scope(ctx.actor);
    return this.transactions.run(async (tx) => {
      const { before, position } = await moveOnBoard(
        tx.manager,
        this.dialect,
        LEAD_BOARD,
        { id, column: input.stage, afterId, beforeId, expectedVersion: input.expectedVersion },
        {
          load: () => this.loadChangeable(tx.manager, scope, id),
          conflict: async (current) => new ConflictError('Lead', toLeadCard(current, await this.ownerName(tx.manager, current))),
          reach: LEAD_BOARD.reach(scope, this.dialect.id),
        },
      );
      const stageChanged = before.stage !== input.stage;
      if (stageChanged && before.stage === 'WON') {
        // Won means the akad is signed and the lead is a client: nothing reopens it from the board.
        throw InputError.field('stage', 'NOT_ALLOWED', 'A won lead stays won: it is a client now', { from: 'WON' }, 'WON_IS_FINAL');
      }
      const accepted = stageChanged ? await checkGate(tx.manager, id, input.stage) : null;
      const values: Partial<Lead> = {
        stage: input.stage,
        position,
        lostReason: input.stage === 'LOST' ? lostReason : null,
        ...(stageChanged ? { stageEnteredAt: this.clock() } : {}),
      };
      if (stageChanged && input.stage === 'WON') {
        // Won: the lead becomes a client (the same one however often it is won) with its accepted offer.
        const client = await this.clients.convertLead(tx, ctx.actor.id, before);
        values.clientId = client.id;
        if (accepted) {
          await tx.manager.update(Offer, { id: accepted.id }, { clientId: client.id });
          // What was won is the accepted offer's amount, not the early estimate: the WON column sums it.
          values.estimatedAmount = accepted.amount;
        }
      }
      await this.versionedUpdate(tx, scope, id, input.expectedVersion, values);
      if (stageChanged) {
        await tx.audit({
          entityType: 'Lead',
          entityId: id,
          action: 'move',
          actorId: ctx.actor.id,
          ...changes(before, {
            stage: values.stage,
            lostReason: values.lostReason,
            clientId: values.clientId ?? before.clientId,
            estimatedAmount: values.estimatedAmount ?? before.estimatedAmount,
          }),
        });
      }
      if (stageChanged) {
        await tx.manager.insert(LeadStageChange, {
          leadId: id,
          fromStage: before.stage,
          toStage: input.stage as LeadStage,
          changedById: ctx.actor.id,
        });
      }
      return this.emitCurrent(tx, ctx, id, 'moved', visibilityOf(before));
    });
  }

  async archive(ctx: WriteContext, rawId: string): Promise<Lead> {
    const id = parseId('id', rawId) as number;
    const scope = await this.access.scope(ctx.actor);
    return this.transactions.run(async (tx) => {
      const before = await this.loadVisible(tx.manager, scope, id);
      if (before.archivedAt) return before;
      if (!canChangeLead(scope, before)) throw new ForbiddenError('You may read this lead but not change it');
      const archivedAt = this.clock();
      await this.versionedUpdate(tx, scope, id, before.version, { archivedAt });
      await tx.audit({ entityType: 'Lead', entityId: id, action: 'archive', actorId: ctx.actor.id, before: { archivedAt: null }, after: { archivedAt } });
      return this.emitCurrent(tx, ctx, id, 'removed', visibilityOf(before));
    });
  }

  /**
   * Moves a lead to the top of `stage` as part of another change (an offer presented): recorded,
   * audited and announced like a move on the board.
   */
  async advance(tx: Tx, ctx: WriteContext, scope: Scope, lead: Lead, stage: LeadStage): Promise<void> {
    const position = await (await lockColumn(tx.manager, this.dialect, LEAD_BOARD, stage, { nested: true })).top();
    await this.versionedUpdate(tx, scope, lead.id, lead.version, { stage, position, stageEnteredAt: this.clock(), lostReason: null });
    await tx.manager.insert(LeadStageChange, { leadId: lead.id, fromStage: lead.stage, toStage: stage, changedById: ctx.actor.id });
    await tx.audit({ entityType: 'Lead', entityId: lead.id, action: 'move', actorId: ctx.actor.id, before: { stage: lead.stage }, after: { stage } });
    await this.emitCurrent(tx, ctx, lead.id, 'moved', visibilityOf(lead));
  }

  /**
   * Another record shown on the lead's card changed (its latest offer): the lead's version advances, so
   * that boards holding the card take the event as newer, and the card is announced as it now is.
   * Does nothing for an archived lead, which no board shows. The caller has written in `tx` already.
   */
  async touch(tx: Tx, ctx: EventOrigin, id: number): Promise<void> {
    const q = this.dialect.id;
    const rows: LeadRow[] = await tx.manager.query(`SELECT l.* FROM ${q('lead')} l WHERE l.${q('id')} = ?${this.dialect.forUpdate}`, [id]);
    if (rows.length === 0) return;
    const lead = leadFromRow(rows[0]);
    if (lead.archivedAt) return;
    // The row is locked (or SQLite's writes take turns): its version cannot move under us.
    await tx.manager
      .createQueryBuilder()
      .update(Lead)
      .set({ updatedAt: this.clock() })
      .where('id = :id AND version = :version', { id, version: lead.version })
      .execute();
    await this.emitCurrent(tx, ctx, id, 'updated', null);
  }

  /** An offer of the lead was created or changed status: its card changes if the offer is its latest. */
  async offerChanged(tx: Tx, ctx: EventOrigin, leadId: number, offerId: number): Promise<void> {
    if ((await this.latestOffer(tx.manager, leadId))?.id !== String(offerId)) return;
    await this.touch(tx, ctx, leadId);
  }

  /** Applies `values` only if the row still has `expectedVersion`; otherwise CONFLICT with the row as it is. */
  async versionedUpdate(tx: Tx, scope: Scope, id: number, expectedVersion: number, values: Partial<Lead>): Promise<void> {
    if (await writeVersioned(tx.manager, Lead, id, expectedVersion, values)) return;
    const current = await this.loadVisible(tx.manager, scope, id);
    throw new ConflictError('Lead', toLeadCard(current, await this.ownerName(tx.manager, current)));
  }

  /** A lead the viewer may change: NOT_FOUND outside their reach, FORBIDDEN when only readable. */
  async loadChangeable(manager: EntityManager, scope: Scope, id: number): Promise<Lead> {
    const lead = await this.loadVisible(manager, scope, id);
    if (lead.archivedAt) throw new NotFoundError('Lead', id);
    if (!canChangeLead(scope, lead)) throw new ForbiddenError('You may read this lead but not change it');
    return lead;
  }

  async loadVisible(manager: EntityManager, scope: Scope, id: number): Promise<Lead> {
    const q = this.dialect.id;
    const where = leadWhere(scope, {}, this.dialect, { includeArchived: true });
    // Locks the row: concurrent writes to one lead queue here and each reads the latest version.
    const rows: LeadRow[] = await manager.query(`SELECT l.* FROM ${q('lead')} l WHERE l.${q('id')} = ? AND ${where.sql}${this.dialect.forUpdate}`, [
      id,
      ...where.params,
    ]);
    if (rows.length === 0) throw new NotFoundError('Lead', id);
    return leadFromRow(rows[0]);
  }

  async ownerName(manager: EntityManager, lead: Lead): Promise<string | null> {
    if (lead.ownerId === null) return null;
    return (await manager.findOne(User, { where: { id: lead.ownerId }, select: { id: true, name: true } }))?.name ?? null;
  }

  /** The offer a lead's card shows (its accepted one, else the most recent), so a live card keeps it current. */
  async latestOffer(manager: EntityManager, leadId: number): Promise<LeadCardData['latestOffer']> {
    const q = this.dialect.id;
    const rows: Array<{ id: number | string; status: OfferStatus; productId: number | string; productName: string }> = await manager.query(
      `SELECT o.${q('id')} AS ${q('id')}, o.${q('status')} AS ${q('status')}, p.${q('id')} AS ${q('productId')}, p.${q('name')} AS ${q('productName')} ` +
        `FROM ${q('offer')} o JOIN ${q('product')} p ON p.${q('id')} = o.${q('productId')} WHERE o.${q('leadId')} = ? ORDER BY CASE WHEN o.${q('status')} = 'ACCEPTED' THEN 0 ELSE 1 END, o.${q('id')} DESC LIMIT 1`,
      [leadId],
    );
    const [offer] = rows;
    return offer ? { id: String(offer.id), status: offer.status, product: { id: String(offer.productId), name: offer.productName } } : null;
  }

  /** Re-reads the row inside the transaction, so the event carries what the database holds. */
  async emitCurrent(
    tx: Tx,
    ctx: EventOrigin,
    id: number,
    type: 'created' | 'updated' | 'moved' | 'removed',
    previousVisibility: LeadVisibility | null,
    /** The campaign office the lead reached before, when the change moved it to another campaign (or none). */
    previousCampaignOfficeId?: number | null,
  ): Promise<Lead> {
    const q = this.dialect.id;
    const rows: Array<LeadRow & { campaignOfficeId: number | string | null }> = await tx.manager.query(
      `SELECT l.*, c.${q('officeId')} AS ${q('campaignOfficeId')} FROM ${q('lead')} l ` +
        `LEFT JOIN ${q('campaign')} c ON c.${q('id')} = l.${q('campaignId')} WHERE l.${q('id')} = ?`,
      [id],
    );
    const lead = leadFromRow(rows[0]);
    const campaignOfficeId = rows[0].campaignOfficeId === null ? null : Number(rows[0].campaignOfficeId);
    const card = { ...toLeadCard(lead, await this.ownerName(tx.manager, lead)), latestOffer: await this.latestOffer(tx.manager, id) };
    tx.emit({
      kind: 'lead',
      type,
      card,
      visibility: visibilityOf(lead, campaignOfficeId),
      // Unless the change named another campaign, the lead reached the same campaign team before it.
      previousVisibility: previousVisibility && {
        ...previousVisibility,
        campaignOfficeId: visibilityOf(lead, previousCampaignOfficeId === undefined ? campaignOfficeId : previousCampaignOfficeId).campaignOfficeId,
      },
      actorId: String(ctx.actor.id),
      mutationId: ctx.mutationId,
    });
    return lead;
  }
}
