import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  OFFICE_TIME_ZONES,
  businessDate,
  businessDateTime,
  daysSince,
  debtServiceCheck,
  instantOfWallClock,
  isOfficeTimeZone,
  officeZone,
  partOfDay,
  startOfBusinessDate,
  wallClock,
} from '@prospek/shared';
import { fromZonedInput, toZonedInput } from '../../client/src/api/time-zones';
import { date, dateTime, dateTimeWithYear } from '../../client/src/ui/format';

/** 16:30 UTC on 1 December: 23:30 WIB, 00:30 WITA the next day, 01:30 WIT. */
const LATE = new Date('2026-12-01T16:30:00Z');

describe('office time zones (shared)', () => {
  it('reads one instant as each zone’s wall clock and business date', () => {
    expect(wallClock(LATE, 'Asia/Jakarta')).toBe('2026-12-01T23:30');
    expect(wallClock(LATE, 'Asia/Makassar')).toBe('2026-12-02T00:30');
    expect(wallClock(LATE, 'Asia/Jayapura')).toBe('2026-12-02T01:30');
    expect(businessDate(LATE, 'Asia/Jakarta')).toBe('2026-12-01');
    expect(businessDate(LATE, 'Asia/Makassar')).toBe('2026-12-02');
    expect(businessDate(LATE)).toBe('2026-12-01');
    expect(businessDateTime(LATE, 'Asia/Jayapura')).toBe('2026-12-02 01:30');
  });

  it('turns a wall clock typed in a zone into its instant: 00:30 WITA is 23:30 WIB the day before', () => {
    const instant = instantOfWallClock('2026-12-02T00:30', 'Asia/Makassar');
    expect(instant?.toISOString()).toBe('2026-12-01T16:30:00.000Z');
    expect(wallClock(instant as Date, 'Asia/Jakarta')).toBe('2026-12-01T23:30');
    expect(instantOfWallClock('2026-01-01T00:00', 'Asia/Jayapura')?.toISOString()).toBe('2025-12-31T15:00:00.000Z');
    expect(startOfBusinessDate('2026-12-02', 'Asia/Makassar').toISOString()).toBe('2026-12-01T16:00:00.000Z');
    expect(startOfBusinessDate('2026-12-02').toISOString()).toBe('2026-12-01T17:00:00.000Z');
  });

  it('refuses what is not a wall clock', () => {
    for (const text of ['', '2026-02-30T10:00', '2026-12-01T24:00', '2026-12-01T10:60', '1/12/2026 09:00', '2026-12-01 09:00']) {
      expect(instantOfWallClock(text, 'Asia/Makassar')).toBeNull();
    }
  });

  it('goes back to the same instant from its wall clock in every zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1) / 60_000, max: Date.UTC(2090, 0, 1) / 60_000 }),
        fc.constantFrom(...OFFICE_TIME_ZONES),
        (minute, zone) => {
          const instant = new Date(minute * 60_000);
          expect(instantOfWallClock(wallClock(instant, zone), zone)?.getTime()).toBe(instant.getTime());
        },
      ),
    );
  });

  it('knows the three zones and falls back to WIB for anything else', () => {
    expect(OFFICE_TIME_ZONES.every(isOfficeTimeZone)).toBe(true);
    expect(isOfficeTimeZone('Asia/Tokyo')).toBe(false);
    expect(officeZone('Asia/Jayapura')).toBe('Asia/Jayapura');
    expect(officeZone(undefined)).toBe('Asia/Jakarta');
    expect(officeZone('UTC')).toBe('Asia/Jakarta');
  });

  it('counts days and parts of the day in the office’s zone', () => {
    expect(partOfDay(LATE, 'Asia/Jakarta')).toBe('malam');
    expect(partOfDay(LATE, 'Asia/Makassar')).toBe('pagi');
    const entered = new Date('2026-11-30T16:30:00Z');
    expect(daysSince(entered, businessDate(LATE, 'Asia/Makassar'), 'Asia/Makassar')).toBe(1);
    // 23:30 WIB on 30 November to 10:00 WIB the next day is one day; in WIT it is already 1 December at 01:30, so none.
    const morning = new Date('2026-12-01T03:00:00Z');
    expect(daysSince(entered, businessDate(morning, 'Asia/Jakarta'), 'Asia/Jakarta')).toBe(1);
    expect(daysSince(entered, businessDate(morning, 'Asia/Jayapura'), 'Asia/Jayapura')).toBe(0);
  });
});

