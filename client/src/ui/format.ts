import { TIME_ZONE_LABELS, formatRupiah, officeZone, parseMoney } from '@prospek/shared';
import type { OfficeTimeZone } from '@prospek/shared';
import { viewerZone, zoneOfOffice } from '../api/time-zones';

/** "Rp 150.000.000" from the API's decimal string. */
export function rupiah(decimal: string): string {
  return formatRupiah(parseMoney(decimal));
}

/** A compact amount for tight spaces: "Rp 1,5 M", "Rp 250 jt" (id) or "Rp 1.5B", "Rp 250M" (en). */
export function rupiahShort(minor: bigint, locale: string): string {
  const units = Number(minor / 100n);
  const id = locale === 'id';
  const fmt = (n: number) => n.toLocaleString(id ? 'id-ID' : 'en-US', { maximumFractionDigits: 1 });
  if (units >= 1e12) return `Rp ${fmt(units / 1e12)} ${id ? 'T' : 'T'}`;
  if (units >= 1e9) return `Rp ${fmt(units / 1e9)} ${id ? 'M' : 'B'}`;
  if (units >= 1e6) return `Rp ${fmt(units / 1e6)} ${id ? 'jt' : 'M'}`;
  return formatRupiah(minor);
}

/** Where a time is shown: in the viewer's zone, labelled when the record's office keeps another. */
export interface ZoneOptions {
  /** The office of the record the time belongs to. */
  officeId?: string | number | null;
  /** The record's zone, when known without its office. */
  recordZone?: string | null;
  /** Name the zone even when it is the record's own (detail pages, inputs read back). */
  labelled?: boolean;
  /** The viewer's zone; the signed-in user's office zone unless given. */
  viewer?: OfficeTimeZone;
}

function zoned(text: string, zone: OfficeTimeZone, options: ZoneOptions): string {
  const record = options.recordZone ? officeZone(options.recordZone) : zoneOfOffice(options.officeId);
  return options.labelled || (record !== null && record !== zone) ? `${text} ${TIME_ZONE_LABELS[zone]}` : text;
}

const localeTag = (locale: string) => (locale === 'id' ? 'id-ID' : 'en-GB');

/** An instant with its weekday and time in the viewer's office zone: "Sen, 1 Des 09.00". */
export function dateTime(iso: string, locale: string, options: ZoneOptions = {}): string {
  const zone = options.viewer ?? viewerZone();
  const text = new Intl.DateTimeFormat(localeTag(locale), {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
  return zoned(text, zone, options);
}

/** A business date as it is (it is already an office's day), or an instant's date in the viewer's zone. */
export function date(isoOrDate: string, locale: string, options: Pick<ZoneOptions, 'viewer'> = {}): string {
  const businessDay = /^\d{4}-\d{2}-\d{2}$/.test(isoOrDate);
  const value = businessDay ? new Date(`${isoOrDate}T12:00:00Z`) : new Date(isoOrDate);
  return new Intl.DateTimeFormat(localeTag(locale), {
    timeZone: businessDay ? 'UTC' : (options.viewer ?? viewerZone()),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(value);
}

/** An instant with its year in the viewer's office zone, for logs that reach back: "24 Nov 2026 14.05". */
export function dateTimeWithYear(iso: string, locale: string, options: ZoneOptions = {}): string {
  const zone = options.viewer ?? viewerZone();
  const text = new Intl.DateTimeFormat(localeTag(locale), {
    timeZone: zone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
  return zoned(text, zone, options);
}

/** A percentage written the locale's way: "3,5%" in Indonesian, "3.5%" in English. */
export function percent(value: number | string, locale: string): string {
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number)) return '—';
  return `${new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'id-ID', { maximumFractionDigits: 2 }).format(number)}%`;
}

/** A plain number the locale's way, without a unit: "3,5" in Indonesian, "3.5" in English. */
export function decimalNumber(value: number | string, locale: string): string {
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number)) return '—';
  return new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'id-ID', { maximumFractionDigits: 2 }).format(number);
}
