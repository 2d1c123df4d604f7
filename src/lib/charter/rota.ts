/**
 * The rota: who holds each rotating role at each meeting, and the dates of the
 * meetings. Its spreadsheet file is made by `on-demand/csv.ts`.
 *
 * Dates are calendar days written YYYY-MM-DD and are worked out with plain
 * integer arithmetic on the proleptic Gregorian calendar, so no time zone or
 * daylight-saving change can move a meeting to another day.
 */
import { MAX_ROTA_MEETINGS, type Frequency } from './draft.ts';
import { isBlank } from './text.ts';

/** A calendar day. */
export interface CivilDate {
  /** The year, 1–9999. */
  year: number;
  /** The month, 1–12. */
  month: number;
  /** The day of the month, 1–31. */
  day: number;
}

/** Who holds one role at one meeting. */
export interface RotaHolder {
  /** The role's display name. */
  role: string;
  /** The member who holds it, as written (trimmed). */
  member: string;
}

/** One meeting in the rota. */
export interface RotaRow {
  /** The meeting's place in the rota, from 0; shown as `index + 1`. */
  index: number;
  /** The meeting's date, YYYY-MM-DD, or '' when the group has not set a start date. */
  date: string;
  /** Who holds each role, in the order of the roles. */
  holders: RotaHolder[];
}

/** A rota of meetings and role holders. */
export interface Rota {
  /** One row per meeting, in order. */
  rows: RotaRow[];
  /** Whether there are more roles than members, so that someone holds two roles at a meeting. */
  shared: boolean;
}

