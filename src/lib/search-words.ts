/**
 * The site's own vocabulary, put to work for search: splitting compounds into
 * the words they are made of ("taushetsplikt" → taushets + plikt), telling a
 * word the index knows from one it does not, and finding the word someone
 * meant when they mistyped it ("confidentaility" → confidentiality). The
 * build makes the vocabulary from what Pagefind indexed
 * (`src/integrations/pagefind.ts`); the search page loads it with the index.
 * No service, no DOM.
 */
import { fold } from './search-query.ts';

/** The vocabulary of one language, ready for look-ups. */
export interface Vocabulary {
  /** The words, the most frequent first. */
  readonly words: readonly string[];
  /** The words, folded (case, accents, æøå), sorted, for prefix look-ups. */
  readonly sorted: readonly string[];
  /** Folded word → the word as the site writes it, the most frequent spelling. */
  readonly spelling: ReadonlyMap<string, string>;
  /** Folded word → its place in `words` (0 = most frequent). */
  readonly rank: ReadonlyMap<string, number>;
}

/** A word as the vocabulary compares it: folded, letters and digits only ("Don't" → dont, "Nød" → nod). */
export function wordKey(word: string): string {
  return fold(word).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Makes a vocabulary from its words, the most frequent first. */
export function makeVocabulary(words: readonly string[]): Vocabulary {
  const spelling = new Map<string, string>();
  const rank = new Map<string, number>();
  words.forEach((word, i) => {
    const key = wordKey(word);
    if (key === '') return;
    if (!spelling.has(key)) {
      spelling.set(key, word);
      rank.set(key, i);
    }
  });
  return { words, sorted: [...spelling.keys()].sort(), spelling, rank };
}

/** Whether some word of the vocabulary starts with `prefix` (folded). */
export function hasPrefix(vocab: Vocabulary, prefix: string): boolean {
  const key = wordKey(prefix);
  let lo = 0;
  let hi = vocab.sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocab.sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < vocab.sorted.length && vocab.sorted[lo]!.startsWith(key);
}

/** Endings an index's stemmer takes off, so that "meets" and "ended" count as known when "meeting" and "ending" are. */
const INFLECTIONS = /(?:ing|ings|ed|es|s|er|ers|ly|en|et|ene|ane|a|e|te|de|t)$/;

/** The same endings, as the whole rest of a word. */
const INFLECTION = /^(?:ing|ings|ed|es|s|er|ers|ly|en|et|ene|ane|a|e|te|de|t|ene|ende|ning|ninger|ingen)$/;

/** The words of the vocabulary that start with `prefix` (folded), in sorted order. */
function withPrefix(vocab: Vocabulary, prefix: string): string[] {
  let lo = 0;
  let hi = vocab.sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocab.sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < vocab.sorted.length && vocab.sorted[i]!.startsWith(prefix); i += 1)
    out.push(vocab.sorted[i]!);
  return out;
}

/**
 * Whether the index knows the word: the vocabulary has it or a longer word
 * that starts with it (Pagefind also finds words by their start, which is
 * what someone still typing needs), or the word is a known word with another
 * ending ("meets" for "meeting", "chatting" for "chat"). "tilbakemeling" is
 * not known for "tilbakemelding": "-ding" is no ending.
 */
export function isKnown(vocab: Vocabulary, word: string): boolean {
  const key = wordKey(word);
  if (key.length === 0 || hasPrefix(vocab, key)) return true;
  const bare = key.replace(INFLECTIONS, '');
  if (bare === key || bare.length < 3) return false;
  // "chatting" → chatt → chat, "medlemmer" → medlemm → medlem, but not after a one-letter ending.
  const stems = key.length - bare.length > 1 ? [bare, bare.replace(/(\p{L})\1$/u, '$1')] : [bare];
  return stems.some((b) => withPrefix(vocab, b).some((v) => v === b || INFLECTION.test(v.slice(b.length))));
}

/**
 * The edit distance between two words (optimal string alignment: a letter
 * added, dropped, changed, or two next to each other swapped each count one),
 * or `max + 1` as soon as it is sure to be over `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many typing slips a word of this length may have and still be recognised: none under 4 letters, 1 up to 8, then 2. */
export function allowedSlips(length: number): number {
  if (length < 4) return 0;
  return length < 9 ? 1 : 2;
}

/**
 * The word of the vocabulary someone most likely meant by a word it does not
 * know: the closest by edit distance (within `allowedSlips`), the most
 * frequent among equals, starting with the same letter (people seldom slip on
 * the first one, and "plikt" is not "likt"). Undefined when none is close enough.
 */
