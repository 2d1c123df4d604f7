import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  calendarSkippedDates,
  escapeIcsText,
  foldLine,
  ICS_LINE_OCTETS,
  icsUid,
  meetingsIcs,
  meetingsRrule,
  reviewIcs,
  type MeetingsIcsInput,
  type ReviewIcsInput,
} from '../../../../../src/lib/charter/on-demand/ics.ts';
import type { Frequency } from '../../../../../src/lib/charter/draft.ts';
import { meetingDates } from '../../../../../src/lib/charter/rota.ts';
import { isBlank, stripControls } from '../../../../../src/lib/charter/text.ts';

const NOW = new Date(Date.UTC(2027, 0, 2, 3, 4, 5));

/** Lines joined into a calendar file: CRLF after every line. */
const crlf = (...lines: string[]) => lines.map((l) => `${l}\r\n`).join('');

const HEAD = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Groundwork//Charter builder//EN',
  'CALSCALE:GREGORIAN',
  'METHOD:PUBLISH',
  'BEGIN:VEVENT',
];
const TAIL = ['END:VEVENT', 'END:VCALENDAR'];

const review: ReviewIcsInput = {
  uid: 'test-draft-review@groundwork',
  date: '2027-06-01',
  summary: 'Charter review: Tuesday group',
  description: 'Bring the charter, and your ideas; we decide together.\nSee you then.',
  now: NOW,
};

const weekly: MeetingsIcsInput = {
  uid: 'test-draft-meetings@groundwork',
  startDate: '2027-01-14',
  startTime: '18:30',
  minutes: 90,
  frequency: 'weekly',
  count: 12,
  summary: 'Tirsdagsgruppa på Solvang',
  location: 'Solvang bydelshus, rom 2',
  description: '',
  now: NOW,
};

const monthly: MeetingsIcsInput = {
  ...weekly,
  startDate: '2027-01-31',
  startTime: '10:00',
  minutes: 120,
  frequency: 'monthly',
  count: 6,
  location: '  ',
  description: 'Møte i gruppa. Ta med kaffe\\te.',
};

// ---------------------------------------------------------------------------
// A small RFC 5545 reader, written for these tests.

/** One content line: its name, parameters and raw value. */
interface ContentLine {
  name: string;
  params: string[];
  value: string;
}

/** Unfolds a calendar file into content lines, checking the line ends on the way. */
function unfold(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
  return ics
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
}

function contentLine(line: string): ContentLine {
  const colon = line.indexOf(':');
  expect(colon).toBeGreaterThan(0);
  const [name = '', ...params] = line.slice(0, colon).split(';');
  expect(name).toMatch(/^[A-Z-]+$/);
  return { name, params, value: line.slice(colon + 1) };
}

/** Reads a TEXT value back, failing on anything an RFC 5545 reader would not accept as one value. */
function unescapeText(value: string): string {
  // A bare `;` or `,` would split the value; a lone `\` is not a valid escape.
  expect(value.replace(/\\[\\;,nN]/g, '')).not.toMatch(/[;,\\]/);
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** The components and properties of a calendar file, checking that BEGIN and END pair up. */
function readIcs(ics: string): { components: string[]; props: Map<string, ContentLine[]> } {
  const stack: string[] = [];
  const components: string[] = [];
  const props = new Map<string, ContentLine[]>();
  for (const raw of unfold(ics)) {
    const line = contentLine(raw);
    if (line.name === 'BEGIN') {
      stack.push(line.value);
      components.push(line.value);
    } else if (line.name === 'END') {
      expect(stack.pop()).toBe(line.value);
    } else {
      expect(stack.length).toBeGreaterThan(0);
      const key = `${stack.join('/')}/${line.name}`;
      props.set(key, [...(props.get(key) ?? []), line]);
    }
  }
  expect(stack).toEqual([]);
  return { components, props };
}

function text(ics: string, key: string): string | undefined {
  const found = readIcs(ics).props.get(key);
  if (!found) return undefined;
  expect(found).toHaveLength(1);
  return unescapeText(found[0]!.value);
}

const octets = (line: string) => new TextEncoder().encode(line).length;

/** Checks the physical shape of a file: line lengths, whole characters, CRLF, one calendar with one event. */
function expectWellFormed(ics: string): void {
  const physical = ics.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(octets(line)).toBeLessThanOrEqual(ICS_LINE_OCTETS);
    expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    // eslint-disable-next-line no-control-regex
    expect(line).not.toMatch(/[\u0000-\u0008\u000A-\u001F\u007F]/);
  }
  const { components } = readIcs(ics);
  expect(components.filter((c) => c === 'VCALENDAR')).toHaveLength(1);
  expect(components.filter((c) => c === 'VEVENT')).toHaveLength(1);
  expect(physical[0]).toBe('BEGIN:VCALENDAR');
  expect(physical.at(-1)).toBe('END:VCALENDAR');
}

