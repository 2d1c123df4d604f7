import { z } from 'zod';
import { localizedSchema, textSchema } from './common.ts';

/**
 * One piece of evidence that guides and rules cite: the study, a practice
 * organisation, or a legal text. Stored as `content/sources/<id>.yaml`.
 */
export const sourceSchema = z.strictObject({
  /** What kind of evidence this is: a research study, the practice of an organisation, or a law or convention. */
  kind: z.enum(['study', 'practice', 'law']),
  /** The full title of the work or the name of the organisation. */
  title: textSchema,
  /** Authors or organisation, as they should appear in a citation. */
  authors: textSchema,
  /** Year of publication, for studies and laws. */
  year: z.number().int().min(1900).max(2100).optional(),
  /** Journal, publisher or body, as it should appear in a citation. */
  publisher: textSchema.optional(),
  /** The Digital Object Identifier, without the `https://doi.org/` prefix. */
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, 'A DOI starts with "10." and has no spaces')
    .optional(),
  /** A public web address for the source. Only https links are allowed. */
  url: z.url({ protocol: /^https$/ }).optional(),
  /** Short label used in running text, such as "Landstad et al. 2020". */
  short: textSchema,
  /** One or two plain sentences, per language, on what the site takes from this source. */
  summary: localizedSchema,
});

/** A source entry as validated. */
export type Source = z.infer<typeof sourceSchema>;
