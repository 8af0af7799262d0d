import type { CampaignChangedEvent } from '../../events/domain-events.js';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { CAMPAIGN_CHANNELS, CAMPAIGN_STATUSES, isBusinessDate } from '@prospek/shared';
import type { FieldError } from '@prospek/shared';
import { dialectOf } from '../../db/sql.js';
import type { Tx, TransactionRunner } from '../../db/transaction.js';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../errors.js';
import { keysetPage } from '../../graphql/keyset-page.js';
import type { Page, PageArgs } from '../../graphql/keyset-page.js';
import type { AccessService } from '../access/access.service.js';
import { reachesOffice } from '../access/scope.js';
import type { Scope } from '../access/scope.js';
import { changes } from '../audit/audit.js';
import { Product } from '../product/product.entity.js';
import type { User } from '../user/user.entity.js';
import { toCampaignCard } from './campaign-card.js';
import { Campaign } from './campaign.entity.js';
import type { CampaignFieldsInput, CampaignFilterInput, UpdateCampaignInput } from './campaign.inputs.js';
import type { WriteContext } from '../write-context.js';

export interface CampaignFigures {
  leads: number;
  converted: number;
  amountWon: bigint;
  costPerLead: bigint | null;
  goalProgress: number | null;
}

/** A readable slug from a name, with a short random tail so two "Pameran Juni" never clash. */
export function slugFor(name: string): string {
  const base = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${base || 'kampanye'}-${randomBytes(3).toString('hex')}`;
}

function fieldValues(input: CampaignFieldsInput, current: Campaign | null): Partial<Campaign> {
  const errors: FieldError[] = [];
  const values: Partial<Campaign> = {};
  if (input.name != null) {
    const name = input.name.trim();
    if (!name) errors.push({ field: 'name', code: 'REQUIRED', message: 'name is required' });
    else values.name = name.slice(0, 160);
  }
  if (input.channel != null) {
    if (!(CAMPAIGN_CHANNELS as readonly string[]).includes(input.channel)) errors.push({ field: 'channel', code: 'INVALID', message: 'unknown channel' });
    else values.channel = input.channel;
  }
  if (input.status != null) {
    if (!(CAMPAIGN_STATUSES as readonly string[]).includes(input.status)) errors.push({ field: 'status', code: 'INVALID', message: 'unknown status' });
    else values.status = input.status;
  }
  for (const key of ['startDate', 'endDate'] as const) {
    const date = input[key];
    if (date == null) continue;
    if (!isBusinessDate(date)) errors.push({ field: key, code: 'DATE_INVALID', message: `${key} must be YYYY-MM-DD` });
    else values[key] = date;
  }
  for (const key of ['budget', 'spend'] as const) {
    const amount = input[key];
    if (amount == null) continue;
    if (amount < 0n) errors.push({ field: key, code: 'AMOUNT_INVALID', message: `${key} cannot be negative` });
    else values[key] = amount;
  }
  if (input.leadGoal != null) {
    if (!Number.isInteger(input.leadGoal) || input.leadGoal < 0) errors.push({ field: 'leadGoal', code: 'INVALID', message: 'leadGoal is a whole number' });
    else values.leadGoal = input.leadGoal;
  }
  if (input.description !== undefined) values.description = input.description?.trim().slice(0, 1000) || null;
  if (input.formEnabled != null) values.formEnabled = input.formEnabled;
  const merged = { ...(current ?? {}), ...values } as Campaign;
  if (!current) {
    for (const key of ['name', 'channel', 'startDate', 'endDate'] as const) {
      if (!merged[key] && !errors.some((e) => e.field === key)) errors.push({ field: key, code: 'REQUIRED', message: `${key} is required` });
    }
  }
  if (merged.startDate && merged.endDate && merged.endDate < merged.startDate)
    errors.push({ field: 'endDate', code: 'DATE_INVALID', message: 'endDate is before startDate' });
  if (errors.length > 0) throw new InputError(errors);
  return values;
}

/**
 * Campaigns: seen by the offices they belong to (and managers above), run by marketing, managers and
 * admins. Their figures are counted in SQL over the leads they brought.
 */
export class CampaignService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
  ) {}

  async list(viewer: User, filter: CampaignFilterInput, page: PageArgs): Promise<Page<Campaign>> {
    const scope = await this.access.scope(viewer);
    const qb = this.dataSource.getRepository(Campaign).createQueryBuilder('c');
    if (scope.officeIds !== null) qb.andWhere('c.officeId IN (:...offices)', { offices: scope.officeIds });
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    const term = filter.search?.trim().toLowerCase();
    if (term) qb.andWhere('LOWER(c.name) LIKE :term', { term: `%${term}%` });
    return keysetPage(
      qb,
      [
        { expression: 'c.startDate', descending: true },
        { expression: 'c.id', descending: true },
      ],
      page,
    );
  }

  async get(viewer: User, rawId: string | number): Promise<Campaign> {
    const scope = await this.access.scope(viewer);
    const campaign = await this.dataSource.getRepository(Campaign).findOneBy({ id: Number(rawId) || 0 });
    if (!campaign || !reachesOffice(scope, campaign.officeId)) throw new NotFoundError('Campaign', rawId);
    return campaign;
  }

  async create(ctx: WriteContext, input: CampaignFieldsInput): Promise<Campaign> {
    const actor = ctx.actor;
    const scope = await this.requireRunner(actor);
    const values = fieldValues(input, null);
    const officeId = await this.runnableOffice(scope, input.officeId ? Number(input.officeId) : actor.officeId);
    return this.transactions.run(async (tx) => {
      const productId = await this.checkProduct(input.productId);
      const row = {
        status: 'PLANNED' as const,
        budget: 0n,
        spend: 0n,
        leadGoal: 0,
        formEnabled: true,
        ...values,
        productId,
        officeId,
        slug: slugFor(values.name ?? ''),
        createdById: actor.id,
      };
      const inserted = await tx.manager.insert(Campaign, row);
      const id = Number(inserted.identifiers[0].id);
      await tx.audit({ entityType: 'Campaign', entityId: id, action: 'create', actorId: actor.id, after: row });
      return this.emitCurrent(tx, ctx, id, 'created', null);
    });
  }

  async update(ctx: WriteContext, input: UpdateCampaignInput): Promise<Campaign> {
    const actor = ctx.actor;
    const scope = await this.requireRunner(actor);
    const id = Number(input.id);
    return this.transactions.run(async (tx) => {
      const before = await tx.manager.findOneBy(Campaign, { id: id || 0 });
      if (!before || !reachesOffice(scope, before.officeId)) throw new NotFoundError('Campaign', input.id);
      const values = fieldValues(input, before);
      if (input.productId !== undefined) values.productId = await this.checkProduct(input.productId);
      if (input.officeId) values.officeId = await this.runnableOffice(scope, Number(input.officeId));
      const result = await tx.manager
        .createQueryBuilder()
        .update(Campaign)
        .set(values)
        .where('id = :id AND version = :v', { id, v: input.expectedVersion })
        .execute();
      if (result.affected !== 1) throw new ConflictError('Campaign', toCampaignCard(await tx.manager.findOneByOrFail(Campaign, { id })));
      await tx.audit({ entityType: 'Campaign', entityId: id, action: 'update', actorId: actor.id, ...changes(before, values) });
      return this.emitCurrent(tx, ctx, id, 'updated', before.officeId);
    });
  }

  /** Leads brought, leads won, the amount won, cost per lead (none without leads), progress to the goal. */
  async figures(campaign: Campaign): Promise<CampaignFigures> {
    const q = dialectOf(this.dataSource).id;
    const sum = dialectOf(this.dataSource).sumAsText(`CASE WHEN l.${q('stage')} = 'WON' THEN l.${q('estimatedAmount')} ELSE 0 END`);
    const [row] = await this.dataSource.query(
      `SELECT COUNT(*) AS leads, SUM(CASE WHEN l.${q('stage')} = 'WON' THEN 1 ELSE 0 END) AS converted, ${sum} AS won ` +
        `FROM ${q('lead')} l WHERE l.${q('campaignId')} = ? AND l.${q('archivedAt')} IS NULL`,
      [campaign.id],
    );
    const leads = Number(row.leads);
    return {
      leads,
      converted: Number(row.converted ?? 0),
      amountWon: BigInt(String(row.won ?? '0').split('.')[0]),
      // Rounded half-up to whole rupiah.
      costPerLead: leads === 0 ? null : ((campaign.spend * 2n + BigInt(leads) * 100n) / (BigInt(leads) * 200n)) * 100n,
      goalProgress: campaign.leadGoal > 0 ? Math.round((leads / campaign.leadGoal) * 1000) / 10 : null,
    };
  }

  /** Re-reads the campaign in the transaction and announces it after commit to those who reach it. */
  private async emitCurrent(tx: Tx, ctx: WriteContext, id: number, type: 'created' | 'updated', previousOfficeId: number | null): Promise<Campaign> {
    const campaign = await tx.manager.findOneByOrFail(Campaign, { id });
    tx.emit({
      kind: 'card',
      board: 'campaigns',
      type,
      card: toCampaignCard(campaign),
      visibility: { officeId: String(campaign.officeId) },
      // Moved to another office: those who reached only the former one hear that it left.
      previousVisibility: previousOfficeId === null || previousOfficeId === campaign.officeId ? null : { officeId: String(previousOfficeId) },
      actorId: String(ctx.actor.id),
      mutationId: ctx.mutationId,
    } satisfies CampaignChangedEvent);
    return campaign;
  }

  /** An office that exists and the runner may hold campaigns in: within reach, and for marketing its own. */
  private async runnableOffice(scope: Scope, officeId: number): Promise<number> {
    const exists = (await this.access.tree()).has(officeId);
    if (!exists || !reachesOffice(scope, officeId) || (scope.role === 'MARKETING' && officeId !== scope.user.officeId)) {
      throw InputError.field('officeId', 'NOT_ALLOWED', 'officeId is not an office you run campaigns for');
    }
    return officeId;
  }

  private async requireRunner(actor: User): Promise<Scope> {
    if (actor.role === 'OFFICER') throw new ForbiddenError('Campaigns are run by marketing, managers and admins');
    return this.access.scope(actor);
  }

  private async checkProduct(raw: string | null | undefined): Promise<number | null> {
    if (!raw) return null;
    const product = await this.dataSource.getRepository(Product).findOneBy({ id: Number(raw) || 0 });
    if (!product) throw InputError.field('productId', 'NOT_ALLOWED', 'productId is not a product');
    return product.id;
  }
}
