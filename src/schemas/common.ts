import { z } from 'zod';

/** The languages the site is written in. The first is the default. */
export const LANGUAGES = ['en', 'nb'] as const;

/** A language code the site is written in. */
export type Lang = (typeof LANGUAGES)[number];

/** A language code, checked against {@link LANGUAGES}. */
export const langSchema = z.enum(LANGUAGES);

/**
 * A stable identifier: lower-case words joined by hyphens. Ids appear in URLs,
 * saved drafts and share links, so they never change once published.
 */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens only');

/** Text that must not be empty or only spaces. */
export const textSchema = z.string().trim().min(1, 'Write some text here');

/** One piece of text in every site language. */
export const localizedSchema = z.strictObject({
  /** English wording. */
  en: textSchema,
  /** Norwegian Bokmål wording. */
  nb: textSchema,
});

/** A piece of text in every site language. */
export type Localized = z.infer<typeof localizedSchema>;