// ---------------------------------------------------------------------------
// Mozilla's ical.js, the parser inside Thunderbird: an independent reader,
// written by others, of the files we make.

function icalEvent(ics: string): ICAL.Event {
  const root = new ICAL.Component(ICAL.parse(ics));
  expect(root.name).toBe('vcalendar');
  const events = root.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  return new ICAL.Event(events[0]);
}

/** The start of every occurrence ical.js finds, as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS. */
function occurrences(ics: string, limit = 60): string[] {
  const it = icalEvent(ics).iterator();
  const out: string[] = [];
  for (let next = it.next(); next && out.length < limit; next = it.next()) out.push(next.toString());
  return out;
}

function icalText(ics: string, name: string): string | null {
  const value = icalEvent(ics).component.getFirstPropertyValue(name);
  return value === null ? null : String(value);
}

// ---------------------------------------------------------------------------

describe('reviewIcs', () => {
  it('writes the review event', () => {
    expect(reviewIcs(review)).toBe(
      crlf(
        ...HEAD,
        'UID:test-draft-review@groundwork',
        'DTSTAMP:20270102T030405Z',
        'DTSTART;VALUE=DATE:20270601',
        'DTEND;VALUE=DATE:20270602',
        'SUMMARY:Charter review: Tuesday group',
        'DESCRIPTION:Bring the charter\\, and your ideas\\; we decide together.\\nSee y',
        ' ou then.',
        'TRANSP:TRANSPARENT',
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        'TRIGGER:-P1D',
        'DESCRIPTION:Charter review: Tuesday group',
        'END:VALARM',
        ...TAIL,
      ),
    );
  });

  it('is read the same by ical.js', () => {
    const ics = reviewIcs(review);
    const event = icalEvent(ics);
    expect(event.uid).toBe(review.uid);
    expect(event.summary).toBe(review.summary);
    expect(event.description).toBe(review.description);
    expect(event.startDate.toString()).toBe('2027-06-01');
    expect(event.startDate.isDate).toBe(true);
    expect(event.endDate.toString()).toBe('2027-06-02');
    expect(event.isRecurring()).toBe(false);
    const alarm = event.component.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-P1D');
    expect(icalText(ics, 'dtstamp')).toBe('2027-01-02T03:04:05Z');
  });

  it.each([
    ['year end', '2027-12-31', '20271231', '20280101'],
    ['leap day', '2028-02-29', '20280229', '20280301'],
    ['end of a short February', '2027-02-28', '20270228', '20270301'],
  ])('ends the next day: %s', (_name, date, start, end) => {
    const ics = reviewIcs({ ...review, date });
    expect(ics).toContain(`\r\nDTSTART;VALUE=DATE:${start}\r\nDTEND;VALUE=DATE:${end}\r\n`);
    expect(icalEvent(ics).endDate.toString()).toBe(`${end.slice(0, 4)}-${end.slice(4, 6)}-${end.slice(6)}`);
  });

  it('leaves out a blank description, and reminds with the description when the summary is blank', () => {
    const noDescription = reviewIcs({ ...review, description: ' \n ' });
    expect(readIcs(noDescription).props.has('VCALENDAR/VEVENT/DESCRIPTION')).toBe(false);
    expect(text(noDescription, 'VCALENDAR/VEVENT/VALARM/DESCRIPTION')).toBe(review.summary);
    const noSummary = reviewIcs({ ...review, summary: '' });
    expect(text(noSummary, 'VCALENDAR/VEVENT/SUMMARY')).toBe('');
    expect(text(noSummary, 'VCALENDAR/VEVENT/VALARM/DESCRIPTION')).toBe(review.description);
    const nothing = reviewIcs({ ...review, summary: '', description: '' });
    expect(text(nothing, 'VCALENDAR/VEVENT/VALARM/DESCRIPTION')).toBe('');
    for (const ics of [noDescription, noSummary, nothing]) expectWellFormed(ics);
  });

  it.each<[string, Partial<ReviewIcsInput>]>([
    ['no date', { date: '' }],
    ['not a day', { date: '2027-02-29' }],
    ['not a date', { date: 'next June' }],
    ['a date with a time', { date: '2027-06-01T10:00' }],
    ['no next day', { date: '9999-12-31' }],
    ['no id', { uid: '' }],
    ['an invalid time stamp', { now: new Date(Number.NaN) }],
    ['a time stamp after 9999', { now: new Date(Date.UTC(10000, 0, 1)) }],
  ])('is empty with %s', (_name, change) => {
    expect(reviewIcs({ ...review, ...change })).toBe('');
  });

  it.each([
    [new Date(Date.UTC(2027, 0, 2, 3, 4, 5, 999)), 'DTSTAMP:20270102T030405Z'],
    [new Date(Date.UTC(2027, 11, 31, 23, 59, 59)), 'DTSTAMP:20271231T235959Z'],
    [new Date(Date.UTC(1999, 0, 1)), 'DTSTAMP:19990101T000000Z'],
    [new Date('2027-06-01T01:30:00+02:00'), 'DTSTAMP:20270531T233000Z'],
  ])('stamps %s in UTC', (now, line) => {
    expect(reviewIcs({ ...review, now })).toContain(`\r\n${line}\r\n`);
  });
});

