import type { Tx } from '../../db/transaction.js';
import type { ClientService } from '../client/client.service.js';
import type { Offer } from '../offer/offer.entity.js';
import type { WonOfferService } from '../offer/won-offer.service.js';
import type { Lead } from './lead.entity.js';

/**
 * Won means the akad is signed: the lead becomes a client (the same one however often it is won) and
 * its accepted offer goes with it.
 */
export class LeadWin {
  constructor(
    private readonly clients: ClientService,
    private readonly wonOffers: WonOfferService,
  ) {}

  /** Converts `lead` in `tx` and answers the lead's fields that change with it. */
  async convert(tx: Tx, actorId: number, lead: Lead, accepted: Offer | null): Promise<Pick<Partial<Lead>, 'clientId' | 'estimatedAmount'>> {
    const client = await this.clients.convertLead(tx, actorId, lead);
    if (!accepted) return { clientId: client.id };
    await this.wonOffers.handToClient(tx, accepted.id, client.id);
    // What was won is the accepted offer's amount, not the early estimate: the WON column sums it.
    return { clientId: client.id, estimatedAmount: accepted.amount };
  }
}
