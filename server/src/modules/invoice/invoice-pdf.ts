/**
 * An invoice on A4, in Bahasa Indonesia: the PDF download, the email attachment and the paper copy in
 * one layout. The foot holds a box for the recipient's signature and company stamp (PAPER hand-over),
 * and, on a cancelled invoice, its credit note.
 */
import PDFDocument from 'pdfkit';
import type { DataSource } from 'typeorm';
import { formatRupiah, longDateId, uniqueAmountCode } from '@prospek/shared';
import { Client } from '../client/client.entity.js';
import { Office } from '../office/office.entity.js';
import type { Invoice } from './invoice.entity.js';
import { CreditNote, InvoiceLine } from './invoice.entity.js';

export interface InvoiceDocument {
  organization: string;
  invoice: Invoice;
  lines: InvoiceLine[];
  office: { name: string; code: string };
  party: { name: string; npwp: string | null; address: string | null };
  creditNote: CreditNote | null;
}

export async function loadInvoiceDocument(dataSource: DataSource, organization: string, invoice: Invoice): Promise<InvoiceDocument> {
  const m = dataSource.manager;
  const lines = await m.find(InvoiceLine, { where: { invoiceId: invoice.id }, order: { position: 'ASC' } });
  const office = await m.findOneByOrFail(Office, { id: invoice.officeId });
  const client = invoice.clientId === null ? null : await m.findOneBy(Client, { id: invoice.clientId });
  const creditNote = await m.findOneBy(CreditNote, { invoiceId: invoice.id });
  return {
    organization,
    invoice,
    lines,
    office: { name: office.name, code: office.code },
    party: client ? { name: client.name, npwp: client.npwp, address: client.address } : { name: invoice.supplierName ?? '', npwp: null, address: null },
    creditNote,
  };
}

const COLUMNS = [
  { title: 'No', width: 24, align: 'right' },
  { title: 'Uraian', width: 221, align: 'left' },
  { title: 'Jml', width: 40, align: 'right' },
  { title: 'Harga satuan', width: 90, align: 'right' },
  { title: 'Pajak', width: 48, align: 'left' },
  { title: 'Jumlah', width: 100, align: 'right' },
] as const;

