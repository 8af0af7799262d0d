/**
 * Money is an integer count of minor units (sen for IDR) held in a bigint. Nothing here uses floats.
 * The API carries it as a decimal string in rupiah ("150000000.00"); people type it the Indonesian
 * way ("150.000.000" or "1.500.000,50").
 */

export const MINOR_PER_UNIT = 100n;

const API_DECIMAL = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/** Parses the API form ("1500000", "1500000.5", "1500000.00") into minor units. */
export function parseMoney(text: string): bigint {
  const match = API_DECIMAL.exec(text.trim());
  if (!match) throw new RangeError(`Not a money amount: "${text}"`);
  const [, sign, units, fraction = ''] = match;
  const minor = BigInt(units) * MINOR_PER_UNIT + BigInt(fraction.padEnd(2, '0'));
  return sign ? -minor : minor;
}

/** The API form of an amount: always two decimals, no grouping ("150000000.00"). */
export function moneyToDecimal(minor: bigint): string {
  // One conversion to digits, then a point before the last two: every card of a board writes amounts,
  // and bigint division and remainder cost more than the string they make.
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(3, '0');
  const point = digits.length - 2;
  return `${negative ? '-' : ''}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * Display form "Rp 150.000.000" (Indonesian grouping). Sen show only when present
 * ("Rp 1.500.000,50") unless `withSen` forces them.
 */
export function formatRupiah(minor: bigint, options: { withSen?: boolean } = {}): string {
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  const units = groupThousands((abs / MINOR_PER_UNIT).toString());
  const sen = abs % MINOR_PER_UNIT;
  const fraction = sen !== 0n || options.withSen ? `,${sen.toString().padStart(2, '0')}` : '';
  return `${negative ? '-' : ''}Rp ${units}${fraction}`;
}

const TYPED_ID = /^(?:rp\.?\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/i;

/**
 * Parses what a person types in Indonesian notation: "1.500.000", "1500000", "Rp 1.500.000,50".
 * A dot groups thousands, a comma starts sen. Returns null when the text is not an amount.
 */
export function parseRupiahInput(text: string): bigint | null {
  const cleaned = text.trim().replace(/\s+/g, ' ');
  const match = TYPED_ID.exec(cleaned);
  if (!match) return null;
  const units = BigInt(match[1].replace(/\./g, ''));
  const sen = BigInt((match[2] ?? '').padEnd(2, '0'));
  return units * MINOR_PER_UNIT + sen;
}

/** `amount × percent / 100`, rounded half-up to whole minor units. */
export function percentOf(minor: bigint, percent: number): bigint {
  if (!Number.isInteger(percent)) throw new RangeError('percentOf takes a whole percent');
  const scaled = minor * BigInt(percent);
  const q = scaled / 100n;
  const r = scaled % 100n;
  if (r * 2n >= 100n) return q + 1n;
  if (r * 2n <= -100n) return q - 1n;
  return q;
}
