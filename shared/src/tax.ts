/**
 * VAT (PPN). Financial services (credit, deposits) are exempt; fee services pay PPN at the rate on a
 * tax base that is a fraction of the price (12 % on 11/12 since 2025). Rate and base are configuration.
 */
import { divRoundHalfUp } from './decimal.js';
import { MINOR_PER_UNIT } from './money.js';

export const VAT_TREATMENTS = ['EXEMPT', 'PPN'] as const;
export type VatTreatment = (typeof VAT_TREATMENTS)[number];

export interface VatSettings {
  ratePercent: number;
  baseNumerator: number;
  baseDenominator: number;
}

export const DEFAULT_VAT: VatSettings = { ratePercent: 12, baseNumerator: 11, baseDenominator: 12 };

/** PPN on a price, rounded half-up to whole rupiah; zero when exempt. */
export function vatOn(price: bigint, treatment: VatTreatment, settings: VatSettings = DEFAULT_VAT): bigint {
  if (treatment === 'EXEMPT' || price <= 0n) return 0n;
  const numerator = price * BigInt(settings.baseNumerator) * BigInt(Math.round(settings.ratePercent * 100));
  const denominator = BigInt(settings.baseDenominator) * 10_000n * MINOR_PER_UNIT;
  return divRoundHalfUp(numerator, denominator) * MINOR_PER_UNIT;
}
