import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, rotaToCsv } from '../../../../../src/lib/charter/on-demand/csv.ts';
import { buildRota, meetingDates } from '../../../../../src/lib/charter/rota.ts';
import { isBlank, stripControls } from '../../../../../src/lib/charter/text.ts';

/**
 * A strict RFC 4180 reader: a byte-order mark first, fields separated by
 * commas, every record ended by CRLF, quotes only around whole fields (doubled
 * inside). Anything else throws, so a malformed file fails the test.
 */
function parseCsv(text: string): string[][] {
  if (!text.startsWith('\uFEFF')) throw new Error('no byte-order mark');
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 1;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('unclosed quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i += 1;
            break;
          }
        } else {
          field += text[i];
          i += 1;
        }
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        field += text[i];
        i += 1;
      }
    }
    row.push(field);
    if (text[i] === ',') {
      i += 1;
    } else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else {
      throw new Error(`expected , or CRLF at ${i}`);
    }
  }
  if (row.length > 0) throw new Error('last record has no CRLF');
  return rows;
}

/**
 * A strict RFC 4180 reader: a byte-order mark first, fields separated by
 * commas, every record ended by */
function expectedCell(text: string): string {
  const clean = stripControls(text);
  return /^[=+\-@\t\r]/.test(clean) ? `'${clean}` : clean;
}

describe('csvField', () => {
  it.each([
    ['Anne', 'Anne'],
    ['', ''],
    ['2027-01-14', '2027-01-14'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', '"\n=1"'],
    ['\u0000=1', "'=1"],
    ['\u0007\u0008+1', "'+1"],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['line\nbreak', '"line\nbreak"'],
    ['line\r\nbreak', '"line\nbreak"'],
    ['old\rmac', '"old\nmac"'],
    ['a=1', 'a=1'],
    [' =1', ' =1'],
    ["'quoted'", "'quoted'"],
    ['Åse Ørnes Bæk', 'Åse Ørnes Bæk'],
    ['👩🏽‍🦱 Kari', '👩🏽‍🦱 Kari'],
    ['مريم', 'مريم'],
    ['\u202Eevil', '\u202Eevil'],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('rotaToCsv', () => {
  const headers = { meeting: 'Møte', date: 'Dato' };

  it('writes a whole rota', () => {
    const roles = ['Vert', 'Tidtaker', 'Velkomst'];
    const rota = buildRota({
      members: ['Åse', 'Bjørn, jr.', '=cmd'],
      roles,
      startDate: '2027-01-31',
      frequency: 'monthly',
      count: 3,
    });
    expect(rotaToCsv(rota, headers, roles)).toBe(
      '\uFEFFMøte,Dato,Vert,Tidtaker,Velkomst\r\n' +
        `1,2027-01-31,Åse,"Bjørn, jr.",'=cmd\r\n` +
        `2,2027-02-28,"Bjørn, jr.",'=cmd,Åse\r\n` +
        `3,2027-03-31,'=cmd,Åse,"Bjørn, jr."\r\n`,
    );
  });

  it('writes only the header row for an empty rota', () => {
    expect(rotaToCsv({ rows: [], shared: false }, headers, ['Vert'])).toBe('\uFEFFMøte,Dato,Vert\r\n');
  });

  it('leaves the date empty when there is no start date', () => {
    const rota = buildRota({ members: ['A'], roles: ['Host'], startDate: '', frequency: 'weekly', count: 2 });
    expect(rotaToCsv(rota, { meeting: 'Meeting', date: 'Date' }, ['Host'])).toBe(
      '\uFEFFMeeting,Date,Host\r\n1,,A\r\n2,,A\r\n',
    );
  });

  const HOSTILE = [
    '=HYPERLINK("http://x")',
    '+1',
    '-2',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    'say "hi"',
    'a, b',
    'two\nlines',
    'crlf\r\nline',
    '😀',
    '👩🏽‍🦱',
    'מרים',
    'مريم',
    'Æsa Øyvind Åshild',
    '\u0000\u001F\u007F',
    '\uD800',
  ];

  it('keeps hostile names as text and never starts a cell like a formula', () => {
    const rota = buildRota({
      members: HOSTILE,
      roles: HOSTILE,
      startDate: '2027-01-14',
      frequency: 'weekly',
      count: 20,
    });
    const rows = parseCsv(rotaToCsv(rota, { meeting: '=M', date: '-D' }, HOSTILE));
    expect(rows[0]).toEqual(["'=M", "'-D", ...HOSTILE.map(expectedCell)]);
    expect(rows).toHaveLength(21);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const members = HOSTILE.map((m) => m.trim()).filter((m) => !isBlank(m));
    expect(members).toHaveLength(HOSTILE.length - 1);
    rows.slice(1).forEach((row, i) => {
      expect(row.slice(0, 2)).toEqual([String(i + 1), meetingDates('2027-01-14', 'weekly', 20)[i]]);
      expect(row.slice(2)).toEqual(HOSTILE.map((_, j) => expectedCell(members[(i + j) % members.length]!)));
    });
  });

  const NASTY = fc.constantFrom(...'=+-@\t\r\n",;\'a æøå😀\u0000\u202E'.split(''), '\r\n', 'مريم', '\uD83D');
  const cellText = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.string({ unit: NASTY, maxLength: 12 }),
  );

  it('parses back to the rota for any names', () => {
    fc.assert(
      fc.property(
        fc.array(cellText, { maxLength: 8 }),
        fc.array(cellText, { minLength: 1, maxLength: 6 }),
        fc.record({ meeting: cellText, date: cellText }),
        fc.integer({ min: 1, max: 10 }),
        (members, roles, head, count) => {
          const rota = buildRota({ members, roles, startDate: '2027-01-14', frequency: 'weekly', count });
          const csv = rotaToCsv(rota, head, roles);
          expect(csv.startsWith('\uFEFF')).toBe(true);
          expect(csv.endsWith('\r\n')).toBe(true);
          const rows = parseCsv(csv);
          expect(rows).toEqual([
            [head.meeting, head.date, ...roles].map(expectedCell),
            ...rota.rows.map((row) => [
              String(row.index + 1),
              row.date,
              ...row.holders.map((h) => expectedCell(h.member)),
            ]),
          ]);
          for (const cell of rows.flat()) {
            expect(cell).not.toMatch(/^[=+\-@\t\r]/);
            // eslint-disable-next-line no-control-regex
            expect(cell).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
          }
        },
      ),
    );
  });
});
