import { businessDate, divRoundHalfUp, formatRupiah, loanSchedule, rateToMicroPercent, vatOn } from '@prospek/shared';
import type { LoanSchedule, VatSettings } from '@prospek/shared';
import type { FieldError } from '@prospek/shared';
import { InputError, scheduleOrRefuse } from '../../errors.js';
import type { Product } from '../product/product.entity.js';
import type { Offer } from './offer.entity.js';

/** Final income tax on deposit interest (PPh 4(2)), percent. */
export const DEPOSIT_TAX_PERCENT = 20n;

/**
 * What an offer of `product` is for: a service costs its price (the product's fee), whatever amount was
 * typed; a loan or deposit is for the amount asked.
 */
export function offerAmount(product: Product, amount: bigint): bigint {
  return product.kind === 'SERVICE' ? product.fee : amount;
}

/** Refuses terms outside the product's ranges, naming each range. */
export function checkTerms(product: Product, amount: bigint, tenorMonths: number, annualRate: number): number {
  const errors: FieldError[] = [];
  if (!product.active) errors.push({ field: 'productId', code: 'NOT_ALLOWED', message: `${product.name} is retired and no longer offered` });
  if (product.kind === 'SERVICE') {
    if (product.fee <= 0n) errors.push({ field: 'productId', code: 'NOT_ALLOWED', message: `${product.name} has no price to offer` });
  } else if (amount <= 0n || amount % 100n !== 0n) {
    errors.push({ field: 'amount', code: 'AMOUNT_INVALID', message: 'amount must be a positive whole number of rupiah' });
  } else if (amount < product.minAmount || (product.maxAmount > 0n && amount > product.maxAmount)) {
    errors.push({
      field: 'amount',
      code: 'NOT_ALLOWED',
      message: `amount must be between ${formatRupiah(product.minAmount)} and ${formatRupiah(product.maxAmount)}`,
      params: { min: formatRupiah(product.minAmount), max: formatRupiah(product.maxAmount) },
      reason: 'OUT_OF_RANGE',
    });
  }
  if (product.kind !== 'SERVICE' && (!Number.isInteger(tenorMonths) || tenorMonths < product.minTenorMonths || tenorMonths > product.maxTenorMonths)) {
    errors.push({
      field: 'tenorMonths',
      code: 'NOT_ALLOWED',
      message: `tenorMonths must be between ${product.minTenorMonths} and ${product.maxTenorMonths}`,
      params: { min: product.minTenorMonths, max: product.maxTenorMonths, unit: 'months' },
      reason: 'OUT_OF_RANGE',
    });
  }
  let rateMicro = 0;
  if (!Number.isFinite(annualRate) || annualRate < 0 || annualRate > 100) {
    errors.push({
      field: 'annualRate',
      code: 'INVALID',
      message: 'annualRate must be a percent between 0 and 100',
      params: { min: 0, max: 100, unit: 'percent' },
      reason: 'OUT_OF_RANGE',
    });
  } else {
    rateMicro = Number(rateToMicroPercent(annualRate));
    if (product.kind !== 'SERVICE' && (rateMicro < product.minRateMicro || rateMicro > product.maxRateMicro)) {
      errors.push({
        field: 'annualRate',
        code: 'NOT_ALLOWED',
        message: `annualRate must be between ${product.minRate}% and ${product.maxRate}%`,
        params: { min: product.minRate, max: product.maxRate, unit: 'percent' },
        reason: 'OUT_OF_RANGE',
      });
    }
  }
  if (errors.length > 0) throw new InputError(errors);
  if (product.kind === 'LOAN' && product.interestMethod) {
    const method = product.interestMethod;
    // Dates do not change the amounts: any start tells whether the terms can be scheduled at all.
    scheduleOrRefuse('tenorMonths', () =>
      loanSchedule({ amount, tenorMonths, annualRate: (rateMicro / 1_000_000).toFixed(6), method, startDate: '2000-01-01' }),
    );
  }
  return rateMicro;
}

/** The day an offer's schedule counts its months from: the day it was presented, else today. */
export function offerScheduleStart(offer: Pick<Offer, 'presentedAt'>, now: Date, zone?: string): string {
  return businessDate(offer.presentedAt ?? now, zone);
}

/** What an offer amounts to: a loan's schedule, a deposit's interest, a service's price, with PPN. */
export interface OfferFigures {
  loan: LoanSchedule | null;
  fee: bigint;
  feeVat: bigint;
  depositInterest: bigint | null;
  depositTax: bigint | null;
}

export function offerFigures(offer: Offer, product: Product, vat: VatSettings, startDate: string): OfferFigures {
  // A service offer holds the price it was made at (its amount); a loan pays the product's admin fee.
  const fee = product.kind === 'SERVICE' ? offer.amount : product.fee;
  const feeVat = vatOn(fee, product.vatTreatment, vat);
  if (product.kind === 'LOAN' && offer.interestMethod) {
    const loan = loanSchedule({
      amount: offer.amount,
      tenorMonths: offer.tenorMonths,
      annualRate: (offer.annualRateMicro / 1_000_000).toFixed(6),
      method: offer.interestMethod,
      startDate,
    });
    return { loan, fee, feeVat, depositInterest: null, depositTax: null };
  }
  if (product.kind === 'DEPOSIT') {
    // Simple interest for the term: amount × rate × months / 12, to whole rupiah.
    const interest = divRoundHalfUp(offer.amount * BigInt(offer.annualRateMicro) * BigInt(offer.tenorMonths), 12n * 100n * 1_000_000n * 100n) * 100n;
    const tax = divRoundHalfUp(interest * DEPOSIT_TAX_PERCENT, 100n * 100n) * 100n;
    return { loan: null, fee: 0n, feeVat: 0n, depositInterest: interest, depositTax: tax };
  }
  return { loan: null, fee, feeVat, depositInterest: null, depositTax: null };
}
