import type { DataSource, EntityManager } from 'typeorm';
import type { LeadCardData, OfferStatus } from '@prospek/shared';
import { writeVersioned } from '../../boards/board-move.js';
import { dialectOf } from '../../db/sql.js';
import type { Dialect } from '../../db/sql.js';
import type { Tx } from '../../db/transaction.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors.js';
import type { LeadChangedEvent } from '../../events/domain-events.js';
import type { LeadVisibility } from '../../events/visibility.js';
import { canChangeLead } from '../access/scope.js';
import type { Scope } from '../access/scope.js';
import { User } from '../user/user.entity.js';
import type { EventOrigin } from '../write-context.js';
import { leadFromRow, ownerOf, toLeadCard, visibilityOf } from './lead-card.js';
import type { LeadRow } from './lead-card.js';
import { Lead } from './lead.entity.js';
import { leadWhere } from './lead-query.js';

/**
 * A lead's row as every write needs it: loaded in the viewer's reach and locked, updated on the version
 * it was read at, and announced as the database holds it after the change. Other modules' writes that
 * show on a lead's card (offers, follow-ups, tasks) use these too.
 */
export class LeadRecords {
  protected readonly dialect: Dialect;

  constructor(
    dataSource: DataSource,
    protected readonly clock: () => Date = () => new Date(),
  ) {
    this.dialect = dialectOf(dataSource);
  }

  /**
   * Another record shown on the lead's card changed (its latest offer): the lead's version advances, so
   * that boards holding the card take the event as newer, and the card is announced as it now is.
   * Does nothing for an archived lead, which no board shows. The caller has written in `tx` already.
   */
  async touch(tx: Tx, ctx: EventOrigin, id: number): Promise<void> {
    const q = this.dialect.id;
    const rows: LeadRow[] = await tx.manager.query(`SELECT l.* FROM ${q('lead')} l WHERE l.${q('id')} = ?${this.dialect.forUpdate}`, [id]);
    if (rows.length === 0) return;
    const lead = leadFromRow(rows[0]);
    if (lead.archivedAt) return;
    // The row is locked (or SQLite's writes take turns): its version cannot move under us.
    await tx.manager
      .createQueryBuilder()
      .update(Lead)
      .set({ updatedAt: this.clock() })
      .where('id = :id AND version = :version', { id, version: lead.version })
      .execute();
    await this.emitCurrent(tx, ctx, id, 'updated', null);
  }

  /** An offer of the lead was created or changed status: its card changes if the offer is its latest. */
  async offerChanged(tx: Tx, ctx: EventOrigin, leadId: number, offerId: number): Promise<void> {
    if ((await this.latestOffer(tx.manager, leadId))?.id !== String(offerId)) return;
    await this.touch(tx, ctx, leadId);
  }

  /** Applies `values` only if the row still has `expectedVersion`; otherwise CONFLICT with the row as it is. */
  async versionedUpdate(tx: Tx, scope: Scope, id: number, expectedVersion: number, values: Partial<Lead>): Promise<void> {
    if (await writeVersioned(tx.manager, Lead, id, expectedVersion, values)) return;
    const current = await this.loadVisible(tx.manager, scope, id);
    throw new ConflictError('Lead', toLeadCard(current, await this.ownerName(tx.manager, current)));
  }

  /** A lead the viewer may change: NOT_FOUND outside their reach, FORBIDDEN when only readable. */
  async loadChangeable(manager: EntityManager, scope: Scope, id: number): Promise<Lead> {
    const lead = await this.loadVisible(manager, scope, id);
    if (lead.archivedAt) throw new NotFoundError('Lead', id);
    if (!canChangeLead(scope, lead)) throw new ForbiddenError('You may read this lead but not change it');
    return lead;
  }

  async loadVisible(manager: EntityManager, scope: Scope, id: number): Promise<Lead> {
    const q = this.dialect.id;
    const where = leadWhere(scope, {}, this.dialect, { includeArchived: true });
    // Locks the row: concurrent writes to one lead queue here and each reads the latest version.
    const rows: LeadRow[] = await manager.query(`SELECT l.* FROM ${q('lead')} l WHERE l.${q('id')} = ? AND ${where.sql}${this.dialect.forUpdate}`, [
      id,
      ...where.params,
    ]);
    if (rows.length === 0) throw new NotFoundError('Lead', id);
    return leadFromRow(rows[0]);
  }

  async ownerName(manager: EntityManager, lead: Lead): Promise<string | null> {
    if (lead.ownerId === null) return null;
    return (await manager.findOne(User, { where: { id: lead.ownerId }, select: { id: true, name: true } }))?.name ?? null;
  }

  /** The offer a lead's card shows (its accepted one, else the most recent), so a live card keeps it current. */
  async latestOffer(manager: EntityManager, leadId: number): Promise<LeadCardData['latestOffer']> {
    const q = this.dialect.id;
    const rows: Array<{ id: number | string; status: OfferStatus; productId: number | string; productName: string }> = await manager.query(
      `SELECT o.${q('id')} AS ${q('id')}, o.${q('status')} AS ${q('status')}, p.${q('id')} AS ${q('productId')}, p.${q('name')} AS ${q('productName')} ` +
        `FROM ${q('offer')} o JOIN ${q('product')} p ON p.${q('id')} = o.${q('productId')} WHERE o.${q('leadId')} = ? ORDER BY CASE WHEN o.${q('status')} = 'ACCEPTED' THEN 0 ELSE 1 END, o.${q('id')} DESC LIMIT 1`,
      [leadId],
    );
    const [offer] = rows;
    return offer ? { id: String(offer.id), status: offer.status, product: { id: String(offer.productId), name: offer.productName } } : null;
  }

  /** Re-reads the row inside the transaction, so the event carries what the database holds. */
  async emitCurrent(
    tx: Tx,
    ctx: EventOrigin,
    id: number,
    type: 'created' | 'updated' | 'moved' | 'removed',
    previousVisibility: LeadVisibility | null,
    /** The campaign office the lead reached before, when the change moved it to another campaign (or none). */
    previousCampaignOfficeId?: number | null,
  ): Promise<Lead> {
    const q = this.dialect.id;
    const rows: Array<LeadRow & { campaignOfficeId: number | string | null }> = await tx.manager.query(
      `SELECT l.*, c.${q('officeId')} AS ${q('campaignOfficeId')} FROM ${q('lead')} l ` +
        `LEFT JOIN ${q('campaign')} c ON c.${q('id')} = l.${q('campaignId')} WHERE l.${q('id')} = ?`,
      [id],
    );
    const lead = leadFromRow(rows[0]);
    const campaignOfficeId = rows[0].campaignOfficeId === null ? null : Number(rows[0].campaignOfficeId);
    const ownerName = await this.ownerName(tx.manager, lead);
    lead.owner = ownerOf(lead, ownerName);
    const card = { ...toLeadCard(lead, ownerName), latestOffer: await this.latestOffer(tx.manager, id) };
    tx.emit({
      kind: 'card',
      board: 'leads',
      type,
      card,
      visibility: visibilityOf(lead, campaignOfficeId),
      // Unless the change named another campaign, the lead reached the same campaign team before it.
      previousVisibility: previousVisibility && {
        ...previousVisibility,
        campaignOfficeId: visibilityOf(lead, previousCampaignOfficeId === undefined ? campaignOfficeId : previousCampaignOfficeId).campaignOfficeId,
      },
      actorId: String(ctx.actor.id),
      mutationId: ctx.mutationId,
    } satisfies LeadChangedEvent);
    return lead;
  }
}
