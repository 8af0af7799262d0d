import { addDays, businessDate, COMPLAINT_CHANNELS, isBusinessDate, officeZone } from '@prospek/shared';
import type { ComplaintStatus, FieldError } from '@prospek/shared';
import { lockColumn } from '../../boards/board-ordering.js';
import { writeVersioned } from '../../boards/board-move.js';
import type { Tx, TransactionRunner } from '../../db/transaction.js';
import { ConflictError, ForbiddenError, InputError } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import { reachesOffice } from '../access/scope.js';
import { Office } from '../office/office.entity.js';
import { User } from '../user/user.entity.js';
import { requireId } from '../write-context.js';
import type { WriteContext } from '../write-context.js';
import { COMPLAINT_BOARD } from './complaint.board.js';
import { COMPLAINT_LIMITS, requiredText } from './complaint.service.js';
import type { ComplaintService } from './complaint.service.js';
import { Complaint, ResolutionPolicy } from './complaint.entity.js';
import type { ComplaintView, ExtendComplaintInput, ResolveComplaintInput } from './complaint.types.js';

const DONE: readonly ComplaintStatus[] = ['RESOLVED', 'CLOSED'];

/**
 * The steps of a complaint beside board moves: the one recorded extension, the resolution under a
 * policy with how the answer reached the client, reopening within the window, and reassignment.
 */
