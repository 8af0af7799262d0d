/**
 * A follow-up's note about a statement line that disagrees, in the office's language (Indonesian):
 * the line itself keeps the reason's code and parameters, which every reader's interface words anew.
 */
import { formatRupiah, parseMoney } from '@prospek/shared';
import type { FollowUpReason, FollowUpReasonParams } from '@prospek/shared';

const rp = (decimal: string | undefined) => (decimal ? formatRupiah(parseMoney(decimal)) : '');

export function followUpNote(code: FollowUpReason, p: FollowUpReasonParams, line: { date: string; amount: string; reference: string | null }): string {
  const from = `Mutasi rekening ${line.date} sebesar ${rp(line.amount)}${line.reference ? ` (ref. ${line.reference})` : ''}`;
  switch (code) {
    case 'AMOUNT_SHORT':
      return `${from}: pembayaran ${p.target} kurang ${rp(p.difference)} (tagihan ${rp(p.expected)}, dibayar ${rp(p.paid)}). Hubungi nasabah.`;
    case 'AMOUNT_OVER':
      return `${from}: pembayaran ${p.target} lebih ${rp(p.difference)} (tagihan ${rp(p.expected)}, dibayar ${rp(p.paid)}). Konfirmasi ke nasabah.`;
    case 'PAID_LATE':
      return `${from}: ${p.target} dibayar ${p.paidDate}, lewat jatuh tempo ${p.dueDate}. Hubungi nasabah.`;
    case 'NO_INVOICE':
      return `${from}: dana masuk dari ${p.name} tanpa tagihan yang cocok. Tanyakan pembayaran ini untuk apa.`;
  }
}
