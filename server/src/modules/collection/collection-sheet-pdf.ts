/**
 * The collection sheet on paper, in Bahasa Indonesia: A4 landscape, the office, officer and day, one
 * line per loan with what is owed and room for the officer's notes and the borrower's signature.
 */
import PDFDocument from 'pdfkit';
import { TIME_ZONE_LABELS, formatRupiah, longDateId } from '@prospek/shared';
import type { CollectionSheet, SheetPromise } from './collection-sheet.service.js';

const COLUMNS = [
  { title: 'No', width: 24, align: 'right' },
  { title: 'Pinjaman', width: 52, align: 'left' },
  { title: 'Nasabah', width: 112, align: 'left' },
  { title: 'Telepon', width: 88, align: 'left' },
  { title: 'Jumlah tagihan', width: 86, align: 'right' },
  { title: 'Hari tunggak', width: 42, align: 'right' },
  { title: 'Kol', width: 24, align: 'right' },
  { title: 'Jatuh tempo berikut', width: 64, align: 'left' },
  { title: 'Janji terakhir', width: 92, align: 'left' },
  { title: 'Catatan / tanda tangan', width: 170, align: 'left' },
] as const;

const shortDate = (date: string | null) => (date ? date.split('-').reverse().join('/') : '-');
const PROMISE_WORDS = { PENDING: 'menunggu', KEPT: 'ditepati', BROKEN: 'diingkari' } as const;
const promiseText = (promise: SheetPromise | null) =>
  promise ? `${shortDate(promise.promisedDate)} ${formatRupiah(promise.amount)} (${PROMISE_WORDS[promise.status]})` : '-';

export function renderCollectionSheetPdf(organization: string, sheet: CollectionSheet): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 36,
    info: { Title: `Daftar penagihan ${sheet.officer.name} ${sheet.date}`, Author: organization },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  const left = pdf.page.margins.left;
  const bottom = pdf.page.height - pdf.page.margins.bottom;
  const rowHeight = 30;

  pdf.font('Helvetica-Bold').fontSize(15).text(organization, left);
  pdf.font('Helvetica').fontSize(10).fillColor('#555555').text('Daftar penagihan (collection sheet)').fillColor('black').moveDown(0.4);
  pdf.text(`Kantor: ${sheet.office.name}`);
  pdf.text(`Account Officer: ${sheet.officer.name}`);
  pdf.text(`Tanggal: ${longDateId(sheet.date)} (${TIME_ZONE_LABELS[sheet.timeZone]})`);
  pdf.text(`Jumlah pinjaman: ${sheet.rows.length}   Total tagihan: ${formatRupiah(sheet.totalDue)}`);
  pdf.moveDown(0.6);

  const header = () =>
    line(
      COLUMNS.map((c) => c.title),
      true,
    );
  // A new page starts with the column titles again.
  const line = (cells: string[], bold: boolean): void => {
    if (pdf.y + rowHeight > bottom) {
      pdf.addPage();
      if (!bold) header();
    }
    const y = pdf.y;
    let x = left;
    pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
    cells.forEach((cell, i) => {
      const column = COLUMNS[i];
      pdf.text(cell, x + 2, y + 4, { width: column.width - 4, align: column.align, height: rowHeight - 6, ellipsis: true });
      pdf.rect(x, y, column.width, rowHeight).strokeColor('#999999').lineWidth(0.5).stroke();
      x += column.width;
    });
    pdf.x = left;
    pdf.y = y + rowHeight;
  };
  header();
  sheet.rows.forEach((row, index) =>
    line(
      [
        String(index + 1),
        `#${row.loanId}`,
        row.clientName,
        row.phone ?? '-',
        formatRupiah(row.amountDue),
        String(row.daysPastDue),
        String(row.collectibility),
        shortDate(row.nextDueDate),
        promiseText(row.lastPromise),
        '',
      ],
      false,
    ),
  );
  if (sheet.rows.length === 0) pdf.moveDown(0.5).font('Helvetica').fontSize(10).text('Tidak ada angsuran jatuh tempo atau tertunggak.', left);
  pdf.moveDown(1).font('Helvetica').fontSize(8).fillColor('#555555');
  pdf.text('Kunjungan dan telepon penagihan hanya Senin–Sabtu pukul 08.00–20.00 waktu setempat, di luar hari libur nasional (POJK 22/2023 pasal 62).', left);
  pdf.end();
  return done;
}
