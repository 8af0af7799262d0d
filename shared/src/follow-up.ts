/** Follow-up rules shared by server and client: message templates, contact links, stale leads. */
import { BUSINESS_TIME_ZONE, wallClock } from './dates.js';
import type { LeadStage } from './enums.js';
import { isIndonesianMobile } from './phone.js';

const PLACEHOLDER = /\{\{\s*([a-z]+)\s*\}\}/g;

/**
 * What a template may insert: the client's name, the officer, the business, the product, the amount,
 * the monthly installment of the latest loan offer, the follow-up's date, "pagi"/"siang"/…, and for an
 * invoice reminder the invoice's number and how many days it is past due.
 */
export const TEMPLATE_PLACEHOLDERS = ['nama', 'ao', 'usaha', 'produk', 'jumlah', 'angsuran', 'tanggal', 'waktu', 'tagihan', 'terlambat'] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];

/** Placeholders in `body` that no template value fills (typos such as {{nma}}). */
export function unknownPlaceholders(body: string): string[] {
  const known: readonly string[] = TEMPLATE_PLACEHOLDERS;
  return [...body.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((key) => !known.includes(key));
}
const MAX_VALUE = 200;
// eslint-disable-next-line no-control-regex -- control characters are exactly what a template value must not hold
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]+/g;

/** What goes into a template: plain text only, one line, bounded. */
function clean(value: string): string {
  return value
    .replace(CONTROL_CHARACTERS, ' ')
    .replace(/\{\{|\}\}/g, '')
    .trim()
    .slice(0, MAX_VALUE);
}

/**
 * Fills {{placeholders}} in one pass with cleaned values (no control characters, no nested
 * placeholders); unknown placeholders stay as written so a typo shows.
 */
export function renderTemplate(body: string, values: Record<string, string | null | undefined>): string {
  return body.replace(PLACEHOLDER, (match, key: string) => {
    const value = values[key];
    return value === undefined || value === null ? match : clean(value);
  });
}

/** "pagi", "siang", "sore" or "malam" for an instant in an office's zone (Jakarta unless told). */
export function partOfDay(instant: Date = new Date(), zone: string = BUSINESS_TIME_ZONE): string {
  const hour = Number(wallClock(instant, zone).slice(11, 13));
  if (hour < 11) return 'pagi';
  if (hour < 15) return 'siang';
  if (hour < 18) return 'sore';
  return 'malam';
}

export interface ContactLinks {
  tel: string | null;
  whatsapp: string | null;
  sms: string | null;
  /** Why there is no WhatsApp link (no number, or not a mobile number). */
  whatsappUnavailable: string | null;
}

/** tel:, WhatsApp click-to-chat and sms: links for an E.164 number, the message prefilled. */
export function contactLinks(phone: string | null, whatsapp: string | null, message: string | null): ContactLinks {
  const chat = whatsapp ?? phone;
  const text = message ? encodeURIComponent(message) : null;
  let whatsappLink: string | null = null;
  let unavailable: string | null = null;
  if (!chat) unavailable = 'NO_NUMBER';
  else if (!isIndonesianMobile(chat)) unavailable = 'NOT_MOBILE';
  else whatsappLink = `https://wa.me/${chat.replace(/^\+/, '')}${text ? `?text=${text}` : ''}`;
  return {
    tel: phone ? `tel:${phone}` : null,
    whatsapp: whatsappLink,
    sms: phone && isIndonesianMobile(phone) ? `sms:${phone}${text ? `?body=${text}` : ''}` : null,
    whatsappUnavailable: unavailable,
  };
}

/**
 * Whether a lead has gone without activity past its stage's limit: idle since the later of its last
 * activity and its entry into the stage.
 */
export function isStale(
  lead: { stage: LeadStage; stageEnteredAt: string | Date; lastActivityAt: string | Date | null },
  maxIdleDays: Partial<Record<LeadStage, number>>,
  now: Date = new Date(),
): boolean {
  const limit = maxIdleDays[lead.stage];
  if (limit === undefined) return false;
  const since = Math.max(new Date(lead.stageEnteredAt).getTime(), lead.lastActivityAt ? new Date(lead.lastActivityAt).getTime() : 0);
  return now.getTime() - since > limit * 86_400_000;
}
