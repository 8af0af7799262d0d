/** Business dates are YYYY-MM-DD in Asia/Jakarta; instants are UTC. */

export const BUSINESS_TIME_ZONE = 'Asia/Jakarta';

const dateFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The business date (Asia/Jakarta) of an instant. */
export function businessDate(instant: Date = new Date()): string {
  return dateFormatter.format(instant);
}

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** A business date as Indonesian letters and documents write it: `24 November 2026`. */
export function longDateId(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d} ${MONTHS_ID[m - 1]} ${y}`;
}

const timeFormatter = new Intl.DateTimeFormat('en-GB', { timeZone: BUSINESS_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** An instant as Jakarta's wall clock, `YYYY-MM-DD HH:mm` (for files people read, such as exports). */
export function businessDateTime(instant: Date): string {
  return `${dateFormatter.format(instant)} ${timeFormatter.format(instant)}`;
}

export function isBusinessDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** Whole days from date `from` to date `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/** Days a lead has spent in its stage, counted in business dates. */
export function daysSince(instant: Date | string, asOf: string = businessDate()): number {
  return Math.max(0, daysBetween(businessDate(new Date(instant)), asOf));
}

/**
 * The same day `months` later; a day the month does not have becomes its last day
 * (31 January + 1 month → 28 or 29 February).
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
