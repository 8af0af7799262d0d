import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { SEGMENTS } from '@prospek/shared';
import type { TransactionRunner } from '../../db/transaction.js';
import { guardUnique } from '../../db/unique-violation.js';
import { ConflictError, DuplicateError, ForbiddenError, InputError, NotFoundError } from '../../errors.js';
import { keysetPage } from '../../graphql/keyset-page.js';
import type { Page, PageArgs } from '../../graphql/keyset-page.js';
import type { AccessService } from '../access/access.service.js';
import { reachesOffice } from '../access/scope.js';
import type { Scope } from '../access/scope.js';
import { changes } from '../audit/audit.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { Office } from '../office/office.entity.js';
import type { CreateUserInput, UpdateUserInput, UserFilterInput } from './user.inputs.js';
import { User } from './user.entity.js';
import { requireId } from '../write-context.js';

/** Emails are stored trimmed and lower-cased, so the unique index compares them without case on every database. */
const UNIQUE_KEYS = [{ field: 'email', index: 'UQ_user_email', table: 'user', columns: ['email'] }] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MIN_PASSWORD = 8;

/** Users: who may see whom, and the admin's management of accounts. */
export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
  ) {}

  /** Admins see everyone; managers the users of their offices; others their own office. */
  async list(viewer: User, filter: UserFilterInput = {}, page: PageArgs = { first: null, after: null }): Promise<Page<User>> {
    const scope = await this.access.scope(viewer);
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u');
    if (scope.officeIds !== null) qb.andWhere('u.officeId IN (:...offices)', { offices: scope.officeIds });
    if (filter.role) qb.andWhere('u.role = :role', { role: filter.role });
    if (filter.officeId) qb.andWhere('u.officeId = :officeId', { officeId: Number(filter.officeId) });
    if (filter.active !== null) qb.andWhere('u.active = :active', { active: filter.active ?? true });
    const term = filter.search?.trim().toLowerCase();
    if (term) qb.andWhere('(LOWER(u.name) LIKE :term OR LOWER(u.email) LIKE :term)', { term: `%${term}%` });
    return keysetPage(qb, [{ expression: 'u.name' }, { expression: 'u.id' }], page);
  }

  async get(viewer: User, rawId: string): Promise<User> {
    const scope = await this.access.scope(viewer);
    const user = await this.dataSource.getRepository(User).findOneBy({ id: requireId('id', rawId) });
    if (!user || !reachesOffice(scope, user.officeId)) throw new NotFoundError('User', rawId);
    return user;
  }

  async create(actor: User, input: CreateUserInput): Promise<User> {
    const scope = await this.requireAdmin(actor);
    const email = this.checkEmail(input.email);
    const name = this.checkName(input.name);
    this.checkPassword(input.password, 'password');
    const officeId = requireId('officeId', input.officeId);
    const passwordHash = await hashPassword(input.password);
    const work = () =>
      this.transactions.run(async (tx) => {
        await this.checkOffice(tx.manager, scope, officeId);
        await this.checkEmailFree(tx.manager, email, null);
        const values = { email, name, role: input.role, officeId, segment: input.role === 'OFFICER' ? (input.segment ?? null) : null, active: true };
        const inserted = await tx.manager.insert(User, { ...values, passwordHash, mustChangePassword: false });
        const id = Number(inserted.identifiers[0].id);
        await tx.audit({ entityType: 'User', entityId: id, action: 'create', actorId: actor.id, after: values });
        return tx.manager.findOneByOrFail(User, { id });
      });
    return guardUnique(work, UNIQUE_KEYS, () => this.duplicateAfterRace(email));
  }

  async update(actor: User, input: UpdateUserInput): Promise<User> {
    const scope = await this.requireAdmin(actor);
    const id = requireId('id', input.id);
    const values: Partial<User> = {};
    if (input.email != null) values.email = this.checkEmail(input.email);
    if (input.name != null) values.name = this.checkName(input.name);
    if (input.role != null) values.role = input.role;
    if (input.officeId != null) values.officeId = requireId('officeId', input.officeId);
    if (input.segment !== undefined) values.segment = input.segment;
    if (values.segment && !(SEGMENTS as readonly string[]).includes(values.segment)) throw InputError.field('segment', 'INVALID', 'unknown segment');
    const work = () =>
      this.transactions.run(async (tx) => {
        const before = await this.load(tx.manager, id);
        if (values.officeId !== undefined) await this.checkOffice(tx.manager, scope, values.officeId);
        if (values.email !== undefined) await this.checkEmailFree(tx.manager, values.email, id);
        if ((values.role ?? before.role) !== 'OFFICER') values.segment = null;
        await this.versioned(tx.manager, id, input.expectedVersion, values);
        await tx.audit({ entityType: 'User', entityId: id, action: 'update', actorId: actor.id, ...changes(before, values) });
        // Sockets joined rooms for the old role and office: they reconnect and join anew.
        if ((values.role && values.role !== before.role) || (values.officeId && values.officeId !== before.officeId)) {
          tx.emit({ kind: 'user-access', userId: id, reason: 'changed' });
        } else {
          tx.emit({ kind: 'user-changed', userId: id });
        }
        return tx.manager.findOneByOrFail(User, { id });
      });
    return guardUnique(work, UNIQUE_KEYS, () => this.duplicateAfterRace(values.email));
  }

  /** Ends a user's access at once: their next request is refused and their sockets are cut. */
  async deactivate(actor: User, rawId: string): Promise<User> {
    await this.requireAdmin(actor);
    const id = requireId('id', rawId);
    if (id === actor.id) throw new ForbiddenError('You cannot deactivate your own account');
    return this.transactions.run(async (tx) => {
      const before = await this.load(tx.manager, id);
      if (!before.active) return before;
      await this.versioned(tx.manager, id, before.version, { active: false });
      await tx.audit({ entityType: 'User', entityId: id, action: 'deactivate', actorId: actor.id, before: { active: true }, after: { active: false } });
      tx.emit({ kind: 'user-access', userId: id, reason: 'deactivated' });
      return tx.manager.findOneByOrFail(User, { id });
    });
  }

  async reactivate(actor: User, rawId: string): Promise<User> {
    await this.requireAdmin(actor);
    const id = requireId('id', rawId);
    return this.transactions.run(async (tx) => {
      const before = await this.load(tx.manager, id);
      if (before.active) return before;
      await this.versioned(tx.manager, id, before.version, { active: true });
      await tx.audit({ entityType: 'User', entityId: id, action: 'reactivate', actorId: actor.id, before: { active: false }, after: { active: true } });
      tx.emit({ kind: 'user-changed', userId: id });
      return tx.manager.findOneByOrFail(User, { id });
    });
  }

  /** Sets a temporary password, shown once to the admin; the user picks a new one after signing in. */
  async resetPassword(actor: User, rawId: string): Promise<{ user: User; temporaryPassword: string }> {
    await this.requireAdmin(actor);
    const id = requireId('id', rawId);
    const temporaryPassword = randomBytes(9).toString('base64url');
    const passwordHash = await hashPassword(temporaryPassword);
    return this.transactions.run(async (tx) => {
      const before = await this.load(tx.manager, id);
      await this.versioned(tx.manager, id, before.version, { passwordHash, mustChangePassword: true, credentialVersion: before.credentialVersion + 1 });
      await tx.audit({ entityType: 'User', entityId: id, action: 'resetPassword', actorId: actor.id });
      // Its tokens no longer work: its sockets go now, and the handshake refuses them again.
      tx.emit({ kind: 'user-access', userId: id, reason: 'credentials' });
      return { user: await tx.manager.findOneByOrFail(User, { id }), temporaryPassword };
    });
  }

  /** Every token of the user stops working, the caller's too: the resolver hands out a new one. */
  async changePassword(actor: User, current: string, next: string): Promise<User> {
    this.checkPassword(next, 'newPassword');
    if (!(await verifyPassword(actor.passwordHash, current)))
      throw InputError.field('currentPassword', 'INVALID', 'The current password is wrong', undefined, 'WRONG_PASSWORD');
    const passwordHash = await hashPassword(next);
    return this.transactions.run(async (tx) => {
      const before = await this.load(tx.manager, actor.id);
      await this.versioned(tx.manager, actor.id, before.version, { passwordHash, mustChangePassword: false, credentialVersion: before.credentialVersion + 1 });
      await tx.audit({ entityType: 'User', entityId: actor.id, action: 'changePassword', actorId: actor.id });
      tx.emit({ kind: 'user-access', userId: actor.id, reason: 'credentials' });
      return tx.manager.findOneByOrFail(User, { id: actor.id });
    });
  }

  private async requireAdmin(actor: User): Promise<Scope> {
    if (actor.role !== 'ADMIN') throw new ForbiddenError('Only admins manage users');
    return this.access.scope(actor);
  }

  private async load(manager: EntityManager, id: number): Promise<User> {
    const user = await manager.findOneBy(User, { id });
    if (!user) throw new NotFoundError('User', id);
    return user;
  }

  private async versioned(manager: EntityManager, id: number, expectedVersion: number, values: Partial<User>): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(User)
      .set(values)
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    if (result.affected !== 1) {
      const current = await this.load(manager, id);
      throw new ConflictError('User', { id: String(current.id), version: current.version, name: current.name, email: current.email });
    }
  }

  private checkEmail(raw: string): string {
    const email = raw.trim().toLowerCase();
    if (!EMAIL.test(email) || email.length > 160) throw InputError.field('email', 'EMAIL_INVALID', 'email is not a valid address');
    return email;
  }

  private checkName(raw: string): string {
    const name = raw.trim();
    if (!name) throw InputError.field('name', 'REQUIRED', 'name is required');
    if (name.length > 120) throw InputError.field('name', 'TOO_LONG', 'name must be at most 120 characters', { max: 120 });
    return name;
  }

  private checkPassword(password: string, field: string): void {
    if (password.length < MIN_PASSWORD) {
      throw InputError.field(field, 'INVALID', `${field} must have at least ${MIN_PASSWORD} characters`, { min: MIN_PASSWORD }, 'TOO_SHORT');
    }
  }

  private async checkEmailFree(manager: EntityManager, email: string, exceptId: number | null): Promise<void> {
    const existing = await manager.findOneBy(User, { email });
    if (existing && existing.id !== exceptId) throw this.duplicate(existing);
  }

  /** Only admins manage users, and they see everyone: the user holding the email is named. */
  private duplicate(existing: User | null): DuplicateError {
    return new DuplicateError(
      'User',
      'email',
      existing && { id: String(existing.id), email: existing.email, name: existing.name },
      'email is already used by another user',
    );
  }

  /** The write lost a race on the unique email: the winner has committed by now. */
  private async duplicateAfterRace(email: string | undefined): Promise<DuplicateError> {
    return this.duplicate(email ? await this.dataSource.getRepository(User).findOneBy({ email }) : null);
  }

  private async checkOffice(manager: EntityManager, scope: Scope, officeId: number): Promise<void> {
    if (!reachesOffice(scope, officeId) || !(await manager.findOneBy(Office, { id: officeId }))) {
      throw InputError.field('officeId', 'NOT_ALLOWED', 'officeId is not an existing office');
    }
  }
}
