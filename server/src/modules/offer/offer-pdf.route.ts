import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { businessDate } from '@prospek/shared';
import type { Config } from '../../config.js';
import { UnauthenticatedError } from '../../errors.js';
import type { DownloadTokens } from '../auth/token.service.js';
import { Lead } from '../lead/lead.entity.js';
import { Office } from '../office/office.entity.js';
import { Product } from '../product/product.entity.js';
import { User } from '../user/user.entity.js';
import { Client } from '../client/client.entity.js';
import { renderOfferPdf } from './offer-pdf.js';
import { offerFigures } from './offer-terms.js';
import type { OfferService } from './offer.service.js';

export interface OfferPdfDeps {
  dataSource: DataSource;
  downloads: DownloadTokens;
  offers: OfferService;
}

/**
 * GET /offers/:id/pdf?token=… — the offer's document. The token (from Offer.pdfUrl) names the user it
 * was made for; that user must still be active and still reach the offer. Errors go to `http-errors.ts`.
 */
export function offerPdfHandler(services: OfferPdfDeps, config: Config) {
  return async (req: Request, res: Response) => {
    const id = String(req.params.id);
    const token = typeof req.query.token === 'string' ? req.query.token : undefined;
    const userId = await services.downloads.verify(token, `offer:${id}`);
    const manager = services.dataSource.manager;
    const user = userId ? await manager.findOneBy(User, { id: userId, active: true }) : null;
    if (!user) throw new UnauthenticatedError('The link has expired; open the offer again');
    const offer = await services.offers.get(user, id);
    const product = await manager.findOneByOrFail(Product, { id: offer.productId });
    const lead = offer.leadId ? await manager.findOneBy(Lead, { id: offer.leadId }) : null;
    const client = offer.clientId ? await manager.findOneBy(Client, { id: offer.clientId }) : null;
    const officerId = lead?.ownerId ?? client?.officerId ?? offer.createdById;
    const officer = await manager.findOneBy(User, { id: officerId });
    const office = await manager.findOneBy(Office, { id: lead?.officeId ?? client?.officeId ?? user.officeId });
    const issuedOn = businessDate(offer.presentedAt ?? new Date(), office?.timeZone);
    const pdf = await renderOfferPdf({
      organization: config.organizationName,
      offer,
      product,
      figures: offerFigures(offer, product, config.vat, issuedOn),
      recipient: { name: lead?.fullName ?? client?.name ?? '', company: lead?.companyName ?? null },
      officerName: officer?.name ?? '',
      issuedOn,
    });
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="penawaran-${offer.id}.pdf"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(pdf);
  };
}
