import type { DataSource } from 'typeorm';
import { ForbiddenError, NotFoundError } from '../../errors.js';
import type { User } from '../user/user.entity.js';
import { AuditEntry } from './audit-entry.entity.js';

/** Answers NOT_FOUND unless the viewer reaches the record (each area's own scoped read). */
export type ReachCheck = (viewer: User, id: string) => Promise<unknown>;

/** Reads the audit trail of one record, for managers and admins who can reach that record. */
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reach: Readonly<Record<string, ReachCheck>>,
  ) {}

  /** The entity types whose trail can be read. */
  get entityTypes(): string[] {
    return Object.keys(this.reach);
  }

  async trail(viewer: User, entityType: string, entityId: string): Promise<AuditEntry[]> {
    if (viewer.role !== 'MANAGER' && viewer.role !== 'ADMIN') throw new ForbiddenError('Only managers and admins read the audit trail');
    const check = Object.hasOwn(this.reach, entityType) ? this.reach[entityType] : undefined;
    if (!check || !/^[1-9]\d{0,15}$/.test(entityId)) throw new NotFoundError(entityType, entityId);
    await check(viewer, entityId);
    return this.dataSource.getRepository(AuditEntry).find({ where: { entityType, entityId }, order: { at: 'DESC', id: 'DESC' }, take: 200 });
  }
}
