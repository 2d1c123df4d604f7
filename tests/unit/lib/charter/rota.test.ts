import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ROTA_MEETINGS, type Frequency } from '../../../../src/lib/charter/draft.ts';
import {
  addDays,
  buildRota,
  clampMeetings,
  daysInMonth,
  formatDate,
  meetingDates,
  meetingOn,
  meetingsFrom,
  parseDate,
  type Rota,
} from '../../../../src/lib/charter/rota.ts';

const ROLES = ['Host', 'Time-keeper', 'Welcomer'];
const FREQUENCIES: Frequency[] = ['weekly', 'fortnightly', 'monthly'];

/** An independent date oracle: JavaScript's own UTC calendar. */
function utcAddDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d + days);
  return t.toISOString().slice(0, 10);
}

const dateArb = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('dates', () => {
  it.each([
    ['2027-01-14', { year: 2027, month: 1, day: 14 }],
    ['2028-02-29', { year: 2028, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['0001-01-01', { year: 1, month: 1, day: 1 }],
    ['9999-12-31', { year: 9999, month: 12, day: 31 }],
  ])('parseDate(%j)', (text, expected) => {
    expect(parseDate(text)).toEqual(expected);
    expect(formatDate(expected)).toBe(text);
  });

  it.each([
    '',
    '2027-02-29',
    '2100-02-29',
    '2027-04-31',
    '2027-13-01',
    '2027-00-10',
    '2027-01-00',
    '2027-01-32',
    '0000-01-01',
    '27-01-01',
    '2027-1-1',
    '2027-01-01T00:00',
    ' 2027-01-01',
    '2027-01-01 ',
    '2027/01/01',
    'abcd-ef-gh',
    '２０２７-01-01',
  ])('parseDate(%j) is undefined', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });

  it.each([
    [2027, 2, 28],
    [2028, 2, 29],
    [2000, 2, 29],
    [2100, 2, 28],
    [2027, 4, 30],
    [2027, 12, 31],
  ])('daysInMonth(%i, %i) = %i', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it.each([
    ['2027-12-31', 1, '2028-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2027-03-01', -1, '2027-02-28'],
    ['9999-12-31', 1, ''],
    ['0001-01-01', -1, ''],
    ['2027-02-30', 1, ''],
    ['2027-01-01', 0.5, ''],
  ])('addDays(%j, %d) = %j', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('addDays agrees with the UTC calendar', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -5000, max: 5000 }), (date, days) => {
        expect(addDays(date, days)).toBe(utcAddDays(date, days));
      }),
    );
  });
});