export function correction(vocab: Vocabulary, word: string): string | undefined {
  const key = wordKey(word);
  const max = allowedSlips(key.length);
  if (max === 0) return undefined;
  // Ranked by distance, then whole words before the starts of longer words, then by frequency.
  let best: { word: string; score: [number, number, number] } | undefined;
  const better = (a: [number, number, number], b: [number, number, number]) =>
    a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  for (const candidate of vocab.sorted) {
    if (candidate.length < 3 || candidate[0] !== key[0]) continue;
    const rank = vocab.rank.get(candidate) ?? Infinity;
    const whole = editDistance(key, candidate, max);
    if (whole <= max && (!best || better([whole, 0, rank], best.score) < 0)) {
      best = { word: vocab.spelling.get(candidate) ?? candidate, score: [whole, 0, rank] };
    }
    // The start of a longer word: "forsknig" is a slip in "forskning", the start of "forskningen".
    const spelled = vocab.spelling.get(candidate) ?? candidate;
    for (const length of [key.length + 1, key.length, key.length - 1]) {
      if (length < 4 || length >= candidate.length) continue;
      const distance = editDistance(key, candidate.slice(0, length), max);
      const word = spelled.length === candidate.length ? spelled.slice(0, length) : spelled;
      if (distance <= max && (!best || better([distance, 1, rank], best.score) < 0)) {
        best = { word, score: [distance, 1, rank] };
      }
    }
  }
  return best?.word;
}

/** How compounds are split. */
export interface SplitOptions {
  /** Whether a piece (in lower case, as cut from the word) is a word that can stand in a compound. */
  isPart: (piece: string) => boolean;
  /** The shortest part, in letters. */
  minPart?: number;
  /** The shortest last part, in letters: longer than `minPart`, so that an ending ("-ene") is not taken for a word. */
  minLast?: number;
  /** Letters that may join two parts (Norwegian: s, e), kept on the first part. */
  joiners?: readonly string[];
}

/**
 * Splits a compound into known words, the longest first part first:
 * "taushetsplikt" → [taushets, plikt], "selvhjelpsgruppe" → [selvhjelps,
 * gruppe] (then "selvhjelps" → [selv, hjelps] when asked again). A joining
 * letter stays on the part before it, so the parts put together give the
 * word back (in lower case, letter for letter, so the cuts can be made in the
 * word as written). Undefined when the word is not made of known words.
 */
export function splitCompound(word: string, options: SplitOptions): string[] | undefined {
  const { isPart, minPart = 3, minLast = minPart, joiners = [] } = options;
  const key = word.toLowerCase();
  const walk = (rest: string, depth: number): string[] | undefined => {
    if (depth > 3) return undefined;
    for (let cut = rest.length - minLast; cut >= minPart; cut -= 1) {
      const head = rest.slice(0, cut);
      const tail = rest.slice(cut);
      const joined = joiners.some(
        (j) => head.endsWith(j) && head.length - j.length >= minPart && isPart(head.slice(0, -j.length)),
      );
      if (!isPart(head) && !joined) continue;
      if (isPart(tail)) return [head, tail];
      const more = walk(tail, depth + 1);
      if (more) return [head, ...more];
    }
    return undefined;
  };
  return key.length >= minPart + minLast ? walk(key, 0) : undefined;
}

/**
 * The words of the vocabulary that end in `part`, the most frequent first: the
 * compounds a word is the last part of ("plikt" → taushetsplikt, meldeplikt),
 * for when the word itself never stands alone on the site. Each compound has
 * at least three letters before the part.
 */
export function compoundsEndingIn(vocab: Vocabulary, part: string, limit = 4): string[] {
  const key = wordKey(part);
  if (key.length < 4) return [];
  return vocab.sorted
    .filter((word) => word.length >= key.length + 3 && word.endsWith(key))
    .sort((a, b) => (vocab.rank.get(a) ?? 0) - (vocab.rank.get(b) ?? 0))
    .slice(0, limit)
    .map((word) => vocab.spelling.get(word) ?? word);
}

/**
 * The longest word of the vocabulary that a word starts with, when it is at
 * least five letters and half the word: what is left of a compound whose end
 * is misspelt or not on the site ("taushetsplikkt" → taushet). Shorter starts
 * ("selv" in "selvmord") say too little to search for.
 */
