import { z } from 'zod';

/**
 * A word or a phrase that search looks for in a query: letters, digits, spaces, hyphens and
 * apostrophes; a word may end in `*` to match every word that starts with it (`selvmord*`).
 */
export const searchTermSchema = z
  .string()
  .trim()
  .min(2, 'Write a word or a phrase')
  .max(60, 'Keep a term under 60 characters')
  .regex(
    /^[\p{L}\p{N}][\p{L}\p{N}' ’-]*\*?(?: [\p{L}\p{N}][\p{L}\p{N}'’-]*\*?)*$/u,
    'Use words separated by single spaces; only a word’s end may be *',
  );

/** Terms in every site language. */
const termsSchema = z.strictObject({
  /** English terms. */
  en: z.array(searchTermSchema).min(1, 'List at least one term'),
  /** Norwegian Bokmål terms. */
  nb: z.array(searchTermSchema).min(1, 'List at least one term'),
});

/** One situation: how people describe it, and what to search for on the site. */
export const situationSchema = z.strictObject({
  /** Ways people put it, per language. A query describes the situation when it has every meaningful word of one of them. */
  ask: termsSchema,
  /** Searches that find what the site says about it, per language, the best first. Use words the pages use. */
  find: termsSchema,
});

/**
 * What search knows beyond the words on the pages, stored as `content/search.yaml`: the words
 * that mean someone may be in danger now, and the situations people describe in their own words.
 */
export const searchSchema = z.strictObject({
  /** Words and phrases that show the help-now box above the results, per language. */
  crisis: termsSchema,
  /** How people describe situations the guides cover, and the searches that find them. */
  situations: z.array(situationSchema),
});

/** The search settings as validated. */
export type SearchSettings = z.infer<typeof searchSchema>;
