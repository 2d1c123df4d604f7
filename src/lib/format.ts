/**
 * Small text helpers with no dependencies, safe to ship to the browser:
 * filling `{name}` placeholders and writing dates the way each language does.
 */

/** Fills `{name}` placeholders in a string. Unknown placeholders are left as they are. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Formats a date as people write it in that language, such as "26 November 2026" or "26. november 2026". */
export function formatDate(date: Date, lang: 'en' | 'nb'): string {
  // One format per language, made on first use: making one loads locale data, which is slow on a phone.
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(lang, format);
  }
  return format.format(date);
}

const weekdayFormats = new Map<string, Intl.DateTimeFormat>();

/** The weekday of a calendar day (given as a UTC midnight) as people write it: "Tuesday", "tirsdag". */
export function formatWeekday(date: Date, lang: 'en' | 'nb'): string {
  let format = weekdayFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', { weekday: 'long', timeZone: 'UTC' });
    weekdayFormats.set(lang, format);
  }
  return format.format(date);
}

/** The calendar day of a moment where the person is (the device's time zone), as YYYY-MM-DD. */
export function localDay(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
