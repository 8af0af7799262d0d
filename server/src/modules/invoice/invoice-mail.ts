import type { DataSource } from 'typeorm';
import { formatRupiah, longDateId } from '@prospek/shared';
import type { EventBus } from '../../events/domain-events.js';
import type { MailSubject } from '../mail/mail-outbox.service.js';
import { emitInvoiceChange } from './invoice.board.js';
import { Invoice } from './invoice.entity.js';
import { loadInvoiceDocument, renderInvoicePdf } from './invoice-pdf.js';
import type { InvoiceService } from './invoice.service.js';

/** An invoice by email: a short text in Bahasa Indonesia with the PDF attached, rendered at send time. */
export function invoiceMail(dataSource: DataSource, organization: string, invoices: InvoiceService, bus: EventBus): MailSubject {
  return {
    async render(id) {
      const invoice = await dataSource.manager.findOneByOrFail(Invoice, { id });
      const doc = await loadInvoiceDocument(dataSource, organization, invoice);
      const number = invoice.number ?? String(invoice.id);
      return {
        subject: `Tagihan ${number} dari ${organization}`,
        text: [
          `Yth. ${doc.party.name},`,
          '',
          `Terlampir tagihan ${number} sebesar ${formatRupiah(invoice.total)}, jatuh tempo ${longDateId(invoice.dueDate)}.`,
          '',
          `Hormat kami,`,
          organization,
        ].join('\n'),
        attachments: [{ filename: `${number.replace(/[^A-Za-z0-9-]+/g, '-')}.pdf`, content: await renderInvoicePdf(doc), contentType: 'application/pdf' }],
      };
    },
    async delivered(id) {
      const invoice = await dataSource.manager.findOneByOrFail(Invoice, { id });
      const officerId = await invoices.officerOf(dataSource.manager, invoice);
      emitInvoiceChange({ emit: (event) => bus.publish(event) }, invoice, officerId, { actor: { id: 0 }, mutationId: null });
    },
  };
}
