/**
 * Amounts and dates as banks write them in statement exports: "1.500.000,00", "1,500,000.00",
 * "-250000", "(250.000)", "250.000 DB"; "2026-01-31", "31/01/2026", "31-01-26", "31 Jan 2026".
 */
import { isBusinessDate } from '@prospek/shared';

/** Minor units (sen), signed, or null when the text is no amount. */
export function parseStatementAmount(raw: string): bigint | null {
  let text = raw
    .trim()
    .toUpperCase()
    .replace(/^RP\.?\s*/, '')
    .replace(/\s+/g, '');
  if (text === '') return null;
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  if (/(DB|DR|D)$/.test(text)) {
    negative = true;
    text = text.replace(/(DB|DR|D)$/, '');
  } else text = text.replace(/(CR|C)$/, '');
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.startsWith('+')) text = text.slice(1);
  if (!/^[\d.,]+$/.test(text)) return null;
  // The last separator followed by one or two digits is the decimal mark; every other one groups thousands.
  const decimal = /[.,](\d{1,2})$/.exec(text);
  const whole = (decimal ? text.slice(0, decimal.index) : text).replace(/[.,]/g, '');
  if (whole === '' || !/^\d+$/.test(whole) || whole.length > 15) return null;
  const sen = decimal ? BigInt(decimal[1].padEnd(2, '0')) : 0n;
  const minor = BigInt(whole) * 100n + sen;
  return negative ? -minor : minor;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const MONTHS_ID = ['JAN', 'FEB', 'MAR', 'APR', 'MEI', 'JUN', 'JUL', 'AGU', 'SEP', 'OKT', 'NOV', 'DES'];

const pad = (n: number) => String(n).padStart(2, '0');
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** YYYY-MM-DD, or null when the text is no date (day first, as Indonesian banks write it). */
export function parseStatementDate(raw: string): string | null {
  const text = raw.trim().toUpperCase();
  let iso: string | null = null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (m) iso = `${m[1]}-${m[2]}-${m[3]}`;
  else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text))) iso = `${fullYear(m[3])}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
  else if ((m = /^(\d{1,2})[\s-]([A-Z]{3})[A-Z]*[\s-](\d{2}|\d{4})$/.exec(text))) {
    const month = Math.max(MONTHS.indexOf(m[2]), MONTHS_ID.indexOf(m[2]));
    if (month >= 0) iso = `${fullYear(m[3])}-${pad(month + 1)}-${pad(Number(m[1]))}`;
  }
  return iso && isBusinessDate(iso) ? iso : null;
}
