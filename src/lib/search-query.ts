/**
 * Reading what someone typed into search before any index is asked: whether
 * it says they may be in danger now (so the help-now box comes first), and
 * which situation from `content/search.yaml` it describes (so the words the
 * site uses for it are searched too). Matching ignores case and accents, and
 * Norwegian æ, ø and å may be typed as ae, o and a. Small and free of the
 * search index, so the search page can run it at once. No DOM here.
 */
import type { Lang } from '../schemas/common.ts';

/**
 * A word in a form that ignores case and accents: lower case, accents dropped,
 * æ → ae, ø → o, å → a, so that "Nødnummer", "nodnummer" and "NØDNUMMER" are one word.
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss');
}

/**
 * The words of a text, folded: split at anything that is not a letter or a
 * digit ("self-harm" → self, harm; "don't" → don, t). A `*` stays on the
 * word before it, for terms that match the start of a word.
 */
export function tokens(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}*]+/u)
    .map((word) => word.replace(/\*+(?=.)/g, ''))
    .filter((word) => word !== '' && word !== '*');
}

/** Whether a query word matches a term word: the same word, or, for `plikt*`, any word that starts with it. */
function wordMatches(word: string, term: string): boolean {
  return term.endsWith('*') ? word.startsWith(term.slice(0, -1)) : word === term;
}

/**
 * Whether a term (a word or a phrase, such as `kill myself` or `selvmord*`)
 * appears in the query as whole words, in order and next to each other.
 */
export function hasTerm(queryTokens: readonly string[], term: string): boolean {
  const want = tokens(term);
  if (want.length === 0) return false;
  for (let start = 0; start + want.length <= queryTokens.length; start += 1) {
    if (want.every((w, i) => wordMatches(queryTokens[start + i]!, w))) return true;
  }
  return false;
}

/** Whether the query has any of the terms (for crisis words: whether to show the help-now box first). */
export function hasAnyTerm(query: string, terms: readonly string[]): boolean {
  const words = tokens(query);
  return terms.some((term) => hasTerm(words, term));
}

/** Endings left off before words are compared, longest first, so "talking", "talks" and "talked" meet. */
const ENDINGS: Record<Lang, readonly string[]> = {
  en: ['ing', 'ies', 'ied', 'es', 'ed', 'ly', 's', 'y', 'e'],
  nb: ['ene', 'ane', 'ende', 'ete', 'et', 'en', 'er', 'te', 'de', 'a', 'e'],
};

/**
 * A rough stem for comparing a situation's words with a query's: the folded
 * word without its inflection ending, and a doubled last letter made single
 * ("chatting" → chat, "medlemmer" → medlem, "snakker" → snakk → snak).
 */
export function stem(word: string, lang: Lang): string {
  let w = fold(word);
  for (const ending of ENDINGS[lang]) {
    if (w.length - ending.length >= 3 && w.endsWith(ending)) {
      w = w.slice(0, -ending.length);
      break;
    }
  }
  return w.replace(/(\p{L})\1$/u, '$1');
}

/**
 * Words that say nothing about a situation (articles, pronouns, "is"), left
 * out when a query is compared with one: "she talks too much" is about
 * "talk", "too" and "much".
 */
const FILLER: Record<Lang, ReadonlySet<string>> = {
  en: new Set(
    (
      'a an the i me my we us our you your he she him her his it its they them their is are am be been being ' +
      'was were this that these those someone somebody'
    ).split(' '),
  ),
  nb: new Set(
    (
      'en ei et den det de dem jeg meg min mitt mine vi oss vår vårt våre du deg din ditt dine han hun ham ' +
      'henne hen seg sin sitt sine er var være vært noen man'
    ).split(' '),
  ),
};

/** The meaningful words of a text, as stems, for comparing situations. */
export function keyStems(text: string, lang: Lang): string[] {
  const filler = FILLER[lang];
  return tokens(text)
    .filter((w) => !filler.has(w) && !filler.has(fold(w)))
    .map((w) => (w.endsWith('*') ? w : stem(w, lang)));
}

/** One situation: the ways people describe it, and what the site calls it. */
export interface Situation {
  /** Ways people put it, as words or phrases (a `*` ends a word that may go on). */
  ask: readonly string[];
  /** Searches that find what the site says about it, the best first. */
  find: readonly string[];
}

/**
 * How well the query describes the situation, from 0 (not at all) to 1: the
 * best of its ways of asking, by the share of that phrase's meaningful words
 * the query has, in any order and any inflection. A phrase counts only when
 * the query has all its words but at most one in three: "he never lets anyone
 * else talk" has three of the four in "won't let anyone else talk".
 */
export function describeScore(query: string, situation: Situation, lang: Lang): number {
  const words = tokens(query);
  const stems = keyStems(query, lang);
  let best = 0;
  for (const phrase of situation.ask) {
    const want = keyStems(phrase, lang);
    if (want.length === 0) continue;
    const found = want.filter((w) => {
      if (!w.endsWith('*')) return stems.includes(w);
      // "lecture*" also takes "lecturing": the start as a stem, when that still says something.
      const start = stem(w.slice(0, -1), lang);
      return words.some((word) => wordMatches(word, w) || (start.length >= 4 && word.startsWith(start)));
    }).length;
    if (found >= want.length - Math.floor(want.length / 3)) best = Math.max(best, found / want.length);
  }
  return best;
}

/** Whether the query describes the situation (see {@link describeScore}). */
export function describes(query: string, situation: Situation, lang: Lang): boolean {
  return describeScore(query, situation, lang) > 0;
}

/**
 * The searches to add for a query: those of every situation it describes, the
 * best described first (then in table order), each search once.
 */
export function situationSearches(query: string, situations: readonly Situation[], lang: Lang): string[] {
  const found: string[] = [];
  const scored = situations
    .map((situation, i) => ({ situation, i, score: describeScore(query, situation, lang) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i);
  for (const { situation } of scored) {
    for (const search of situation.find) if (!found.includes(search)) found.push(search);
  }
  return found;
}
