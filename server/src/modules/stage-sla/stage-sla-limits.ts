import type { EntityManager } from 'typeorm';
import { OPEN_STAGES } from '@prospek/shared';
import type { LeadStage } from '@prospek/shared';
import type { BoardStageSla } from '../../boards/board.js';
import { StageSla } from './stage-sla.entity.js';

/** The pipeline's stage SLA as its board declares it: a limit per open stage, where an admin set one. */
export const LEAD_STAGE_SLA: BoardStageSla<LeadStage> = {
  columns: OPEN_STAGES,
  async limits(manager: EntityManager): Promise<ReadonlyMap<LeadStage, number>> {
    const rows = await manager.find(StageSla);
    return new Map(rows.filter((r) => (OPEN_STAGES as readonly string[]).includes(r.stage)).map((r) => [r.stage as LeadStage, r.maxIdleDays]));
  },
};
