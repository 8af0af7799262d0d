import type { LeadCardData, LeadSource, LeadStage, Segment } from '@prospek/shared';
import { moneyToDecimal } from '@prospek/shared';
import { toBusinessDate, toInstant } from '../../db/columns.js';
import type { LeadVisibility } from '../../events/visibility.js';
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

const has = (row: Partial<LeadRow>, key: keyof LeadRow) => row[key] !== undefined;

/** Hydrates the columns present in `row` (a projection may leave some out). */
export function leadFromRow(row: Partial<LeadRow>): Lead {
  const lead = new Lead();
  lead.id = Number(row.id);
  lead.stage = row.stage as LeadStage;
  lead.position = row.position as string;
  lead.version = Number(row.version);
  lead.ownerId = row.ownerId === null || row.ownerId === undefined ? null : Number(row.ownerId);
  lead.officeId = Number(row.officeId);
  lead.archivedAt = toInstant(row.archivedAt ?? null);
  if (has(row, 'fullName')) lead.fullName = row.fullName as string;
  if (has(row, 'companyName')) lead.companyName = row.companyName ?? null;
  if (has(row, 'phone')) lead.phone = row.phone ?? null;
  if (has(row, 'whatsapp')) lead.whatsapp = row.whatsapp ?? null;
  if (has(row, 'email')) lead.email = row.email ?? null;
  if (has(row, 'nik')) lead.nik = row.nik ?? null;
  if (has(row, 'source')) lead.source = row.source as LeadSource;
  if (has(row, 'referrerName')) lead.referrerName = row.referrerName ?? null;
  if (has(row, 'segment')) lead.segment = (row.segment ?? null) as Segment | null;
  if (has(row, 'campaignId')) lead.campaignId = row.campaignId === null || row.campaignId === undefined ? null : Number(row.campaignId);
  if (has(row, 'productId')) lead.productId = row.productId === null || row.productId === undefined ? null : Number(row.productId);
  if (has(row, 'estimatedAmount')) lead.estimatedAmount = BigInt(row.estimatedAmount as string | number | bigint);
  if (has(row, 'monthlyIncome')) lead.monthlyIncome = row.monthlyIncome === null ? null : BigInt(row.monthlyIncome as string | number | bigint);
  if (has(row, 'existingInstallments'))
    lead.existingInstallments = row.existingInstallments === null ? null : BigInt(row.existingInstallments as string | number | bigint);
  if (has(row, 'currency')) lead.currency = row.currency as string;
  if (has(row, 'expectedCloseDate')) lead.expectedCloseDate = toBusinessDate(row.expectedCloseDate ?? null);
  if (has(row, 'nextActionAt')) lead.nextActionAt = toInstant(row.nextActionAt ?? null);
  if (has(row, 'lostReason')) lead.lostReason = row.lostReason ?? null;
  if (has(row, 'notes')) lead.notes = row.notes ?? null;
  if (has(row, 'stageEnteredAt')) lead.stageEnteredAt = toInstant(row.stageEnteredAt ?? null) as Date;
  if (has(row, 'lastActivityAt')) lead.lastActivityAt = toInstant(row.lastActivityAt ?? null);
  if (has(row, 'clientId')) lead.clientId = row.clientId === null ? null : Number(row.clientId);
  if (has(row, 'createdById')) lead.createdById = Number(row.createdById);
  if (has(row, 'createdAt')) lead.createdAt = toInstant(row.createdAt ?? null) as Date;
  if (has(row, 'updatedAt')) lead.updatedAt = toInstant(row.updatedAt ?? null) as Date;
  if (has(row, 'ownerName')) lead.ownerName = row.ownerName ?? null;
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