export function knownStart(vocab: Vocabulary, word: string): string | undefined {
  const key = wordKey(word);
  for (let end = key.length - 1; end >= 5 && end * 2 >= key.length; end -= 1) {
    const start = vocab.spelling.get(key.slice(0, end));
    if (start) return start;
  }
  return undefined;
}

/** What to search for, worked out from the words of a query and the vocabulary. */
export interface WordPlan {
  /**
   * The searches to run, the best first, each a list of words that must all be on a page: the
   * query as typed (corrected, compounds written together split), then with a word that only
   * ends compounds replaced by each compound, then the query with its compounds in parts, then
   * with its long words cut to the known word they start with.
   * Empty when the index knows none of the words.
   */
  searches: string[][];
  /** The words that were corrected, as typed → as meant, for "Did you mean …?". */
  corrections: [typed: string, meant: string][];
  /** The words the index does not know and nothing could be made of. */
  unknown: string[];
}

/**
 * Works out the searches for a query's words. A word the index knows stays as
 * typed (spelled as the site spells it, so "nodnummer" searches "nødnummer"),
 * and when it is a compound another search has its parts, to find "gruppe for
 * selvhjelp" from "selvhjelpsgruppe". A word the index does not know is split
 * if it is a compound of known words ("timekeeper"); else, when it is the end
 * of compounds on the site ("plikt"), those compounds are searched; else it is
 * corrected to the word it most likely means; else, when it starts with a long
 * known word, that word is searched; else it is left out: the index could only
 * find pages for it by accident. `splitKnown` splits the words the
 * index knows (for a language that writes compounds together), `split` the
 * unknown ones; `broaden` (for such a language too) adds a search with long
 * words cut to the known word they start with ("taushetsplikt" → taushet).
 */
export function planWords(
  words: readonly string[],
  vocab: Vocabulary,
  split: (word: string) => string[] | undefined,
  splitKnown: (word: string) => string[] | undefined = split,
  broaden = true,
): WordPlan {
  const main: string[] = [];
  const parts: string[] = [];
  const corrections: [string, string][] = [];
  const unknown: string[] = [];
  const endings: { at: number; compounds: string[] }[] = [];
  const broader: string[] = [];
  let anyParts = false;
  let anyBroader = false;
  const add = (list: string[]) => {
    main.push(...list);
    parts.push(...list);
    broader.push(...list);
  };
  for (const word of words) {
    if (word.startsWith('"')) {
      add([word]);
      continue;
    }
    if (isKnown(vocab, word)) {
      const spelled = vocab.spelling.get(wordKey(word)) ?? word;
      main.push(spelled);
      const pieces = splitKnown(word);
      if (pieces) anyParts = true;
      parts.push(...(pieces ?? [spelled]));
      // A long word the site seldom uses also searches its start: "taushetsplikt" → taushet.
      const start = broaden && wordKey(word).length >= 9 ? knownStart(vocab, word) : undefined;
      if (start) anyBroader = true;
      broader.push(start ?? spelled);
      continue;
    }
    const pieces = split(word);
    if (pieces) {
      add(pieces);
      continue;
    }
    const compounds = compoundsEndingIn(vocab, word);
    if (compounds.length > 0) {
      endings.push({ at: main.length, compounds });
      continue;
    }
    const meant = correction(vocab, word);
    if (meant) {
      main.push(meant);
      parts.push(meant);
      const start = broaden && wordKey(meant).length >= 9 ? knownStart(vocab, meant) : undefined;
      if (start) anyBroader = true;
      broader.push(start ?? meant);
      corrections.push([word, meant]);
      continue;
    }
    const start = knownStart(vocab, word);
    if (start) {
      add([start]);
      continue;
    }
    unknown.push(word);
  }
  const searches: string[][] = [];
  const push = (list: string[]) => {
    if (list.length > 0 && !searches.some((s) => s.join(' ') === list.join(' '))) searches.push(list);
  };
  if (endings.length === 0) push(main);
  for (const { at, compounds } of endings) {
    for (const compound of compounds) push([...main.slice(0, at), compound, ...main.slice(at)]);
  }
  if (anyParts) push(parts);
  if (endings.length > 0) push(main);
  if (anyBroader) push(broader);
  return { searches, corrections, unknown };
}

/** The query with each corrected word put right, for "Did you mean …?": ("confidentaility rules", [[confidentaility, confidentiality]]) → "confidentiality rules". */
export function correctedQuery(query: string, corrections: readonly (readonly [string, string])[]): string {
  let out = query;
  for (const [typed, meant] of corrections) {
    const escaped = typed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu'), meant);
  }
  return out;
}