describe('meetingsIcs', () => {
  it('writes weekly meetings at a wall-clock time', () => {
    expect(meetingsIcs(weekly)).toBe(
      crlf(
        ...HEAD,
        'UID:test-draft-meetings@groundwork',
        'DTSTAMP:20270102T030405Z',
        'DTSTART:20270114T183000',
        'DURATION:PT90M',
        'RRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=12',
        'SUMMARY:Tirsdagsgruppa på Solvang',
        'LOCATION:Solvang bydelshus\\, rom 2',
        ...TAIL,
      ),
    );
  });

  it('writes monthly meetings from the 31st on the last day of each month', () => {
    expect(meetingsIcs(monthly)).toBe(
      crlf(
        ...HEAD,
        'UID:test-draft-meetings@groundwork',
        'DTSTAMP:20270102T030405Z',
        'DTSTART:20270131T100000',
        'DURATION:PT120M',
        'RRULE:FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=6',
        'SUMMARY:Tirsdagsgruppa på Solvang',
        'DESCRIPTION:Møte i gruppa. Ta med kaffe\\\\te.',
        ...TAIL,
      ),
    );
  });

  it('writes all-day fortnightly meetings when there is no time', () => {
    expect(
      meetingsIcs({ ...weekly, startTime: '', frequency: 'fortnightly', count: 6, minutes: Number.NaN }),
    ).toBe(
      crlf(
        ...HEAD,
        'UID:test-draft-meetings@groundwork',
        'DTSTAMP:20270102T030405Z',
        'DTSTART;VALUE=DATE:20270114',
        'DURATION:P1D',
        'RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=6',
        'SUMMARY:Tirsdagsgruppa på Solvang',
        'LOCATION:Solvang bydelshus\\, rom 2',
        'TRANSP:TRANSPARENT',
        ...TAIL,
      ),
    );
  });

  it.each<[string, Partial<MeetingsIcsInput>]>([
    ['weekly', {}],
    ['monthly from the 31st', monthly],
    ['all-day fortnightly', { startTime: '', frequency: 'fortnightly', count: 6 }],
    ['monthly from the 28th', { startDate: '2027-01-28', frequency: 'monthly', count: 14 }],
    ['monthly from the 31st, over a leap year', { startDate: '2027-12-31', frequency: 'monthly', count: 15 }],
    ['weekly across the year end', { startDate: '2027-12-16', count: 4 }],
    ['monthly from the 15th', { startDate: '2027-11-15', frequency: 'monthly', count: 52 }],
  ])('ical.js finds the rota dates: %s', (_name, change) => {
    const input = { ...weekly, ...change };
    const ics = meetingsIcs(input);
    const time = input.startTime ? `T${input.startTime}:00` : '';
    expect(occurrences(ics)).toEqual(
      meetingDates(input.startDate, input.frequency, input.count).map((d) => `${d}${time}`),
    );
    const event = icalEvent(ics);
    expect(event.startDate.zone?.tzid).toBe('floating');
    expect(event.startDate.isDate).toBe(input.startTime === '');
    expect(event.duration.toSeconds()).toBe(input.startTime ? input.minutes * 60 : 86400);
    expect(event.summary).toBe(input.summary);
  });

  it('writes floating time: no Z and no time zone', () => {
    const ics = meetingsIcs(weekly);
    expect(ics).toContain('\r\nDTSTART:20270114T183000\r\n');
    expect(ics).not.toMatch(/DTSTART[^\r]*Z\r\n|TZID|VTIMEZONE/);
  });

  it.each<[string, Frequency, string]>([
    ['2027-01-14', 'weekly', 'FREQ=WEEKLY;INTERVAL=1;COUNT=5'],
    ['2027-01-14', 'fortnightly', 'FREQ=WEEKLY;INTERVAL=2;COUNT=5'],
    ['2027-01-14', 'monthly', 'FREQ=MONTHLY;COUNT=5'],
    ['2027-01-28', 'monthly', 'FREQ=MONTHLY;COUNT=5'],
    ['2027-01-29', 'monthly', 'FREQ=MONTHLY;COUNT=5'],
    ['2027-01-30', 'monthly', 'FREQ=MONTHLY;COUNT=5'],
    ['2027-01-31', 'monthly', 'FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=5'],
    ['2027-03-31', 'monthly', 'FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=5'],
    ['2027-01-31', 'weekly', 'FREQ=WEEKLY;INTERVAL=1;COUNT=5'],
  ])('meetingsRrule(%j, %s)', (start, frequency, rule) => {
    expect(meetingsRrule(start, frequency, 5)).toBe(rule);
  });

  it.each<[string, Frequency, number, string[]]>([
    ['2027-01-30', 'monthly', 12, ['2027-02-28']],
    ['2027-01-29', 'monthly', 12, ['2027-02-28']],
    ['2028-01-29', 'monthly', 12, []],
    ['2028-01-30', 'monthly', 12, ['2028-02-29']],
    ['2027-01-30', 'monthly', 1, []],
    ['2027-03-30', 'monthly', 23, ['2028-02-29']],
    ['2027-03-30', 'monthly', 24, ['2028-02-29', '2029-02-28']],
    ['2028-02-29', 'monthly', 13, ['2029-02-28']],
    ['2027-01-31', 'monthly', 12, []],
    ['2027-01-28', 'monthly', 12, []],
    ['2027-01-30', 'weekly', 12, []],
    ['', 'monthly', 12, []],
  ])('calendarSkippedDates(%j, %s, %i)', (start, frequency, count, skipped) => {
    expect(calendarSkippedDates(start, frequency, count)).toEqual(skipped);
  });

  it.each<[string, number, string[], string[]]>([
    [
      '2027-01-30',
      4,
      ['2027-01-30', '2027-02-28', '2027-03-30', '2027-04-30'],
      ['2027-01-30', '2027-03-30', '2027-04-30', '2027-05-30'],
    ],
    [
      '2028-02-29',
      13,
      [...meetingDates('2028-02-29', 'monthly', 12), '2029-02-28'],
      [...meetingDates('2028-02-29', 'monthly', 12), '2029-03-29'],
    ],
  ])(
    'monthly from %s: a calendar skips a February without the day (RFC 5545), as calendarSkippedDates says',
    (startDate, count, rota, calendar) => {
      const input = { ...weekly, startDate, frequency: 'monthly' as const, count };
      expect(meetingDates(startDate, 'monthly', count)).toEqual(rota);
      expect(occurrences(meetingsIcs(input))).toEqual(calendar.map((d) => `${d}T18:30:00`));
      const skipped = calendarSkippedDates(startDate, 'monthly', count);
      expect(skipped).toHaveLength(1);
      expect(rota.filter((d) => !skipped.includes(d))).toEqual(calendar.slice(0, count - 1));
    },
  );

  it.each([
    [0, 1],
    [-2, 1],
    [Number.NaN, 1],
    [7.9, 7],
    [52, 52],
    [500, 52],
  ])('count %d → COUNT=%i', (count, expected) => {
    const ics = meetingsIcs({ ...weekly, count });
    expect(ics).toContain(`;COUNT=${expected}\r\n`);
    expect(occurrences(ics, 100)).toHaveLength(expected);
  });

  it('stops the count before the year 10000', () => {
    const ics = meetingsIcs({ ...weekly, startDate: '9999-12-20', count: 10 });
    expect(ics).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=2\r\n');
  });

  it.each([
    [60, 'PT60M'],
    [90, 'PT90M'],
    [120, 'PT120M'],
    [44.6, 'PT45M'],
    [5000, 'PT1440M'],
  ])('lasts %d minutes → %s', (minutes, duration) => {
    expect(meetingsIcs({ ...weekly, minutes })).toContain(`\r\nDURATION:${duration}\r\n`);
  });

  it.each([
    ['00:00', 'T000000'],
    ['09:05', 'T090500'],
    ['23:59', 'T235900'],
  ])('starts at %s', (startTime, suffix) => {
    expect(meetingsIcs({ ...weekly, startTime })).toContain(`\r\nDTSTART:20270114${suffix}\r\n`);
  });

  it.each<[string, Partial<MeetingsIcsInput>]>([
    ['no start date', { startDate: '' }],
    ['not a day', { startDate: '2027-02-30' }],
    ['not a date', { startDate: 'Tuesdays' }],
    ['a time past midnight', { startTime: '24:00' }],
    ['a time without a leading zero', { startTime: '9:30' }],
    ['a time with seconds', { startTime: '18:30:00' }],
    ['a time with spaces', { startTime: ' 18:30' }],
    ['no length', { minutes: 0 }],
    ['a negative length', { minutes: -60 }],
    ['a length that is not a number', { minutes: Number.NaN }],
    ['no id', { uid: '' }],
    ['an invalid time stamp', { now: new Date(Number.NaN) }],
  ])('is empty with %s', (_name, change) => {
    expect(meetingsIcs({ ...weekly, ...change })).toBe('');
  });
});

