import { LEAD_STAGES } from '@prospek/shared';
import type { LeadStage } from '@prospek/shared';
import type { BoardAudience, BoardDefinition, BoardViewer, OfficeAncestry } from '../../boards/board.js';
import type { LeadVisibility } from '../../events/visibility.js';
import { leadReadCondition } from '../access/scope.js';
import type { Scope } from '../access/scope.js';
import { LEAD_STAGE_SLA } from '../stage-sla/stage-sla-limits.js';

/** The pipeline's socket rooms: the rules of `leadReadCondition`, decided when an event is sent. */
export const leadRoom = {
  all: 'leads:all',
  campaigns: (officeId: number | string) => `leads:campaigns:${officeId}`,
  owner: (userId: number | string) => `leads:owner:${userId}`,
  pool: (officeId: number | string) => `leads:pool:${officeId}`,
  office: (officeId: number | string) => `leads:office:${officeId}`,
};

/**
 * Who hears about a lead: admins all; managers the leads of their office and the offices under it;
 * officers their own and their office's pool; marketing the leads its office's campaigns brought.
 */
export const leadAudience: BoardAudience<LeadVisibility> = {
  rooms(visibility: LeadVisibility, tree: OfficeAncestry): string[] {
    const rooms = [leadRoom.all, ...tree.ancestors(Number(visibility.officeId)).map((id) => leadRoom.office(id))];
    rooms.push(visibility.ownerId === null ? leadRoom.pool(visibility.officeId) : leadRoom.owner(visibility.ownerId));
    if (visibility.campaignOfficeId !== null) rooms.push(leadRoom.campaigns(visibility.campaignOfficeId));
    return rooms;
  },
  roomsOfViewer(user: BoardViewer): string[] {
    switch (user.role) {
      case 'ADMIN':
        return [leadRoom.all];
      case 'MANAGER':
        return [leadRoom.office(user.officeId)];
      case 'OFFICER':
        return [leadRoom.owner(user.id), leadRoom.pool(user.officeId)];
      case 'MARKETING':
        return [leadRoom.campaigns(user.officeId)];
    }
  },
};

/**
 * The pipeline board: leads by stage, each column totalling its estimated amounts (kept per office and
 * owner, which officers' and managers' reach is written over), open stages with idle limits.
 */
export const LEAD_BOARD: BoardDefinition<LeadStage, Scope, LeadVisibility> = {
  board: 'leads',
  table: 'lead',
  alias: 'l',
  columnField: 'stage',
  archivedField: 'archivedAt',
  updatedField: 'updatedAt',
  columns: LEAD_STAGES,
  totalField: 'estimatedAmount',
  keptTotals: { table: 'lead_column_total', dimensions: ['officeId', 'ownerId'] },
  stageSla: LEAD_STAGE_SLA,
  reach: leadReadCondition,
  audience: leadAudience,
};
