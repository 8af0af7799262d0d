import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { INVOICE_LIMITS, TAX_CODES, businessDate, invoiceTotals, isBusinessDate } from '@prospek/shared';
import type { FieldError, VatSettings } from '@prospek/shared';
import { dialectOf, likeContains } from '../../db/sql.js';
import type { Dialect } from '../../db/sql.js';
import type { TransactionRunner } from '../../db/transaction.js';
import { ConflictError, InputError, NotFoundError } from '../../errors.js';
import { sqlKeysetPage } from '../../graphql/keyset-page.js';
import type { AccessService } from '../access/access.service.js';
import { canReadClient, reachesOffice } from '../access/scope.js';
import type { Scope } from '../access/scope.js';
import { changes } from '../audit/audit.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { Client } from '../client/client.entity.js';
import { officeTimeZone } from '../office/office-zone.js';
import type { WriteContext } from '../write-context.js';
import { parseId, requireId } from '../write-context.js';
import { emitInvoiceChange } from './invoice.board.js';
import { canReadInvoice, canWriteInvoice, invoiceReadCondition } from './invoice-access.js';
import { Invoice, InvoiceLine } from './invoice.entity.js';
import type { CreateInvoiceInput, InvoiceFilterInput, InvoiceLineInput, UpdateInvoiceInput } from './invoice.inputs.js';

export interface InvoiceLock {
  invoice: Invoice;
  /** The client's officer (receivables), who hears of its changes. */
  officerId: number | null;
}

function checkLines(lines: InvoiceLineInput[], errors: FieldError[]): void {
  if (lines.length === 0) errors.push({ field: 'lines', code: 'REQUIRED', message: 'An invoice needs at least one line' });
  if (lines.length > INVOICE_LIMITS.lines) errors.push({ field: 'lines', code: 'TOO_LONG', message: 'Too many lines', params: { max: INVOICE_LIMITS.lines } });
  lines.forEach((line, i) => {
    const at = `lines.${i}`;
    const description = line.description.trim();
    if (!description) errors.push({ field: `${at}.description`, code: 'REQUIRED', message: 'Describe the line' });
    else if (description.length > 300) errors.push({ field: `${at}.description`, code: 'TOO_LONG', message: 'At most 300 characters', params: { max: 300 } });
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > INVOICE_LIMITS.quantity)
      errors.push({ field: `${at}.quantity`, code: 'INVALID', message: 'quantity must be 1 to 1,000,000', params: { min: 1, max: INVOICE_LIMITS.quantity } });
    if (line.unitPrice < 0n || line.unitPrice > INVOICE_LIMITS.unitPrice)
      errors.push({ field: `${at}.unitPrice`, code: 'AMOUNT_INVALID', message: 'unitPrice out of range' });
    if (!TAX_CODES.includes(line.taxCode)) errors.push({ field: `${at}.taxCode`, code: 'INVALID', message: 'Unknown tax code' });
  });
}

function checkDates(issueDate: string, dueDate: string, errors: FieldError[]): void {
  if (!isBusinessDate(issueDate)) errors.push({ field: 'issueDate', code: 'DATE_INVALID', message: 'issueDate must be YYYY-MM-DD' });
  if (!isBusinessDate(dueDate)) errors.push({ field: 'dueDate', code: 'DATE_INVALID', message: 'dueDate must be YYYY-MM-DD' });
  else if (isBusinessDate(issueDate) && dueDate < issueDate)
    errors.push({ field: 'dueDate', code: 'DATE_INVALID', message: 'dueDate is before issueDate', params: { min: issueDate } });
}

function optionalText(field: string, value: string | null | undefined, max: number, errors: FieldError[]): string | null {
  const text = value?.trim() || null;
  if (text && text.length > max) errors.push({ field, code: 'TOO_LONG', message: `At most ${max} characters`, params: { max } });
  return text;
}