export class ComplaintLifecycleService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly complaints: ComplaintService,
    private readonly reopenDays: number,
    private readonly clock: () => Date,
  ) {}

  /** The one extension, with its reason and how and when the client was told of it. */
  async extend(ctx: WriteContext, input: ExtendComplaintInput): Promise<ComplaintView> {
    const id = requireId('id', input.id);
    const errors: FieldError[] = [];
    const reason = requiredText('reason', input.reason, COMPLAINT_LIMITS.note, errors);
    if (!COMPLAINT_CHANNELS.includes(input.toldVia)) errors.push({ field: 'toldVia', code: 'INVALID', message: 'toldVia is not a channel' });
    if (!isBusinessDate(input.toldOn)) errors.push({ field: 'toldOn', code: 'DATE_INVALID', message: 'toldOn must be YYYY-MM-DD' });
    if (errors.length) throw new InputError(errors);
    return this.change(ctx, id, null, async (tx, before) => {
      if (before.extendedOn !== null) throw InputError.field('id', 'NOT_ALLOWED', 'The deadline was already extended once', undefined, 'COMPLAINT_EXTENDED');
      if (DONE.includes(before.status))
        throw InputError.field('id', 'NOT_ALLOWED', `The complaint is ${before.status}`, { status: before.status }, 'COMPLAINT_STATUS');
      if (input.toldOn < before.receivedAt)
        throw InputError.field('toldOn', 'DATE_INVALID', 'toldOn cannot be before the complaint was received', { min: before.receivedAt });
      const office = await tx.manager.findOneByOrFail(Office, { id: before.officeId });
      const officeToday = businessDate(this.clock(), officeZone(office.timeZone));
      if (input.toldOn > officeToday) throw InputError.field('toldOn', 'DATE_INVALID', 'toldOn cannot be in the future', { max: officeToday });
      const values = { extendedOn: businessDate(this.clock()), extensionReason: reason, extensionToldVia: input.toldVia, extensionToldOn: input.toldOn };
      await this.write(tx, before, values);
      await this.complaints.record(tx, id, 'EXTENDED', before.status, reason, ctx);
      await tx.audit({
        entityType: 'Complaint',
        entityId: id,
        action: 'extendComplaint',
        actorId: ctx.actor.id,
        before: { extendedOn: null },
        after: values,
      });
      return 'updated';
    });
  }

  async resolve(ctx: WriteContext, input: ResolveComplaintInput): Promise<ComplaintView> {
    const id = requireId('id', input.id);
    const policyId = requireId('policyId', input.policyId);
    const errors: FieldError[] = [];
    const resolution = requiredText('resolution', input.resolution, COMPLAINT_LIMITS.description, errors);
    const today = businessDate(this.clock());
    if (!isBusinessDate(input.answeredOn)) errors.push({ field: 'answeredOn', code: 'DATE_INVALID', message: 'answeredOn must be YYYY-MM-DD' });
    else if (input.answeredOn > addDays(today, 1))
      errors.push({ field: 'answeredOn', code: 'DATE_INVALID', message: 'answeredOn cannot be in the future', params: { max: today } });
    if (errors.length) throw new InputError(errors);
    return this.change(ctx, id, input.expectedVersion ?? null, async (tx, before) => {
      if (DONE.includes(before.status))
        throw InputError.field('id', 'NOT_ALLOWED', `The complaint is ${before.status}`, { status: before.status }, 'COMPLAINT_STATUS');
      if (input.answeredOn < before.receivedAt)
        throw InputError.field('answeredOn', 'DATE_INVALID', 'answeredOn cannot be before the complaint was received', { min: before.receivedAt });
      if (!(await tx.manager.findOneBy(ResolutionPolicy, { id: policyId, active: true })))
        throw InputError.field('policyId', 'INVALID', 'policyId is not an active policy');
      const position = await (await lockColumn(tx.manager, this.complaints.reads.dialect, COMPLAINT_BOARD, 'RESOLVED', { nested: true })).top();
      const values = {
        status: 'RESOLVED' as const,
        position,
        resolution,
        policyId,
        outcome: input.outcome,
        answerChannel: input.answerChannel,
        answeredOn: input.answeredOn,
      };
      await this.write(tx, before, values);
      await this.complaints.record(tx, id, 'RESOLVED', 'RESOLVED', null, ctx);
      await tx.audit({
        entityType: 'Complaint',
        entityId: id,
        action: 'resolveComplaint',
        actorId: ctx.actor.id,
        before: { status: before.status },
        after: { ...values, position: undefined },
      });
      return 'moved';
    });
  }

  async reopen(ctx: WriteContext, rawId: string, rawReason: string): Promise<ComplaintView> {
    const id = requireId('id', rawId);
    const errors: FieldError[] = [];
    const reason = requiredText('reason', rawReason, COMPLAINT_LIMITS.note, errors);
    if (errors.length) throw new InputError(errors);
    return this.change(ctx, id, null, async (tx, before) => {
      if (!DONE.includes(before.status))
        throw InputError.field('id', 'NOT_ALLOWED', `The complaint is ${before.status}`, { status: before.status }, 'COMPLAINT_STATUS');
      const view = await this.complaints.reads.view(tx.manager, id);
      if (view.reopenUntil !== null && businessDate(this.clock()) > view.reopenUntil)
        throw InputError.field(
          'id',
          'NOT_ALLOWED',
          `A complaint is reopened within ${this.reopenDays} days of its answer`,
          { days: this.reopenDays },
          'COMPLAINT_REOPEN_WINDOW',
        );
      const position = await (await lockColumn(tx.manager, this.complaints.reads.dialect, COMPLAINT_BOARD, 'IN_PROGRESS', { nested: true })).top();
      await this.write(tx, before, { status: 'IN_PROGRESS', position });
      await this.complaints.record(tx, id, 'REOPENED', 'IN_PROGRESS', reason, ctx);
      await tx.audit({
        entityType: 'Complaint',
        entityId: id,
        action: 'reopenComplaint',
        actorId: ctx.actor.id,
        before: { status: before.status },
        after: { status: 'IN_PROGRESS', reason },
      });
      return 'moved';
    });
  }

  /** A manager hands a complaint to another officer of the offices they reach. */
  async reassign(ctx: WriteContext, rawId: string, rawOwnerId: string): Promise<ComplaintView> {
    if (ctx.actor.role !== 'MANAGER' && ctx.actor.role !== 'ADMIN') throw new ForbiddenError('Managers reassign complaints');
    const id = requireId('id', rawId);
    const ownerId = requireId('ownerId', rawOwnerId);
    const scope = await this.access.scope(ctx.actor);
    return this.change(ctx, id, null, async (tx, before) => {
      const owner = await tx.manager.findOneBy(User, { id: ownerId, active: true });
      if (!owner || (owner.role !== 'OFFICER' && owner.role !== 'MANAGER') || !reachesOffice(scope, owner.officeId))
        throw InputError.field('ownerId', 'NOT_ALLOWED', 'ownerId is not an officer of your offices');
      if (owner.id === before.ownerId) throw InputError.field('ownerId', 'NOT_ALLOWED', 'The complaint is already theirs', undefined, 'SAME_OFFICER');
      await this.write(tx, before, { ownerId: owner.id });
      await this.complaints.record(tx, id, 'REASSIGNED', before.status, owner.name, ctx);
      await tx.audit({
        entityType: 'Complaint',
        entityId: id,
        action: 'reassignComplaint',
        actorId: ctx.actor.id,
        before: { ownerId: before.ownerId },
        after: { ownerId: owner.id },
      });
      return 'updated';
    });
  }

  /** Loads the complaint in reach and locked, checks the version named, applies `step`, tells the board. */
  private async change(
    ctx: WriteContext,
    id: number,
    expectedVersion: number | null,
    step: (tx: Tx, before: Complaint) => Promise<'updated' | 'moved'>,
  ): Promise<ComplaintView> {
    const scope = await this.access.scope(ctx.actor);
    return this.transactions.run(async (tx) => {
      const before = await this.complaints.lockVisible(tx.manager, scope, id);
      if (expectedVersion !== null && before.version !== expectedVersion)
        throw new ConflictError('Complaint', await this.complaints.reads.view(tx.manager, id));
      const type = await step(tx, before);
      return this.complaints.announce(tx, id, type, ctx, before);
    });
  }

  private async write(tx: Tx, before: Complaint, values: Partial<Complaint>): Promise<void> {
    if (!(await writeVersioned(tx.manager, Complaint, before.id, before.version, values)))
      throw new ConflictError('Complaint', await this.complaints.reads.view(tx.manager, before.id));
  }
}
