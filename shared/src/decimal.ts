/**
 * Exact arithmetic for interest: rates become rationals of bigints, so that loan schedules need no
 * floating point. Rates arrive as percent per year with up to six decimals ("12.5" → 12.5 % p.a.).
 */

export const RATE_SCALE = 1_000_000n;

/** A rate in percent (number or decimal text) as millionths of a percent. */
export function rateToMicroPercent(rate: number | string): bigint {
  const text = typeof rate === 'number' ? rate.toFixed(6) : rate.trim();
  const match = /^(\d+)(?:\.(\d{1,6}))?\d*$/.exec(text);
  if (!match) throw new RangeError(`Not a rate: ${rate}`);
  return BigInt(match[1]) * RATE_SCALE + BigInt((match[2] ?? '').padEnd(6, '0'));
}

/** numerator / denominator rounded half-up (both positive, or numerator negative). */
export function divRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  const negative = numerator < 0n;
  const n = negative ? -numerator : numerator;
  const q = n / denominator;
  const r = n % denominator;
  const rounded = r * 2n >= denominator ? q + 1n : q;
  return negative ? -rounded : rounded;
}

/** A fraction a/b with bigint parts, reduced lazily. */
export interface Fraction {
  n: bigint;
  d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function fraction(n: bigint, d: bigint): Fraction {
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

/** The monthly rate r = annual / 12 / 100 as an exact fraction. */
export function monthlyRate(annualMicroPercent: bigint): Fraction {
  return fraction(annualMicroPercent, 12n * 100n * RATE_SCALE);
}