describe('times on the client', () => {
  it('reads a datetime input in the viewer’s office zone, not the device’s', () => {
    // A WITA officer types 09:00; a WIB manager's input shows 08:00 for the same instant.
    const iso = fromZonedInput('2026-12-03T09:00', 'Asia/Makassar');
    expect(iso).toBe('2026-12-03T01:00:00.000Z');
    expect(toZonedInput(iso, 'Asia/Makassar')).toBe('2026-12-03T09:00');
    expect(toZonedInput(iso, 'Asia/Jakarta')).toBe('2026-12-03T08:00');
    expect(toZonedInput(null, 'Asia/Jakarta')).toBe('');
    expect(fromZonedInput('', 'Asia/Jakarta')).toBeNull();
  });

  it('shows a time in the viewer’s zone, labelled when the record’s office keeps another', () => {
    const iso = '2026-12-03T01:00:00.000Z';
    expect(dateTime(iso, 'en', { viewer: 'Asia/Makassar', recordZone: 'Asia/Makassar' })).toBe('Thu 3 Dec, 09:00');
    expect(dateTime(iso, 'en', { viewer: 'Asia/Makassar', recordZone: 'Asia/Makassar', labelled: true })).toBe('Thu 3 Dec, 09:00 WITA');
    expect(dateTime(iso, 'en', { viewer: 'Asia/Jakarta', recordZone: 'Asia/Makassar' })).toBe('Thu 3 Dec, 08:00 WIB');
    expect(dateTime(iso, 'id', { viewer: 'Asia/Jakarta', recordZone: 'Asia/Makassar' })).toBe('Kam, 3 Des, 08.00 WIB');
    expect(dateTime(iso, 'id', { viewer: 'Asia/Jayapura', recordZone: 'Asia/Jakarta' })).toBe('Kam, 3 Des, 10.00 WIT');
    // 00:30 WITA is still the day before in Jakarta.
    expect(dateTimeWithYear('2026-12-01T16:30:00Z', 'en', { viewer: 'Asia/Jakarta', recordZone: 'Asia/Makassar' })).toBe('1 Dec 2026, 23:30 WIB');
    expect(dateTimeWithYear('2026-12-01T16:30:00Z', 'en', { viewer: 'Asia/Makassar' })).toBe('2 Dec 2026, 00:30');
  });

  it('shows a business date as the office’s day whatever the viewer’s zone, and an instant’s date in the viewer’s', () => {
    expect(date('2026-12-02', 'en', { viewer: 'Asia/Jakarta' })).toBe('2 December 2026');
    expect(date('2026-12-02', 'id', { viewer: 'Asia/Jayapura' })).toBe('2 Desember 2026');
    expect(date('2026-12-01T16:30:00Z', 'en', { viewer: 'Asia/Jakarta' })).toBe('1 December 2026');
    expect(date('2026-12-01T16:30:00Z', 'en', { viewer: 'Asia/Makassar' })).toBe('2 December 2026');
  });
});

describe('debt-service ratio', () => {
  const rp = (n: number) => BigInt(n) * 100n;
  it('adds the installments paid elsewhere and rounds the percent half-up, but judges the limit exactly', () => {
    expect(debtServiceCheck(rp(2_000_000), rp(1_000_000), rp(10_000_000), 30)).toEqual({ percent: 30, overLimit: false });
    // One sen more debt: still 30.00 % once rounded, but over the limit.
    expect(debtServiceCheck(rp(2_000_000) + 1n, rp(1_000_000), rp(10_000_000), 30)).toEqual({ percent: 30, overLimit: true });
    expect(debtServiceCheck(rp(1), null, rp(3), 30)).toEqual({ percent: 33.33, overLimit: true });
    expect(debtServiceCheck(rp(2), null, rp(3), 80)).toEqual({ percent: 66.67, overLimit: false });
  });

  it('has nothing to say without an income', () => {
    expect(debtServiceCheck(rp(1_000_000), rp(500_000), null, 30)).toBeNull();
    expect(debtServiceCheck(rp(1_000_000), null, 0n, 30)).toBeNull();
  });
});
