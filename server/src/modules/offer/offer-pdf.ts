/**
 * The offer document a client takes home, in Bahasa Indonesia: the product explained, the terms, the
 * installment schedule and the documents to bring, with the officer's name.
 */
import PDFDocument from 'pdfkit';
import { formatRupiah, longDateId } from '@prospek/shared';
import type { Product } from '../product/product.entity.js';
import type { OfferFigures } from './offer-terms.js';
import { DEPOSIT_TAX_PERCENT } from './offer-terms.js';
import type { Offer } from './offer.entity.js';

export interface OfferDocument {
  organization: string;
  offer: Offer;
  product: Product;
  figures: OfferFigures;
  recipient: { name: string; company: string | null };
  officerName: string;
  issuedOn: string;
}

const METHOD_ID = { FLAT: 'Flat', EFFECTIVE: 'Efektif (pokok tetap)', ANNUITY: 'Anuitas (angsuran tetap)' } as const;

function percent(rateMicro: number): string {
  return `${(rateMicro / 1_000_000).toLocaleString('id-ID', { maximumFractionDigits: 4 })}%`;
}

export function renderOfferPdf(doc: OfferDocument): Promise<Buffer> {
  const { offer, product, figures } = doc;
  const pdf = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Penawaran ${product.name}`, Author: doc.organization } });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  const bottom = pdf.page.height - pdf.page.margins.bottom;
  const heading = (text: string) => pdf.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text(text).moveDown(0.3).font('Helvetica').fontSize(10);
  const row = (label: string, value: string) => {
    const y = pdf.y;
    pdf.font('Helvetica').text(label, 50, y, { width: 200 });
    pdf.font('Helvetica-Bold').text(value, 260, y, { width: 285 });
    pdf.font('Helvetica');
  };

  pdf.font('Helvetica-Bold').fontSize(16).text(doc.organization);
  pdf.font('Helvetica').fontSize(10).fillColor('#555555').text('Penawaran produk').fillColor('black').moveDown(0.5);
  pdf.font('Helvetica-Bold').fontSize(14).text(product.name).font('Helvetica').fontSize(10);
  pdf.text(`Nomor penawaran: OF-${String(offer.id).padStart(6, '0')}   Tanggal: ${longDateId(doc.issuedOn)}   Berlaku sampai: ${longDateId(offer.validUntil)}`);
  pdf.moveDown(0.5);
  row('Kepada', doc.recipient.company ? `${doc.recipient.name} (${doc.recipient.company})` : doc.recipient.name);
  row('Account Officer', doc.officerName);

  heading('Tentang produk');
  pdf.text(product.description, { align: 'justify' });

  heading('Ketentuan');
  if (product.kind === 'LOAN' && figures.loan) {
    row('Jumlah pinjaman', formatRupiah(offer.amount));
    row('Jangka waktu', `${offer.tenorMonths} bulan`);
    row('Suku bunga', `${percent(offer.annualRateMicro)} per tahun, metode ${METHOD_ID[figures.loan.method]}`);
    row(figures.loan.method === 'EFFECTIVE' ? 'Angsuran pertama' : 'Angsuran per bulan', formatRupiah(figures.loan.installment));
    row('Total bunga', formatRupiah(figures.loan.totalInterest));
    row('Total pembayaran', formatRupiah(figures.loan.totalPaid));
    if (figures.fee > 0n)
      row('Biaya administrasi', figures.feeVat > 0n ? `${formatRupiah(figures.fee)} + PPN ${formatRupiah(figures.feeVat)}` : formatRupiah(figures.fee));
  } else if (product.kind === 'DEPOSIT') {
    row('Jumlah simpanan', formatRupiah(offer.amount));
    row('Jangka waktu', `${offer.tenorMonths} bulan`);
    row('Suku bunga', `${percent(offer.annualRateMicro)} per tahun`);
    row('Bunga (bruto)', formatRupiah(figures.depositInterest ?? 0n));
    row(`Pajak bunga (${DEPOSIT_TAX_PERCENT}%)`, formatRupiah(figures.depositTax ?? 0n));
    row('Bunga bersih', formatRupiah((figures.depositInterest ?? 0n) - (figures.depositTax ?? 0n)));
  } else {
    row('Harga layanan', formatRupiah(figures.fee));
    row('PPN', figures.feeVat > 0n ? formatRupiah(figures.feeVat) : 'Dibebaskan');
    row('Jumlah dibayar', formatRupiah(figures.fee + figures.feeVat));
  }

  if (figures.loan) {
    heading('Jadwal angsuran');
    const columns = [
      { title: 'No', x: 50, width: 30 },
      { title: 'Jatuh tempo', x: 82, width: 90 },
      { title: 'Pokok', x: 174, width: 90 },
      { title: 'Bunga', x: 266, width: 85 },
      { title: 'Angsuran', x: 353, width: 95 },
      { title: 'Sisa pokok', x: 450, width: 95 },
    ];
    const line = (cells: string[], bold = false) => {
      if (pdf.y > bottom - 20) pdf.addPage();
      const y = pdf.y;
      pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
      cells.forEach((cell, i) => pdf.text(cell, columns[i].x, y, { width: columns[i].width, align: i < 2 ? 'left' : 'right' }));
      pdf.moveDown(0.2);
    };
    line(
      columns.map((c) => c.title),
      true,
    );
    for (const item of figures.loan.schedule) {
      line([
        String(item.number),
        item.dueDate.split('-').reverse().join('/'),
        formatRupiah(item.principal).replace('Rp ', ''),
        formatRupiah(item.interest).replace('Rp ', ''),
        formatRupiah(item.installment).replace('Rp ', ''),
        formatRupiah(item.balance).replace('Rp ', ''),
      ]);
    }
    pdf.fontSize(10).font('Helvetica');
  }

  if (product.requirements.length > 0) {
    pdf.x = 50;
    heading('Dokumen yang perlu disiapkan');
    for (const requirement of product.requirements) {
      if (pdf.y > bottom - 20) pdf.addPage();
      pdf.text(`[  ]  ${requirement.label}`, 50);
    }
  }
  pdf.moveDown(1.5).fontSize(8).fillColor('#555555');
  pdf.text(
    'Simulasi ini bersifat informatif; persetujuan kredit mengikuti hasil analisis dan keputusan komite. Suku bunga dan biaya dapat berubah sebelum akad.',
    50,
  );
  pdf.end();
  return done;
}
