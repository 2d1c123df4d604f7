/**
 * The rota as a CSV file for a spreadsheet (RFC 4180), safe against formula
 * injection.
 */
import type { Rota } from '../rota.ts';
import { stripControls } from '../text.ts';

/** The column headings of the rota CSV that are not role names. */
export interface RotaCsvHeaders {
  /** The heading over the meeting number. */
  meeting: string;
  /** The heading over the date. */
  date: string;
}

// A cell starting with one of these is read as a formula by spreadsheet apps (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /["\r\n,]/;

/**
 * One CSV field: control characters removed, a leading `'` when the text
 * would otherwise start like a formula, and quoted (quotes doubled) when it
 * holds a quote, comma or line break.
 */
export function csvField(value: string): string {
  const clean = stripControls(value);
  const safe = FORMULA_START.test(clean) ? `'${clean}` : clean;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The rota as CSV (RFC 4180) for a spreadsheet: a header row (meeting, date,
 * then the roles), one row per meeting (its number from 1, its date, then who
 * holds each role), CRLF after every row, and a byte-order mark first so that
 * spreadsheet apps read æ, ø and å as UTF-8. Names are kept as text: a name
 * such as `=SUM(A1)` gets a leading `'` and is never run as a formula.
 */
export function rotaToCsv(rota: Rota, headers: RotaCsvHeaders, roles: string[]): string {
  const line = (fields: string[]) => `${fields.map(csvField).join(',')}\r\n`;
  const head = line([headers.meeting, headers.date, ...roles]);
  const body = rota.rows
    .map((row) =>
      line([String(row.index + 1), row.date, ...roles.map((_, j) => row.holders[j]?.member ?? '')]),
    )
    .join('');
  return `\uFEFF${head}${body}`;
}