describe('escapeIcsText', () => {
  it.each([
    ['plain', 'plain'],
    ['a;b', 'a\\;b'],
    ['a,b', 'a\\,b'],
    ['a\\b', 'a\\\\b'],
    ['\\n is not a newline', '\\\\n is not a newline'],
    ['line\nbreak', 'line\\nbreak'],
    ['windows\r\nline', 'windows\\nline'],
    ['old\rmac', 'old\\nmac'],
    ['tab\there', 'tab\there'],
    ['nul\u0000bell\u0007del\u007F', 'nulbelldel'],
    ['colon: kept', 'colon: kept'],
    ['"quotes" kept', '"quotes" kept'],
    ['x\r\nEND:VEVENT\r\nBEGIN:VEVENT', 'x\\nEND:VEVENT\\nBEGIN:VEVENT'],
    ['SUMMARY;X=1:y', 'SUMMARY\\;X=1:y'],
    ['\\;\\,', '\\\\\\;\\\\\\,'],
    ['Åse, Øyvind; Bæk', 'Åse\\, Øyvind\\; Bæk'],
    ['😀 👩🏽‍🦱 🇳🇴', '😀 👩🏽‍🦱 🇳🇴'],
    ['\u202Eevil\u202C', '\u202Eevil\u202C'],
    ['lone \uD800 half', 'lone \uFFFD half'],
  ])('%j → %j', (input, expected) => {
    expect(escapeIcsText(input)).toBe(expected);
    expect(unescapeText(escapeIcsText(input))).toBe(stripControls(input));
  });

  it('keeps hostile text inside one property', () => {
    const summary = 'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:evil';
    const ics = reviewIcs({ ...review, summary });
    expectWellFormed(ics);
    expect(text(ics, 'VCALENDAR/VEVENT/SUMMARY')).toBe(stripControls(summary));
    expect(icalEvent(ics).summary).toBe(stripControls(summary));
  });
});

