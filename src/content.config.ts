import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  guideSchema,
  pageSchema,
  presetSchema,
  ruleSchema,
  searchSchema,
  siteSchema,
  sourceSchema,
} from './schemas/index.ts';

/** The file name without folder or extension: `content/rules/absence-notice.yaml` → `absence-notice`. */
function fileId({ entry }: { entry: string }): string {
  return entry.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}

/** Guide pages: `content/guides/<lang>/<slug>.mdx`, id `<lang>/<slug>`. */
const guides = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/guides' }),
  schema: guideSchema,
});

/** The ground-rule catalogue: `content/rules/<id>.yaml`. */
const rules = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/rules', generateId: fileId }),
  schema: ruleSchema,
});

/** Builder presets: `content/presets/<id>.yaml`. */
const presets = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/presets', generateId: fileId }),
  schema: presetSchema,
});

/** Evidence entries cited by guides, rules and presets: `content/sources/<id>.yaml`. */
const sources = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/sources', generateId: fileId }),
  schema: sourceSchema,
});

/** Site settings and crisis contacts: the single file `content/site.yaml`. */
const site = defineCollection({
  loader: glob({ pattern: 'site.yaml', base: './content', generateId: fileId }),
  schema: siteSchema,
});

/** What search knows beyond the pages: crisis words and situations, the single file `content/search.yaml`. */
const search = defineCollection({
  loader: glob({ pattern: 'search.yaml', base: './content', generateId: fileId }),
  schema: searchSchema,
});

/** Plain site pages such as the privacy statement: `content/pages/<lang>/<slug>.mdx`. */
const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

export const collections = { guides, rules, presets, sources, site, search, pages };