/** What a rota is built from. */
export interface RotaInput {
  /** Members' names in the group's order; blank ones are left out, duplicates are kept (two "Anne"s are two people). */
  members: string[];
  /** The roles' display names, in order. */
  roles: string[];
  /** The date of the first meeting, YYYY-MM-DD, or ''. */
  startDate: string;
  /** How often the group meets. */
  frequency: Frequency;
  /** How many meetings to list; clamped to 1–{@link MAX_ROTA_MEETINGS}. */
  count: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Reads a YYYY-MM-DD date; undefined when it is not a real day between the years 1 and 9999. */
export function parseDate(text: string): CivilDate | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Writes a date as YYYY-MM-DD; '' when its year is outside 1–9999 (a file could not hold it). */
export function formatDate({ year, month, day }: CivilDate): string {
  if (year < 1 || year > 9999) return '';
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// Days since 1970-01-01 and back (Howard Hinnant's civil-date algorithms), exact for any Gregorian date.
function toDays({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** A date some days later (or earlier, when negative), YYYY-MM-DD; '' when the date is invalid or the result is outside the years 1–9999. */
export function addDays(date: string, days: number): string {
  const start = parseDate(date);
  if (!start || !Number.isInteger(days)) return '';
  return formatDate(fromDays(toDays(start) + days));
}

/** The same day some months later; when that month is shorter, its last day (31 Jan + 1 month = 28 or 29 Feb). */
function addMonths(start: CivilDate, months: number): CivilDate {
  const zeroBased = start.month - 1 + months;
  const year = start.year + Math.floor(zeroBased / 12);
  const month = (zeroBased % 12) + 1;
  return { year, month, day: Math.min(start.day, daysInMonth(year, month)) };
}

/** A number of meetings clamped to 1–{@link MAX_ROTA_MEETINGS}; anything that is not a number counts as 1. */
export function clampMeetings(count: number): number {
  if (Number.isNaN(count)) return 1;
  return Math.min(MAX_ROTA_MEETINGS, Math.max(1, Math.trunc(count)));
}

/** The date of meeting `index` (from 0) of a group that first met on `start`; undefined past the year 9999. */
function meetingDate(start: CivilDate, frequency: Frequency, index: number): string | undefined {
  let next: CivilDate;
  if (frequency === 'weekly') next = fromDays(toDays(start) + 7 * index);
  else if (frequency === 'fortnightly') next = fromDays(toDays(start) + 14 * index);
  else if (frequency === 'monthly') next = addMonths(start, index);
  else return undefined;
  return formatDate(next) || undefined;
}

/**
 * The dates of `count` meetings from the first (included), YYYY-MM-DD: every
 * 7 days, every 14 days, or on the same day of each following month. A monthly
 * group keeps its day: from 31 January it meets on 28 (or 29) February, then
 * on 31 March. Empty or invalid start date → []. At most
 * {@link MAX_ROTA_MEETINGS} dates, fewer when `count` is below 1, and none
 * after the year 9999.
 */
export function meetingDates(startDate: string, frequency: Frequency, count: number): string[] {
  const start = parseDate(startDate);
  if (!start || Number.isNaN(count)) return [];
  const total = Math.min(MAX_ROTA_MEETINGS, Math.max(0, Math.trunc(count)));
  const dates: string[] = [];
  for (let i = 0; i < total; i += 1) {
    const text = meetingDate(start, frequency, i);
    if (!text) break;
    dates.push(text);
  }
  return dates;
}

/** The index of the first meeting on or after `day`, for a group that first met on `start`. */
function firstIndexFrom(start: CivilDate, frequency: Frequency, day: CivilDate): number {
  const gap = toDays(day) - toDays(start);
  if (gap <= 0) return 0;
  if (frequency === 'weekly') return Math.ceil(gap / 7);
  if (frequency === 'fortnightly') return Math.ceil(gap / 14);
  // Monthly: the months between, then one more if that month's meeting is before the day.
  let index = (day.year - start.year) * 12 + (day.month - start.month);
  const on = parseDate(meetingDate(start, frequency, index) ?? '');
  if (on && toDays(on) < toDays(day)) index += 1;
  return Math.max(0, index);
}

/** Who holds each role at meeting `index`: role `j` goes to member `(index + j) mod n`. */
function holdersAt(members: readonly string[], roles: readonly string[], index: number): RotaHolder[] {
  const n = members.length;
  if (n === 0) return [];
  return roles.map((role, j) => ({ role, member: members[(index + j) % n] ?? '' }));
}

/** The members as the rota uses them: trimmed, blank ones left out. */
function rotaMembers(members: readonly string[]): string[] {
  return members.map((m) => m.trim()).filter((m) => !isBlank(m));
}

/**
 * The next `count` meetings on or after `day` (YYYY-MM-DD), each with its
 * place in the rota, its date and who holds each role. The rota's pattern goes
 * on past the meetings it lists, so this works for any day after the first
 * meeting: a meeting host's screen a year on, or the next four dates on a
 * member's card. No valid start date or day → []; without members the
 * meetings have dates and no holders.
 */
export function meetingsFrom(input: Omit<RotaInput, 'count'>, day: string, count: number): RotaRow[] {
  const start = parseDate(input.startDate);
  const from = parseDate(day);
  if (!start || !from || !(count >= 1)) return [];
  const members = rotaMembers(input.members);
  const first = firstIndexFrom(start, input.frequency, from);
  const rows: RotaRow[] = [];
  for (let index = first; index < first + Math.min(MAX_ROTA_MEETINGS, Math.trunc(count)); index += 1) {
    const date = meetingDate(start, input.frequency, index);
    if (!date) break;
    rows.push({ index, date, holders: holdersAt(members, input.roles, index) });
  }
  return rows;
}

/** The meeting on a day (YYYY-MM-DD), if the group meets that day. */
export function meetingOn(input: Omit<RotaInput, 'count'>, day: string): RotaRow | undefined {
  const [next] = meetingsFrom(input, day, 1);
  return next?.date === day ? next : undefined;
}

/**
 * Who holds each role at each meeting. Role `j` at meeting `i` (both from 0)
 * goes to member `(i + j) mod n`: the same input always gives the same rota;
 * over any `n` meetings in a row each member holds each role exactly once; and
 * while there are no more roles than members, nobody holds two roles at one
 * meeting. No members or no roles → no rows.
 */
export function buildRota(input: RotaInput): Rota {
  const members = rotaMembers(input.members);
  const roles = input.roles;
  const n = members.length;
  if (n === 0 || roles.length === 0) return { rows: [], shared: false };
  const count = clampMeetings(input.count);
  const dates = meetingDates(input.startDate, input.frequency, count);
  const rows: RotaRow[] = [];
  for (let index = 0; index < count; index += 1) {
    rows.push({ index, date: dates[index] ?? '', holders: holdersAt(members, roles, index) });
  }
  return { rows, shared: roles.length > n };
}
