/**
 * Measuring what people type: characters as a person sees them (graphemes),
 * and whether text is empty once spaces and invisible characters are gone.
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

/** The largest number of characters (graphemes) each kind of text may have. */
export const LIMITS = {
  /** The group's name. */
  name: 80,
  /** What the group is for. */
  purpose: 600,
  /** Who the group is for. */
  audience: 300,
  /** Where and when, each. */
  short: 200,
  /** One rule's wording. */
  rule: 300,
  /** The name of a meeting part or a role. */
  label: 60,
  /** What happens when a rule is broken; how the charter is reviewed. */
  long: 1000,
  /** How many rules the group may write itself. */
  customRules: 25,
  /** How many rules a charter may have in all. */
  rules: 80,
  /** How many meeting parts or roles. */
  items: 12,
  /** The whole draft as JSON, in characters. */
  total: 100_000,
} as const;
