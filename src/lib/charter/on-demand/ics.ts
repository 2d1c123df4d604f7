/**
 * Calendar files (iCalendar, RFC 5545) for the charter: the next review as an
 * all-day event with a reminder the day before, and the group's meetings as
 * one repeating event.
 *
 * Files are written by hand, line by line, to keep the builder's script small.
 * Every function returns '' when there is no valid date to put in the file, so
 * the caller does not offer a download that no calendar could use.
 */
import type { Frequency } from '../draft.ts';
import { addDays, clampMeetings, meetingDates, parseDate } from '../rota.ts';
import { isEmptyText, stripControls } from '../text.ts';

/** Who made the file, as calendar apps expect to see it. */
export const ICS_PRODID = '-//Groundwork//Charter builder//EN';

/** The longest physical line of a calendar file, in UTF-8 bytes (octets), not counting CRLF (RFC 5545 §3.1). */
export const ICS_LINE_OCTETS = 75;

/** What the review event is made from. */
export interface ReviewIcsInput {
  /** The event's id; keep it the same across downloads so a second import updates the event instead of adding another. */
  uid: string;
  /** The review date, YYYY-MM-DD. */
  date: string;
  /** The event's title. */
  summary: string;
  /** Notes shown with the event; left out when blank. */
  description: string;
  /** The time the file is made (DTSTAMP). */
  now: Date;
}

/** What the meetings event is made from. */
export interface MeetingsIcsInput {
  /** The event's id; keep it the same across downloads, and different from the review's. */
  uid: string;
  /** The date of the first meeting, YYYY-MM-DD. */
  startDate: string;
  /** The time meetings start, HH:MM, or '' for all-day events. */
  startTime: string;
  /** How long a meeting lasts, in minutes (rounded, at most a day). */
  minutes: number;
  /** How often the group meets. */
  frequency: Frequency;
  /** How many meetings, clamped to 1–52 as in the rota. */
  count: number;
  /** The event's title. */
  summary: string;
  /** Where the group meets; left out when blank. */
  location: string;
  /** Notes shown with each meeting; left out when blank. */
  description: string;
  /** The time the file is made (DTSTAMP). */
  now: Date;
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): control characters other than tab
 * and newline removed (CR LF and CR become a newline), then backslash,
 * semicolon and comma escaped with a backslash and each newline written `\n`.
 */
