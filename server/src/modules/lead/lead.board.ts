import { LEAD_STAGES } from '@prospek/shared';
import type { LeadStage } from '@prospek/shared';
import type { BoardAudience, BoardDefinition } from '../../boards/board.js';
import type { LeadVisibility } from '../../events/visibility.js';
import type { OfficeTree } from '../access/office-tree.js';
import { leadAudience, leadReadCondition, leadRoomsOfViewer } from '../access/scope.js';
import type { Scope } from '../access/scope.js';
import type { User } from '../user/user.entity.js';

/** The pipeline board: leads by stage, each column totalling its estimated amounts. */
export const LEAD_BOARD: BoardDefinition<LeadStage, Scope, BoardAudience<LeadVisibility, OfficeTree, User>> = {
  board: 'leads',
  table: 'lead',
  alias: 'l',
  columnField: 'stage',
  archivedField: 'archivedAt',
  columns: LEAD_STAGES,
  totalField: 'estimatedAmount',
  reach: leadReadCondition,
  audience: { rooms: leadAudience, roomsOfViewer: leadRoomsOfViewer },
};