describe('meetingDates', () => {
  it.each<[string, Frequency, number, string[]]>([
    ['2027-01-14', 'weekly', 4, ['2027-01-14', '2027-01-21', '2027-01-28', '2027-02-04']],
    ['2027-12-24', 'weekly', 3, ['2027-12-24', '2027-12-31', '2028-01-07']],
    ['2028-02-22', 'weekly', 3, ['2028-02-22', '2028-02-29', '2028-03-07']],
    ['2100-02-22', 'weekly', 2, ['2100-02-22', '2100-03-01']],
    ['2000-02-22', 'weekly', 2, ['2000-02-22', '2000-02-29']],
    ['2028-02-15', 'fortnightly', 3, ['2028-02-15', '2028-02-29', '2028-03-14']],
    ['2027-02-15', 'fortnightly', 3, ['2027-02-15', '2027-03-01', '2027-03-15']],
    ['2027-12-20', 'fortnightly', 2, ['2027-12-20', '2028-01-03']],
    ['2027-01-31', 'monthly', 5, ['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31']],
    ['2028-01-31', 'monthly', 3, ['2028-01-31', '2028-02-29', '2028-03-31']],
    ['2027-01-30', 'monthly', 3, ['2027-01-30', '2027-02-28', '2027-03-30']],
    ['2027-01-29', 'monthly', 3, ['2027-01-29', '2027-02-28', '2027-03-29']],
    ['2027-11-15', 'monthly', 3, ['2027-11-15', '2027-12-15', '2028-01-15']],
    ['2027-12-31', 'monthly', 3, ['2027-12-31', '2028-01-31', '2028-02-29']],
    ['2027-08-31', 'monthly', 2, ['2027-08-31', '2027-09-30']],
    [
      '2028-02-29',
      'monthly',
      13,
      [
        '2028-02-29',
        '2028-03-29',
        '2028-04-29',
        '2028-05-29',
        '2028-06-29',
        '2028-07-29',
        '2028-08-29',
        '2028-09-29',
        '2028-10-29',
        '2028-11-29',
        '2028-12-29',
        '2029-01-29',
        '2029-02-28',
      ],
    ],
    ['2027-01-14', 'weekly', 1, ['2027-01-14']],
    ['2027-01-31', 'monthly', 1, ['2027-01-31']],
    ['9999-12-20', 'weekly', 5, ['9999-12-20', '9999-12-27']],
    ['9999-11-30', 'monthly', 5, ['9999-11-30', '9999-12-30']],
  ])('%s %s ×%i', (start, frequency, count, expected) => {
    expect(meetingDates(start, frequency, count)).toEqual(expected);
  });

  it.each(FREQUENCIES)('52 %s meetings', (frequency) => {
    const dates = meetingDates('2027-01-14', frequency, 52);
    expect(dates).toHaveLength(52);
    expect(dates[0]).toBe('2027-01-14');
    expect(dates[51]).toBe(
      { weekly: '2028-01-06', fortnightly: '2028-12-28', monthly: '2031-04-14' }[frequency],
    );
  });

  it.each([
    [0, 0],
    [-3, 0],
    [Number.NaN, 0],
    [Number.NEGATIVE_INFINITY, 0],
    [2.9, 2],
    [53, 52],
    [1e9, 52],
    [Number.POSITIVE_INFINITY, 52],
  ])('count %d gives %i dates', (count, length) => {
    expect(meetingDates('2027-01-14', 'weekly', count)).toHaveLength(length);
  });

  it.each(['', '2027-02-29', '2027-13-01', 'tomorrow', '14.01.2027', '2027-01-14T18:00'])(
    'no dates from %j',
    (start) => {
      for (const frequency of FREQUENCIES) expect(meetingDates(start, frequency, 12)).toEqual([]);
    },
  );

  it('no dates for an unknown frequency', () => {
    expect(meetingDates('2027-01-14', 'daily' as Frequency, 3)).toEqual([]);
  });

  it('weekly and fortnightly dates agree with the UTC calendar', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.constantFrom<Frequency>('weekly', 'fortnightly'),
        fc.integer({ min: 1, max: 52 }),
        (start, frequency, count) => {
          const step = frequency === 'weekly' ? 7 : 14;
          expect(meetingDates(start, frequency, count)).toEqual(
            Array.from({ length: count }, (_, i) => utcAddDays(start, step * i)),
          );
        },
      ),
    );
  });

  it('monthly dates keep the start day, clamped to shorter months', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 52 }), (start, count) => {
        const dates = meetingDates(start, 'monthly', count);
        const [y, m, d] = start.split('-').map(Number) as [number, number, number];
        expect(dates).toHaveLength(count);
        dates.forEach((date, i) => {
          const month = new Date(Date.UTC(y, m - 1 + i, 1));
          const last = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 0)).getUTCDate();
          const expected = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), Math.min(d, last)));
          expect(date).toBe(expected.toISOString().slice(0, 10));
        });
      }),
    );
  });

  it('dates are real days, strictly in order', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.constantFrom(...FREQUENCIES),
        fc.integer({ min: -5, max: 60 }),
        (start, f, n) => {
          const dates = meetingDates(start, f, n);
          expect(dates.length).toBe(Math.max(0, Math.min(52, n)));
          for (const date of dates) expect(parseDate(date)).toBeDefined();
          for (let i = 1; i < dates.length; i += 1) expect(dates[i]! > dates[i - 1]!).toBe(true);
        },
      ),
    );
  });
});

