import { z } from 'zod';
import { idSchema, localizedSchema, textSchema } from './common.ts';

/**
 * One piece of evidence that guides and rules cite: the study, a practice
 * organisation, or a legal text. Stored as `content/sources/<id>.yaml`.
 */
export const sourceSchema = z
  .strictObject({
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
    /**
     * The places in the work that the site cites, by id: a section or finding, with a short label per
     * language (such as "results: A sounding board for emotions"). A study must declare its places, and
     * every citation of a study names one (`<Cite id="…" at="…" />`, a rule's `at`).
     */
    places: z.record(idSchema, localizedSchema).optional(),
  })
  .refine((s) => s.kind !== 'study' || (s.places !== undefined && Object.keys(s.places).length > 0), {
    message: 'A study must list its places (sections or findings) so that citations can name one',
    path: ['places'],
  });

/** A source entry as validated. */
export type Source = z.infer<typeof sourceSchema>;
