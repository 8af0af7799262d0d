import type { DataSource } from 'typeorm';
import { LEAD_LIMITS } from '@prospek/shared';
import type { LeadStage } from '@prospek/shared';
import { lockColumn } from '../../boards/board-ordering.js';
import { moveOnBoard } from '../../boards/board-move.js';
import { dialectOf } from '../../db/sql.js';
import type { Dialect } from '../../db/sql.js';
import { keepStageHistory } from '../../db/stage-history.js';
import type { Tx, TransactionRunner } from '../../db/transaction.js';
import { ConflictError, InputError } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import type { Scope } from '../access/scope.js';
import { changes } from '../audit/audit.js';
import { parseId } from '../write-context.js';
import type { WriteContext } from '../write-context.js';
import { checkGate } from './lead-gate.js';
import { toLeadCard, visibilityOf } from './lead-card.js';
import type { LeadRecords } from './lead-records.js';
import type { LeadWin } from './lead-won.js';
import type { Lead } from './lead.entity.js';
import { LeadStageChange } from './lead-stage-change.entity.js';
import { LEAD_BOARD } from './lead.board.js';
import type { MoveLeadInput } from './move-lead.input.js';

/**
 * A lead's way along the pipeline: moves on the board (the gate before COMMITTEE and WON, the win's
 * conversion) and the moves other changes make (an offer presented). Every stage change is recorded.
 */
export class LeadStageMoves {
  private readonly dialect: Dialect;

  constructor(
    dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly leads: LeadRecords,
    private readonly win: LeadWin,
    private readonly clock: () => Date,
  ) {
    this.dialect = dialectOf(dataSource);
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
          load: () => this.leads.loadChangeable(tx.manager, scope, id),
          conflict: async (current) => new ConflictError('Lead', toLeadCard(current, await this.leads.ownerName(tx.manager, current))),
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
      if (stageChanged && input.stage === 'WON') Object.assign(values, await this.win.convert(tx, ctx.actor.id, before, accepted));
      await this.leads.versionedUpdate(tx, scope, id, input.expectedVersion, values);
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
        await keepStageHistory(tx.manager, [id]);
      }
      return this.leads.emitCurrent(tx, ctx, id, 'moved', visibilityOf(before));
    });
  }

  /**
   * Moves a lead to the top of `stage` as part of another change (an offer presented): recorded,
   * audited and announced like a move on the board.
   */
  async advance(tx: Tx, ctx: WriteContext, scope: Scope, lead: Lead, stage: LeadStage): Promise<void> {
    const position = await (await lockColumn(tx.manager, this.dialect, LEAD_BOARD, stage, { nested: true })).top();
    await this.leads.versionedUpdate(tx, scope, lead.id, lead.version, { stage, position, stageEnteredAt: this.clock(), lostReason: null });
    await tx.manager.insert(LeadStageChange, { leadId: lead.id, fromStage: lead.stage, toStage: stage, changedById: ctx.actor.id });
    await keepStageHistory(tx.manager, [lead.id]);
    await tx.audit({ entityType: 'Lead', entityId: lead.id, action: 'move', actorId: ctx.actor.id, before: { stage: lead.stage }, after: { stage } });
    await this.leads.emitCurrent(tx, ctx, lead.id, 'moved', visibilityOf(lead));
  }
}