export function renderInvoicePdf(doc: InvoiceDocument): Promise<Buffer> {
  const { invoice } = doc;
  const title = invoice.kind === 'RECEIVABLE' ? 'FAKTUR TAGIHAN (INVOICE)' : 'TAGIHAN PEMASOK (PAYABLE)';
  const number = invoice.number ?? 'DRAF';
  const pdf = new PDFDocument({ size: 'A4', margin: 40, info: { Title: `${title} ${number}`, Author: doc.organization } });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;

  pdf.font('Helvetica-Bold').fontSize(16).text(doc.organization, left);
  pdf.font('Helvetica').fontSize(9).fillColor('#555555').text(`${doc.office.name} (${doc.office.code})`).fillColor('black');
  pdf.moveDown(0.8).font('Helvetica-Bold').fontSize(13).text(title);
  pdf.font('Helvetica').fontSize(10);
  pdf.text(`Nomor: ${number}`);
  pdf.text(`Tanggal: ${longDateId(invoice.issueDate)}    Jatuh tempo: ${longDateId(invoice.dueDate)}`);
  if (invoice.status === 'CANCELLED') pdf.fillColor('#b00020').font('Helvetica-Bold').text('DIBATALKAN').font('Helvetica').fillColor('black');
  pdf
    .moveDown(0.6)
    .font('Helvetica-Bold')
    .text(invoice.kind === 'RECEIVABLE' ? 'Kepada:' : 'Dari pemasok:');
  pdf.font('Helvetica').text(doc.party.name);
  if (doc.party.npwp) pdf.text(`NPWP: ${doc.party.npwp}`);
  if (doc.party.address) pdf.text(doc.party.address, { width: 300 });
  pdf.moveDown(0.8);

  const rowHeight = 22;
  const row = (cells: string[], bold: boolean) => {
    if (pdf.y + rowHeight > pdf.page.height - 200) pdf.addPage();
    const y = pdf.y;
    let x = left;
    pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    cells.forEach((cell, i) => {
      const column = COLUMNS[i];
      pdf.text(cell, x + 3, y + 6, { width: column.width - 6, align: column.align, height: rowHeight - 6, ellipsis: true });
      pdf.rect(x, y, column.width, rowHeight).strokeColor('#999999').lineWidth(0.5).stroke();
      x += column.width;
    });
    pdf.x = left;
    pdf.y = y + rowHeight;
  };
  row(
    COLUMNS.map((c) => c.title),
    true,
  );
  doc.lines.forEach((line, i) =>
    row(
      [
        String(i + 1),
        line.description,
        String(line.quantity),
        formatRupiah(line.unitPrice),
        line.taxCode === 'PPN' ? 'PPN' : 'Bebas',
        formatRupiah(line.amount),
      ],
      false,
    ),
  );
  pdf.moveDown(0.6);
  const sum = (label: string, value: bigint, bold = false) => {
    const y = pdf.y;
    pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(10);
    pdf.text(label, left + width - 300, y, { width: 190, align: 'right' });
    pdf.text(formatRupiah(value), left + width - 105, y, { width: 105, align: 'right' });
    pdf.x = left;
  };
  sum('Jumlah', invoice.subtotal);
  sum('DPP nilai lain', invoice.taxBase);
  sum('PPN', invoice.tax);
  sum('Total', invoice.total, true);
  if (invoice.amountPaid > 0n) {
    sum('Sudah dibayar', invoice.amountPaid);
    sum('Sisa tagihan', invoice.total - invoice.amountPaid, true);
  }
  const owed = invoice.total - invoice.amountPaid;
  if (invoice.kind === 'RECEIVABLE' && invoice.number && owed > 0n && invoice.status !== 'CANCELLED') {
    // The amount with the invoice's unique code finds the invoice even when a transfer carries no remark.
    const code = BigInt(uniqueAmountCode(invoice.id)) * 100n;
    pdf
      .moveDown(0.8)
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(`Cara membayar: transfer tepat ${formatRupiah(owed + code)}`, left, pdf.y, { width });
    pdf
      .font('Helvetica')
      .fontSize(9)
      .text(`(sisa tagihan ${formatRupiah(owed)} ditambah kode unik ${formatRupiah(code)}) dan tulis nomor ${invoice.number} pada berita transfer.`, {
        width,
      });
  }
  if (invoice.notes) pdf.moveDown(0.8).font('Helvetica').fontSize(9).text(invoice.notes, left, pdf.y, { width });
  if (doc.creditNote) {
    pdf
      .moveDown(0.8)
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(`Nota kredit ${doc.creditNote.number} (${longDateId(doc.creditNote.date)})`, left);
    pdf
      .font('Helvetica')
      .fontSize(9)
      .text(`Alasan: ${doc.creditNote.reason}. Nilai dibatalkan: ${formatRupiah(doc.creditNote.total)}`);
  }

  // Signature and stamp: the recipient signs and stamps the paper copy when it is handed over.
  const boxTop = pdf.page.height - pdf.page.margins.bottom - 150;
  const boxWidth = (width - 20) / 2;
  pdf.font('Helvetica').fontSize(9);
  pdf.text('Diterima oleh (nama, tanda tangan, cap):', left, boxTop, { width: boxWidth });
  pdf
    .rect(left, boxTop + 14, boxWidth, 110)
    .strokeColor('#777777')
    .lineWidth(0.8)
    .stroke();
  pdf.text('Tanggal diterima:', left + 4, boxTop + 108, { width: boxWidth - 8 });
  if (invoice.handedOverDate)
    pdf.text(`${longDateId(invoice.handedOverDate)} — ${invoice.handedOverTo ?? ''}`, left + 84, boxTop + 108, { width: boxWidth - 90 });
  pdf.text('Hormat kami,', left + boxWidth + 20, boxTop, { width: boxWidth });
  pdf.rect(left + boxWidth + 20, boxTop + 14, boxWidth, 110).stroke();
  pdf.text(doc.organization, left + boxWidth + 24, boxTop + 108, { width: boxWidth - 8 });
  pdf.end();
  return done;
}