describe('icsUid', () => {
  it.each([
    ['test-draft-review@groundwork', 'test-draft-review@groundwork'],
    ['a.b_c-D9', 'a.b_c-D9'],
    ['with space', 'with-space'],
    ['x:y;z,w\r\n', 'x-y-z-w--'],
    ['æøå', '---'],
    ['😀', '--'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(icsUid(input)).toBe(expected);
  });

  it('is cleaned in the file', () => {
    expect(reviewIcs({ ...review, uid: 'a b\r\nEND:VEVENT' })).toContain('\r\nUID:a-b--END-VEVENT\r\n');
  });
});

describe('foldLine', () => {
  const a = (n: number) => 'A'.repeat(n);
  it.each([
    ['74 ASCII', a(74), [a(74)]],
    ['75 ASCII', a(75), [a(75)]],
    ['76 ASCII', a(76), [a(75), ` A`]],
    ['150 ASCII', a(150), [a(75), ` ${a(74)}`, ' A']],
    ['149 ASCII', a(149), [a(75), ` ${a(74)}`]],
    ['æ ending at 75', `${a(73)}æ`, [`${a(73)}æ`]],
    ['æ across 75', `${a(74)}æ`, [a(74), ' æ']],
    ['ø after 75', `${a(75)}ø`, [a(75), ' ø']],
    ['€ (3 bytes) ending at 75', `${a(72)}€`, [`${a(72)}€`]],
    ['€ across 75', `${a(73)}€`, [a(73), ' €']],
    ['emoji ending at 75', `${a(71)}😀`, [`${a(71)}😀`]],
    ['emoji across 75', `${a(72)}😀`, [a(72), ' 😀']],
    ['emoji one byte in', `${a(74)}😀`, [a(74), ' 😀']],
    ['all æ', 'æ'.repeat(40), ['æ'.repeat(37), ` ${'æ'.repeat(3)}`]],
    ['all emoji', '😀'.repeat(20), ['😀'.repeat(18), ` ${'😀'.repeat(2)}`]],
    ['empty', '', ['']],
  ])('%s', (_name, line, expected) => {
    const folded = foldLine(line);
    expect(folded.split('\r\n')).toEqual(expected);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    for (const physical of folded.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
  });

  it('keeps Norwegian letters and emoji whole in a long summary', () => {
    const summary = `Tirsdagsgruppa på Solvang – vi møtes for å snakke 😀🇳🇴👩🏽‍🦱, ærlig og åpent; ${'ÆØÅæøå😀'.repeat(20)}`;
    const ics = meetingsIcs({ ...weekly, summary, location: summary, description: summary });
    expectWellFormed(ics);
    expect(ics.split('\r\n').filter((l) => l.startsWith(' ')).length).toBeGreaterThan(6);
    expect(text(ics, 'VCALENDAR/VEVENT/SUMMARY')).toBe(summary);
    expect(text(ics, 'VCALENDAR/VEVENT/LOCATION')).toBe(summary);
    expect(text(ics, 'VCALENDAR/VEVENT/DESCRIPTION')).toBe(summary);
    expect(icalEvent(ics).summary).toBe(summary);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(ics))).toBe(ics);
  });

  it('folds any line to at most 75 octets without splitting a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (line) => {
        const folded = foldLine(line);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
        const lines = folded.split('\r\n');
        lines.forEach((physical, i) => {
          expect(octets(physical)).toBeLessThanOrEqual(75);
          if (i > 0) expect(physical).toMatch(/^ ./su);
          expect(Buffer.from(physical, 'utf8').toString('utf8')).toBe(physical);
        });
        // Folds only when needed: each physical line is full enough that the next character would not fit.
        for (let i = 0; i + 1 < lines.length; i += 1) {
          const nextChar = Array.from(lines[i + 1]!.slice(1))[0] ?? '';
          expect(octets(lines[i]!) + octets(nextChar)).toBeGreaterThan(75);
        }
      }),
    );
  });
});

