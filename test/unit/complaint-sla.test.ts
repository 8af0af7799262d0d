import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COMPLAINT_STATUSES, OFFICE_TIME_ZONES, complaintSla, startOfBusinessDate, workingDaysBetween } from '@prospek/shared';
import type { ComplaintSla, ComplaintSlaInput, ComplaintStatus, ComplaintStatusChange } from '@prospek/shared';

const DAY = 86_400_000;
const settings = { workingDays: 10, extensionDays: 10, warningDays: 2 };
const nextDate = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
const running = (s: ComplaintStatus) => s === 'OPEN' || s === 'IN_PROGRESS';
const done = (s: ComplaintStatus) => s === 'RESOLVED' || s === 'CLOSED';

/**
 * The plain reading of the rule, one calendar day at a time with instants only: a day counts when it
 * is a weekday outside the calendar and, up to now, the complaint was open or in progress at some
 * moment of it; later days count as working days.
 */
function dayByDay(input: ComplaintSlaInput): Omit<ComplaintSla, 'warning' | 'paused' | 'done'> {
  const allowed = input.settings.workingDays + (input.extended ? input.settings.extensionDays : 0);
  const known = input.history.filter((h) => h.at <= input.asOf);
  const now = input.asOf.getTime();
  let used = 0;
  let counted = 0;
  let due = '';
  for (let d = nextDate(input.completeOn); ; d = nextDate(d)) {
    const start = startOfBusinessDate(d, input.timeZone).getTime();
    const end = start + DAY;
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay() % 6 !== 0 && !input.nonWorking.has(d);
    let ran: boolean;
    if (start > now) ran = true;
    else {
      const before = known.filter((h) => h.at.getTime() < start);
      const within = known.filter((h) => h.at.getTime() >= start && h.at.getTime() < end);
      ran = (before.length > 0 && running(before[before.length - 1].status)) || within.some((h) => running(h.status));
    }
    if (weekday && ran) {
      counted += 1;
      if (start <= now) used += 1;
      if (counted === allowed) due = d;
    }
    if (counted >= allowed && start > now) break;
  }
  const last = known[known.length - 1].status;
  let resolvedOn: string | null = null;
  if (done(last)) {
    let i = known.length - 1;
    while (i > 0 && done(known[i - 1].status)) i -= 1;
    const at = known[i].at.getTime();
    for (let d = '2025-01-01'; ; d = nextDate(d)) {
      if (startOfBusinessDate(nextDate(d), input.timeZone).getTime() > at) {
        resolvedOn = d;
        break;
      }
    }
  }
  return { dueDate: due, allowedDays: allowed, usedDays: used, daysLeft: allowed - used, resolvedOn, breached: (resolvedOn ?? todayIn(input)) > due };
}

function todayIn(input: ComplaintSlaInput): string {
  for (let d = '2025-01-01'; ; d = nextDate(d)) if (startOfBusinessDate(nextDate(d), input.timeZone).getTime() > input.asOf.getTime()) return d;
}

