import type { TransactionRunner } from '../../db/transaction.js';
import { InputError } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import { checklist } from './lead-gate.js';
import { LeadDocument } from './lead-document.entity.js';
import type { Lead } from './lead.entity.js';
import type { LeadService } from './lead.service.js';
import { parseId } from '../write-context.js';
import type { WriteContext } from '../write-context.js';

/** The officer ticks which of the required documents a lead's applicant has brought. */
export class LeadDocumentService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly leads: LeadService,
  ) {}

  async set(ctx: WriteContext, rawLeadId: string, rawCode: string, received: boolean): Promise<Lead> {
    const scope = await this.access.scope(ctx.actor);
    const leadId = parseId('leadId', rawLeadId) as number;
    const code = rawCode.trim().toUpperCase();
    return this.transactions.run(async (tx) => {
      const lead = await this.leads.loadChangeable(tx.manager, scope, leadId);
      const { items } = await checklist(tx.manager, leadId);
      if (!items.some((i) => i.code === code)) {
        throw InputError.field('code', 'NOT_ALLOWED', `${code} is not a document the lead's offer asks for`, { code }, 'DOCUMENT_NOT_REQUIRED');
      }
      const existing = await tx.manager.findOneBy(LeadDocument, { leadId, code });
      if (received && !existing) await tx.manager.insert(LeadDocument, { leadId, code, receivedById: ctx.actor.id });
      if (!received && existing) await tx.manager.delete(LeadDocument, { id: existing.id });
      if (received !== Boolean(existing)) {
        await tx.audit({
          entityType: 'Lead',
          entityId: leadId,
          action: received ? 'documentReceived' : 'documentRemoved',
          actorId: ctx.actor.id,
          after: { document: code },
        });
      }
      return lead;
    });
  }
}
