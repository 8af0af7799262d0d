import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type { LeadStage } from '@prospek/shared';
import { InputError } from '../../errors.js';
import { Offer } from '../offer/offer.entity.js';
import { Product } from '../product/product.entity.js';
import type { Requirement } from '../product/product.entity.js';
import { LeadDocument } from './lead-document.entity.js';

/** Stages a lead reaches only with an accepted offer whose required documents are all in. */
export const GATED_STAGES: readonly LeadStage[] = ['COMMITTEE', 'WON'];

/** The offer that decides a lead's document checklist: the accepted one, else the latest open one. */
export async function checklistOffer(manager: EntityManager, leadId: number): Promise<Offer | null> {
  const offers = await manager.find(Offer, { where: { leadId, status: In(['ACCEPTED', 'PRESENTED', 'DRAFT']) }, order: { id: 'DESC' } });
  return offers.find((o) => o.status === 'ACCEPTED') ?? offers[0] ?? null;
}

export interface ChecklistItem extends Requirement {
  received: boolean;
  receivedAt: Date | null;
}

/** The required documents of the lead's offer, each with whether it was received. */
export async function checklist(manager: EntityManager, leadId: number): Promise<{ offer: Offer | null; items: ChecklistItem[] }> {
  const offer = await checklistOffer(manager, leadId);
  if (!offer) return { offer: null, items: [] };
  const product = await manager.findOneByOrFail(Product, { id: offer.productId });
  const received = new Map((await manager.find(LeadDocument, { where: { leadId } })).map((d) => [d.code, d.receivedAt]));
  return {
    offer,
    items: product.requirements.map((r) => ({ ...r, received: received.has(r.code), receivedAt: received.get(r.code) ?? null })),
  };
}

/**
 * Refuses a move to COMMITTEE or WON without an accepted offer, or with documents of its product
 * still missing (naming them). Returns the accepted offer.
 */
export async function checkGate(manager: EntityManager, leadId: number, stage: LeadStage): Promise<Offer | null> {
  if (!GATED_STAGES.includes(stage)) return null;
  const { offer, items } = await checklist(manager, leadId);
  if (!offer || offer.status !== 'ACCEPTED') {
    throw InputError.field('stage', 'NOT_ALLOWED', `A lead goes to ${stage} only with an accepted offer`, { stage }, 'OFFER_NOT_ACCEPTED');
  }
  const missing = items.filter((i) => !i.received);
  if (missing.length > 0) {
    throw new InputError([
      {
        field: 'documents',
        code: 'NOT_ALLOWED',
        message: `Documents still missing: ${missing.map((m) => m.label).join(', ')}`,
        params: { missing: missing.map((m) => m.code).join(','), labels: missing.map((m) => m.label).join(', ') },
        reason: 'DOCUMENTS_MISSING',
      },
    ]);
  }
  return offer;
}