describe('buildRota', () => {
  /** The rota as one line per meeting: "date: holder holder …". */
  function table(rota: Rota): string[] {
    return rota.rows.map((r) => `${r.index + 1} ${r.date}: ${r.holders.map((h) => h.member).join(' ')}`);
  }

  it.each<[string, string[], string[], number, string[], boolean]>([
    [
      '3 members × 3 roles',
      ['Anne', 'Bo', 'Cia'],
      ROLES,
      4,
      ['1 : Anne Bo Cia', '2 : Bo Cia Anne', '3 : Cia Anne Bo', '4 : Anne Bo Cia'],
      false,
    ],
    [
      '5 members × 3 roles',
      ['A', 'B', 'C', 'D', 'E'],
      ROLES,
      6,
      ['1 : A B C', '2 : B C D', '3 : C D E', '4 : D E A', '5 : E A B', '6 : A B C'],
      false,
    ],
    ['2 members × 3 roles', ['A', 'B'], ROLES, 3, ['1 : A B A', '2 : B A B', '3 : A B A'], true],
    ['1 member × 3 roles', ['Solo'], ROLES, 2, ['1 : Solo Solo Solo', '2 : Solo Solo Solo'], true],
    ['1 member × 1 role', ['Solo'], ['Host'], 2, ['1 : Solo', '2 : Solo'], false],
    ['3 members × 1 role', ['A', 'B', 'C'], ['Host'], 4, ['1 : A', '2 : B', '3 : C', '4 : A'], false],
    [
      'names trimmed, blanks dropped, duplicates kept',
      ['  Anne ', '', '   ', '\u200B', '\u3164', '\tAnne', 'Bo\n'],
      ['Host', 'Welcomer'],
      3,
      ['1 : Anne Anne', '2 : Anne Bo', '3 : Bo Anne'],
      false,
    ],
    ['no members', [], ROLES, 4, [], false],
    ['only blank members', [' ', '\u00A0', '\u2800'], ROLES, 4, [], false],
    ['no roles', ['A', 'B'], [], 4, [], false],
  ])('%s', (_name, members, roles, count, expected, shared) => {
    const rota = buildRota({ members, roles, startDate: '', frequency: 'weekly', count });
    expect(table(rota)).toEqual(expected);
    expect(rota.shared).toBe(shared);
  });

  it('names each holder with its role, in role order', () => {
    const rota = buildRota({
      members: ['A', 'B'],
      roles: ROLES,
      startDate: '',
      frequency: 'weekly',
      count: 1,
    });
    expect(rota.rows[0]?.holders).toEqual([
      { role: 'Host', member: 'A' },
      { role: 'Time-keeper', member: 'B' },
      { role: 'Welcomer', member: 'A' },
    ]);
  });

  it.each<[Frequency, string, string[]]>([
    ['weekly', '2027-01-14', ['2027-01-14', '2027-01-21', '2027-01-28']],
    ['fortnightly', '2027-01-14', ['2027-01-14', '2027-01-28', '2027-02-11']],
    ['monthly', '2027-01-31', ['2027-01-31', '2027-02-28', '2027-03-31']],
    ['weekly', '', ['', '', '']],
    ['weekly', '2027-02-30', ['', '', '']],
    ['weekly', '9999-12-27', ['9999-12-27', '', '']],
  ])('%s from %j', (frequency, startDate, dates) => {
    const rota = buildRota({ members: ['A', 'B'], roles: ['Host'], startDate, frequency, count: 3 });
    expect(rota.rows.map((r) => r.date)).toEqual(dates);
    expect(rota.rows.map((r) => r.index)).toEqual([0, 1, 2]);
  });

  it.each([
    [0, 1],
    [-4, 1],
    [Number.NaN, 1],
    [3.7, 3],
    [52, 52],
    [53, 52],
    [Number.POSITIVE_INFINITY, 52],
  ])('count %d gives %i meetings', (count, rows) => {
    expect(clampMeetings(count)).toBe(rows);
    const rota = buildRota({
      members: ['A'],
      roles: ['Host'],
      startDate: '2027-01-14',
      frequency: 'weekly',
      count,
    });
    expect(rota.rows).toHaveLength(rows);
    expect(rota.rows.every((r) => r.date !== '')).toBe(true);
  });

  const distinctNames = (n: number) =>
    fc.uniqueArray(
      fc.string({ minLength: 1, maxLength: 8 }).filter((s) => /\p{L}/u.test(s)),
      {
        minLength: n,
        maxLength: n,
        selector: (s) => s.trim(),
      },
    );

  const rotaCase = fc
    .integer({ min: 1, max: 12 })
    .chain((n) =>
      fc.record({
        members: distinctNames(n),
        roleCount: fc.integer({ min: 1, max: n }),
        count: fc.integer({ min: 1, max: MAX_ROTA_MEETINGS }),
        startDate: fc.oneof(fc.constant(''), dateArb),
        frequency: fc.constantFrom(...FREQUENCIES),
      }),
    )
    .map((c) => ({ ...c, roles: Array.from({ length: c.roleCount }, (_, j) => `role ${j}`) }));

  it('over any n meetings in a row, each member holds each role exactly once, and one role at a time', () => {
    fc.assert(
      fc.property(rotaCase, ({ members, roles, count, startDate, frequency }) => {
        const rota = buildRota({ members, roles, startDate, frequency, count });
        const names = members.map((m) => m.trim());
        const n = names.length;
        expect(rota.rows).toHaveLength(count);
        expect(rota.shared).toBe(false);
        for (const row of rota.rows) {
          const holders = row.holders.map((h) => h.member);
          expect(new Set(holders).size).toBe(holders.length);
          expect(row.holders.map((h) => h.role)).toEqual(roles);
        }
        for (let start = 0; start + n <= rota.rows.length; start += 1) {
          const window = rota.rows.slice(start, start + n);
          for (let j = 0; j < roles.length; j += 1) {
            const held = window.map((row) => row.holders[j]?.member).sort();
            expect(held).toEqual([...names].sort());
          }
        }
      }),
    );
  });

  it('with more roles than members, the rota is shared and still fair', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 6 })
          .chain((n) => fc.record({ members: distinctNames(n), extra: fc.integer({ min: 1, max: 6 }) })),
        ({ members, extra }) => {
          const n = members.length;
          const roles = Array.from({ length: n + extra }, (_, j) => `role ${j}`);
          const rota = buildRota({ members, roles, startDate: '', frequency: 'weekly', count: n * 2 });
          expect(rota.shared).toBe(true);
          for (let j = 0; j < roles.length; j += 1) {
            const held = rota.rows.slice(0, n).map((row) => row.holders[j]?.member);
            expect(held.sort()).toEqual(members.map((m) => m.trim()).sort());
          }
        },
      ),
    );
  });

  it('duplicate names count as separate people', () => {
    const rota = buildRota({
      members: ['Anne', 'Bo', 'Anne'],
      roles: ['Host'],
      startDate: '',
      frequency: 'weekly',
      count: 3,
    });
    expect(rota.rows.map((r) => r.holders[0]?.member)).toEqual(['Anne', 'Bo', 'Anne']);
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 12 }),
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 12 }),
        fc.oneof(fc.constant(''), dateArb),
        fc.constantFrom(...FREQUENCIES),
        fc.integer({ min: -10, max: 80 }),
        (members, roles, startDate, frequency, count) => {
          const input = { members, roles, startDate, frequency, count };
          const copy = structuredClone(input);
          const first = buildRota(input);
          expect(buildRota(copy)).toEqual(first);
          expect(input).toEqual(copy);
        },
      ),
    );
  });
});

