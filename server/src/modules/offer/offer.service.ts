import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { OFFICE_TIME_ZONES, addDays, businessDate, isBusinessDate } from '@prospek/shared';
import type { Config } from '../../config.js';
import { dialectOf } from '../../db/sql.js';
import type { Dialect } from '../../db/sql.js';
import type { Tx, TransactionRunner } from '../../db/transaction.js';
import { AppError, ForbiddenError, InputError, NotFoundError, refusal } from '../../errors.js';
import { sqlKeysetPage } from '../../graphql/keyset-page.js';
import type { Page, PageArgs } from '../../graphql/keyset-page.js';
import type { AccessService } from '../access/access.service.js';
import { canChangeLead, canReadClient, clientReadCondition, leadReadCondition } from '../access/scope.js';
import type { Scope } from '../access/scope.js';
import { Client } from '../client/client.entity.js';
import { toBusinessDate } from '../../db/columns.js';
import { officeTimeZone, officeTimeZones } from '../office/office-zone.js';
import type { Lead } from '../lead/lead.entity.js';
import type { LeadService } from '../lead/lead.service.js';
import { Product } from '../product/product.entity.js';
import type { User } from '../user/user.entity.js';
import { checkTerms, offerAmount } from './offer-terms.js';
import { Offer } from './offer.entity.js';
import type { OfferStatus } from './offer.entity.js';
import type { CreateOfferInput, OfferFilterInput } from './offer.inputs.js';
import { parseId } from '../write-context.js';
import type { WriteContext } from '../write-context.js';

/** Offers expired per transaction, so a long backlog neither holds locks long nor builds one huge event list. */
const EXPIRY_BATCH = 200;

/**
 * Offers: a product with terms inside its ranges, for a lead or a client, through
 * DRAFT → PRESENTED → ACCEPTED | DECLINED | EXPIRED. Whoever may see the lead or client sees its offers;
 * whoever may change it works them.
 */
