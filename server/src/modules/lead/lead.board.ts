import { LEAD_STAGES } from '@prospek/shared';
import type { LeadStage } from '@prospek/shared';
import type { BoardDefinition } from '../../boards/board.js';
import { leadReadCondition } from '../access/scope.js';
import type { Scope } from '../access/scope.js';

/** The pipeline board: leads by stage, each column totalling its estimated amounts. */
export const LEAD_BOARD: BoardDefinition<LeadStage, Scope> = {
  board: 'leads',
  table: 'lead',
  alias: 'l',
  columnField: 'stage',
  archivedField: 'archivedAt',
  columns: LEAD_STAGES,
  totalField: 'estimatedAmount',
  reach: leadReadCondition,
};
