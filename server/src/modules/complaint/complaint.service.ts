import type { EntityManager } from 'typeorm';
import { businessDate, isBusinessDate, officeZone, addDays } from '@prospek/shared';
import type { ComplaintStatus, FieldError } from '@prospek/shared';
import { lockColumn } from '../../boards/board-ordering.js';
import { moveOnBoard, writeVersioned } from '../../boards/board-move.js';
import type { Tx, TransactionRunner } from '../../db/transaction.js';
import { ConflictError, InputError, NotFoundError } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import { canChangeLead, canReadClient } from '../access/scope.js';
import type { Scope } from '../access/scope.js';
import { Client } from '../client/client.entity.js';
import { Invoice } from '../invoice/invoice.entity.js';
import { Lead } from '../lead/lead.entity.js';
import { Loan } from '../loan/loan.entity.js';
import { Office } from '../office/office.entity.js';
import { Product } from '../product/product.entity.js';
import { parseId, requireId } from '../write-context.js';
import type { WriteContext } from '../write-context.js';
import { COMPLAINT_BOARD } from './complaint.board.js';
import { complaintVisibility } from './complaint-card.js';
import type { ComplaintReadService } from './complaint-read.service.js';
import { Complaint, ComplaintCategory, ComplaintEvent } from './complaint.entity.js';
import type { ComplaintEventKind } from './complaint.entity.js';
import type { ComplaintView, CreateComplaintInput, MoveComplaintInput } from './complaint.types.js';

export const COMPLAINT_LIMITS = { description: 2000, note: 500, maxAgeDays: 366 };

/** Statuses a board move may take a complaint between; resolving and reopening have their own dialogs. */
const WORKING: readonly ComplaintStatus[] = ['OPEN', 'IN_PROGRESS', 'WAITING_CLIENT'];

/** Text that must be there and fit. */
export function requiredText(field: string, value: string | null | undefined, max: number, errors: FieldError[]): string {
  const text = (value ?? '').trim();
  if (!text) errors.push({ field, code: 'REQUIRED', message: `${field} is required` });
  else if (text.length > max) errors.push({ field, code: 'TOO_LONG', message: `${field} must be at most ${max} characters`, params: { max } });
  return text;
}

/**
 * Complaints: logged on a client (owned by the client's officer) or a prospect, moved on the board,
 * each status change a history event whose order the SLA reads. Every write checks reach, runs in a
 * transaction, is audited, and tells the board after commit.
 */