describe('calendar files for any text', () => {
  const HOSTILE = fc.constantFrom(
    ...'\\;,:"\'\n\r\t =+-@<>&ÆØÅæøå€'.split(''),
    '\r\n',
    '\\n',
    '\\,',
    'END:VEVENT',
    'BEGIN:VALARM',
    '😀',
    '👩🏽‍🦱',
    '🇳🇴',
    'e\u0301',
    'مريم',
    '\u202E',
    '\u0000',
    '\u001B',
    '\u007F',
    '\uD83D',
    '\uDE00',
    'a',
  );
  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 120 }),
    fc.string({ unit: 'binary', maxLength: 120 }),
    fc.string({ unit: HOSTILE, maxLength: 80 }),
  );
  const dateArb = fc
    .date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const timeArb = fc.oneof(
    fc.constant(''),
    fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  );

  function expectText(ics: string, key: string, input: string): void {
    const expected = stripControls(input);
    if (isBlank(input) && !key.endsWith('SUMMARY')) {
      expect(readIcs(ics).props.has(key)).toBe(false);
    } else {
      expect(text(ics, key)).toBe(expected);
    }
  }

  it('the review event reads back as written, minus control characters', () => {
    fc.assert(
      fc.property(anyText, anyText, dateArb, (summary, description, date) => {
        const ics = reviewIcs({ ...review, summary, description, date });
        expectWellFormed(ics);
        expectText(ics, 'VCALENDAR/VEVENT/SUMMARY', summary);
        expectText(ics, 'VCALENDAR/VEVENT/DESCRIPTION', description);
        const event = icalEvent(ics);
        expect(event.summary).toBe(stripControls(summary));
        expect(event.startDate.toString()).toBe(date);
        expect(event.component.getAllSubcomponents('valarm')).toHaveLength(1);
      }),
    );
  });

  it('the meetings event reads back as written, and ical.js finds the rota dates', () => {
    fc.assert(
      fc.property(
        fc.record({
          summary: anyText,
          location: anyText,
          description: anyText,
          startDate: dateArb,
          startTime: timeArb,
          frequency: fc.constantFrom<Frequency>('weekly', 'fortnightly', 'monthly'),
          count: fc.integer({ min: 1, max: 52 }),
          minutes: fc.constantFrom(60, 90, 120),
        }),
        (change) => {
          const input = { ...weekly, ...change };
          const ics = meetingsIcs(input);
          expectWellFormed(ics);
          expectText(ics, 'VCALENDAR/VEVENT/SUMMARY', input.summary);
          expectText(ics, 'VCALENDAR/VEVENT/LOCATION', input.location);
          expectText(ics, 'VCALENDAR/VEVENT/DESCRIPTION', input.description);
          const event = icalEvent(ics);
          expect(event.summary).toBe(stripControls(input.summary));
          if (!isBlank(input.location)) expect(event.location).toBe(stripControls(input.location));
          if (!isBlank(input.description)) expect(event.description).toBe(stripControls(input.description));
          const time = input.startTime ? `T${input.startTime}:00` : '';
          const rota = meetingDates(input.startDate, input.frequency, input.count);
          const skipped = calendarSkippedDates(input.startDate, input.frequency, input.count);
          const found = occurrences(ics).map((d) => d.slice(0, 10));
          expect(found).toHaveLength(input.count);
          expect(found.slice(0, rota.length - skipped.length)).toEqual(
            rota.filter((d) => !skipped.includes(d)),
          );
          expect(occurrences(ics)[0]).toBe(`${input.startDate}${time}`);
        },
      ),
    );
  });
});
