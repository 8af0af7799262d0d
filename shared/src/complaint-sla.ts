/**
 * Complaints: their vocabulary and the service-level clock in working days (POJK 22/2023: answered
 * within 10 working days, extendable once by 10). The clock is never stored: it is computed from the
 * complaint's status history and the office's calendar whenever it is read, so pauses and calendar
 * changes can never leave it drifting (the failure of Frappe Helpdesk #1554 and GLPI #15605).
 */
import { addDays, businessDate } from './dates.js';

export const COMPLAINT_STATUSES = ['OPEN', 'IN_PROGRESS', 'WAITING_CLIENT', 'RESOLVED', 'CLOSED'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export const COMPLAINT_CHANNELS = ['WALK_IN', 'PHONE', 'WHATSAPP', 'EMAIL', 'LETTER'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];
export const COMPLAINT_PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type ComplaintPriority = (typeof COMPLAINT_PRIORITIES)[number];
export const COMPLAINT_OUTCOMES = ['UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

/** Statuses in which the clock runs; waiting for the client, resolved and closed stop it. */
export const COMPLAINT_CLOCK_STATUSES: readonly ComplaintStatus[] = ['OPEN', 'IN_PROGRESS'];
export const COMPLAINT_DONE_STATUSES: readonly ComplaintStatus[] = ['RESOLVED', 'CLOSED'];

export interface ComplaintSlaSettings {
  /** Working days to answer, counted from the day after the complaint is complete. */
  workingDays: number;
  /** Working days one recorded extension adds. */
  extensionDays: number;
  /** Working days before the deadline from which a complaint is in warning. */
  warningDays: number;
}

export const DEFAULT_COMPLAINT_SLA: ComplaintSlaSettings = { workingDays: 10, extensionDays: 10, warningDays: 2 };

export interface ComplaintStatusChange {
  at: Date;
  status: ComplaintStatus;
}

export interface ComplaintSlaInput {
  /** Every status the complaint took, oldest first; the first is its creation. */
  history: readonly ComplaintStatusChange[];
  /** The business date the complaint became complete (documents in): day 0 of the clock. */
  completeOn: string;
  extended: boolean;
  /** Dates that are not working days besides Saturdays and Sundays (holidays, cuti bersama). */
  nonWorking: ReadonlySet<string>;
  /** The office's time zone: a change belongs to the business date of its office. */
  timeZone: string;
  settings: ComplaintSlaSettings;
  asOf: Date;
}

export interface ComplaintSla {
  /** The working day by which the answer is due, had work gone on without pause from now. */
  dueDate: string;
  allowedDays: number;
  usedDays: number;
  /** Negative once past the deadline. */
  daysLeft: number;
  paused: boolean;
  done: boolean;
  /** The business date of the latest resolution, while resolved or closed. */
  resolvedOn: string | null;
  breached: boolean;
  warning: boolean;
}

export function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

export function isWorkingDay(date: string, nonWorking: ReadonlySet<string>): boolean {
  return !isWeekend(date) && !nonWorking.has(date);
}

/** Runs of business dates on which the clock ran at some moment (a day partly waiting still counts). */
function runningDates(history: readonly ComplaintStatusChange[], asOf: Date, zone: string): { dates: Set<string>; last: ComplaintStatus } {
  const dates = new Set<string>();
  const known = history.filter((h) => h.at.getTime() <= asOf.getTime());
  const last = known.length ? known[known.length - 1].status : 'OPEN';
  for (let i = 0; i < known.length; i += 1) {
    if (!COMPLAINT_CLOCK_STATUSES.includes(known[i].status)) continue;
    const from = businessDate(known[i].at, zone);
    const until = businessDate(i + 1 < known.length ? known[i + 1].at : asOf, zone);
    for (let d = from; d <= until; d = addDays(d, 1)) dates.add(d);
  }
  return { dates, last };
}

/** Dates past the horizon are never walked: a calendar with no working day left cannot hang a read. */
const HORIZON_DAYS = 3660;

/**
 * The SLA state of a complaint as of an instant. A working day after `completeOn` counts when the
 * clock ran at some moment of it; days after `asOf` are projected as running, so the due date of a
 * paused or resolved complaint is the one it would have had work gone on.
 */
export function complaintSla(input: ComplaintSlaInput): ComplaintSla {
  const { settings, nonWorking } = input;
  const allowedDays = settings.workingDays + (input.extended ? settings.extensionDays : 0);
  const today = businessDate(input.asOf, input.timeZone);
  const { dates, last } = runningDates(input.history, input.asOf, input.timeZone);
  const counts = (d: string) => isWorkingDay(d, nonWorking) && (d > today || dates.has(d));
  let usedDays = 0;
  let counted = 0;
  let dueDate = input.completeOn;
  let d = input.completeOn;
  for (let step = 0; step < HORIZON_DAYS && (counted < allowedDays || d < today); step += 1) {
    d = addDays(d, 1);
    if (!counts(d)) continue;
    counted += 1;
    if (d <= today) usedDays += 1;
    if (counted === allowedDays) dueDate = d;
  }
  const done = COMPLAINT_DONE_STATUSES.includes(last);
  const resolvedOn = done ? lastResolution(input.history, input.asOf, input.timeZone) : null;
  const daysLeft = allowedDays - usedDays;
  const breached = done ? (resolvedOn ?? today) > dueDate : today > dueDate;
  return {
    dueDate,
    allowedDays,
    usedDays,
    daysLeft,
    paused: last === 'WAITING_CLIENT',
    done,
    resolvedOn,
    breached,
    warning: !done && !breached && daysLeft <= settings.warningDays,
  };
}

/** Where the last run of resolved or closed statuses began: the day the answer was given. */
function lastResolution(history: readonly ComplaintStatusChange[], asOf: Date, zone: string): string | null {
  const known = history.filter((h) => h.at.getTime() <= asOf.getTime());
  let i = known.length - 1;
  if (i < 0 || !COMPLAINT_DONE_STATUSES.includes(known[i].status)) return null;
  while (i > 0 && COMPLAINT_DONE_STATUSES.includes(known[i - 1].status)) i -= 1;
  return businessDate(known[i].at, zone);
}

/** Working days from one date (excluded) to another (included); what reports measure resolution in. */
export function workingDaysBetween(from: string, to: string, nonWorking: ReadonlySet<string>): number {
  let n = 0;
  for (let d = addDays(from, 1), step = 0; d <= to && step < HORIZON_DAYS; d = addDays(d, 1), step += 1) if (isWorkingDay(d, nonWorking)) n += 1;
  return n;
}
