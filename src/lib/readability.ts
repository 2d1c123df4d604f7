/**
 * Readability scores for the guides, computed on plain prose.
 *
 * English pages use Flesch reading ease (higher is easier; 60 and up is plain
 * English). Norwegian pages use LIX, the Scandinavian readability index (lower
 * is easier; up to 40 is easy to fairly easy). Both formulas count sentences
 * and words; Flesch also counts syllables, LIX counts words of more than six
 * letters.
 */

/** The scores for one text. */
export interface ReadabilityScore {
  /** Words counted. */
  words: number;
  /** Sentences counted. */
  sentences: number;
  /** The score itself. */
  score: number;
}

/**
 * Turns MDX or Markdown source into plain prose: drops frontmatter, imports,
 * JSX tags, code, link targets and Markdown markers, and ends headings and
 * list items with a full stop so that they count as sentences.
 */
export function mdxToProse(source: string): string {
  return (
    source
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .replace(/^(import|export) .*$/gm, '')
      .replace(/```[\s\S]*?```/g, '')
      .replace(/`[^`]*`/g, '')
      // Self-closing components carry no prose.
      .replace(/<[A-Z][^>]*\/>/g, '')
      .replace(/<\/?[A-Za-z][^>]*>/g, '')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\{#[^}]*\}/g, '')
      .replace(/^\s*#{1,6}\s+(.*)$/gm, (_m, h: string) => `${endSentence(h)}`)
      .replace(/^\s*(?:[-*+]|\d+\.)\s+(.*)$/gm, (_m, item: string) => `${endSentence(item)}`)
      .replace(/^\s*>\s?/gm, '')
      .replace(/[*_]{1,3}([^*_]+)[*_]{1,3}/g, '$1')
      .replace(/\|/g, ' ')
  );
}

function endSentence(line: string): string {
  const trimmed = line.trim();
  return /[.!?:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Splits prose into words (letters and digits, with inner hyphens and apostrophes). */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Counts sentences: runs of text ended by ., !, ? or : followed by a space or the end, or by a blank line. */
export function sentenceCount(text: string): number {
  const parts = text.split(/(?<=[.!?:])\s+|\n\s*\n/).filter((part) => words(part).length > 0);
  return Math.max(1, parts.length);
}

/** Estimates the syllables of an English word by counting vowel groups, with the usual silent-e fixes. */
export function englishSyllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 1;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = w.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** Flesch reading ease of English prose: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. */
export function fleschReadingEase(text: string): ReadabilityScore {
  const list = words(text);
  const sentences = sentenceCount(text);
  const count = Math.max(1, list.length);
  const syllables = list.reduce((sum, w) => sum + englishSyllables(w), 0);
  const score = 206.835 - 1.015 * (count / sentences) - 84.6 * (syllables / count);
  return { words: list.length, sentences, score: Math.round(score * 10) / 10 };
}

/** LIX of Norwegian (or any Scandinavian) prose: words per sentence + 100 × share of words longer than six letters. */
export function lix(text: string): ReadabilityScore {
  const list = words(text);
  const sentences = sentenceCount(text);
  const count = Math.max(1, list.length);
  const long = list.filter((w) => w.replace(/[^\p{L}]/gu, '').length > 6).length;
  const score = count / sentences + (100 * long) / count;
  return { words: list.length, sentences, score: Math.round(score * 10) / 10 };
}

/** The pass marks the guides must meet, per language. */
export const READABILITY_TARGETS = {
  en: { index: 'Flesch reading ease', pass: (score: number) => score >= 60, target: '≥ 60' },
  nb: { index: 'LIX', pass: (score: number) => score <= 40, target: '≤ 40' },
} as const;

/** Scores prose in the given language with that language's index. */
export function readability(text: string, lang: 'en' | 'nb'): ReadabilityScore {
  return lang === 'en' ? fleschReadingEase(text) : lix(text);
}
