import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { formatRupiah } from '@prospek/shared';
import { pageOfSorted } from '../../graphql/keyset-page.js';
import type { Page, PageArgs } from '../../graphql/keyset-page.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { LeadAssignment } from '../lead/lead-assignment.entity.js';
import { LeadStageChange } from '../lead/lead-stage-change.entity.js';
import { Offer } from '../offer/offer.entity.js';
import { Product } from '../product/product.entity.js';
import { User } from '../user/user.entity.js';
import type { ActivityService } from '../follow-up/activity.service.js';
import type { AccessService } from '../access/access.service.js';
import { dialectOf } from '../../db/sql.js';
import { complaintReadCondition } from '../complaint/complaint.board.js';
import { ComplaintEvent } from '../complaint/complaint.entity.js';

export type TimelineKind = 'ACTIVITY' | 'STAGE' | 'OFFER' | 'ASSIGNMENT' | 'EDIT' | 'COMPLAINT';

export interface TimelineItem {
  at: Date;
  kind: TimelineKind;
  /** A stable code the client words in its language (e.g. CALL, PRESENTED, reassign). */
  code: string;
  summary: string;
  actorName: string | null;
  activityId: string | null;
  latitude: number | null;
  longitude: number | null;
  /** An offer's terms, for the client to word in its language (the summary says them in Indonesian). */
  productName: string | null;
  amount: bigint | null;
  tenorMonths: number | null;
  note: string | null;
  /** On a complaint entry: the complaint, for a link to it. */
  complaintId: string | null;
}

const EDIT_ACTIONS = new Set(['update', 'archive', 'documentReceived', 'documentRemoved', 'create', 'convert']);

