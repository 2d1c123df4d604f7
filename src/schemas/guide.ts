import { z } from 'zod';
import { idSchema, textSchema } from './common.ts';

/** The parts of the guides, in reading order. */
export const GUIDE_SECTIONS = ['understand', 'start', 'run', 'sustain', 'background'] as const;

/** A part of the guides. */
export type GuideSection = (typeof GUIDE_SECTIONS)[number];

/**
 * Frontmatter of one guide page, stored as `content/guides/<lang>/<slug>.mdx`.
 * The same slug in every language makes one guide.
 */
export const guideSchema = z.strictObject({
  /** The page title, also the `<h1>`. */
  title: textSchema,
  /** One sentence for search results and link previews, at most 160 characters. */
  description: textSchema.max(160, 'Keep the description to 160 characters or fewer'),
  /** A one-paragraph summary shown as "In short" at the top of the page. */
  inShort: textSchema,
  /** Position in the list of guides; lower comes first. Must be the same in every language. */
  order: z.number().int().min(1),
  /** The part of the guides this page belongs to. */
  section: z.enum(GUIDE_SECTIONS),
  /** The date the page was last checked, as YYYY-MM-DD. */
  updated: z.coerce.date(),
  /** Ids of the evidence entries this page rests on, listed under "Where this comes from". */
  sources: z.array(idSchema).min(1, 'Cite at least one source'),
  /** Ids of catalogue rules this page is about, linked at the end of the page. */
  rules: z.array(idSchema).default([]),
  /** A draft is built in development only and left out of the published site. */
  draft: z.boolean().default(false),
});

/** Guide frontmatter as validated. */
export type Guide = z.infer<typeof guideSchema>;
