import type { LeadCardData, LeadSource, LeadStage, Segment } from '@prospek/shared';
import { moneyToDecimal } from '@prospek/shared';
import { toBusinessDate, toInstant } from '../../db/columns.js';
import type { LeadVisibility } from '../../events/visibility.js';
import type { UserSummary } from '../user/user-summary.type.js';
import { Lead } from './lead.entity.js';

/**
 * The columns board and list queries read: all but the free-text `notes`, whose TEXT type would push
 * MySQL's derived tables to disk. A card's `notes`, when asked for, load in one batch (see loaders).
 */
export const CARD_COLUMNS = [
  'id',
  'fullName',
  'companyName',
  'phone',
  'whatsapp',
  'email',
  'nik',
  'source',
  'referrerName',
  'segment',
  'campaignId',
  'productId',
  'estimatedAmount',
  'monthlyIncome',
  'existingInstallments',
  'currency',
  'stage',
  'position',
  'ownerId',
  'officeId',
  'expectedCloseDate',
  'nextActionAt',
  'lostReason',
  'stageEnteredAt',
  'lastActivityAt',
  'archivedAt',
  'clientId',
  'createdById',
  'version',
  'createdAt',
  'updatedAt',
] as const;

/** Columns every read needs whatever was asked: identity, place on the board, version, reach. */
const ALWAYS: ReadonlyArray<(typeof CARD_COLUMNS)[number]> = ['id', 'stage', 'position', 'version', 'ownerId', 'officeId', 'archivedAt'];

/** Lead fields answered from another column than their own name. */
const DERIVED: Record<string, (typeof CARD_COLUMNS)[number] | null> = {
  owner: 'ownerId',
  office: 'officeId',
  daysInStage: 'stageEnteredAt',
  stageHistory: null,
  notes: null,
  __typename: null,
};

/**
 * The columns to read for the Lead fields a query selected (all of CARD_COLUMNS when unknown).
 * Fields outside the selection stay unset on the hydrated object and are never resolved.
 */
export function columnsFor(fields: Set<string> | null): Array<(typeof CARD_COLUMNS)[number]> {
  if (!fields) return [...CARD_COLUMNS];
  const columns = new Set(ALWAYS);
  for (const field of fields) {
    if (field in DERIVED) {
      const column = DERIVED[field];
      if (column) columns.add(column);
    } else if ((CARD_COLUMNS as readonly string[]).includes(field)) {
      columns.add(field as (typeof CARD_COLUMNS)[number]);
    } else {
      return [...CARD_COLUMNS];
    }
  }
  return CARD_COLUMNS.filter((c) => columns.has(c));
}

/** A `lead` row from a hand-written query, hydrated without TypeORM's per-row cost. */
export interface LeadRow {
  id: number | string;
  fullName: string;
  companyName: string | null;
  phone: string | null;
  whatsapp: string | null;
  email: string | null;
  nik: string | null;
  source: string;
  referrerName: string | null;
  segment: string | null;
  campaignId: number | string | null;
  productId: number | string | null;
  estimatedAmount: number | string | bigint;
  monthlyIncome: number | string | bigint | null;
  existingInstallments: number | string | bigint | null;
  currency: string;
  stage: string;
  position: string;
  ownerId: number | string | null;
  officeId: number | string;
  expectedCloseDate: Date | string | null;
  nextActionAt: Date | string | null;
  lostReason: string | null;
  /** Left out of board and list queries (see CARD_COLUMNS). */
  notes?: string | null;
  stageEnteredAt: Date | string;
  lastActivityAt: Date | string | null;
  archivedAt: Date | string | null;
  clientId: number | string | null;
  createdById: number | string;
  version: number | string;
  createdAt: Date | string;
  updatedAt: Date | string;
  /** The owner's name, joined in when the query asked for the owner. */
  ownerName?: string | null;
}

const id = (value: number | string | null | undefined) => (value === null || value === undefined ? null : Number(value));
const money = (value: number | string | bigint | null | undefined) => (value === null || value === undefined ? null : BigInt(value));

/**
 * Hydrates the columns present in `row` (a projection may leave some out). The lead is made without
 * its constructor, which would define every one of the entity's ~40 fields on each of a board's
 * hundreds of cards: the fields a projection left out are absent rather than own properties holding
 * undefined, and read as undefined all the same.
 */
