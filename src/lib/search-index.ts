/**
 * What the build adds to the search index, as pure functions for
 * `src/integrations/pagefind.ts`: the site's vocabulary from the text
 * Pagefind read, the splitting of compounds into the site's own words, and
 * the soft hyphens that let Pagefind index a compound's parts. No DOM.
 */
import { isStopWord } from './search.ts';
import { splitCompound } from './search-words.ts';

/** Languages that write compounds as one word, whose compounds are split for the index. */
export const COMPOUND_LANGUAGES: readonly string[] = ['nb'];

/** Letters that join the parts of a compound (Norwegian: taushet-s-plikt, møte-leder, hjelp-e-middel). */
export const JOINERS: Record<string, readonly string[]> = { nb: ['s', 'e'] };

/** The shortest part a compound is split into, in letters (tid, råd and ord are words). */
export const MIN_PART = 3;

/** The shortest last part: four letters, so that an ending such as -ene or -mer is not taken for a word. */
export const MIN_LAST = 4;

/** Words that are also endings, never taken as a compound's part ("del-ingen", "stå-ende"). */
const NOT_PARTS: ReadonlySet<string> = new Set([
  'ende',
  'ingen',
  'else',
  'elsen',
  'ning',
  'heten',
  'lige',
  'ene',
]);

/** The shortest word that is tried as a compound. */
export const MIN_COMPOUND = 7;

/** Where the vocabulary of a language is written, under the site's base path. */
export function vocabularyFile(lang: string): string {
  return `pagefind/groundwork-words.${lang}.json`;
}

/**
 * One page as Pagefind stored it: the fragment file's name starts with the
 * language (`fragment/nb_1a2b3c.pf_fragment`) and its text (after the 12-byte
 * `pagefind_dcd` signature) is JSON with the page's `content`. Undefined for
 * any other file.
 */
export function parseFragment(path: string, text: string): { lang: string; content: string } | undefined {
  const match = /^fragment\/([a-z]{2,3})(?:-[a-z0-9]+)?_[^/]+\.pf_fragment$/i.exec(path);
  if (!match) return undefined;
  const json = text.startsWith('pagefind_dcd') ? text.slice(12) : text;
  const data = JSON.parse(json) as { content?: unknown };
  return typeof data.content === 'string'
    ? { lang: match[1]!.toLowerCase(), content: data.content }
    : undefined;
}

/**
 * The words of some text as Pagefind indexes them, in lower case with only
 * letters and digits kept; a word with a hyphen or other sign inside counts
 * whole and as each part ("self-help" → selfhelp, self, help).
 */
export function indexWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\s+/)) {
    const whole = raw.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    if (whole.length < 2) continue;
    out.push(whole);
    const parts = raw
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((p) => p.length >= 2);
    if (parts.length > 1) out.push(...parts);
  }
  return out;
}

/** How often each word occurs in the texts. */
export function countWords(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const word of indexWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Splits a language's compounds into its own words, and says which parts it found. */
export interface CompoundSplitter {
  /** The parts of a word (in lower case) when it is a compound of the vocabulary's words. */
  split: (word: string) => string[] | undefined;
  /** Every part found, with how often the compounds it is in occur. */
  parts: Map<string, number>;
  /** How many of the vocabulary's words are compounds. */
  compounds: number;
}

/**
 * A compound splitter from a language's vocabulary: a part must be a word of
 * the vocabulary, at least `MIN_PART` letters long and not a function word
 * ("for", "med"), so "forslag" is not for + slag. Splits are made once for
 * the vocabulary and remembered.
 */
export function compoundSplitter(words: ReadonlyMap<string, number>, lang: string): CompoundSplitter {
  const isPart = (piece: string) =>
    piece.length >= MIN_PART && words.has(piece) && !isStopWord(piece, lang) && !NOT_PARTS.has(piece);
  const options = { isPart, minPart: MIN_PART, minLast: MIN_LAST, joiners: JOINERS[lang] ?? [] };
  const known = new Map<string, string[] | undefined>();
  const split = (word: string) => {
    const key = word.toLowerCase();
    if (!known.has(key)) {
      known.set(
        key,
        key.length >= MIN_COMPOUND && /^\p{L}+$/u.test(key) ? splitCompound(key, options) : undefined,
      );
    }
    return known.get(key);
  };
  const parts = new Map<string, number>();
  let compounds = 0;
  for (const [word, count] of words) {
    const pieces = split(word);
    if (!pieces) continue;
    compounds += 1;
    for (const piece of pieces) parts.set(piece, (parts.get(piece) ?? 0) + count);
  }
  return { split, parts, compounds };
}

/** The soft hyphen: invisible, except as a hyphen where a browser breaks a word at it. */
export const SOFT_HYPHEN = '\u00ad';

/**
 * The page's HTML with a soft hyphen at each join of every compound in its
 * text (not in tags, scripts or styles), in the word as written: "Taushetsplikt"
 * → "Taushets\u00adplikt". Pagefind indexes such a word whole and as its parts.
 */
export function markCompounds(html: string, split: (word: string) => string[] | undefined): string {
  let skip = false;
  return html
    .split(/(<[^>]*>)/)
    .map((piece) => {
      if (piece.startsWith('<')) {
        if (/^<(script|style)\b/i.test(piece)) skip = true;
        else if (/^<\/(script|style)\b/i.test(piece)) skip = false;
        return piece;
      }
      if (skip) return piece;
      return piece.replace(/[\p{L}\p{N}]+/gu, (word) => {
        const parts = split(word.toLowerCase());
        if (!parts || parts.join('') !== word.toLowerCase()) return word;
        let at = 0;
        return parts
          .map((part) => {
            const slice = word.slice(at, at + part.length);
            at += part.length;
            return slice;
          })
          .join(SOFT_HYPHEN);
      });
    })
    .join('');
}
