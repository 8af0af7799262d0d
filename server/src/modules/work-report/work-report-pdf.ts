/**
 * The work report on paper, in Bahasa Indonesia: A4 portrait, the officer, office and period, the figures
 * by section, targets against actuals, the clients to act on, and the officer's and manager's notes.
 */
import PDFDocument from 'pdfkit';
import { formatRupiah, longDateId, parseMoney } from '@prospek/shared';
import type { WorkReportData } from './work-report.service.js';

const CHANNELS: Record<string, string> = {
  CALL: 'Telepon',
  WHATSAPP: 'WhatsApp',
  SMS: 'SMS',
  VISIT: 'Kunjungan',
  EMAIL: 'E-mail',
  MEETING: 'Pertemuan',
  NOTE: 'Catatan',
};
const METRICS: Record<string, string> = {
  DISBURSEMENT: 'Pencairan',
  OUTSTANDING: 'Baki debet',
  NOA: 'Debitur baru (NOA)',
  NEW_LEADS: 'Prospek baru',
  VISITS: 'Kunjungan',
};
const STATUS: Record<string, string> = { DRAFT: 'Belum dikirim', SUBMITTED: 'Dikirim', ACKNOWLEDGED: 'Telah dibaca atasan' };
const RECOMMENDATION: Record<string, string> = {
  ARREARS: 'Tunggakan — kunjungi',
  PROMISE_BROKEN: 'Janji bayar diingkari',
  STALE_LEAD: 'Prospek tidak ditindaklanjuti',
  OFFER_EXPIRING: 'Penawaran segera berakhir',
};
const GRADES = ['Lancar', 'Dalam Perhatian Khusus', 'Kurang Lancar', 'Diragukan', 'Macet'];
const MONEY_EVIDENCE = ['ARREARS', 'PROMISED_AMOUNT', 'AMOUNT'];
const EVIDENCE: Record<string, string> = {
  DAYS_PAST_DUE: 'hari tunggak',
  ARREARS: 'tunggakan',
  GRADE: 'kol',
  PROMISED_DATE: 'janji',
  PROMISED_AMOUNT: 'sebesar',
  STAGE: 'tahap',
  IDLE_DAYS: 'hari tanpa kegiatan',
  VALID_UNTIL: 'berlaku s.d.',
  AMOUNT: 'nilai',
};

const percent = (ratio: number) => `${(ratio * 100).toLocaleString('id-ID', { maximumFractionDigits: 1 })}%`;
const rupiahOf = (decimal: string) => formatRupiah(parseMoney(decimal));

