import type { DataSource, EntityManager } from 'typeorm';
import { BUSINESS_TIME_ZONE, OFFICE_TIME_ZONES, isOfficeTimeZone } from '@prospek/shared';
import { IsNull } from 'typeorm';
import type { TransactionRunner } from '../../db/transaction.js';
import { guardUnique } from '../../db/unique-violation.js';
import { ConflictError, DuplicateError, ForbiddenError, InputError, NotFoundError } from '../../errors.js';
import { keysetPage } from '../../graphql/keyset-page.js';
import type { Page, PageArgs } from '../../graphql/keyset-page.js';
import type { AccessService } from '../access/access.service.js';
import { OfficeTree } from '../access/office-tree.js';
import { reachesOffice } from '../access/scope.js';
import { changes } from '../audit/audit.js';
import { startCifCounter } from '../client/cif.js';
import type { User } from '../user/user.entity.js';
import { Office } from './office.entity.js';
import type { CreateOfficeInput, UpdateOfficeInput } from './office.inputs.js';
import { requireId } from '../write-context.js';

const UNIQUE_KEYS = [{ field: 'code', index: 'UQ_office_code', table: 'office', columns: ['code'] }] as const;

/** The branch tree: head office → regions → branches. Admins shape it; others see their part. */
export class OfficeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
  ) {}

  /** The offices in the viewer's reach, by code. */
  async list(viewer: User, page: PageArgs): Promise<Page<Office>> {
    const scope = await this.access.scope(viewer);
    const qb = this.dataSource.getRepository(Office).createQueryBuilder('o');
    if (scope.officeIds !== null) qb.where(scope.officeIds.length ? 'o.id IN (:...offices)' : '1 = 0', { offices: scope.officeIds });
    return keysetPage(qb, [{ expression: 'o.code' }, { expression: 'o.id' }], page);
  }

  async reaches(viewer: User, officeId: number): Promise<boolean> {
    return reachesOffice(await this.access.scope(viewer), officeId);
  }

  async get(viewer: User, rawId: string): Promise<Office> {
    const scope = await this.access.scope(viewer);
    const office = await this.dataSource.getRepository(Office).findOneBy({ id: requireId('id', rawId) });
    if (!office || !reachesOffice(scope, office.id)) throw new NotFoundError('Office', rawId);
    return office;
  }

  async create(actor: User, input: CreateOfficeInput): Promise<Office> {
    this.requireAdmin(actor);
    const code = this.checkCode(input.code);
    const name = this.checkName(input.name);
    const parentId = input.parentId ? requireId('parentId', input.parentId) : null;
    const timeZone = input.timeZone == null ? BUSINESS_TIME_ZONE : this.checkTimeZone(input.timeZone);
    const work = () =>
      this.transactions.run(async (tx) => {
        if (parentId !== null && !(await tx.manager.findOneBy(Office, { id: parentId }))) {
          throw InputError.field('parentId', 'NOT_ALLOWED', 'parentId is not an existing office');
        }
        if (parentId === null && (await tx.manager.countBy(Office, { parentId: IsNull() })) > 0) {
          throw InputError.field('parentId', 'REQUIRED', 'A new office sits under another: there is one head office');
        }
        await this.checkCodeFree(tx.manager, code, null);
        const inserted = await tx.manager.insert(Office, { code, name, parentId, timeZone });
        const id = Number(inserted.identifiers[0].id);
        await startCifCounter(tx.manager, id);
        await tx.audit({ entityType: 'Office', entityId: id, action: 'create', actorId: actor.id, after: { code, name, parentId, timeZone } });
        tx.emit({ kind: 'offices' });
        return tx.manager.findOneByOrFail(Office, { id });
      });
    return guardUnique(work, UNIQUE_KEYS, () => this.duplicateAfterRace(code));
  }

  async update(actor: User, input: UpdateOfficeInput): Promise<Office> {
    this.requireAdmin(actor);
    const id = requireId('id', input.id);
    const values: Partial<Office> = {};
    if (input.code != null) values.code = this.checkCode(input.code);
    if (input.name != null) values.name = this.checkName(input.name);
    if (input.timeZone != null) values.timeZone = this.checkTimeZone(input.timeZone);
    if (input.monthlyBudget != null) values.monthlyBudget = checkBudget(input.monthlyBudget);
    if (input.parentId !== undefined) values.parentId = input.parentId ? requireId('parentId', input.parentId) : null;
    const work = () =>
      this.transactions.run(async (tx) => {
        const before = await tx.manager.findOneBy(Office, { id });
        if (!before) throw new NotFoundError('Office', id);
        if (values.code !== undefined) await this.checkCodeFree(tx.manager, values.code, id);
        if (values.parentId === null && before.parentId !== null) {
          throw InputError.field('parentId', 'REQUIRED', 'An office sits under another: there is one head office');
        }
        if (values.parentId !== undefined && values.parentId !== null) {
          const offices = await tx.manager.find(Office, { select: { id: true, parentId: true } });
          if (!offices.some((o) => o.id === values.parentId)) throw InputError.field('parentId', 'NOT_ALLOWED', 'parentId is not an existing office');
          if (new OfficeTree(offices).subtree(id).includes(values.parentId)) {
            throw InputError.field('parentId', 'NOT_ALLOWED', 'An office cannot move under itself or an office below it', undefined, 'OFFICE_CYCLE');
          }
        }
        const result = await tx.manager
          .createQueryBuilder()
          .update(Office)
          .set(values)
          .where('id = :id AND version = :version', { id, version: input.expectedVersion })
          .execute();
        if (result.affected !== 1) throw new ConflictError('Office', await tx.manager.findOneBy(Office, { id }));
        await tx.audit({ entityType: 'Office', entityId: id, action: 'update', actorId: actor.id, ...changes(before, values) });
        if (values.parentId !== undefined && values.parentId !== before.parentId) tx.emit({ kind: 'offices' });
        return tx.manager.findOneByOrFail(Office, { id });
      });
    return guardUnique(work, UNIQUE_KEYS, () => this.duplicateAfterRace(values.code));
  }

  private requireAdmin(actor: User): void {
    if (actor.role !== 'ADMIN') throw new ForbiddenError('Only admins manage offices');
  }

  private checkCode(raw: string): string {
    const code = raw.trim().toUpperCase();
    if (!/^[A-Z0-9-]{2,20}$/.test(code)) throw InputError.field('code', 'INVALID', 'code is 2–20 letters, digits or dashes');
    return code;
  }

  private checkTimeZone(raw: string): string {
    if (!isOfficeTimeZone(raw)) {
      throw InputError.field('timeZone', 'INVALID', `timeZone is one of ${OFFICE_TIME_ZONES.join(', ')}`, { allowed: OFFICE_TIME_ZONES.join(', ') });
    }
    return raw;
  }

  private checkName(raw: string): string {
    const name = raw.trim();
    if (!name) throw InputError.field('name', 'REQUIRED', 'name is required');
    if (name.length > 120) throw InputError.field('name', 'TOO_LONG', 'name must be at most 120 characters', { max: 120 });
    return name;
  }

  private async checkCodeFree(manager: EntityManager, code: string, exceptId: number | null): Promise<void> {
    const existing = await manager.findOneBy(Office, { code });
    if (existing && existing.id !== exceptId) throw this.duplicate(existing);
  }

  /** Admins see every office, so the one holding the code is named. */
  private duplicate(existing: Office | null): DuplicateError {
    return new DuplicateError(
      'Office',
      'code',
      existing && { id: String(existing.id), code: existing.code, name: existing.name },
      'code is already used by another office',
    );
  }

  /** The write lost a race on the unique code: the winner has committed by now. */
  private async duplicateAfterRace(code: string | undefined): Promise<DuplicateError> {
    return this.duplicate(code ? await this.dataSource.getRepository(Office).findOneBy({ code }) : null);
  }
}

/** A whole-rupiah, non-negative monthly budget below a quadrillion sen. */
function checkBudget(value: bigint): bigint {
  if (value < 0n || value % 100n !== 0n || value >= 10n ** 17n)
    throw InputError.field('monthlyBudget', 'AMOUNT_INVALID', 'a whole, non-negative rupiah amount', { min: 0 }, 'OUT_OF_RANGE');
  return value;
}