export function escapeIcsText(text: string): string {
  return stripControls(text)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** An event id of letters, digits and `@ . _ -` only; anything else becomes `-`. */
export function icsUid(uid: string): string {
  return uid.replace(/[^A-Za-z0-9@._-]/g, '-');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line so that no physical line is longer than 75 octets:
 * a CRLF and one space go in before the character that would not fit. A
 * character (code point) is never split, so multi-byte letters and emoji stay
 * whole; a calendar app joins the lines back by removing each CRLF + space.
 */
export function foldLine(line: string): string {
  let out = '';
  let used = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (used + size > ICS_LINE_OCTETS) {
      out += '\r\n ';
      used = 1;
    }
    out += char;
    used += size;
  }
  return out;
}

/** YYYYMMDD from YYYY-MM-DD. */
function icsDate(date: string): string {
  return date.replace(/-/g, '');
}

/** The time in UTC as YYYYMMDDTHHMMSSZ; '' for an invalid date or one outside the years 0–9999. */
function icsStamp(now: Date): string {
  const time = now.getTime();
  if (Number.isNaN(time)) return '';
  const year = now.getUTCFullYear();
  if (year < 0 || year > 9999) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${String(year).padStart(4, '0')}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}` +
    `T${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}Z`
  );
}

/** A whole calendar: the given event lines inside VCALENDAR, each line folded, CRLF after every line. */
function calendar(event: string[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    ...event,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}

/** A `NAME:value` line for text the group wrote, or nothing when the text is blank. */
function optionalText(name: string, text: string): string[] {
  return isEmptyText(text) ? [] : [`${name}:${escapeIcsText(text)}`];
}

/**
 * A calendar file with the charter review as an all-day event on its date,
 * shown as free time, with a reminder the day before. '' when the date is
 * missing or invalid, the id is empty, or `now` is not a valid time.
 */
export function reviewIcs(input: ReviewIcsInput): string {
  const uid = icsUid(input.uid);
  const stamp = icsStamp(input.now);
  const end = addDays(input.date, 1);
  if (!uid || !stamp || !parseDate(input.date) || !end) return '';
  const reminder = isEmptyText(input.summary) ? input.description : input.summary;
  return calendar([
    `UID:${uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(input.date)}`,
    `DTEND;VALUE=DATE:${icsDate(end)}`,
    `SUMMARY:${escapeIcsText(input.summary)}`,
    ...optionalText('DESCRIPTION', input.description),
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-P1D',
    `DESCRIPTION:${escapeIcsText(reminder)}`,
    'END:VALARM',
  ]);
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The RRULE for the meetings (without the `RRULE:` name).
 *
 * Monthly meetings: the rota keeps the start day each month and moves to the
 * month's last day when the month is shorter (31 Jan → 28 Feb → 31 Mar). By
 * RFC 5545, `FREQ=MONTHLY` from the 31st instead skips every month without a
 * 31st, so a start on the 31st is written `BYMONTHDAY=-1` (the last day of
 * each month), which is exactly the rota's dates and which Outlook, Google,
 * Apple and Thunderbird all read. For the 29th and 30th no rule that calendar
 * apps reliably understand gives "that day, or the last day of a shorter
 * month" (`BYMONTHDAY=28,29,30;BYSETPOS=-1` would, but Outlook has no such
 * pattern and Thunderbird's ical.js ignores BYSETPOS there), so those stay
 * plain `FREQ=MONTHLY` and a February without the day is skipped; see
 * {@link calendarSkippedDates}, which lists those dates so the builder can say so.
 */
export function meetingsRrule(startDate: string, frequency: Frequency, count: number): string {
  if (frequency === 'weekly') return `FREQ=WEEKLY;INTERVAL=1;COUNT=${count}`;
  if (frequency === 'fortnightly') return `FREQ=WEEKLY;INTERVAL=2;COUNT=${count}`;
  return parseDate(startDate)?.day === 31
    ? `FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=${count}`
    : `FREQ=MONTHLY;COUNT=${count}`;
}

/**
 * The rota dates that calendar apps following RFC 5545 leave out of the
 * meetings event: monthly meetings on the 29th or 30th fall on a shorter
 * February's last day in the rota, but a calendar skips that February. [] for
 * every other start date and frequency.
 */
export function calendarSkippedDates(startDate: string, frequency: Frequency, count: number): string[] {
  const start = parseDate(startDate);
  if (!start || frequency !== 'monthly' || start.day === 31) return [];
  return meetingDates(startDate, frequency, clampMeetings(count)).filter(
    (date) => parseDate(date)?.day !== start.day,
  );
}

/**
 * A calendar file with the group's meetings as one repeating event, as many
 * times as the rota lists. With a start time, each meeting starts at that
 * wall-clock time (floating time: no time zone, deliberately, so it shows at
 * that time wherever the group is) and lasts `minutes`; without one, each is
 * an all-day event shown as free time. '' when the start date is missing or
 * invalid, the time is not HH:MM, a timed meeting is under a minute, the id is
 * empty, or `now` is not a valid time.
 */
export function meetingsIcs(input: MeetingsIcsInput): string {
  const uid = icsUid(input.uid);
  const stamp = icsStamp(input.now);
  const dates = meetingDates(input.startDate, input.frequency, clampMeetings(input.count));
  const time = TIME.exec(input.startTime);
  const minutes = Math.min(24 * 60, Math.round(input.minutes));
  const allDay = input.startTime === '';
  if (!uid || !stamp || dates.length === 0) return '';
  if (!allDay && (!time || !(minutes >= 1))) return '';
  const day = icsDate(input.startDate);
  const when =
    allDay || !time
      ? [`DTSTART;VALUE=DATE:${day}`, 'DURATION:P1D']
      : [`DTSTART:${day}T${time[1]}${time[2]}00`, `DURATION:PT${minutes}M`];
  return calendar([
    `UID:${uid}`,
    `DTSTAMP:${stamp}`,
    ...when,
    `RRULE:${meetingsRrule(input.startDate, input.frequency, dates.length)}`,
    `SUMMARY:${escapeIcsText(input.summary)}`,
    ...optionalText('LOCATION', input.location),
    ...optionalText('DESCRIPTION', input.description),
    ...(allDay ? ['TRANSP:TRANSPARENT'] : []),
  ]);
}