export function renderWorkReportPdf(organization: string, report: WorkReportData): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 42,
    info: { Title: `Laporan kerja ${report.officer.name} ${report.from} s.d. ${report.to}`, Author: organization },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const bottom = pdf.page.height - pdf.page.margins.bottom;
  const f = report.figures;

  const heading = (title: string) => {
    if (pdf.y + 60 > bottom) pdf.addPage();
    pdf.moveDown(0.6).font('Helvetica-Bold').fontSize(11).text(title, left).moveDown(0.2);
  };
  const row = (label: string, value: string) => {
    if (pdf.y + 14 > bottom) pdf.addPage();
    const y = pdf.y;
    pdf
      .font('Helvetica')
      .fontSize(9.5)
      .text(label, left, y, { width: width * 0.6 });
    pdf.text(value, left + width * 0.6, y, { width: width * 0.4, align: 'right' });
    pdf.x = left;
  };
  const paragraph = (label: string, text: string | null) => {
    pdf.font('Helvetica-Bold').fontSize(9.5).text(label, left);
    pdf
      .font('Helvetica')
      .text(text ?? '-', left, undefined, { width })
      .moveDown(0.3);
  };

  pdf.font('Helvetica-Bold').fontSize(15).text(organization, left);
  pdf
    .font('Helvetica')
    .fontSize(10)
    .fillColor('#555555')
    .text(`Laporan kerja ${report.kind === 'WEEK' ? 'mingguan' : 'bulanan'}`)
    .fillColor('black');
  pdf.moveDown(0.4);
  pdf.text(`Account Officer: ${report.officer.name}`);
  pdf.text(`Kantor: ${report.office.name}`);
  pdf.text(`Periode: ${longDateId(report.from)} s.d. ${longDateId(report.to)} (${report.timeZone})`);
  pdf.text(`Status: ${STATUS[report.status]}${report.acknowledgedBy ? ` oleh ${report.acknowledgedBy.name}` : ''}`);

  heading('Prospek dan penjualan');
  row('Prospek baru', String(f.newLeads));
  row('Prospek berpindah tahap', `${f.leadsMoved} (${f.stageMoves} perpindahan)`);
  row('Penawaran dibuat', `${f.offers.count} — ${formatRupiah(f.offers.amount)}`);
  row('Menang (akad)', `${f.won.count} — ${formatRupiah(f.won.amount)}`);
  row('Kalah', `${f.lost.count} — ${formatRupiah(f.lost.amount)}`);
  heading('Tindak lanjut per saluran');
  if (f.followUps.length === 0) row('Tidak ada tindak lanjut selesai', '0');
  for (const channel of f.followUps) row(CHANNELS[channel.type] ?? channel.type, String(channel.count));
  row('Jumlah', String(f.followUpsDone));
  heading('Pinjaman dan penagihan');
  row('Pencairan', `${f.disbursed.count} — ${formatRupiah(f.disbursed.amount)}`);
  row('Debitur baru (NOA)', String(f.noa));
  row('Angsuran jatuh tempo dalam periode', formatRupiah(f.dueInPeriod));
  row('Terbayar dari angsuran itu', `${formatRupiah(f.paidOfDue)} (${percent(f.collectionRate)})`);
  row('Setoran angsuran diterima', formatRupiah(f.repaymentsReceived));
  row('Baki debet saat ini', formatRupiah(f.outstanding));
  row('Pinjaman menunggak', `${f.loansInArrears} — tunggakan ${formatRupiah(f.arrears)}`);
  row('PAR30', percent(f.par30));
  for (const g of f.grades) row(`Kol ${g.grade} ${GRADES[g.grade - 1]}`, `${g.count} — ${formatRupiah(g.outstanding)}`);
  heading('Tagihan dan pengaduan');
  row('Tagihan diterbitkan', `${f.invoicesIssued.count} — ${formatRupiah(f.invoicesIssued.amount)}`);
  row('Tagihan tertagih', formatRupiah(f.invoicesCollected));
  row('Pengaduan diterima / diselesaikan / masih terbuka', `${f.complaintsReceived} / ${f.complaintsResolved} / ${f.complaintsOpen}`);
  heading(`Target bulan ${report.from.slice(0, 7)} dan realisasi`);
  for (const t of f.targets) {
    const money = t.metric === 'DISBURSEMENT' || t.metric === 'OUTSTANDING';
    const show = (value: string) => (money ? rupiahOf(value) : value);
    row(
      METRICS[t.metric] ?? t.metric,
      `${show(t.actual)} / ${t.target === null ? '-' : show(t.target)}${t.achievement === null ? '' : ` (${percent(t.achievement)})`}`,
    );
  }
  heading('Rekomendasi: nasabah dan prospek yang perlu ditindaklanjuti');
  if (report.recommendations.length === 0) row('Tidak ada', '');
  for (const r of report.recommendations) {
    const evidence = r.evidence.map((e) => `${EVIDENCE[e.label] ?? e.label} ${MONEY_EVIDENCE.includes(e.label) ? rupiahOf(e.value) : e.value}`).join(', ');
    row(`${RECOMMENDATION[r.code] ?? r.code}: ${r.title}`, evidence);
  }
  heading('Catatan account officer');
  paragraph('Rencana', report.plans);
  paragraph('Kendala', report.obstacles);
  heading('Tanggapan atasan');
  paragraph(report.acknowledgedBy ? `Dibaca oleh ${report.acknowledgedBy.name}` : 'Belum dibaca', report.managerComment);
  pdf.end();
  return done;
}
