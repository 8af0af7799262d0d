import { In } from 'typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { parseNik } from '@prospek/shared';
import { dialectOf, likeContains } from '../../db/sql.js';
import type { Dialect } from '../../db/sql.js';
import type { Tx, TransactionRunner } from '../../db/transaction.js';
import { guardUnique } from '../../db/unique-violation.js';
import type { UniqueKey } from '../../db/unique-violation.js';
import { ConflictError, DuplicateError, ForbiddenError, InputError, NotFoundError } from '../../errors.js';
import { MAX_PAGE_SIZE, decodeCursor, encodeCursor } from '../../graphql/pagination.js';
import type { AccessService } from '../access/access.service.js';
import { canReadClient, clientReadCondition, reachesOffice } from '../access/scope.js';
import type { Scope } from '../access/scope.js';
import { changes } from '../audit/audit.js';
import type { Lead } from '../lead/lead.entity.js';
import { User } from '../user/user.entity.js';
import { nextCif } from './cif.js';
import { clientValues } from './client-rules.js';
import { Client } from './client.entity.js';
import type { ClientFieldsInput, ClientFilterInput, UpdateClientInput } from './client.inputs.js';
import { parseId } from '../write-context.js';

/** One person, one client: the unique indexes behind the NIK and phone checks. */
const UNIQUE_KEYS = [
  { field: 'nik', index: 'UQ_client_nik', table: 'client', columns: ['nik'] },
  { field: 'phone', index: 'UQ_client_phone', table: 'client', columns: ['phone'] },
] as const satisfies readonly UniqueKey[];
type UniqueField = (typeof UNIQUE_KEYS)[number]['field'];