export class ComplaintService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    readonly reads: ComplaintReadService,
    private readonly clock: () => Date,
  ) {}

  async create(ctx: WriteContext, input: CreateComplaintInput): Promise<ComplaintView> {
    const errors: FieldError[] = [];
    const clientId = parseId('clientId', input.clientId);
    const leadId = parseId('leadId', input.leadId);
    const loanId = parseId('loanId', input.loanId);
    const invoiceId = parseId('invoiceId', input.invoiceId);
    const productId = parseId('productId', input.productId);
    const rawCategory = input.category ?? input.categoryId;
    if (rawCategory == null || rawCategory === '') throw InputError.field('category', 'REQUIRED', 'category is required');
    const categoryId = requireId('category', rawCategory);
    if ((clientId === null) === (leadId === null))
      throw InputError.field('clientId', 'REQUIRED', 'A complaint is on a client or on a lead (one of clientId, leadId)', undefined, 'ONE_OF_LEAD_OR_CLIENT');
    const description = requiredText('description', input.description, COMPLAINT_LIMITS.description, errors);
    const today = businessDate(this.clock());
    const completeOn = input.completeOn ?? input.receivedAt;
    for (const [field, value] of [
      ['receivedAt', input.receivedAt],
      ['completeOn', completeOn],
    ] as const) {
      if (!isBusinessDate(value)) errors.push({ field, code: 'DATE_INVALID', message: `${field} must be YYYY-MM-DD` });
      else if (value > addDays(today, 1) || value < addDays(today, -COMPLAINT_LIMITS.maxAgeDays))
        errors.push({
          field,
          code: 'DATE_INVALID',
          message: `${field} must fall within the last year`,
          params: { min: addDays(today, -COMPLAINT_LIMITS.maxAgeDays), max: today },
        });
    }
    if (errors.length === 0 && completeOn < input.receivedAt)
      errors.push({ field: 'completeOn', code: 'DATE_INVALID', message: 'completeOn cannot be before receivedAt', params: { min: input.receivedAt } });
    if (errors.length) throw new InputError(errors);
    const scope = await this.access.scope(ctx.actor);
    const created = await this.transactions.run(async (tx) => {
      const position = await (await lockColumn(tx.manager, this.reads.dialect, COMPLAINT_BOARD, 'OPEN')).top();
      const party = clientId !== null ? await this.clientParty(tx.manager, scope, clientId) : await this.leadParty(tx.manager, scope, leadId as number);
      const category = await tx.manager.findOneBy(ComplaintCategory, { id: categoryId, active: true });
      if (!category) throw InputError.field('category', 'INVALID', 'category is not an active category');
      if (loanId !== null && !(await tx.manager.findOneBy(Loan, { id: loanId, clientId: clientId ?? -1 })))
        throw InputError.field('loanId', 'NOT_ALLOWED', 'loanId is not a loan of this client');
      if (invoiceId !== null && !(await tx.manager.findOneBy(Invoice, { id: invoiceId, kind: 'RECEIVABLE', clientId: clientId ?? -1 })))
        throw InputError.field('invoiceId', 'NOT_ALLOWED', 'invoiceId is not an invoice of this client');
      if (productId !== null && !(await tx.manager.findOneBy(Product, { id: productId })))
        throw InputError.field('productId', 'INVALID', 'productId is not a product');
      const office = await tx.manager.findOneByOrFail(Office, { id: party.officeId });
      const officeToday = businessDate(this.clock(), officeZone(office.timeZone));
      if (input.receivedAt > officeToday || completeOn > officeToday)
        throw InputError.field(input.receivedAt > officeToday ? 'receivedAt' : 'completeOn', 'DATE_INVALID', 'The date has not come yet', { max: officeToday });
      const inserted = await tx.manager.insert(Complaint, {
        clientId,
        leadId,
        loanId,
        invoiceId,
        productId,
        channel: input.channel,
        categoryId,
        priority: input.priority ?? 'NORMAL',
        description,
        receivedAt: input.receivedAt,
        completeOn,
        status: 'OPEN',
        position,
        ownerId: party.ownerId,
        officeId: party.officeId,
        extendedOn: null,
        extensionReason: null,
        extensionToldVia: null,
        extensionToldOn: null,
        slaWorkingDays: category.slaWorkingDays,
        slaExtensionDays: category.slaExtensionDays,
        resolution: null,
        policyId: null,
        outcome: null,
        answerChannel: null,
        answeredOn: null,
        archivedAt: null,
        createdById: ctx.actor.id,
      });
      const id = Number(inserted.identifiers[0].id);
      await this.record(tx, id, 'CREATED', 'OPEN', null, ctx);
      await tx.audit({
        entityType: 'Complaint',
        entityId: id,
        action: 'createComplaint',
        actorId: ctx.actor.id,
        after: { clientId, leadId, categoryId, channel: input.channel, receivedAt: input.receivedAt, completeOn },
      });
      return this.announce(tx, id, 'created', ctx);
    });
    return created;
  }

  /** A move on the board against the version read; resolving, closing an open complaint and reopening are refused here. */
  async move(ctx: WriteContext, input: MoveComplaintInput): Promise<ComplaintView> {
    const scope = await this.access.scope(ctx.actor);
    const id = requireId('id', input.id);
    const afterId = parseId('afterId', input.afterId);
    const beforeId = parseId('beforeId', input.beforeId);
    return this.transactions.run(async (tx) => {
      const reach = COMPLAINT_BOARD.reach(scope, this.reads.dialect.id);
      const { before, position } = await moveOnBoard(
        tx.manager,
        this.reads.dialect,
        COMPLAINT_BOARD,
        { id, column: input.status, afterId, beforeId, expectedVersion: input.expectedVersion },
        {
          load: () => this.lockVisible(tx.manager, scope, id),
          conflict: async () => new ConflictError('Complaint', await this.reads.view(tx.manager, id)),
          reach,
        },
      );
      const changing = before.status !== input.status;
      const closing = before.status === 'RESOLVED' && input.status === 'CLOSED';
      if (changing && !closing && !(WORKING.includes(before.status) && WORKING.includes(input.status)))
        throw InputError.field(
          'status',
          'NOT_ALLOWED',
          `A ${before.status} complaint is not moved to ${input.status} on the board`,
          { status: before.status },
          'COMPLAINT_STATUS',
        );
      if (!(await writeVersioned(tx.manager, Complaint, id, input.expectedVersion, { status: input.status, position })))
        throw new ConflictError('Complaint', await this.reads.view(tx.manager, id));
      if (changing) {
        await this.record(tx, id, 'MOVED', input.status, null, ctx);
        await tx.audit({
          entityType: 'Complaint',
          entityId: id,
          action: 'moveComplaint',
          actorId: ctx.actor.id,
          before: { status: before.status },
          after: { status: input.status },
        });
      }
      return this.announce(tx, id, 'moved', ctx);
    });
  }

  /** A complaint in the viewer's reach, locked for the change; NOT_FOUND otherwise. */
  async lockVisible(manager: EntityManager, scope: Scope, id: number): Promise<Complaint> {
    const q = this.reads.dialect.id;
    const reach = COMPLAINT_BOARD.reach(scope, q);
    const rows: unknown[] = await manager.query(
      `SELECT cp.${q('id')} FROM ${q('complaint')} cp WHERE cp.${q('id')} = ? AND cp.${q('archivedAt')} IS NULL AND ${reach.sql}${this.reads.dialect.forUpdate}`,
      [id, ...reach.params],
    );
    if (rows.length === 0) throw new NotFoundError('Complaint', id);
    return manager.findOneByOrFail(Complaint, { id });
  }

  /** Appends a history event: its status is the complaint's from that instant, as the SLA reads it. */
  async record(tx: Tx, complaintId: number, kind: ComplaintEventKind, status: ComplaintStatus, note: string | null, ctx: WriteContext): Promise<void> {
    await tx.manager.insert(ComplaintEvent, { complaintId, kind, status, note, actorId: ctx.actor.id, at: this.clock() });
  }

  /** The complaint as it now is, sent to the board after commit. */
  async announce(tx: Tx, id: number, type: 'created' | 'updated' | 'moved', ctx: WriteContext, previous: Complaint | null = null): Promise<ComplaintView> {
    const view = await this.reads.view(tx.manager, id);
    tx.emit({
      kind: 'card',
      board: COMPLAINT_BOARD.board,
      type,
      card: view,
      visibility: complaintVisibility(view),
      previousVisibility: previous ? complaintVisibility(previous) : null,
      actorId: String(ctx.actor.id),
      mutationId: ctx.mutationId,
    });
    return view;
  }

  private async clientParty(manager: EntityManager, scope: Scope, id: number): Promise<{ ownerId: number | null; officeId: number }> {
    const client = await manager.findOneBy(Client, { id });
    if (!client || !canReadClient(scope, client)) throw InputError.field('clientId', 'NOT_ALLOWED', 'clientId is not a client you may serve');
    return { ownerId: client.officerId ?? (scope.role === 'OFFICER' ? scope.user.id : null), officeId: client.officeId };
  }

  private async leadParty(manager: EntityManager, scope: Scope, id: number): Promise<{ ownerId: number | null; officeId: number }> {
    const lead = await manager.findOneBy(Lead, { id });
    if (!lead || lead.archivedAt !== null || !canChangeLead(scope, lead) || scope.role === 'MARKETING')
      throw InputError.field('leadId', 'NOT_ALLOWED', 'leadId is not a lead you may serve');
    return { ownerId: lead.ownerId ?? (scope.role === 'OFFICER' ? scope.user.id : null), officeId: lead.officeId };
  }
}