export class OfferService {
  private readonly dialect: Dialect;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly leads: LeadService,
    private readonly config: Pick<Config, 'offerValidDays'>,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.dialect = dialectOf(dataSource);
  }

  /** Offers in reach, newest first. */
  async list(viewer: User, filter: OfferFilterInput, page: PageArgs): Promise<Page<Offer>> {
    const scope = await this.access.scope(viewer);
    const q = this.dialect.id;
    const lead = leadReadCondition(scope, q);
    const client = clientReadCondition(scope, q);
    const parts = [`((o.${q('leadId')} IS NOT NULL AND ${lead.sql}) OR (o.${q('clientId')} IS NOT NULL AND ${client.sql}))`];
    const params: unknown[] = [...lead.params, ...client.params];
    for (const key of ['leadId', 'clientId'] as const) {
      const id = parseId(key, filter[key]);
      if (id !== null) {
        parts.push(`o.${q(key)} = ?`);
        params.push(id);
      }
    }
    if (filter.status) {
      parts.push(`o.${q('status')} = ?`);
      params.push(filter.status);
    }
    const from = `${q('offer')} o LEFT JOIN ${q('lead')} l ON l.${q('id')} = o.${q('leadId')} LEFT JOIN ${q('client')} c ON c.${q('id')} = o.${q('clientId')}`;
    const ids = await sqlKeysetPage<{ id: number | string }>(
      this.dataSource,
      { select: `o.${q('id')} AS id`, from, where: parts.join(' AND '), params },
      [{ expression: `o.${q('id')}`, descending: true }],
      page,
    );
    const wanted = ids.nodes.map((r) => Number(r.id));
    const offers = wanted.length ? await this.dataSource.getRepository(Offer).findBy({ id: In(wanted) }) : [];
    return { ...ids, nodes: offers.sort((a, b) => b.id - a.id) };
  }

  async get(viewer: User, rawId: string | number): Promise<Offer> {
    const scope = await this.access.scope(viewer);
    return this.loadVisible(this.dataSource.manager, scope, rawId);
  }

  async create(ctx: WriteContext, input: CreateOfferInput): Promise<Offer> {
    const scope = await this.access.scope(ctx.actor);
    const leadId = parseId('leadId', input.leadId);
    const clientId = parseId('clientId', input.clientId);
    if ((leadId === null) === (clientId === null))
      throw InputError.field('leadId', 'REQUIRED', 'Offer to a lead or to a client (one of leadId, clientId)', undefined, 'ONE_OF_LEAD_OR_CLIENT');
    const productId = parseId('productId', input.productId) as number;
    if (input.validUntil && !isBusinessDate(input.validUntil)) throw InputError.field('validUntil', 'DATE_INVALID', 'validUntil must be YYYY-MM-DD');
    return this.transactions.run(async (tx) => {
      const holder = leadId !== null ? await this.leads.loadChangeable(tx.manager, scope, leadId) : null;
      const client = clientId !== null ? await this.changeableClient(tx.manager, scope, clientId) : null;
      // Valid until a day of the office that makes the offer.
      const today = businessDate(this.clock(), await officeTimeZone(tx.manager, (holder?.officeId ?? client?.officeId) as number));
      if (input.validUntil && input.validUntil < today)
        throw InputError.field('validUntil', 'DATE_INVALID', 'validUntil is already past', undefined, 'DATE_PAST');
      const product = await tx.manager.findOneBy(Product, { id: productId });
      if (!product) throw InputError.field('productId', 'NOT_ALLOWED', 'productId is not a product');
      const annualRateMicro = checkTerms(product, input.amount, input.tenorMonths, input.annualRate);
      const values = {
        leadId,
        clientId,
        productId,
        amount: offerAmount(product, input.amount),
        tenorMonths: product.kind === 'SERVICE' ? 1 : input.tenorMonths,
        annualRateMicro: product.kind === 'SERVICE' ? 0 : annualRateMicro,
        interestMethod: product.kind === 'LOAN' ? product.interestMethod : null,
        status: 'DRAFT' as OfferStatus,
        validUntil: input.validUntil ?? addDays(today, this.config.offerValidDays),
        createdById: ctx.actor.id,
      };
      const inserted = await tx.manager.insert(Offer, values);
      const id = Number(inserted.identifiers[0].id);
      await tx.audit({ entityType: 'Offer', entityId: id, action: 'create', actorId: ctx.actor.id, after: values });
      if (leadId !== null) await this.leads.offerChanged(tx, ctx, leadId, id);
      return tx.manager.findOneByOrFail(Offer, { id });
    });
  }

  /** Presents an offer to the client; a lead still NEW or CONTACTED moves to PRESENTED. */
  async present(ctx: WriteContext, rawId: string): Promise<Offer> {
    const scope = await this.access.scope(ctx.actor);
    return this.transactions.run(async (tx) => {
      const offer = await this.loadChangeable(tx.manager, scope, rawId);
      if (offer.status === 'PRESENTED') return offer;
      this.requireStatus(offer, ['DRAFT']);
      await this.refuseExpired(tx.manager, offer);
      await this.setStatus(tx.manager, offer, { status: 'PRESENTED', presentedAt: this.clock() });
      await tx.audit({
        entityType: 'Offer',
        entityId: offer.id,
        action: 'present',
        actorId: ctx.actor.id,
        before: { status: offer.status },
        after: { status: 'PRESENTED' },
      });
      if (offer.leadId !== null) {
        const lead = await this.leads.loadChangeable(tx.manager, scope, offer.leadId);
        // Advancing announces the card with its offer; otherwise the card's offer line alone changes.
        if (lead.stage === 'NEW' || lead.stage === 'CONTACTED') await this.leads.advance(tx, ctx, scope, lead, 'PRESENTED');
        else await this.leads.offerChanged(tx, ctx, offer.leadId, offer.id);
      }
      return tx.manager.findOneByOrFail(Offer, { id: offer.id });
    });
  }

  async accept(ctx: WriteContext, rawId: string): Promise<Offer> {
    const scope = await this.access.scope(ctx.actor);
    return this.transactions.run(async (tx) => {
      const offer = await this.loadChangeable(tx.manager, scope, rawId);
      if (offer.status === 'ACCEPTED') return offer;
      this.requireStatus(offer, ['PRESENTED']);
      await this.refuseExpired(tx.manager, offer);
      await this.setStatus(tx.manager, offer, { status: 'ACCEPTED', decidedAt: this.clock() });
      await tx.audit({
        entityType: 'Offer',
        entityId: offer.id,
        action: 'accept',
        actorId: ctx.actor.id,
        before: { status: offer.status },
        after: { status: 'ACCEPTED' },
      });
      if (offer.leadId !== null) await this.leads.offerChanged(tx, ctx, offer.leadId, offer.id);
      return tx.manager.findOneByOrFail(Offer, { id: offer.id });
    });
  }

  async decline(ctx: WriteContext, rawId: string, reason: string): Promise<Offer> {
    const why = reason.trim();
    if (!why) throw InputError.field('reason', 'REQUIRED', 'Say why the client declined');
    if (why.length > 500) throw InputError.field('reason', 'TOO_LONG', 'reason must be at most 500 characters', { max: 500 });
    const scope = await this.access.scope(ctx.actor);
    return this.transactions.run(async (tx) => {
      const offer = await this.loadChangeable(tx.manager, scope, rawId);
      this.requireStatus(offer, ['DRAFT', 'PRESENTED']);
      await this.setStatus(tx.manager, offer, { status: 'DECLINED', decidedAt: this.clock(), declineReason: why });
      await tx.audit({
        entityType: 'Offer',
        entityId: offer.id,
        action: 'decline',
        actorId: ctx.actor.id,
        before: { status: offer.status },
        after: { status: 'DECLINED', declineReason: why },
      });
      if (offer.leadId !== null) await this.leads.offerChanged(tx, ctx, offer.leadId, offer.id);
      return tx.manager.findOneByOrFail(Offer, { id: offer.id });
    });
  }

  /**
   * Offers past their validity date expire, each when the day after it begins in its office's zone; run
   * by the server's scheduler (idempotent). Each is audited, and each lead whose card showed one of them
   * is announced, in batches of one transaction each.
   */
  async expireDue(now: Date = this.clock()): Promise<number> {
    let expired = 0;
    let afterId = 0;
    for (;;) {
      const candidates = await this.expiryCandidates(now, afterId);
      if (candidates.length === 0) return expired;
      afterId = candidates[candidates.length - 1].id;
      const due = candidates.filter((c) => c.due).map((c) => c.id);
      if (due.length > 0) expired += await this.transactions.run((tx) => this.expireBatch(tx, due));
      if (candidates.length < EXPIRY_BATCH) return expired;
    }
  }

  /** Open offers past their date somewhere in Indonesia (the easternmost zone's today), each with whether it is in its own office. */
  private async expiryCandidates(now: Date, afterId: number): Promise<Array<{ id: number; due: boolean }>> {
    const q = this.dialect.id;
    const latest = businessDate(now, OFFICE_TIME_ZONES[OFFICE_TIME_ZONES.length - 1]);
    const rows: Array<{ id: number | string; validUntil: Date | string; officeId: number | string | null }> = await this.dataSource.query(
      `SELECT o.${q('id')} AS ${q('id')}, o.${q('validUntil')} AS ${q('validUntil')}, COALESCE(c.${q('officeId')}, l.${q('officeId')}) AS ${q('officeId')} ` +
        `FROM ${q('offer')} o LEFT JOIN ${q('lead')} l ON l.${q('id')} = o.${q('leadId')} LEFT JOIN ${q('client')} c ON c.${q('id')} = o.${q('clientId')} ` +
        `WHERE o.${q('status')} IN ('DRAFT', 'PRESENTED') AND o.${q('validUntil')} < ? AND o.${q('id')} > ? ORDER BY o.${q('id')} LIMIT ${EXPIRY_BATCH}`,
      [latest, afterId],
    );
    const zones = await officeTimeZones(
      this.dataSource.manager,
      rows.filter((r) => r.officeId !== null).map((r) => Number(r.officeId)),
    );
    return rows.map((r) => ({
      id: Number(r.id),
      due: (toBusinessDate(r.validUntil) as string) < businessDate(now, r.officeId === null ? undefined : zones.get(Number(r.officeId))),
    }));
  }

  private async expireBatch(tx: Tx, ids: number[]): Promise<number> {
    const q = this.dialect.id;
    // Locked, so an accept racing the expiry waits and then finds the offer EXPIRED.
    const rows: Array<{ id: number | string }> = await tx.manager.query(
      `SELECT ${q('id')} FROM ${q('offer')} WHERE ${q('id')} IN (${ids.map(() => '?').join(', ')}) AND ${q('status')} IN ('DRAFT', 'PRESENTED') ORDER BY ${q('id')}${this.dialect.forUpdate}`,
      ids,
    );
    if (rows.length === 0) return 0;
    const offers = await tx.manager.findBy(Offer, { id: In(rows.map((r) => Number(r.id))) });
    await tx.manager
      .createQueryBuilder()
      .update(Offer)
      .set({ status: 'EXPIRED' })
      .where({ id: In(offers.map((o) => o.id)) })
      .execute();
    const leads = new Map<number, Offer>();
    for (const offer of offers) {
      await tx.audit({
        entityType: 'Offer',
        entityId: offer.id,
        action: 'expire',
        actorId: null,
        before: { status: offer.status },
        after: { status: 'EXPIRED', validUntil: offer.validUntil },
      });
      if (offer.leadId !== null && (leads.get(offer.leadId)?.id ?? 0) < offer.id) leads.set(offer.leadId, offer);
    }
    // The system acts on behalf of whoever made the offer; no request of theirs caused it.
    for (const [leadId, offer] of leads) await this.leads.offerChanged(tx, { actor: { id: offer.createdById }, mutationId: null }, leadId, offer.id);
    return offers.length;
  }

  private requireStatus(offer: Offer, allowed: OfferStatus[]): void {
    if (!allowed.includes(offer.status)) {
      throw new AppError('CONFLICT', `The offer is ${offer.status}; this needs ${allowed.join(' or ')}`, {
        entity: 'Offer',
        current: { id: String(offer.id), status: offer.status, version: offer.version },
        ...refusal('OFFER_STATUS', { status: offer.status, allowed: allowed.join(',') }),
      });
    }
  }

  private async refuseExpired(manager: EntityManager, offer: Offer): Promise<void> {
    const officeId = offer.clientId !== null ? (await manager.findOneBy(Client, { id: offer.clientId }))?.officeId : await this.leadOffice(manager, offer);
    if (offer.validUntil >= businessDate(this.clock(), officeId ? await officeTimeZone(manager, officeId) : undefined)) return;
    await this.setStatus(manager, offer, { status: 'EXPIRED' });
    throw new AppError('CONFLICT', `The offer expired on ${offer.validUntil}`, {
      entity: 'Offer',
      current: { id: String(offer.id), status: 'EXPIRED' },
      ...refusal('OFFER_EXPIRED', { validUntil: offer.validUntil }),
    });
  }

  private async leadOffice(manager: EntityManager, offer: Offer): Promise<number | undefined> {
    if (offer.leadId === null) return undefined;
    const rows: Array<{ officeId: number | string }> = await manager.query(
      `SELECT ${this.dialect.id('officeId')} FROM ${this.dialect.id('lead')} WHERE ${this.dialect.id('id')} = ?`,
      [offer.leadId],
    );
    return rows.length > 0 ? Number(rows[0].officeId) : undefined;
  }

  private async setStatus(manager: EntityManager, offer: Offer, values: Partial<Offer>): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(Offer)
      .set(values)
      .where('id = :id AND version = :version', { id: offer.id, version: offer.version })
      .execute();
    if (result.affected !== 1) throw new AppError('CONFLICT', 'The offer was changed meanwhile; reload it', { entity: 'Offer', current: null });
  }

  private async loadVisible(manager: EntityManager, scope: Scope, rawId: string | number): Promise<Offer> {
    const id = Number(rawId);
    const offer = Number.isSafeInteger(id) ? await manager.findOneBy(Offer, { id }) : null;
    if (!offer) throw new NotFoundError('Offer', rawId);
    if (offer.leadId !== null) {
      await this.leads.loadVisible(manager, scope, offer.leadId).catch(() => {
        throw new NotFoundError('Offer', rawId);
      });
    } else if (offer.clientId !== null) {
      const client = await manager.findOneBy(Client, { id: offer.clientId });
      if (!client || !canReadClient(scope, client)) throw new NotFoundError('Offer', rawId);
    }
    return offer;
  }

  private async loadChangeable(manager: EntityManager, scope: Scope, rawId: string | number): Promise<Offer> {
    const offer = await this.loadVisible(manager, scope, rawId);
    if (offer.leadId !== null) {
      const lead: Lead = await this.leads.loadVisible(manager, scope, offer.leadId);
      if (!canChangeLead(scope, lead)) throw new ForbiddenError('You may read this offer but not change it');
    }
    return offer;
  }

  private async changeableClient(manager: EntityManager, scope: Scope, clientId: number): Promise<Client> {
    const client = await manager.findOneBy(Client, { id: clientId });
    if (!client || !canReadClient(scope, client)) throw new NotFoundError('Client', clientId);
    return client;
  }
}
