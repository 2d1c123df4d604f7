/**
 * What every download of a charter shares: cleaning the group's text of
 * control characters, the line for a crisis contact, and a file name that is
 * safe on every system.
 *
 * Text is data: the group's words are kept as written, including right-to-left
 * text, bidi controls, combining marks and emoji. Only the ASCII control
 * characters (which no one types and which break files and terminals) go.
 */
import type { Charter, CrisisLine } from './charter.ts';
import { isBlank } from './text.ts';
import { graphemes } from './text.ts';

/** The kinds of file a charter or draft can be saved as. */
export type FileExtension = 'json' | 'md' | 'html' | 'txt' | 'csv' | 'ics';

// U+0000–U+001F except tab (U+0009) and newline (U+000A), and DEL (U+007F).
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
// A surrogate pair, or a surrogate half on its own (written without lookbehind, for older Safari).
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

/**
 * Removes ASCII control characters other than newline and tab. Windows and old
 * Mac line ends (CR LF, CR) become newlines first, so no line break is lost;
 * lone surrogate halves (never valid text) become U+FFFD, as any UTF-8 file would.
 */
export function stripControls(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROLS, '')
    .replace(SURROGATES, (s) => (s.length === 2 ? s : '\uFFFD'));
}

/** Whether text shows nothing once control characters, spaces and invisible characters are gone; such a section is left out. */
export function isEmptyText(text: string): boolean {
  return isBlank(stripControls(text));
}

/** A crisis contact as one line: "113 — Medical emergency. Call when a life is in danger." */
export function crisisLineText(line: CrisisLine): string {
  const name = line.name.trim();
  const when = line.when.trim();
  const head = name ? `${line.phone.trim()} — ${name}` : line.phone.trim();
  if (!when) return head;
  return /[.!?:]$/u.test(head) ? `${head} ${when}` : `${head}. ${when}`;
}

/** The label after a rule the group wrote or reworded: "(our own words)". */
export function ownWordsLabel(charter: Charter): string {
  return `(${charter.labels.ownWords})`;
}

/** The longest file name before the extension, in code points. */
export const MAX_FILE_NAME = 60;

// Names Windows keeps for devices, with or without an extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;
// Letters that look blank: the Hangul fillers (the same set `text.ts` treats as invisible).
const BLANK_LETTERS = /[\u115F\u1160\u3164\uFFA0]/gu;
// Apostrophes vanish ("Anna's" → "annas"); anything else that is not a letter, mark or digit separates words.
const APOSTROPHES = /['\u2019\u02BC]/gu;
const SEPARATORS = /[^\p{L}\p{M}\p{Nd}]+/gu;

/** Cuts a name to at most `max` code points without splitting a character a person sees as one. */
function cut(name: string, max: number): string {
  let out = '';
  let used = 0;
  for (const g of graphemes(name)) {
    const size = Array.from(g).length;
    if (used + size > max) break;
    out += g;
    used += size;
  }
  return out;
}

function slug(text: string): string {
  const words = stripControls(text)
    .normalize('NFC')
    .toLowerCase()
    .normalize('NFC')
    .replace(BLANK_LETTERS, '')
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, '-')
    // A combining mark needs a letter before it; one left at the start of a word is dropped.
    .replace(/(^|-)\p{M}+/gu, '$1')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return cut(words, MAX_FILE_NAME).replace(/-+$/, '');
}

/**
 * A file name for a download, from the group's name: lower case, words joined
 * by hyphens, letters of any script kept ("Tirsdagsgruppa på Solvang" →
 * "tirsdagsgruppa-på-solvang.md"). Never empty, never hidden, no path
 * separators or characters Windows refuses, no device names such as CON, and at
 * most 60 characters before the extension.
 */
export function safeFileName(groupName: string, ext: FileExtension, fallback = 'charter'): string {
  const base = slug(groupName) || slug(fallback) || 'charter';
  const name = RESERVED.test(base) ? `${base}-${slug(fallback) || 'charter'}` : base;
  return `${name}.${ext}`;
}
