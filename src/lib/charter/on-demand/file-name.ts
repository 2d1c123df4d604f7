/**
 * A file name that is safe on every system, made from the group's name, for
 * every download (the charter's files, the rota, the calendar files, a card's picture).
 */
import { graphemes, stripControls } from '../text.ts';

/** The kinds of file a charter or draft can be saved as. */
export type FileExtension = 'json' | 'md' | 'html' | 'txt' | 'csv' | 'ics' | 'png';

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
