/** Times the builder shows (when a draft was saved), in the page's language. */

// Made on first use: building a date format loads locale data, which is slow on a phone.
const formats = new Map<string, Intl.DateTimeFormat>();

/** A saved time as a clock time, or a date and time; an empty string for no time. */
export function formatTime(iso: string, lang: string, style: 'time' | 'date-time'): string {
  if (!iso) return '';
  const key = `${lang}-${style}`;
  let format = formats.get(key);
  if (!format) {
    const locale = lang === 'nb' ? 'nb-NO' : 'en-GB';
    format = new Intl.DateTimeFormat(
      locale,
      style === 'time' ? { hour: '2-digit', minute: '2-digit' } : { dateStyle: 'medium', timeStyle: 'short' },
    );
    formats.set(key, format);
  }
  return format.format(new Date(iso));
}