/**
 * Invoices: drafts created and edited, read and listed within the viewer's reach (invoice-access.ts).
 * Issuing, cancelling and handing over are in invoice-issue.service.ts; payments in payment.service.ts.
 */
export class InvoiceService {
  readonly dialect: Dialect;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly vat: VatSettings,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.dialect = dialectOf(dataSource);
  }

  async list(viewer: WriteContext['actor'], filter: InvoiceFilterInput, first: number | null | undefined, after: string | null | undefined) {
    const q = this.dialect.id;
    const scope = await this.access.scope(viewer);
    const reach = invoiceReadCondition(scope, q);
    const parts = [reach.sql];
    const params: unknown[] = [...reach.params];
    const eq = (column: string, value: unknown) => {
      parts.push(`i.${q(column)} = ?`);
      params.push(value);
    };
    if (filter.kind) eq('kind', filter.kind);
    if (filter.status) eq('status', filter.status);
    for (const key of ['clientId', 'officeId', 'campaignId'] as const) if (filter[key]) eq(key, parseId(key, filter[key]));
    if (filter.overdue) {
      parts.push(`i.${q('status')} IN ('ISSUED', 'PARTIALLY_PAID') AND i.${q('dueDate')} < ?`);
      params.push(businessDate(this.clock()));
    }
    const search = filter.search?.trim();
    if (search) {
      const like = likeContains(search.slice(0, 100));
      parts.push(
        `(i.${q('number')} LIKE ? ESCAPE '!' OR i.${q('supplierName')} LIKE ? ESCAPE '!' OR i.${q('clientId')} IN (SELECT c.${q('id')} FROM ${q('client')} c WHERE c.${q('name')} LIKE ? ESCAPE '!'))`,
      );
      params.push(like, like, like);
    }
    const ids = await sqlKeysetPage<{ id: number | string }>(
      this.dataSource,
      { select: `i.${q('id')} AS id`, from: `${q('invoice')} i`, where: parts.join(' AND '), params },
      [{ expression: `i.${q('id')}`, descending: true }],
      { first, after },
      20,
    );
    const wanted = ids.nodes.map((r) => Number(r.id));
    const invoices = wanted.length ? await this.dataSource.getRepository(Invoice).findBy({ id: In(wanted) }) : [];
    return { ...ids, nodes: invoices.sort((a, b) => b.id - a.id) };
  }

  async get(viewer: WriteContext['actor'], rawId: string | number): Promise<Invoice> {
    const scope = await this.access.scope(viewer);
    const id = Number(rawId);
    const invoice = Number.isSafeInteger(id) && id > 0 ? await this.dataSource.getRepository(Invoice).findOneBy({ id }) : null;
    if (!invoice || !canReadInvoice(scope, invoice, await this.officerOf(this.dataSource.manager, invoice))) throw new NotFoundError('Invoice', rawId);
    return invoice;
  }

  /** The client's officer of a receivable (null for payables and unassigned clients). */
  async officerOf(manager: EntityManager, invoice: Pick<Invoice, 'clientId'>): Promise<number | null> {
    if (invoice.clientId === null) return null;
    const client = await manager.findOne(Client, { where: { id: invoice.clientId }, select: { id: true, officerId: true } });
    return client?.officerId ?? null;
  }

  /** Takes the invoice's row lock for a write; NOT_FOUND when absent or outside the viewer's writing reach. */
  async lockWritable(manager: EntityManager, scope: Scope, rawId: string): Promise<InvoiceLock> {
    const id = requireId('id', rawId);
    const q = this.dialect.id;
    const rows: unknown[] = await manager.query(`SELECT ${q('id')} FROM ${q('invoice')} WHERE ${q('id')} = ?${this.dialect.forUpdate}`, [id]);
    const invoice = rows.length ? await manager.findOneByOrFail(Invoice, { id }) : null;
    const officerId = invoice ? await this.officerOf(manager, invoice) : null;
    if (!invoice || !canWriteInvoice(scope, invoice, officerId)) throw new NotFoundError('Invoice', rawId);
    return { invoice, officerId };
  }

  /** Today in the invoice's office zone. */
  async todayOf(manager: EntityManager, officeId: number): Promise<string> {
    return businessDate(this.clock(), await officeTimeZone(manager, officeId));
  }

  async create(ctx: WriteContext, input: CreateInvoiceInput): Promise<Invoice> {
    const errors: FieldError[] = [];
    checkLines(input.lines, errors);
    checkDates(input.issueDate, input.dueDate, errors);
    const notes = optionalText('notes', input.notes, 500, errors);
    const supplierName = optionalText('supplierName', input.supplierName, 160, errors);
    const clientId = parseId('clientId', input.clientId);
    const campaignId = parseId('campaignId', input.campaignId);
    const officeId = parseId('officeId', input.officeId);
    if (input.kind === 'RECEIVABLE') {
      if (clientId === null) errors.push({ field: 'clientId', code: 'REQUIRED', message: 'A receivable bills a client' });
      if (supplierName) errors.push({ field: 'supplierName', code: 'NOT_ALLOWED', message: 'A receivable has no supplier' });
      if (campaignId !== null) errors.push({ field: 'campaignId', code: 'NOT_ALLOWED', message: 'Only payables are charged to a campaign' });
    } else if (!supplierName) errors.push({ field: 'supplierName', code: 'REQUIRED', message: 'A payable names its supplier' });
    if (errors.length > 0) throw new InputError(errors);
    const scope = await this.access.scope(ctx.actor);
    const totals = invoiceTotals(input.lines, this.vat);
    return this.transactions.run(async (tx) => {
      const m = tx.manager;
      let office: number;
      let officerId: number | null = null;
      if (input.kind === 'RECEIVABLE') {
        const client = await m.findOneBy(Client, { id: clientId as number });
        if (!client || !canReadClient(scope, client)) throw InputError.field('clientId', 'NOT_ALLOWED', 'clientId is not a client you may bill');
        office = client.officeId;
        officerId = client.officerId;
      } else {
        const campaign = campaignId === null ? null : await m.findOneBy(Campaign, { id: campaignId });
        if (
          campaignId !== null &&
          (!campaign || !reachesOffice(scope, campaign.officeId) || (scope.role === 'MARKETING' && campaign.officeId !== scope.user.officeId))
        )
          throw InputError.field('campaignId', 'NOT_ALLOWED', 'campaignId is not a campaign you may charge');
        office = officeId ?? campaign?.officeId ?? ctx.actor.officeId;
      }
      const draft = { kind: input.kind, officeId: office, campaignId: input.kind === 'PAYABLE' ? campaignId : null };
      if (!canWriteInvoice(scope, draft, officerId) || (input.kind === 'PAYABLE' && !reachesOffice(scope, office)))
        throw InputError.field(input.kind === 'PAYABLE' ? 'campaignId' : 'clientId', 'NOT_ALLOWED', 'You may not book this invoice');
      const values = {
        ...draft,
        status: 'DRAFT' as const,
        number: null,
        year: null,
        seq: null,
        clientId: input.kind === 'RECEIVABLE' ? clientId : null,
        supplierName: input.kind === 'PAYABLE' ? supplierName : null,
        channel: null,
        issueDate: input.issueDate,
        dueDate: input.dueDate,
        notes,
        subtotal: totals.subtotal,
        taxBase: totals.taxBase,
        tax: totals.tax,
        total: totals.total,
        amountPaid: 0n,
        cancelReason: null,
        handedOverDate: null,
        handedOverTo: null,
        createdById: ctx.actor.id,
      };
      const id = Number((await m.insert(Invoice, values)).identifiers[0].id);
      await this.writeLines(m, id, input.lines, totals.lines);
      await tx.audit({ entityType: 'Invoice', entityId: id, action: 'create', actorId: ctx.actor.id, after: { ...values, lines: input.lines.length } });
      const invoice = await m.findOneByOrFail(Invoice, { id });
      emitInvoiceChange(tx, invoice, officerId, ctx);
      return invoice;
    });
  }

  private async writeLines(m: EntityManager, invoiceId: number, lines: InvoiceLineInput[], amounts: bigint[]): Promise<void> {
    await m.insert(
      InvoiceLine,
      lines.map((line, i) => ({
        invoiceId,
        position: i + 1,
        description: line.description.trim(),
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        taxCode: line.taxCode,
        amount: amounts[i],
      })),
    );
  }

  async update(ctx: WriteContext, input: UpdateInvoiceInput): Promise<Invoice> {
    const errors: FieldError[] = [];
    if (input.lines) checkLines(input.lines, errors);
    const notes = input.notes === undefined ? undefined : optionalText('notes', input.notes, 500, errors);
    const supplierName = input.supplierName === undefined ? undefined : optionalText('supplierName', input.supplierName, 160, errors);
    if (errors.length > 0) throw new InputError(errors);
    const scope = await this.access.scope(ctx.actor);
    return this.transactions.run(async (tx) => {
      const m = tx.manager;
      const { invoice, officerId } = await this.lockWritable(m, scope, input.id);
      if (invoice.version !== input.version) throw new ConflictError('Invoice', { id: String(invoice.id), version: invoice.version });
      if (invoice.status !== 'DRAFT') throw InputError.field('id', 'NOT_ALLOWED', 'Only a draft is edited', { status: invoice.status });
      const issueDate = input.issueDate ?? invoice.issueDate;
      const dueDate = input.dueDate ?? invoice.dueDate;
      checkDates(issueDate, dueDate, errors);
      if (invoice.kind === 'PAYABLE' && supplierName === null)
        errors.push({ field: 'supplierName', code: 'REQUIRED', message: 'A payable names its supplier' });
      if (invoice.kind === 'RECEIVABLE' && (supplierName || input.campaignId))
        errors.push({ field: 'supplierName', code: 'NOT_ALLOWED', message: 'Not on a receivable' });
      let campaignId = invoice.campaignId;
      if (invoice.kind === 'PAYABLE' && input.campaignId !== undefined) {
        campaignId = parseId('campaignId', input.campaignId);
        const campaign = campaignId === null ? null : await m.findOneBy(Campaign, { id: campaignId });
        if (campaignId !== null && (!campaign || campaign.officeId !== invoice.officeId))
          errors.push({ field: 'campaignId', code: 'NOT_ALLOWED', message: 'campaignId is not a campaign of the invoice’s office' });
        if (campaignId === null && scope.role === 'MARKETING')
          errors.push({ field: 'campaignId', code: 'REQUIRED', message: 'Marketing books campaign costs' });
      }
      if (errors.length > 0) throw new InputError(errors);
      const next: Partial<Invoice> = { issueDate, dueDate, campaignId };
      if (notes !== undefined) next.notes = notes;
      if (supplierName !== undefined && invoice.kind === 'PAYABLE') next.supplierName = supplierName;
      if (input.lines) {
        const totals = invoiceTotals(input.lines, this.vat);
        Object.assign(next, { subtotal: totals.subtotal, taxBase: totals.taxBase, tax: totals.tax, total: totals.total });
        await m.delete(InvoiceLine, { invoiceId: invoice.id });
        await this.writeLines(m, invoice.id, input.lines, totals.lines);
      }
      const diff = changes(invoice, next);
      await m.update(Invoice, { id: invoice.id }, { ...next, version: invoice.version + 1 });
      await tx.audit({
        entityType: 'Invoice',
        entityId: invoice.id,
        action: 'update',
        actorId: ctx.actor.id,
        before: diff.before,
        after: { ...diff.after, ...(input.lines ? { lines: input.lines.length } : {}) },
      });
      const updated = await m.findOneByOrFail(Invoice, { id: invoice.id });
      emitInvoiceChange(tx, updated, officerId, ctx);
      return updated;
    });
  }
}
