import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config.js';
import { UnauthenticatedError } from '../../errors.js';
import type { DownloadTokens } from '../auth/token.service.js';
import { User } from '../user/user.entity.js';
import { invoicePdfResource } from './invoice-fields.resolver.js';
import { loadInvoiceDocument, renderInvoicePdf } from './invoice-pdf.js';
import type { InvoiceReports } from './invoice-reports.js';
import { taxSummaryCsv } from './invoice-reports.js';
import type { InvoiceService } from './invoice.service.js';
import { taxSummaryResource } from './payment.resolver.js';

export interface InvoiceDownloadDeps {
  dataSource: DataSource;
  downloads: DownloadTokens;
  invoices: InvoiceService;
  invoiceReports: InvoiceReports;
}

async function userOf(deps: InvoiceDownloadDeps, token: unknown, resource: string): Promise<User> {
  const userId = await deps.downloads.verify(typeof token === 'string' ? token : undefined, resource);
  const user = userId ? await deps.dataSource.manager.findOneBy(User, { id: userId, active: true }) : null;
  if (!user) throw new UnauthenticatedError('The link has expired; open the invoice again');
  return user;
}

/**
 * GET /invoices/:id/pdf?token=… — the invoice on A4 (download, email attachment and paper copy alike).
 * The token (from Invoice.pdfUrl) names the user; that user must still be active and still reach it.
 */
export function invoicePdfHandler(deps: InvoiceDownloadDeps, config: Config) {
  return async (req: Request, res: Response) => {
    const id = String(req.params.id);
    const user = await userOf(deps, req.query.token, invoicePdfResource(id));
    const invoice = await deps.invoices.get(user, id);
    const pdf = await renderInvoicePdf(await loadInvoiceDocument(deps.dataSource, config.organizationName, invoice));
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader(
      'Content-Disposition',
      `${req.query.download ? 'attachment' : 'inline'}; filename="${(invoice.number ?? `draf-${invoice.id}`).replace(/[^A-Za-z0-9-]+/g, '-')}.pdf"`,
    );
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(pdf);
  };
}

/** GET /invoices/tax-summary.csv?month=…&officeId=…&token=… — the month's output tax for the e-Faktur upload. */
export function taxSummaryCsvHandler(deps: InvoiceDownloadDeps) {
  return async (req: Request, res: Response) => {
    const month = String(req.query.month ?? '');
    const officeId = typeof req.query.officeId === 'string' && req.query.officeId ? req.query.officeId : null;
    const user = await userOf(deps, req.query.token, taxSummaryResource(month, officeId));
    const summary = await deps.invoiceReports.taxSummary(user, month, officeId);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="efaktur-${month}.csv"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(taxSummaryCsv(summary));
  };
}
