import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Which built pages are searchable: every guide and the rule catalogue, in
 * every language. Other pages (home, help now, the builder, the statements)
 * would only crowd the results with navigation text.
 */
export const SEARCHABLE_PAGES = '*/{guides/*,rules}/index.html';

/**
 * Parts of a searchable page that are not its content. Navigation (the
 * pager, the theme list), text only screen readers hear, the crumb, the
 * related-rules and source lists, short citations and the "last checked" line
 * repeat across pages and would make every page match the same words.
 */
export const EXCLUDED_SELECTORS = [
  'nav',
  '.visually-hidden',
  '.crumb',
  '.related',
  '.cta',
  '.sources',
  '.cite',
  '.updated',
  '.rule .meta',
];

/**
 * Builds the Pagefind search index after every build, with Pagefind's Node
 * API, into `<outDir>/pagefind/`. Pagefind reads `<html lang>` and writes one
 * index per language; it indexes what is inside `data-pagefind-body`.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'groundwork:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_SELECTORS });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: outDir, glob: SEARCHABLE_PAGES });
          if (added.errors.length > 0)
            throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${outDir}`);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          logger.info(`search index: ${added.page_count} pages → ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
