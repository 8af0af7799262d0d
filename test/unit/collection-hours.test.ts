import { describe, expect, it } from 'vitest';
import { collectionSlotRefusal } from '@prospek/shared';

const holidays = new Map([['2026-12-25', 'Kelahiran Yesus Kristus']]);
const refusal = (iso: string, zone: string) => collectionSlotRefusal(new Date(iso), zone, (d) => holidays.get(d) ?? null)?.reason ?? null;

describe('collection contact slots (POJK 22/2023 art. 62)', () => {
  it('takes Monday to Saturday from 08:00 to 20:00 local time, both ends included', () => {
    expect(refusal('2027-01-04T01:00:00Z', 'Asia/Jakarta')).toBeNull();
    expect(refusal('2027-01-04T13:00:00Z', 'Asia/Jakarta')).toBeNull();
    expect(refusal('2027-01-09T13:00:00Z', 'Asia/Jakarta')).toBeNull();
    expect(refusal('2027-01-04T00:59:00Z', 'Asia/Jakarta')).toBe('COLLECTION_HOURS');
    expect(refusal('2027-01-04T13:01:00Z', 'Asia/Jakarta')).toBe('COLLECTION_HOURS');
    expect(refusal('2027-01-04T13:00:30Z', 'Asia/Jakarta')).toBe('COLLECTION_HOURS');
  });

  it('reads the clock and the day in the office’s zone', () => {
    expect(refusal('2027-01-04T00:00:00Z', 'Asia/Makassar')).toBeNull();
    expect(refusal('2027-01-04T00:00:00Z', 'Asia/Jakarta')).toBe('COLLECTION_HOURS');
    expect(refusal('2027-01-03T23:00:00Z', 'Asia/Jayapura')).toBeNull();
    expect(refusal('2027-01-09T23:30:00Z', 'Asia/Makassar')).toBe('COLLECTION_SUNDAY');
    expect(refusal('2026-12-25T03:00:00Z', 'Asia/Jakarta')).toBe('COLLECTION_HOLIDAY');
    expect(refusal('2026-12-25T16:30:00Z', 'Asia/Makassar')).toBe('COLLECTION_HOURS');
  });
});
