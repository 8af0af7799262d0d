import type { DataSource } from 'typeorm';
import { TEMPLATE_PLACEHOLDERS, unknownPlaceholders } from '@prospek/shared';
import type { TransactionRunner } from '../../db/transaction.js';
import { guardUnique } from '../../db/unique-violation.js';
import { ConflictError, DuplicateError, ForbiddenError, InputError, NotFoundError } from '../../errors.js';
import { keysetPage } from '../../graphql/keyset-page.js';
import type { Page, PageArgs } from '../../graphql/keyset-page.js';
import { changes } from '../audit/audit.js';
import type { User } from '../user/user.entity.js';
import { MessageTemplate } from './message-template.entity.js';

/** Templates are one list for every office: a code names one template everywhere. */
const UNIQUE_KEYS = [{ field: 'code', index: 'UQ_message_template_code', table: 'message_template', columns: ['code'] }] as const;

/** Message templates for WhatsApp and SMS: read by everyone, kept by managers and admins. */
export class MessageTemplateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  list(activeOnly: boolean, page: PageArgs): Promise<Page<MessageTemplate>> {
    const qb = this.dataSource.getRepository(MessageTemplate).createQueryBuilder('t');
    if (activeOnly) qb.where('t.active = :active', { active: true });
    return keysetPage(qb, [{ expression: 't.name' }, { expression: 't.id' }], page);
  }

  get(id: string): Promise<MessageTemplate | null> {
    return this.dataSource.getRepository(MessageTemplate).findOneBy({ id: Number(id) });
  }

  byCode(code: string): Promise<MessageTemplate | null> {
    return this.dataSource.getRepository(MessageTemplate).findOneBy({ code, active: true });
  }

  async save(
    actor: User,
    input: { id?: string | null; expectedVersion?: number | null; code?: string | null; name?: string | null; body?: string | null; active?: boolean | null },
  ): Promise<MessageTemplate> {
    if (actor.role !== 'ADMIN' && actor.role !== 'MANAGER') throw new ForbiddenError('Only managers and admins edit templates');
    const values: Partial<MessageTemplate> = {};
    if (input.code != null) {
      const code = input.code.trim().toUpperCase();
      if (!/^[A-Z0-9_]{2,40}$/.test(code)) throw InputError.field('code', 'INVALID', 'code is 2–40 letters, digits or _');
      values.code = code;
    }
    if (input.name != null) {
      if (!input.name.trim()) throw InputError.field('name', 'REQUIRED', 'name is required');
      values.name = input.name.trim().slice(0, 120);
    }
    if (input.body != null) {
      if (!input.body.trim()) throw InputError.field('body', 'REQUIRED', 'body is required');
      if (input.body.length > 1000) throw InputError.field('body', 'TOO_LONG', 'body must be at most 1000 characters', { max: 1000 });
      const unknown = unknownPlaceholders(input.body);
      if (unknown.length > 0) {
        throw InputError.field(
          'body',
          'INVALID',
          `unknown placeholder ${unknown.map((k) => `{{${k}}}`).join(', ')}; use ${TEMPLATE_PLACEHOLDERS.map((k) => `{{${k}}}`).join(', ')}`,
          { unknown: unknown.map((k) => `{{${k}}}`).join(', '), known: TEMPLATE_PLACEHOLDERS.map((k) => `{{${k}}}`).join(', ') },
          'UNKNOWN_PLACEHOLDER',
        );
      }
      values.body = input.body.trim();
    }
    if (input.active != null) values.active = input.active;
    const work = () =>
      this.transactions.run(async (tx) => {
        if (!input.id) {
          if (!values.code || !values.name || !values.body) throw InputError.field('body', 'REQUIRED', 'code, name and body are required');
          const existing = await tx.manager.findOneBy(MessageTemplate, { code: values.code });
          if (existing) throw this.duplicate(existing);
          const inserted = await tx.manager.insert(MessageTemplate, { active: true, ...values });
          const id = Number(inserted.identifiers[0].id);
          await tx.audit({ entityType: 'MessageTemplate', entityId: id, action: 'create', actorId: actor.id, after: values });
          return tx.manager.findOneByOrFail(MessageTemplate, { id });
        }
        const id = Number(input.id);
        const before = await tx.manager.findOneBy(MessageTemplate, { id });
        if (!before) throw new NotFoundError('MessageTemplate', input.id);
        const existing = values.code && values.code !== before.code ? await tx.manager.findOneBy(MessageTemplate, { code: values.code }) : null;
        if (existing) throw this.duplicate(existing);
        const result = await tx.manager
          .createQueryBuilder()
          .update(MessageTemplate)
          .set(values)
          .where('id = :id AND version = :version', { id, version: input.expectedVersion ?? before.version })
          .execute();
        if (result.affected !== 1) throw new ConflictError('MessageTemplate', await tx.manager.findOneBy(MessageTemplate, { id }));
        await tx.audit({ entityType: 'MessageTemplate', entityId: id, action: 'update', actorId: actor.id, ...changes(before, values) });
        return tx.manager.findOneByOrFail(MessageTemplate, { id });
      });
    return guardUnique(work, UNIQUE_KEYS, async () =>
      this.duplicate(values.code ? await this.dataSource.getRepository(MessageTemplate).findOneBy({ code: values.code }) : null),
    );
  }

  /** Templates are read by everyone signed in, so the one holding the code is named. */
  private duplicate(existing: MessageTemplate | null): DuplicateError {
    return new DuplicateError(
      'MessageTemplate',
      'code',
      existing && { id: String(existing.id), code: existing.code, name: existing.name },
      'code is already used by another template',
    );
  }
}
