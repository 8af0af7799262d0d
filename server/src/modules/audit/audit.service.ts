import type { DataSource } from 'typeorm';
import { ForbiddenError, NotFoundError } from '../../errors.js';
import type { LeadBoardService } from '../lead/lead-board.service.js';
import type { OfficeService } from '../office/office.service.js';
import type { User } from '../user/user.entity.js';
import type { UserService } from '../user/user.service.js';
import { AuditEntry } from './audit-entry.entity.js';

export const AUDITED_ENTITIES = ['Lead', 'User', 'Office'] as const;

/** Reads the audit trail of one record, for managers and admins who can reach that record. */
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly leads: LeadBoardService,
    private readonly users: UserService,
    private readonly offices: OfficeService,
  ) {}

  async trail(viewer: User, entityType: string, entityId: string): Promise<AuditEntry[]> {
    if (viewer.role !== 'MANAGER' && viewer.role !== 'ADMIN') throw new ForbiddenError('Only managers and admins read the audit trail');
    switch (entityType) {
      case 'Lead':
        await this.leads.get(viewer, Number(entityId));
        break;
      case 'User':
        await this.users.get(viewer, entityId);
        break;
      case 'Office':
        await this.offices.get(viewer, entityId);
        break;
      default:
        throw new NotFoundError(entityType, entityId);
    }
    return this.dataSource.getRepository(AuditEntry).find({ where: { entityType, entityId: String(Number(entityId)) }, order: { at: 'DESC', id: 'DESC' }, take: 200 });
  }
}
