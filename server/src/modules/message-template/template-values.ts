import { businessDate, formatRupiah, loanSchedule, longDateId, partOfDay } from '@prospek/shared';
import type { TemplatePlaceholder } from '@prospek/shared';
import type { Client } from '../client/client.entity.js';
import type { Lead } from '../lead/lead.entity.js';
import type { Offer } from '../offer/offer.entity.js';
import { offerScheduleStart } from '../offer/offer-terms.js';
import type { Product } from '../product/product.entity.js';

export interface TemplateContext {
  lead: Lead | null;
  client: Client | null;
  /** The latest offer to the lead or client, with its product. */
  offer: Offer | null;
  product: Product | null;
  officerName: string;
  /** When the follow-up is due (the reminder's date); otherwise today. */
  dueAt: Date | null;
  now: Date;
  /** The time zone of the record's office: its dates and part of day. */
  zone?: string;
}

/**
 * What each placeholder of a message template becomes for one follow-up; null where it is not known
 * (no loan offer yet), so the placeholder stays visible for the officer to fill in before sending.
 */
export function templateValues(c: TemplateContext): Record<TemplatePlaceholder, string | null> {
  const installment =
    c.offer && c.product?.kind === 'LOAN' && c.offer.interestMethod ? installmentDue(c.offer, businessDate(c.dueAt ?? c.now, c.zone), c.now, c.zone) : null;
  return {
    nama: c.lead?.fullName ?? c.client?.name ?? '',
    ao: c.officerName,
    usaha: c.lead?.companyName ?? c.client?.name ?? '',
    produk: c.product?.name ?? '',
    jumlah: formatRupiah(c.offer?.amount ?? c.lead?.estimatedAmount ?? 0n),
    angsuran: installment === null ? null : formatRupiah(installment),
    tanggal: longDateId(businessDate(c.dueAt ?? c.now, c.zone)),
    waktu: partOfDay(c.now, c.zone),
    // Only an invoice reminder knows these (invoice-dunning.ts fills them).
    tagihan: null,
    terlambat: null,
  };
}

/**
 * The installment of a loan offer's schedule (the one the offer shows, from the day it was presented)
 * that falls due in the month of `day`, or the first one after it; null once the schedule has ended.
 * Installments differ from month to month (EFFECTIVE, and the last one of every method).
 */
export function installmentDue(offer: Offer, day: string, now: Date, zone?: string): bigint | null {
  if (!offer.interestMethod) return null;
  const { schedule } = loanSchedule({
    amount: offer.amount,
    tenorMonths: offer.tenorMonths,
    annualRate: (offer.annualRateMicro / 1_000_000).toFixed(6),
    method: offer.interestMethod,
    startDate: offerScheduleStart(offer, now, zone),
  });
  const month = day.slice(0, 7);
  const due = schedule.find((row) => row.dueDate.slice(0, 7) >= month);
  return due ? due.installment : null;
}
