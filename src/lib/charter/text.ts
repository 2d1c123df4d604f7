/**
 * Text helpers with no dependencies: measuring what people type in characters
 * as a person sees them (graphemes), whether text is empty once spaces and
 * invisible characters are gone, and cleaning control characters out of text
 * before it goes into a file.
 *
 * Text is data: the group's words are kept as written, including right-to-left
 * text, bidi controls, combining marks and emoji. Only the ASCII control
 * characters (which no one types and which break files and terminals) go.
 */

// Made on first use: building a segmenter loads the browser's text data, which slows the first load.
let segmenter: Intl.Segmenter | undefined;

/** Text split into characters as a person sees them: 👍🏽, é written as e + ◌́, and 🇳🇴 are one each. */
export function graphemes(text: string): string[] {
  // Plain ASCII has one character per code unit: no need for the segmenter.
  if (/^[\x20-\x7e]*$/.test(text)) return text.split('');
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return Array.from(text);
  segmenter ??= new Intl.Segmenter();
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** The number of characters as a person sees them. */
export function graphemeCount(text: string): number {
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  return graphemes(text).length;
}

// Spaces, control characters, format characters (zero-width, bidi controls, soft hyphen), and the
// blank-looking Hangul fillers and Braille blank.
const INVISIBLE = /[\s\p{Cc}\p{Cf}\p{Zs}\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** Whether text is empty once spaces and invisible characters are removed. */
export function isBlank(text: string | undefined): boolean {
  return (text ?? '').replace(INVISIBLE, '').length === 0;
}

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

/** Whether text shows nothing once control characters, spaces and invisible characters are gone. */
export function isEmptyText(text: string): boolean {
  return isBlank(stripControls(text));
}

/** The number of Unicode code points in text (what the hard caps in `fields.ts` count). */
export function codePointCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i += 1;
    }
    n += 1;
  }
  return n;
}

/** The text cut to at most `max` code points (never inside a surrogate pair). */
export function cutToCodePoints(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  let n = 0;
  for (const point of text) {
    if (n >= max) break;
    out += point;
    n += 1;
  }
  return out;
}

/**
 * Text the group wrote, isolated for a sentence of ours (U+2068 FIRST STRONG ISOLATE … U+2069 POP
 * DIRECTIONAL ISOLATE): a name in Hebrew, or one with a right-to-left override (U+202E), then cannot
 * turn the words around it. For text that cannot hold `<bdi>`: a document's title, a print head, files.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