/** Client accounts (nasabah): scoped like leads, one CIF per person, never duplicated by NIK or phone. */
export class ClientService {
  private readonly dialect: Dialect;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
  ) {
    this.dialect = dialectOf(dataSource);
  }

  async list(viewer: User, filter: ClientFilterInput, first: number | null | undefined, after: string | null | undefined) {
    const limit = first ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
      throw InputError.field('first', 'INVALID', `first must be between 1 and ${MAX_PAGE_SIZE}`, { min: 1, max: MAX_PAGE_SIZE }, 'OUT_OF_RANGE');
    const q = this.dialect.id;
    const reach = clientReadCondition(await this.access.scope(viewer), q);
    const parts = [reach.sql];
    const params: unknown[] = [...reach.params];
    if (filter.status) {
      parts.push(`c.${q('status')} = ?`);
      params.push(filter.status);
    }
    if (filter.officerId) {
      parts.push(`c.${q('officerId')} = ?`);
      params.push(Number(filter.officerId));
    }
    const term = filter.search?.trim().toLowerCase();
    if (term) {
      const like = likeContains(term);
      const digits = term.replace(/\D/g, '');
      parts.push(
        `(LOWER(c.${q('name')}) LIKE ? ESCAPE '!' OR LOWER(c.${q('cif')}) LIKE ? ESCAPE '!'` +
          (digits.length >= 4 ? ` OR c.${q('nik')} LIKE ? ESCAPE '!' OR c.${q('phone')} LIKE ? ESCAPE '!'` : '') +
          ')',
      );
      params.push(like, like);
      if (digits.length >= 4) params.push(likeContains(digits), likeContains(digits.startsWith('0') ? `62${digits.slice(1)}` : digits));
    }
    const where = parts.join(' AND ');
    let keyset = '';
    const pageParams = [...params];
    if (after) {
      const cursor = decodeCursor(after);
      if (!cursor || typeof cursor[0] !== 'number') throw InputError.field('after', 'INVALID', 'after is not a cursor of this list');
      keyset = ` AND c.${q('id')} < ?`;
      pageParams.push(cursor[0]);
    }
    const [[{ n }], ids] = await Promise.all([
      this.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('client')} c WHERE ${where}`, params) as Promise<Array<{ n: number | string }>>,
      this.dataSource.query(`SELECT c.${q('id')} AS id FROM ${q('client')} c WHERE ${where}${keyset} ORDER BY c.${q('id')} DESC LIMIT ?`, [
        ...pageParams,
        limit + 1,
      ]) as Promise<Array<{ id: number | string }>>,
    ]);
    const pageIds = ids.map((r) => Number(r.id));
    const hasNextPage = pageIds.length > limit;
    if (hasNextPage) pageIds.length = limit;
    const rows = pageIds.length ? await this.dataSource.getRepository(Client).findBy({ id: In(pageIds) }) : [];
    const byId = new Map(rows.map((c) => [c.id, c]));
    const nodes = pageIds.map((id) => byId.get(id)).filter((c): c is Client => c !== undefined);
    return { nodes, totalCount: Number(n), pageInfo: { hasNextPage, endCursor: nodes.length ? encodeCursor([nodes[nodes.length - 1].id]) : null } };
  }

  async get(viewer: User, rawId: string | number): Promise<Client> {
    const scope = await this.access.scope(viewer);
    const client = await this.dataSource.getRepository(Client).findOneBy({ id: Number(rawId) || 0 });
    if (!client || !canReadClient(scope, client)) throw new NotFoundError('Client', rawId);
    return client;
  }

  /** Many clients by id in one statement, those the viewer may see. */
  async findMany(viewer: User, ids: readonly number[]): Promise<Map<number, Client>> {
    if (ids.length === 0) return new Map();
    const scope = await this.access.scope(viewer);
    const clients = await this.dataSource.getRepository(Client).findBy({ id: In([...ids]) });
    return new Map(clients.filter((c) => canReadClient(scope, c)).map((c) => [c.id, c]));
  }

  /** A client the viewer may work on (for clients, reading and changing go together). */
  async loadChangeable(manager: EntityManager, scope: Scope, id: number): Promise<Client> {
    if (scope.role === 'MARKETING') throw new NotFoundError('Client', id);
    const client = await manager.findOneBy(Client, { id });
    if (!client || !canReadClient(scope, client)) throw new NotFoundError('Client', id);
    return client;
  }

  async create(actor: User, input: ClientFieldsInput): Promise<Client> {
    const scope = await this.access.scope(actor);
    const values = clientValues(input, null);
    const work = () =>
      this.transactions.run(async (tx) => {
        const officer = await this.officerFor(tx.manager, scope, parseId('officerId', input.officerId));
        await this.refuseDuplicate(tx.manager, scope, values, null);
        const officeId = officer?.officeId ?? actor.officeId;
        const cif = await nextCif(tx.manager, this.dialect, officeId);
        const inserted = await tx.manager.insert(Client, { status: 'ACTIVE', ...values, cif, officerId: officer?.id ?? null, officeId, sourceLeadId: null });
        const id = Number(inserted.identifiers[0].id);
        await tx.audit({ entityType: 'Client', entityId: id, action: 'create', actorId: actor.id, after: { ...values, cif, officerId: officer?.id ?? null } });
        return tx.manager.findOneByOrFail(Client, { id });
      });
    return guardUnique(work, UNIQUE_KEYS, (key) => this.duplicateAfterRace(scope, key.field, values, null));
  }

  async update(actor: User, input: UpdateClientInput): Promise<Client> {
    const scope = await this.access.scope(actor);
    const { id: rawId, expectedVersion, officerId: rawOfficer, ...fields } = input;
    const id = Number(rawId);
    let values: Partial<Client> = {};
    const work = () =>
      this.transactions.run(async (tx) => {
        const before = await tx.manager.findOneBy(Client, { id: id || 0 });
        if (!before || !canReadClient(scope, before)) throw new NotFoundError('Client', rawId);
        values = clientValues(fields, before);
        if (rawOfficer !== undefined && rawOfficer !== null) {
          const officer = await this.officerFor(tx.manager, scope, parseId('officerId', rawOfficer));
          if (officer) Object.assign(values, { officerId: officer.id, officeId: officer.officeId });
        }
        await this.refuseDuplicate(tx.manager, scope, { ...before, ...values }, id);
        const result = await tx.manager
          .createQueryBuilder()
          .update(Client)
          .set(values)
          .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
          .execute();
        if (result.affected !== 1) throw new ConflictError('Client', await tx.manager.findOneBy(Client, { id }));
        await tx.audit({ entityType: 'Client', entityId: id, action: 'update', actorId: actor.id, ...changes(before, values) });
        return tx.manager.findOneByOrFail(Client, { id });
      });
    return guardUnique(work, UNIQUE_KEYS, (key) => this.duplicateAfterRace(scope, key.field, values, id));
  }

  /**
   * The client a won lead becomes: the one it already became, an existing client with its NIK (or
   * phone), or a new one. Converting twice never makes two clients.
   */
  async convertLead(tx: Tx, actorId: number, lead: Lead): Promise<Client> {
    if (lead.clientId) return tx.manager.findOneByOrFail(Client, { id: lead.clientId });
    const existing =
      (lead.nik ? await tx.manager.findOneBy(Client, { nik: lead.nik }) : null) ??
      (lead.phone ? await tx.manager.findOneBy(Client, { phone: lead.phone }) : null);
    if (existing) return this.fillIncome(tx, actorId, existing, lead);
    const nik = lead.nik && parseNik(lead.nik).ok ? lead.nik : null;
    const info = nik ? parseNik(nik) : null;
    const cif = await nextCif(tx.manager, this.dialect, lead.officeId);
    const values = {
      cif,
      type: 'PERSON' as const,
      name: lead.fullName,
      nik,
      npwp: null,
      birthDate: info?.ok ? info.info.birthDate : null,
      gender: info?.ok ? info.info.gender : null,
      phone: lead.phone,
      whatsapp: lead.whatsapp,
      email: lead.email,
      address: null,
      officerId: lead.ownerId,
      officeId: lead.officeId,
      segment: lead.segment,
      status: 'ACTIVE' as const,
      monthlyIncome: lead.monthlyIncome ?? null,
      existingInstallments: lead.existingInstallments ?? null,
      sourceLeadId: lead.id,
    };
    const inserted = await tx.manager.insert(Client, values);
    const id = Number(inserted.identifiers[0].id);
    await tx.audit({ entityType: 'Client', entityId: id, action: 'convert', actorId, after: { cif, name: values.name, sourceLeadId: lead.id } });
    return tx.manager.findOneByOrFail(Client, { id });
  }

  /** A returning client keeps the income it has on record; the won lead fills in what is missing. */
  private async fillIncome(tx: Tx, actorId: number, client: Client, lead: Lead): Promise<Client> {
    const fill: Partial<Client> = {};
    if (client.monthlyIncome === null && lead.monthlyIncome != null) fill.monthlyIncome = lead.monthlyIncome;
    if (client.existingInstallments === null && lead.existingInstallments != null) fill.existingInstallments = lead.existingInstallments;
    if (Object.keys(fill).length === 0) return client;
    await tx.manager.createQueryBuilder().update(Client).set(fill).where('id = :id', { id: client.id }).execute();
    await tx.audit({ entityType: 'Client', entityId: client.id, action: 'update', actorId, ...changes(client, fill) });
    return tx.manager.findOneByOrFail(Client, { id: client.id });
  }

  private async officerFor(manager: EntityManager, scope: Scope, requested: number | null): Promise<User | null> {
    if (scope.role === 'MARKETING') throw new ForbiddenError('Marketing does not keep client accounts');
    if (scope.role === 'OFFICER') {
      if (requested !== null && requested !== scope.user.id) throw new ForbiddenError('An officer keeps their own clients');
      return scope.user;
    }
    if (requested === null) return null;
    const officer = await manager.findOneBy(User, { id: requested, role: 'OFFICER', active: true });
    if (!officer || !reachesOffice(scope, officer.officeId))
      throw InputError.field('officerId', 'NOT_ALLOWED', 'officerId is not an active officer you manage');
    return officer;
  }

  /** Another client with the same NIK or phone is offered instead (named only if the viewer may see it). */
  private async refuseDuplicate(manager: EntityManager, scope: Scope, values: Partial<Client>, exceptId: number | null): Promise<void> {
    for (const { field } of UNIQUE_KEYS) {
      const duplicate = await this.duplicateOf(manager, scope, field, values[field], exceptId);
      if (duplicate) throw duplicate;
    }
  }

  private async duplicateOf(
    manager: EntityManager,
    scope: Scope,
    field: UniqueField,
    value: string | null | undefined,
    exceptId: number | null,
  ): Promise<DuplicateError | null> {
    if (!value) return null;
    const existing = await manager.findOneBy(Client, { [field]: value });
    if (!existing || existing.id === exceptId) return null;
    const label = field.toUpperCase();
    if (!canReadClient(scope, existing)) return new DuplicateError('Client', field, null, `A client of another office already has this ${label}`);
    return new DuplicateError(
      'Client',
      field,
      { id: String(existing.id), cif: existing.cif, name: existing.name },
      `${existing.name} (${existing.cif}) already has this ${label}`,
    );
  }

  /** The write lost a race on a unique index: the winner has committed by now, so it can be named. */
  private async duplicateAfterRace(scope: Scope, field: UniqueField, values: Partial<Client>, exceptId: number | null): Promise<DuplicateError> {
    return (
      (await this.duplicateOf(this.dataSource.manager, scope, field, values[field], exceptId)) ??
      new DuplicateError('Client', field, null, `Another client already has this ${field.toUpperCase()}`)
    );
  }
}