const base = Date.parse('2026-01-05T00:00:00Z');
const arbitraryInput = fc
  .record({
    zone: fc.constantFrom(...OFFICE_TIME_ZONES),
    createdMinutes: fc.integer({ min: 0, max: 60 * 24 * 300 }),
    completeAfterDays: fc.integer({ min: 0, max: 3 }),
    changes: fc.array(fc.record({ gapMinutes: fc.integer({ min: 1, max: 60 * 24 * 9 }), status: fc.constantFrom(...COMPLAINT_STATUSES) }), { maxLength: 8 }),
    asOfMinutes: fc.integer({ min: 0, max: 60 * 24 * 70 }),
    holidays: fc.array(fc.integer({ min: 0, max: 420 }), { maxLength: 60 }),
    extended: fc.boolean(),
    workingDays: fc.integer({ min: 1, max: 15 }),
    extensionDays: fc.integer({ min: 0, max: 10 }),
  })
  .map((r): ComplaintSlaInput => {
    const created = new Date(base + r.createdMinutes * 60_000);
    const history: ComplaintStatusChange[] = [{ at: created, status: 'OPEN' }];
    let at = created.getTime();
    for (const c of r.changes) {
      at += c.gapMinutes * 60_000;
      history.push({ at: new Date(at), status: c.status });
    }
    const createdOn = new Date(created.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    const completeOn = new Date(Date.parse(`${createdOn}T00:00:00Z`) + r.completeAfterDays * DAY).toISOString().slice(0, 10);
    const nonWorking = new Set(r.holidays.map((n) => new Date(base + n * DAY).toISOString().slice(0, 10)));
    return {
      history,
      completeOn,
      extended: r.extended,
      nonWorking,
      timeZone: r.zone,
      settings: { workingDays: r.workingDays, extensionDays: r.extensionDays, warningDays: 2 },
      asOf: new Date(created.getTime() + r.asOfMinutes * 60_000),
    };
  });

describe('complaint SLA in working days', () => {
  it('agrees with a plain day-by-day counter over thousands of random histories and calendars', () => {
    let runs = 0;
    let mismatches = 0;
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        runs += 1;
        const got = complaintSla(input);
        const want = dayByDay(input);
        const same =
          got.dueDate === want.dueDate &&
          got.usedDays === want.usedDays &&
          got.daysLeft === want.daysLeft &&
          got.resolvedOn === want.resolvedOn &&
          got.breached === want.breached;
        if (!same) mismatches += 1;
        return same;
      }),
      { numRuns: 4000, seed: 20261207 },
    );
    process.stdout.write(`complaint SLA: ${runs} random histories and calendars, ${mismatches} mismatches\n`);
    expect(runs).toBe(4000);
    expect(mismatches).toBe(0);
  });

  it('skips weekends and holidays from the day after the complaint is complete', () => {
    const input: ComplaintSlaInput = {
      history: [{ at: new Date('2026-03-16T02:00:00Z'), status: 'OPEN' }],
      completeOn: '2026-03-16',
      extended: false,
      nonWorking: new Set(['2026-03-19', '2026-03-20']),
      timeZone: 'Asia/Jakarta',
      settings,
      asOf: new Date('2026-03-16T03:00:00Z'),
    };
    // 17, 18, (19, 20 holidays), 23, 24, 25, 26, 27, 30, 31, 1 April.
    expect(complaintSla(input).dueDate).toBe('2026-04-01');
    expect(complaintSla({ ...input, nonWorking: new Set() }).dueDate).toBe('2026-03-30');
    expect(complaintSla({ ...input, extended: true }).dueDate).toBe('2026-04-15');
  });

  it('stops the clock while waiting for the client, warns two working days before, flags a breach', () => {
    const history: ComplaintStatusChange[] = [
      { at: new Date('2026-06-01T02:00:00Z'), status: 'OPEN' }, // Monday, Pancasila day is not in this calendar
      { at: new Date('2026-06-02T09:00:00Z'), status: 'WAITING_CLIENT' }, // Tuesday 16:00 WIB
      { at: new Date('2026-06-08T02:00:00Z'), status: 'IN_PROGRESS' }, // the next Monday
    ];
    const input = { history, completeOn: '2026-06-01', extended: false, nonWorking: new Set<string>(), timeZone: 'Asia/Jakarta', settings };
    const paused = complaintSla({ ...input, history: history.slice(0, 2), asOf: new Date('2026-06-05T02:00:00Z') });
    expect(paused).toMatchObject({ paused: true, usedDays: 1, daysLeft: 9 });
    const resumed = complaintSla({ ...input, asOf: new Date('2026-06-08T03:00:00Z') });
    // Tuesday counted, Wednesday to Friday paused: 2 June + 9 more from 8 June.
    expect(resumed).toMatchObject({ paused: false, usedDays: 2, dueDate: '2026-06-18', warning: false });
    expect(complaintSla({ ...input, asOf: new Date('2026-06-16T03:00:00Z') })).toMatchObject({ daysLeft: 2, warning: true, breached: false });
    expect(complaintSla({ ...input, asOf: new Date('2026-06-19T03:00:00Z') })).toMatchObject({ daysLeft: -1, breached: true, warning: false });
    const resolved = [...history, { at: new Date('2026-06-12T03:00:00Z'), status: 'RESOLVED' as const }];
    expect(complaintSla({ ...input, history: resolved, asOf: new Date('2026-07-30T03:00:00Z') })).toMatchObject({
      done: true,
      resolvedOn: '2026-06-12',
      breached: false,
      usedDays: 6,
    });
    expect(workingDaysBetween('2026-06-01', '2026-06-12', new Set(['2026-06-01']))).toBe(9);
  });
});