export function leadFromRow(row: Partial<LeadRow>): Lead {
  const lead = Object.create(Lead.prototype) as Lead;
  lead.id = Number(row.id);
  lead.stage = row.stage as LeadStage;
  lead.position = row.position as string;
  lead.version = Number(row.version);
  lead.ownerId = id(row.ownerId);
  lead.officeId = Number(row.officeId);
  lead.archivedAt = toInstant(row.archivedAt ?? null);
  if (row.fullName !== undefined) lead.fullName = row.fullName;
  if (row.companyName !== undefined) lead.companyName = row.companyName;
  if (row.phone !== undefined) lead.phone = row.phone;
  if (row.whatsapp !== undefined) lead.whatsapp = row.whatsapp;
  if (row.email !== undefined) lead.email = row.email;
  if (row.nik !== undefined) lead.nik = row.nik;
  if (row.source !== undefined) lead.source = row.source as LeadSource;
  if (row.referrerName !== undefined) lead.referrerName = row.referrerName;
  if (row.segment !== undefined) lead.segment = row.segment as Segment | null;
  if (row.campaignId !== undefined) lead.campaignId = id(row.campaignId);
  if (row.productId !== undefined) lead.productId = id(row.productId);
  if (row.estimatedAmount !== undefined) lead.estimatedAmount = BigInt(row.estimatedAmount);
  if (row.monthlyIncome !== undefined) lead.monthlyIncome = money(row.monthlyIncome);
  if (row.existingInstallments !== undefined) lead.existingInstallments = money(row.existingInstallments);
  if (row.currency !== undefined) lead.currency = row.currency;
  if (row.expectedCloseDate !== undefined) lead.expectedCloseDate = toBusinessDate(row.expectedCloseDate);
  if (row.nextActionAt !== undefined) lead.nextActionAt = toInstant(row.nextActionAt);
  if (row.lostReason !== undefined) lead.lostReason = row.lostReason;
  if (row.notes !== undefined) lead.notes = row.notes;
  if (row.stageEnteredAt !== undefined) lead.stageEnteredAt = toInstant(row.stageEnteredAt) as Date;
  if (row.lastActivityAt !== undefined) lead.lastActivityAt = toInstant(row.lastActivityAt);
  if (row.clientId !== undefined) lead.clientId = id(row.clientId);
  if (row.createdById !== undefined) lead.createdById = Number(row.createdById);
  if (row.createdAt !== undefined) lead.createdAt = toInstant(row.createdAt) as Date;
  if (row.updatedAt !== undefined) lead.updatedAt = toInstant(row.updatedAt) as Date;
  // The owner as the API answers it, made here once rather than by a resolver on every card.
  if (row.ownerName !== undefined) lead.owner = ownerOf(lead, row.ownerName);
  return lead;
}

/** The API's `owner` of a lead whose owner's name is known (null also when the user row is gone). */
export function ownerOf(lead: Pick<Lead, 'ownerId'>, name: string | null): UserSummary | null {
  return lead.ownerId === null || name === null ? null : { id: String(lead.ownerId), name };
}

/**
 * A lead a write answers with its `owner` set: reads set it as they hydrate, but a write may return the
 * row as it locked it (an unchanged lead), without the name.
 */
export async function withOwner(lead: Lead, names: { load(id: number): Promise<UserSummary | null> }): Promise<Lead> {
  if (lead.owner === undefined) lead.owner = lead.ownerId === null ? null : await names.load(lead.ownerId);
  return lead;
}

/** The card a board shows and a `board:event` carries. */
export function toLeadCard(lead: Lead, ownerName: string | null): LeadCardData {
  return {
    id: String(lead.id),
    fullName: lead.fullName,
    companyName: lead.companyName,
    phone: lead.phone,
    source: lead.source,
    segment: lead.segment,
    estimatedAmount: moneyToDecimal(lead.estimatedAmount),
    stage: lead.stage,
    position: lead.position,
    ownerId: lead.ownerId === null ? null : String(lead.ownerId),
    owner: lead.ownerId === null ? null : { id: String(lead.ownerId), name: ownerName ?? '' },
    officeId: String(lead.officeId),
    stageEnteredAt: lead.stageEnteredAt.toISOString(),
    nextActionAt: lead.nextActionAt ? lead.nextActionAt.toISOString() : null,
    lostReason: lead.lostReason,
    lastActivityAt: lead.lastActivityAt ? lead.lastActivityAt.toISOString() : null,
    campaignId: lead.campaignId === null ? null : String(lead.campaignId),
    version: lead.version,
  };
}

export function visibilityOf(lead: Pick<Lead, 'ownerId' | 'officeId'>, campaignOfficeId: number | null = null): LeadVisibility {
  return {
    ownerId: lead.ownerId === null ? null : String(lead.ownerId),
    officeId: String(lead.officeId),
    campaignOfficeId: campaignOfficeId === null ? null : String(campaignOfficeId),
  };
}