describe('meetingsFrom and meetingOn: the rota on a given day', () => {
  const group = (frequency: Frequency, startDate = '2027-01-05') => ({
    members: ['Ann', 'Bo', 'Cai'],
    roles: ROLES,
    startDate,
    frequency,
  });

  it.each<[string, Frequency, string, string, string[], number]>([
    ['the first meeting day itself', 'weekly', '2027-01-05', '2027-01-05', ['Ann', 'Bo', 'Cai'], 0],
    ['a day before the group starts', 'weekly', '2026-12-01', '2027-01-05', ['Ann', 'Bo', 'Cai'], 0],
    ['the day after a meeting', 'weekly', '2027-01-06', '2027-01-12', ['Bo', 'Cai', 'Ann'], 1],
    ['a week later', 'weekly', '2027-01-12', '2027-01-12', ['Bo', 'Cai', 'Ann'], 1],
    ['between fortnightly meetings', 'fortnightly', '2027-01-10', '2027-01-19', ['Bo', 'Cai', 'Ann'], 1],
    ['a month on', 'monthly', '2027-02-05', '2027-02-05', ['Bo', 'Cai', 'Ann'], 1],
    ['just after a monthly meeting', 'monthly', '2027-02-06', '2027-03-05', ['Cai', 'Ann', 'Bo'], 2],
    // Past the 52 meetings a rota lists, the pattern goes on: meeting 60 (index 59) is Ann's 0 + 59 mod 3 = 2.
    ['more than a year on', 'weekly', '2028-02-22', '2028-02-22', ['Cai', 'Ann', 'Bo'], 59],
  ])('%s', (_name, frequency, day, date, holders, index) => {
    const [next] = meetingsFrom(group(frequency), day, 1);
    expect(next).toEqual({
      index,
      date,
      holders: ROLES.map((role, j) => ({ role, member: holders[j] })),
    });
  });

  it('a monthly group from the 31st meets on the last day of shorter months', () => {
    const rows = meetingsFrom(group('monthly', '2027-01-31'), '2027-02-01', 3);
    expect(rows.map((r) => r.date)).toEqual(['2027-02-28', '2027-03-31', '2027-04-30']);
    expect(rows.map((r) => r.index)).toEqual([1, 2, 3]);
  });

  it('agrees with the rota the charter prints, for every listed meeting', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.constantFrom(...FREQUENCIES),
        fc.integer({ min: 1, max: 52 }),
        (start, frequency, count) => {
          const input = { ...group(frequency, start), count };
          const rota = buildRota(input);
          for (const row of rota.rows) {
            if (!row.date) continue;
            expect(meetingOn(input, row.date)).toEqual(row);
            expect(meetingsFrom(input, addDays(row.date, -1), 1)[0]?.date).toBe(
              row.index === 0 ? rota.rows[0]!.date : row.date,
            );
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives the next four meetings in order, one meeting apart', () => {
    const rows = meetingsFrom(group('fortnightly'), '2027-03-01', 4);
    expect(rows.map((r) => r.date)).toEqual(['2027-03-02', '2027-03-16', '2027-03-30', '2027-04-13']);
    expect(rows.map((r) => r.holders[0]?.member)).toEqual(['Bo', 'Cai', 'Ann', 'Bo']);
  });

  it('is not a meeting day between meetings', () => {
    expect(meetingOn(group('weekly'), '2027-01-06')).toBeUndefined();
  });

  it.each([
    ['no start date', { ...group('weekly'), startDate: '' }, '2027-01-05'],
    ['a day that does not exist', group('weekly'), '2027-02-30'],
  ])('gives nothing with %s', (_name, input, day) => {
    expect(meetingsFrom(input, day, 4)).toEqual([]);
  });

  it('without members, meetings still have dates but nobody holds a role', () => {
    const rows = meetingsFrom({ ...group('weekly'), members: [' ', ''] }, '2027-01-05', 2);
    expect(rows).toEqual([
      { index: 0, date: '2027-01-05', holders: [] },
      { index: 1, date: '2027-01-12', holders: [] },
    ]);
  });
});
