/**
 * Business dates are YYYY-MM-DD in an office's time zone; instants are UTC. Each office keeps one of
 * Indonesia's three zones, none of which has daylight saving time, so each is a fixed offset from UTC.
 */

export const BUSINESS_TIME_ZONE = 'Asia/Jakarta';

export const OFFICE_TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type OfficeTimeZone = (typeof OFFICE_TIME_ZONES)[number];

/** Hours ahead of UTC. */
const OFFSET_HOURS: Record<OfficeTimeZone, number> = { 'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9 };

/** How Indonesians name the zones: Waktu Indonesia Barat, Tengah, Timur. */
export const TIME_ZONE_LABELS: Record<OfficeTimeZone, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

export function isOfficeTimeZone(value: string): value is OfficeTimeZone {
  return (OFFICE_TIME_ZONES as readonly string[]).includes(value);
}

/** The zone itself when it is an office zone, else Asia/Jakarta (records from before zones were kept). */
export function officeZone(value: string | null | undefined): OfficeTimeZone {
  return value && isOfficeTimeZone(value) ? value : BUSINESS_TIME_ZONE;
}

/** The wall clock of an instant in a zone, as `YYYY-MM-DDTHH:mm` (what a `datetime-local` input holds). */
export function wallClock(instant: Date, zone: string = BUSINESS_TIME_ZONE): string {
  return new Date(instant.getTime() + OFFSET_HOURS[officeZone(zone)] * 3_600_000).toISOString().slice(0, 16);
}

/** The instant of a wall clock `YYYY-MM-DDTHH:mm` (or a date, meaning its midnight) in a zone; null if it is not one. */
export function instantOfWallClock(local: string, zone: string = BUSINESS_TIME_ZONE): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(local.trim());
  if (!match || !isBusinessDate(match[1])) return null;
  const [hour, minute] = [Number(match[2] ?? 0), Number(match[3] ?? 0)];
  if (hour > 23 || minute > 59) return null;
  const utc = Date.parse(`${match[1]}T00:00:00Z`) + ((hour - OFFSET_HOURS[officeZone(zone)]) * 60 + minute) * 60_000;
  return new Date(utc);
}

/** The first instant of a business date in a zone. */
export function startOfBusinessDate(date: string, zone: string = BUSINESS_TIME_ZONE): Date {
  return instantOfWallClock(date, zone) as Date;
}

/** The business date of an instant in a zone (Asia/Jakarta unless told). */
export function businessDate(instant: Date = new Date(), zone: string = BUSINESS_TIME_ZONE): string {
  return wallClock(instant, zone).slice(0, 10);
}

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** A business date as Indonesian letters and documents write it: `24 November 2026`. */
export function longDateId(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d} ${MONTHS_ID[m - 1]} ${y}`;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A business date as English letters write it: `24 November 2026`. */
export function longDateEn(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

/** An instant as the zone's wall clock, `YYYY-MM-DD HH:mm` (for files people read, such as exports). */
export function businessDateTime(instant: Date, zone: string = BUSINESS_TIME_ZONE): string {
  return wallClock(instant, zone).replace('T', ' ');
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
export function daysSince(instant: Date | string, asOf: string = businessDate(), zone: string = BUSINESS_TIME_ZONE): number {
  return Math.max(0, daysBetween(businessDate(new Date(instant), zone), asOf));
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
