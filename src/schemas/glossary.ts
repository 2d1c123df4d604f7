import { z } from 'zod';
import { textSchema } from './common.ts';

/** One term of the glossary: the word to use for an idea, and the variants not to use. */
export const glossaryTermSchema = z.strictObject({
  /** The word (or its forms) to use, as writers should write it, such as "deltaker, deltakerne". */
  use: textSchema,
  /** The idea the word names, in English, such as "the people in a group". */
  means: textSchema,
  /** Words or phrases not to use for this idea. The content check fails any of them, as whole words. */
  avoid: z.array(textSchema).default([]),
  /** Match the avoided words exactly as written ("link" fails, "LINK", the centres' name, does not). */
  caseSensitive: z.boolean().default(false),
  /** Anything else a writer should know, such as when the word needs explaining. */
  note: textSchema.optional(),
});

/** The words that say something comes from the study or from research, in one language. */
export const attributionSchema = z.strictObject({
  /** Words and phrases that attribute to the study or to research, matched as whole words, any case. */
  words: z.array(textSchema).min(1, 'List at least one word'),
  /** Phrases that contain one of the words but attribute nothing (such as "the paper worksheet"). */
  except: z.array(textSchema).default([]),
});

/**
 * The glossary, stored as `content/glossary.yaml`: one term per idea in each language, and the words
 * that attribute to the study. The content check enforces both (see `content/README.md`).
 */
export const glossarySchema = z.strictObject({
  /** Per language, the words that attribute to the study or to research. */
  attribution: z.strictObject({
    /** English. */
    en: attributionSchema,
    /** Norwegian Bokmål. */
    nb: attributionSchema,
  }),
  /** Per language, the terms to use and their variants to avoid. */
  terms: z.strictObject({
    /** English. */
    en: z.array(glossaryTermSchema),
    /** Norwegian Bokmål. */
    nb: z.array(glossaryTermSchema),
  }),
});

/** The glossary as validated. */
export type Glossary = z.infer<typeof glossarySchema>;

/** One glossary term as validated. */
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
