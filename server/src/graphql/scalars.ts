import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { moneyToDecimal, parseMoney } from '@prospek/shared';

/** What a signed 64-bit column of sen holds: ±92,233,720,368,547,758.07 rupiah. */
const MAX_MINOR = 2n ** 63n - 1n;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function moneyFrom(value: unknown): bigint {
  let minor: bigint | null = null;
  if (typeof value === 'string') {
    try {
      minor = parseMoney(value);
    } catch {
      // refused below
    }
  }
  if (minor === null) throw badInput(`Money must be a decimal string in rupiah such as "1500000.00", got ${JSON.stringify(value)?.slice(0, 40)}`);
  if (minor > MAX_MINOR || minor < -MAX_MINOR) throw badInput('Money is out of range');
  return minor;
}

/** Rupiah amounts as decimal strings ("150000000.00"); minor units (bigint) inside the server. */
export const MoneyScalar = new GraphQLScalarType<bigint, string>({
  name: 'Money',
  description: 'An amount in rupiah as a decimal string with two decimals, e.g. "150000000.00"',
  serialize: (value) => {
    if (typeof value !== 'bigint') throw new GraphQLError('Money must be held as a bigint of minor units');
    return moneyToDecimal(value);
  },
  parseValue: moneyFrom,
  parseLiteral: (ast) => moneyFrom(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** Dates the domain can hold: a birth date in 1900 up to far-future validity ends. */
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function localDateFrom(value: unknown): string {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw badInput(`A date must be a calendar date YYYY-MM-DD between ${MIN_YEAR} and ${MAX_YEAR}, got ${JSON.stringify(value)?.slice(0, 40)}`);
  }
  return value as string;
}

/** Business dates, YYYY-MM-DD (Asia/Jakarta). */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`.',
  serialize: (value) => {
    if (typeof value === 'string') return value;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    throw new GraphQLError('LocalDate must be held as a YYYY-MM-DD string');
  },
  parseValue: localDateFrom,
  parseLiteral: (ast) => localDateFrom(ast.kind === Kind.STRING ? ast.value : undefined),
});

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

function dateTimeFrom(value: unknown): Date {
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  const valid =
    match !== null &&
    isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3])) &&
    Number(match[4]) < 24 &&
    Number(match[5]) < 60 &&
    Number(match[6] ?? 0) < 60;
  const date = valid ? new Date(value as string) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw badInput(`An instant must be an ISO 8601 date-time with its offset, such as "2026-12-01T09:00:00+07:00", got ${JSON.stringify(value)?.slice(0, 40)}`);
  }
  return date;
}

/** Instants, ISO 8601 with an offset; answered in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTimeISO',
  description:
    'A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format.',
  serialize: (value) => {
    const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new GraphQLError('DateTimeISO must be held as a Date');
    return date.toISOString();
  },
  parseValue: dateTimeFrom,
  parseLiteral: (ast) => dateTimeFrom(ast.kind === Kind.STRING ? ast.value : undefined),
});
