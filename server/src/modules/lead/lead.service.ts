import type { DataSource, EntityManager } from 'typeorm';
import { validateLeadFields } from '@prospek/shared';
import type { LeadStage } from '@prospek/shared';
import { lockColumn } from '../../boards/board-ordering.js';
import { archiveOnBoard } from '../../boards/board-move.js';
import type { Tx, TransactionRunner } from '../../db/transaction.js';
import { ConflictError, ForbiddenError, InputError } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import { canChangeLead } from '../access/scope.js';
import type { Scope } from '../access/scope.js';
import { changes } from '../audit/audit.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { parseId } from '../write-context.js';
import type { WriteContext } from '../write-context.js';
import { toLeadCard, visibilityOf } from './lead-card.js';
import type { CreateLeadInput } from './create-lead.input.js';
import { openLeadWithPhone, refuseOpenTwin } from './lead-duplicates.js';
import { checkCampaign, checkProduct, placeNewLead } from './lead-placement.js';
import { LeadRecords } from './lead-records.js';
import { LeadStageMoves } from './lead-stage.js';
import type { LeadWin } from './lead-won.js';
import { Lead } from './lead.entity.js';
import { LeadStageChange } from './lead-stage-change.entity.js';
import { LEAD_BOARD } from './lead.board.js';
import type { MoveLeadInput } from './move-lead.input.js';
import type { UpdateLeadInput } from './update-lead.input.js';

/**
 * Writes to leads. Each runs in one transaction, checks the version it was given
 * (`UPDATE … WHERE id = ? AND version = ?`), and emits its board event after commit. Each use case has
 * its file: placement (`lead-placement.ts`), duplicates (`lead-duplicates.ts`), stage moves
 * (`lead-stage.ts`), the win (`lead-won.ts`); the row's load, versioned update and event are
 * `lead-records.ts`.
 */
export class LeadService extends LeadRecords {
  private readonly stages: LeadStageMoves;

  constructor(
    dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    win: LeadWin,
    clock: () => Date = () => new Date(),
  ) {
    super(dataSource, clock);
    this.stages = new LeadStageMoves(dataSource, transactions, access, this, win, clock);
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
      const { ownerId, officeId } = await placeNewLead(tx.manager, this.access, scope, requestedOwner, requestedOffice);
      if (checked.value.phone && input.allowDuplicate !== true) await refuseOpenTwin(tx.manager, this.dialect, scope, checked.value.phone);
      const campaignId = await checkCampaign(tx.manager, scope, input.campaignId);
      const productId = await checkProduct(tx.manager, input.productId);
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
  openLeadWithPhone(manager: EntityManager, phone: string, scope?: Scope): Promise<{ id: number; fullName: string } | null> {
    return openLeadWithPhone(manager, this.dialect, phone, scope);
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
        values.campaignId = await checkCampaign(tx.manager, scope, campaignId);
      if (productId !== undefined) values.productId = await checkProduct(tx.manager, productId);
      // A lead that changes campaign leaves the former campaign team's board.
      const campaignChanged = values.campaignId !== undefined && values.campaignId !== before.campaignId;
      const formerCampaign = campaignChanged && before.campaignId !== null ? await tx.manager.findOneBy(Campaign, { id: before.campaignId }) : null;
      await this.versionedUpdate(tx, scope, id, expectedVersion, values);
      await tx.audit({ entityType: 'Lead', entityId: id, action: 'update', actorId: ctx.actor.id, ...changes(before, values) });
      return this.emitCurrent(tx, ctx, id, 'updated', visibilityOf(before), campaignChanged ? (formerCampaign?.officeId ?? null) : undefined);
    });
  }

  move(ctx: WriteContext, input: MoveLeadInput): Promise<Lead> {
    return this.stages.move(ctx, input);
  }

  async archive(ctx: WriteContext, rawId: string): Promise<Lead> {
    const id = parseId('id', rawId) as number;
    const scope = await this.access.scope(ctx.actor);
    return this.transactions.run(async (tx) => {
      const archivedAt = this.clock();
      const { before, changed } = await archiveOnBoard(
        tx.manager,
        LEAD_BOARD,
        Lead,
        { id, archivedAt },
        {
          load: () => this.loadVisible(tx.manager, scope, id),
          mayChange: (lead) => {
            if (!canChangeLead(scope, lead)) throw new ForbiddenError('You may read this lead but not change it');
          },
          conflict: async (current) => new ConflictError('Lead', toLeadCard(current, await this.ownerName(tx.manager, current))),
        },
      );
      if (!changed) return before;
      await tx.audit({ entityType: 'Lead', entityId: id, action: 'archive', actorId: ctx.actor.id, before: { archivedAt: null }, after: { archivedAt } });
      return this.emitCurrent(tx, ctx, id, 'removed', visibilityOf(before));
    });
  }

  /**
   * Brings an archived lead back onto the board, at the key it kept, so it returns where it was; its card
   * is announced as created to those who see it. A lead already on the board is returned as it is.
   */
  async restore(ctx: WriteContext, rawId: string, expectedVersion: number | null): Promise<Lead> {
    const id = parseId('id', rawId) as number;
    const scope = await this.access.scope(ctx.actor);
    const mayChange = (lead: Lead) => {
      if (!canChangeLead(scope, lead)) throw new ForbiddenError('You may read this lead but not change it');
    };
    return this.transactions.run(async (tx) => {
      const { before, changed } = await archiveOnBoard(
        tx.manager,
        LEAD_BOARD,
        Lead,
        { id, archivedAt: null, expectedVersion },
        {
          load: async () => {
            const lead = await this.loadVisible(tx.manager, scope, id);
            // Back on the board it would be a second open lead for one phone: refused, as a new one is.
            if (lead.archivedAt && lead.phone && lead.stage !== 'WON' && lead.stage !== 'LOST') {
              mayChange(lead);
              await refuseOpenTwin(tx.manager, this.dialect, scope, lead.phone);
            }
            return lead;
          },
          mayChange,
          conflict: async (current) => new ConflictError('Lead', toLeadCard(current, await this.ownerName(tx.manager, current))),
        },
      );
      if (!changed) return before;
      await tx.audit({
        entityType: 'Lead',
        entityId: id,
        action: 'restore',
        actorId: ctx.actor.id,
        before: { archivedAt: before.archivedAt },
        after: { archivedAt: null },
      });
      return this.emitCurrent(tx, ctx, id, 'created', null);
    });
  }

  /** Moves a lead to the top of `stage` as part of another change (an offer presented). */
  advance(tx: Tx, ctx: WriteContext, scope: Scope, lead: Lead, stage: LeadStage): Promise<void> {
    return this.stages.advance(tx, ctx, scope, lead, stage);
  }
}
