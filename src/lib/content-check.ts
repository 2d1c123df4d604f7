/**
 * Checks the whole content folder at once: every file against its schema, then
 * the links between files (rule ids, source ids, translations). Astro's
 * collections check each file alone; this adds what needs all files together,
 * and names the file and the field for every problem so an editor can fix it.
 */
import type { z } from 'zod';
import {
  guideSchema,
  idSchema,
  LANGUAGES,
  pageSchema,
  presetSchema,
  ruleSchema,
  searchSchema,
  siteSchema,
  sourceSchema,
} from '../schemas/index.ts';

/** One content file as read from disk. */
export interface ContentFile {
  /** Path relative to the project, such as `content/rules/absence-notice.yaml`. */
  file: string;
  /** The parsed YAML or frontmatter; `undefined` when the file could not be parsed. */
  data: unknown;
  /** The MDX body of a guide, without frontmatter. */
  body?: string;
  /** Why the file could not be parsed, if it could not. */
  parseError?: string;
}

/** Every content file, by collection. */
export interface ContentBundle {
  /** `content/guides/<lang>/<slug>.mdx` files. */
  guides: ContentFile[];
  /** `content/rules/<id>.yaml` files. */
  rules: ContentFile[];
  /** `content/presets/<id>.yaml` files. */
  presets: ContentFile[];
  /** `content/sources/<id>.yaml` files. */
  sources: ContentFile[];
  /** `content/pages/<lang>/<slug>.mdx` files. */
  pages: ContentFile[];
  /** `content/site.yaml`, if present. */
  site?: ContentFile;
  /** `content/search.yaml`, if present. */
  search?: ContentFile;
}

/** A problem an editor must fix. */
export interface Problem {
  /** The file at fault. */
  file: string;
  /** The field at fault, as a dotted path, or `(file)` for the file as a whole. */
  field: string;
  /** What is wrong, in plain words. */
  message: string;
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'English (en)', nb: 'Norwegian Bokmål (nb)' };

/** The file name without folder or extension. */
export function idOf(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}

function validate<T>(schema: z.ZodType<T>, entry: ContentFile, problems: Problem[]): T | undefined {
  if (entry.parseError !== undefined) {
    problems.push({ file: entry.file, field: '(file)', message: `Could not be read: ${entry.parseError}` });
    return undefined;
  }
  const result = schema.safeParse(entry.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({
      file: entry.file,
      field: issue.path.length > 0 ? issue.path.join('.') : '(file)',
      message: plainMessage(issue),
    });
  }
  return undefined;
}

function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message))
    return 'This field is missing';
  if (issue.code === 'unrecognized_keys') return `Unknown field(s): ${issue.keys.join(', ')}`;
  return issue.message;
}

function checkId(entry: ContentFile, problems: Problem[]): string {
  const id = idOf(entry.file);
  if (!idSchema.safeParse(id).success) {
    problems.push({
      file: entry.file,
      field: '(file name)',
      message: `"${id}" is not a valid id: use lower-case letters, digits and single hyphens`,
    });
  }
  return id;
}

function checkRefs(
  entry: ContentFile,
  field: string,
  ids: readonly string[],
  known: ReadonlySet<string>,
  what: string,
  problems: Problem[],
): void {
  ids.forEach((id, index) => {
    if (!known.has(id)) {
      problems.push({ file: entry.file, field: `${field}.${index}`, message: `Unknown ${what} id "${id}"` });
    }
  });
}

/** Component uses in an MDX body that name a rule or a source: `<RuleCard id="…" />`, `<Cite id="…" />`. */
export function componentRefs(body: string, component: string): string[] {
  const pattern = new RegExp(`<${component}\\b[^>]*?\\bid=["']([^"']*)["']`, 'g');
  return [...body.matchAll(pattern)].map((m) => m[1] ?? '');
}

