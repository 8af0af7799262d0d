import { BUSINESS_TIME_ZONE, formatRupiah, parseMoney } from '@prospek/shared';

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

export function dateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    timeZone: BUSINESS_TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function date(isoOrDate: string, locale: string): string {
  const value = /^\d{4}-\d{2}-\d{2}$/.test(isoOrDate) ? new Date(`${isoOrDate}T12:00:00+07:00`) : new Date(isoOrDate);
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', { timeZone: BUSINESS_TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' }).format(
    value,
  );
}

/** An instant in Jakarta with its year, for logs that reach back: "24 Nov 2026 14.05". */
export function dateTimeWithYear(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    timeZone: BUSINESS_TIME_ZONE,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
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
