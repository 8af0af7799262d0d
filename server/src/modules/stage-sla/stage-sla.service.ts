import type { DataSource } from 'typeorm';
import type { TransactionRunner } from '../../db/transaction.js';
import { ForbiddenError, InputError } from '../../errors.js';
import type { BoardSlaChangedEvent } from '../../events/domain-events.js';
import { LEAD_BOARD } from '../lead/lead.board.js';
import type { User } from '../user/user.entity.js';
import { StageSla } from './stage-sla.entity.js';

/**
 * Days a lead may stay in an open stage without activity (the pipeline board's stage SLA): read by
 * everyone, set by admins, and told to every viewer of the board.
 */
export class StageSlaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  list(): Promise<StageSla[]> {
    return this.dataSource.getRepository(StageSla).find({ order: { stage: 'ASC' } });
  }

  async update(actor: User, stage: string, maxIdleDays: number): Promise<StageSla> {
    if (actor.role !== 'ADMIN') throw new ForbiddenError('Admins set the stage limits');
    const columns: readonly string[] = LEAD_BOARD.stageSla?.columns ?? [];
    if (!columns.includes(stage)) throw InputError.field('stage', 'INVALID', 'an open stage');
    if (!Number.isInteger(maxIdleDays) || maxIdleDays < 1 || maxIdleDays > 365)
      throw InputError.field('maxIdleDays', 'INVALID', 'between 1 and 365 days', { min: 1, max: 365 }, 'OUT_OF_RANGE');
    return this.transactions.run(async (tx) => {
      const before = await tx.manager.findOneBy(StageSla, { stage });
      await tx.manager.upsert(StageSla, { stage, maxIdleDays }, ['stage']);
      await tx.audit({
        entityType: 'StageSla',
        entityId: stage,
        action: 'update',
        actorId: actor.id,
        before: before && { maxIdleDays: before.maxIdleDays },
        after: { maxIdleDays },
      });
      tx.emit({ kind: 'board-sla', board: LEAD_BOARD.board, column: stage, maxIdleDays } satisfies BoardSlaChangedEvent);
      return tx.manager.findOneByOrFail(StageSla, { stage });
    });
  }
}
