import type { DataSource } from 'typeorm';
import { LEAD_STAGES } from '@prospek/shared';
import type { LeadStage } from '@prospek/shared';
import type { TransactionRunner } from '../../db/transaction.js';
import { ForbiddenError, InputError } from '../../errors.js';
import type { User } from '../user/user.entity.js';
import { StageSla } from './stage-sla.entity.js';

/** Days a lead may stay in an open stage without activity: read by everyone, set by admins. */
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
    if (!(LEAD_STAGES as readonly string[]).includes(stage) || stage === 'WON' || stage === 'LOST') throw InputError.field('stage', 'INVALID', 'an open stage');
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
      tx.emit({ kind: 'stage-sla', sla: { stage: stage as LeadStage, maxIdleDays } });
      return tx.manager.findOneByOrFail(StageSla, { stage });
    });
  }
}
