import type { Tx } from '../../db/transaction.js';
import { Offer } from './offer.entity.js';

/**
 * What winning a lead does to its accepted offer: the offer goes with the lead to the client it became.
 * The offer module owns its rows; the lead's win calls this in its transaction.
 */
export class WonOfferService {
  async handToClient(tx: Tx, offerId: number, clientId: number): Promise<void> {
    await tx.manager.update(Offer, { id: offerId }, { clientId });
  }
}
