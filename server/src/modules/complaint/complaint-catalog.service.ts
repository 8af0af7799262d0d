import type { DataSource, EntityTarget } from 'typeorm';
import type { FieldError } from '@prospek/shared';
import type { TransactionRunner } from '../../db/transaction.js';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../errors.js';
import { requireId } from '../write-context.js';
import type { WriteContext } from '../write-context.js';
import { requiredText } from './complaint.service.js';
import { ComplaintCategory, ResolutionPolicy } from './complaint.entity.js';

type CatalogEntity = ComplaintCategory | ResolutionPolicy;

export interface CatalogChange {
  id?: string | null;
  name?: string | null;
  description?: string | null;
  active?: boolean | null;
  slaWorkingDays?: number | null;
  slaExtensionDays?: number | null;
  slaWarningDays?: number | null;
  expectedVersion?: number | null;
}

/** A category's own SLA numbers and their bounds; 0 clears one back to the setting. */
const SLA_FIELDS = { slaWorkingDays: 60, slaExtensionDays: 60, slaWarningDays: 30 } as const;
type SlaField = keyof typeof SLA_FIELDS;

const KINDS = {
  category: { entity: ComplaintCategory as EntityTarget<CatalogEntity>, type: 'ComplaintCategory', hasDescription: false },
  policy: { entity: ResolutionPolicy as EntityTarget<CatalogEntity>, type: 'ResolutionPolicy', hasDescription: true },
};
export type CatalogKind = keyof typeof KINDS;

/** The lists managers keep: complaint categories and resolution policies. Retired entries stay for the records that name them. */
export class ComplaintCatalogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  list<T extends CatalogEntity>(kind: CatalogKind, includeRetired: boolean): Promise<T[]> {
    return this.dataSource.manager.find(KINDS[kind].entity, { where: includeRetired ? {} : { active: true }, order: { name: 'ASC' } }) as Promise<T[]>;
  }

  async save<T extends CatalogEntity>(ctx: WriteContext, kind: CatalogKind, change: CatalogChange): Promise<T> {
    if (ctx.actor.role !== 'MANAGER' && ctx.actor.role !== 'ADMIN') throw new ForbiddenError('Managers keep complaint categories and policies');
    const { entity, type, hasDescription } = KINDS[kind];
    const errors: FieldError[] = [];
    const id = change.id ? requireId('id', change.id) : null;
    const name = id === null || change.name != null ? requiredText('name', change.name, 80, errors) : null;
    const description = hasDescription && change.description != null ? change.description.trim().slice(0, 500) || null : undefined;
    const sla: Partial<Record<SlaField, number | null>> = {};
    for (const [field, max] of Object.entries(SLA_FIELDS) as Array<[SlaField, number]>) {
      const value = change[field];
      if (value == null) continue;
      if (kind !== 'category') errors.push({ field, code: 'NOT_ALLOWED', message: `${field} belongs to categories` });
      else if (!Number.isInteger(value) || value < 0 || value > max)
        errors.push({
          field,
          code: 'INVALID',
          message: `${field} must be between 1 and ${max} (0 for the setting)`,
          params: { min: 0, max },
          reason: 'OUT_OF_RANGE',
        });
      else sla[field] = value === 0 ? null : value;
    }
    if (errors.length) throw new InputError(errors);
    return this.transactions.run(async (tx) => {
      if (name !== null) {
        const clash = await tx.manager.findOneBy(entity, { name });
        if (clash && clash.id !== id) throw InputError.field('name', 'DUPLICATE', `${name} exists already`);
      }
      const values: Partial<ResolutionPolicy & ComplaintCategory> = { ...sla };
      if (name !== null) values.name = name;
      if (description !== undefined) values.description = description;
      if (change.active != null) values.active = change.active;
      let savedId: number;
      if (id === null) {
        const inserted = await tx.manager.insert(entity, { active: true, ...values });
        savedId = Number(inserted.identifiers[0].id);
        await tx.audit({ entityType: type, entityId: savedId, action: `create${type}`, actorId: ctx.actor.id, after: { ...values } });
      } else {
        const before = await tx.manager.findOneBy(entity, { id });
        if (!before) throw new NotFoundError(type, id);
        const version = change.expectedVersion ?? before.version;
        const result = await tx.manager.createQueryBuilder().update(entity).set(values).where('id = :id AND version = :version', { id, version }).execute();
        if (result.affected !== 1) throw new ConflictError(type, before);
        savedId = id;
        await tx.audit({
          entityType: type,
          entityId: id,
          action: `update${type}`,
          actorId: ctx.actor.id,
          before: {
            name: before.name,
            active: before.active,
            ...Object.fromEntries(Object.keys(sla).map((f) => [f, (before as ComplaintCategory)[f as SlaField]])),
          },
          after: { ...values },
        });
      }
      return tx.manager.findOneByOrFail(entity, { id: savedId }) as Promise<T>;
    });
  }
}