/** One chronological feed of everything that happened to a lead or a client, newest first. */
export class TimelineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly activities: ActivityService,
    private readonly access: AccessService,
  ) {}

  /**
   * The history of the party's complaints that the viewer may read (an officer may serve a client whose
   * complaint a manager handed to a colleague): one entry per event, worded by the client from its code.
   */
  private async complaintEvents(viewer: User, leadId: number | null, clientId: number | null) {
    const dialect = dialectOf(this.dataSource);
    const q = dialect.id;
    const reach = complaintReadCondition(await this.access.scope(viewer), q, 'cp');
    const rows: Array<{ id: number | string; categoryName: string }> = await this.dataSource.query(
      `SELECT cp.${q('id')} AS ${q('id')}, cat.${q('name')} AS ${q('categoryName')} FROM ${q('complaint')} cp ` +
        `JOIN ${q('complaint_category')} cat ON cat.${q('id')} = cp.${q('categoryId')} ` +
        `WHERE cp.${q(leadId ? 'leadId' : 'clientId')} = ? AND cp.${q('archivedAt')} IS NULL AND ${reach.sql}`,
      [leadId ?? clientId ?? 0, ...reach.params],
    );
    const categories = new Map(rows.map((r) => [Number(r.id), r.categoryName]));
    const events = rows.length ? await this.dataSource.manager.find(ComplaintEvent, { where: { complaintId: In([...categories.keys()]) } }) : [];
    return { events, categories };
  }

  async timeline(viewer: User, leadId: number | null, clientId: number | null, page: PageArgs): Promise<Page<TimelineItem>> {
    const activities = await this.activities.forParent(viewer, leadId, clientId);
    const m = this.dataSource.manager;
    const [stages, assignments, offers, audits, complaints] = await Promise.all([
      leadId ? m.find(LeadStageChange, { where: { leadId } }) : Promise.resolve([]),
      leadId ? m.find(LeadAssignment, { where: { leadId } }) : Promise.resolve([]),
      m.find(Offer, { where: leadId ? { leadId } : { clientId: clientId ?? 0 } }),
      m.find(AuditEntry, { where: { entityType: leadId ? 'Lead' : 'Client', entityId: String(leadId ?? clientId) } }),
      this.complaintEvents(viewer, leadId, clientId),
    ]);
    const userIds = new Set<number>();
    for (const a of activities) userIds.add(a.createdById);
    for (const s of stages) userIds.add(s.changedById);
    for (const a of assignments) [a.assignedById, a.toOwnerId, a.fromOwnerId].forEach((id) => id && userIds.add(id));
    for (const a of audits) if (a.actorId) userIds.add(a.actorId);
    for (const o of offers) userIds.add(o.createdById);
    for (const e of complaints.events) if (e.actorId) userIds.add(e.actorId);
    const names = new Map(
      (userIds.size ? await m.find(User, { select: { id: true, name: true }, where: [...userIds].map((id) => ({ id })) }) : []).map((u) => [u.id, u.name]),
    );
    const offered = offers.length ? await m.find(Product, { where: offers.map((o) => ({ id: o.productId })) }) : [];
    const products = new Map(offered.map((p) => [p.id, p.name]));
    // A document is named as the checklist names it (the requirement's label), not by its code.
    const documents = new Map(offered.flatMap((p) => p.requirements.map((r) => [r.code, r.label] as const)));
    const name = (id: number | null) => (id ? (names.get(id) ?? null) : null);

    // Each entry's place: its instant, then (SQLite stores whole seconds) its source and row, so ties
    // keep one order and a page's cursor names a position that stays put.
    const items: Array<TimelineItem & { tie: string }> = [];
    type Optional = 'activityId' | 'latitude' | 'longitude' | 'productName' | 'amount' | 'tenorMonths' | 'note' | 'complaintId';
    const item = (source: number, rowId: number, step: number, partial: Omit<TimelineItem, Optional> & Partial<TimelineItem>) =>
      items.push({
        activityId: null,
        latitude: null,
        longitude: null,
        productName: null,
        amount: null,
        tenorMonths: null,
        note: null,
        complaintId: null,
        ...partial,
        tie: `${source}${String(rowId).padStart(16, '0')}${step}`,
      });
    for (const a of activities) {
      item(0, a.id, 0, {
        at: a.doneAt ?? a.dueAt ?? a.createdAt,
        kind: 'ACTIVITY',
        code: a.type,
        summary: [a.doneAt ? (a.outcome ?? 'DONE') : 'SCHEDULED', a.notes].filter(Boolean).join(' — '),
        actorName: name(a.createdById),
        activityId: String(a.id),
        latitude: a.latitude,
        longitude: a.longitude,
      });
    }
    for (const s of stages)
      item(1, s.id, 0, {
        at: s.changedAt,
        kind: 'STAGE',
        code: s.toStage,
        summary: s.fromStage ? `${s.fromStage} → ${s.toStage}` : s.toStage,
        actorName: name(s.changedById),
      });
    for (const a of assignments) {
      item(2, a.id, 0, {
        at: a.assignedAt,
        kind: 'ASSIGNMENT',
        code: a.fromOwnerId ? 'REASSIGNED' : 'ASSIGNED',
        summary: [`${name(a.fromOwnerId) ?? 'Pool'} → ${name(a.toOwnerId) ?? 'Pool'}`, a.reason].filter(Boolean).join(' — '),
        actorName: name(a.assignedById),
      });
    }
    for (const o of offers) {
      const what = `${products.get(o.productId) ?? ''} ${formatRupiah(o.amount)}, ${o.tenorMonths} bln`;
      const terms = { productName: products.get(o.productId) ?? null, amount: o.amount, tenorMonths: o.tenorMonths, actorName: name(o.createdById) };
      item(3, o.id, 0, { at: o.createdAt, kind: 'OFFER', code: 'CREATED', summary: what, ...terms });
      if (o.presentedAt) item(3, o.id, 1, { at: o.presentedAt, kind: 'OFFER', code: 'PRESENTED', summary: what, ...terms });
      if (o.decidedAt)
        item(3, o.id, 2, {
          at: o.decidedAt,
          kind: 'OFFER',
          code: o.status,
          summary: [what, o.declineReason].filter(Boolean).join(' — '),
          ...terms,
          note: o.declineReason ?? null,
        });
    }
    for (const a of audits) {
      if (!EDIT_ACTIONS.has(a.action)) continue;
      const after = a.after ? (JSON.parse(a.after) as Record<string, unknown>) : {};
      const document = typeof after.document === 'string' ? after.document : null;
      item(4, a.id, 0, {
        at: a.at,
        kind: 'EDIT',
        code: a.action,
        summary: Object.keys(after).join(', '),
        actorName: name(a.actorId),
        note: document ? (documents.get(document) ?? document) : null,
      });
    }
    for (const e of complaints.events) {
      // A board move is worded by the status it reached; the other steps by what they were.
      const code = e.kind === 'MOVED' ? e.status : e.kind;
      const note = e.kind === 'CREATED' ? (complaints.categories.get(e.complaintId) ?? null) : e.note;
      item(5, e.id, 0, {
        at: new Date(e.at),
        kind: 'COMPLAINT',
        code,
        summary: [`PGD-${String(e.complaintId).padStart(6, '0')}`, code, note].filter(Boolean).join(' — '),
        actorName: name(e.actorId),
        note,
        complaintId: String(e.complaintId),
      });
    }
    const paged = pageOfSorted(items, (entry) => [entry.at.getTime(), entry.tie], page);
    return { ...paged, nodes: paged.nodes.map(({ tie: _tie, ...rest }) => rest) };
  }
}
