import type { EntityManager } from 'typeorm';
import { ForbiddenError, InputError } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import { reachesOffice } from '../access/scope.js';
import type { Scope } from '../access/scope.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { Product } from '../product/product.entity.js';
import { User } from '../user/user.entity.js';
import { parseId } from '../write-context.js';

/**
 * Who owns a new lead and where it lives: an officer's lead is their own; marketing's waits in its
 * office's pool; a manager or admin names an officer they manage, or an office for the pool.
 */
export async function placeNewLead(
  manager: EntityManager,
  access: AccessService,
  scope: Scope,
  requestedOwner: number | null,
  requestedOffice: number | null,
): Promise<{ ownerId: number | null; officeId: number }> {
  const self = scope.user;
  if (scope.role === 'OFFICER') {
    if (requestedOwner !== null && requestedOwner !== self.id) throw new ForbiddenError('An officer creates leads for themselves');
    return { ownerId: self.id, officeId: self.officeId };
  }
  if (scope.role === 'MARKETING') {
    if (requestedOwner !== null) throw new ForbiddenError('Leads from marketing go to the office pool');
    if (requestedOffice !== null && requestedOffice !== self.officeId) throw InputError.field('officeId', 'NOT_ALLOWED', 'officeId is not your office');
    return { ownerId: null, officeId: self.officeId };
  }
  if (requestedOwner !== null) {
    const owner = await manager.findOneBy(User, { id: requestedOwner, active: true, role: 'OFFICER' });
    if (!owner || !reachesOffice(scope, owner.officeId)) throw InputError.field('ownerId', 'NOT_ALLOWED', 'ownerId is not an active officer you manage');
    return { ownerId: owner.id, officeId: owner.officeId };
  }
  const officeId = requestedOffice ?? self.officeId;
  if (!reachesOffice(scope, officeId) || !(await access.tree()).has(officeId)) {
    throw InputError.field('officeId', 'NOT_ALLOWED', 'officeId is not an office you manage');
  }
  return { ownerId: null, officeId };
}

export async function checkCampaign(manager: EntityManager, scope: Scope, raw: string | null | undefined): Promise<number | null> {
  const campaignId = parseId('campaignId', raw);
  if (campaignId === null) return null;
  const campaign = await manager.findOneBy(Campaign, { id: campaignId });
  if (!campaign || !reachesOffice(scope, campaign.officeId)) throw InputError.field('campaignId', 'NOT_ALLOWED', 'campaignId is not a campaign you reach');
  return campaignId;
}

export async function checkProduct(manager: EntityManager, raw: string | null | undefined): Promise<number | null> {
  const productId = parseId('productId', raw);
  if (productId !== null && !(await manager.findOneBy(Product, { id: productId })))
    throw InputError.field('productId', 'NOT_ALLOWED', 'productId is not a product');
  return productId;
}
