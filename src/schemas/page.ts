import { z } from 'zod';
import { textSchema } from './common.ts';

/**
 * Frontmatter of a plain site page such as the privacy or accessibility
 * statement, stored as `content/pages/<lang>/<slug>.mdx`.
 */
export const pageSchema = z.strictObject({
  /** The page title, also the `<h1>`. */
  title: textSchema,
  /** One sentence for search results and link previews, at most 160 characters. */
  description: textSchema.max(160, 'Keep the description to 160 characters or fewer'),
  /** The date the page was last checked, as YYYY-MM-DD. */
  updated: z.coerce.date(),
});

/** Page frontmatter as validated. */
export type Page = z.infer<typeof pageSchema>;