/** Checks every content file and the references between them; returns every problem found. */
export function checkContent(bundle: ContentBundle, languages: readonly string[] = LANGUAGES): Problem[] {
  const problems: Problem[] = [];

  const sourceIds = new Set<string>();
  for (const entry of bundle.sources) {
    sourceIds.add(checkId(entry, problems));
    validate(sourceSchema, entry, problems);
  }

  const ruleIds = new Set<string>();
  for (const entry of bundle.rules) {
    ruleIds.add(checkId(entry, problems));
    const rule = validate(ruleSchema, entry, problems);
    if (!rule) continue;
    checkRefs(entry, 'sources', rule.sources, sourceIds, 'source', problems);
    if (rule.variants?.kind === 'wordings') {
      const seen = new Set<string>();
      rule.variants.options.forEach((option, index) => {
        if (seen.has(option.id)) {
          problems.push({
            file: entry.file,
            field: `variants.options.${index}.id`,
            message: `The wording id "${option.id}" is used twice`,
          });
        }
        seen.add(option.id);
      });
    }
  }

  for (const entry of bundle.presets) {
    checkId(entry, problems);
    const preset = validate(presetSchema, entry, problems);
    if (!preset) continue;
    checkRefs(entry, 'rules', preset.rules, ruleIds, 'rule', problems);
    checkRefs(entry, 'sources', preset.sources, sourceIds, 'source', problems);
    const seen = new Set<string>();
    preset.rules.forEach((id, index) => {
      if (seen.has(id))
        problems.push({
          file: entry.file,
          field: `rules.${index}`,
          message: `The rule "${id}" is listed twice`,
        });
      seen.add(id);
    });
  }

  if (!bundle.site) {
    problems.push({
      file: 'content/site.yaml',
      field: '(file)',
      message: 'The site settings file is missing',
    });
  } else {
    validate(siteSchema, bundle.site, problems);
  }

  if (!bundle.search) {
    problems.push({
      file: 'content/search.yaml',
      field: '(file)',
      message: 'The search settings file (crisis words and situations) is missing',
    });
  } else {
    validate(searchSchema, bundle.search, problems);
  }

  checkTranslated(bundle.guides, 'guides', languages, problems, (entry, lang) => {
    const guide = validate(guideSchema, entry, problems);
    if (!guide) return undefined;
    const body = entry.body ?? '';
    checkRefs(entry, 'sources', guide.sources, sourceIds, 'source', problems);
    checkRefs(entry, 'rules', guide.rules, ruleIds, 'rule', problems);
    checkRefs(entry, '<RuleCard id>', componentRefs(body, 'RuleCard'), ruleIds, 'rule', problems);
    const cited = componentRefs(body, 'Cite');
    checkRefs(entry, '<Cite id>', cited, sourceIds, 'source', problems);
    for (const id of cited) {
      if (sourceIds.has(id) && !guide.sources.includes(id)) {
        problems.push({
          file: entry.file,
          field: '<Cite id>',
          message: `"${id}" is not listed in this page's sources: add it to sources so the citation has somewhere to link`,
        });
      }
    }
    if (!/\]\(\/[^)]*\)|href=["']\/[^"']*/.test(body)) {
      problems.push({
        file: entry.file,
        field: '(body)',
        message: 'Link to at least one other page of the site',
      });
    }
    for (const m of body.matchAll(/\]\((\/(?!\/)[^)\s]*)\)/g)) {
      const href = m[1] ?? '';
      if (!href.startsWith(`/${lang}/`)) {
        problems.push({
          file: entry.file,
          field: '(body)',
          message: `The link ${href} leaves the page's language: start it with /${lang}/`,
        });
      }
    }
    return `${guide.order}/${guide.section}`;
  });
  checkTranslated(bundle.pages, 'pages', languages, problems, (entry) =>
    validate(pageSchema, entry, problems) ? '' : undefined,
  );

  return problems;
}

/**
 * Checks files kept per language (`content/<folder>/<lang>/<slug>.mdx`): each is
 * validated by `check`, which returns a key that must match across languages
 * (or `undefined` when the file is invalid), and every slug must exist in
 * every language.
 */
function checkTranslated(
  files: readonly ContentFile[],
  folder: string,
  languages: readonly string[],
  problems: Problem[],
  check: (entry: ContentFile, lang: string) => string | undefined,
): void {
  const bySlug = new Map<string, Map<string, { entry: ContentFile; key: string | undefined }>>();
  for (const entry of files) {
    const match = new RegExp(`/${folder}/([^/]+)/([^/]+)\\.mdx$`).exec(entry.file);
    const lang = match?.[1] ?? '';
    const slug = match?.[2] ?? idOf(entry.file);
    if (!languages.includes(lang)) {
      problems.push({
        file: entry.file,
        field: '(folder)',
        message: `Files live in content/${folder}/<language>/, and "${lang}" is not one of: ${languages.join(', ')}`,
      });
      continue;
    }
    checkId(entry, problems);
    const forSlug = bySlug.get(slug) ?? new Map();
    forSlug.set(lang, { entry, key: check(entry, lang) });
    bySlug.set(slug, forSlug);
  }
  for (const [slug, forSlug] of bySlug) {
    const [first] = [...forSlug.values()];
    for (const lang of languages) {
      const other = forSlug.get(lang);
      if (!other) {
        problems.push({
          file: first?.entry.file ?? slug,
          field: '(translation)',
          message: `The ${LANGUAGE_NAMES[lang] ?? lang} translation is missing: add content/${folder}/${lang}/${slug}.mdx`,
        });
      } else if (first && first.key !== undefined && other.key !== undefined && other.key !== first.key) {
        problems.push({
          file: other.entry.file,
          field: 'order',
          message: `order and section must match ${first.entry.file}`,
        });
      }
    }
  }
}

/** Formats problems as one line each, for the build log. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`).join('\n');
}
