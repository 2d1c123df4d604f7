/**
 * Checks the whole content folder at once: every file against its schema, then
 * the links between files (rule ids, source ids, translations), then what keeps
 * the content true and plain: every citation of the study names a place in it,
 * no guide paragraph says what the study or research found without such a
 * citation, no guide types a crisis number, and no file uses a word the
 * glossary says to avoid. Astro's collections check each file alone; this adds
 * what needs all files together, and names the file and the field for every
 * problem so an editor can fix it.
 */
import type { z } from 'zod';
import {
  glossarySchema,
  guideSchema,
  idSchema,
  LANGUAGES,
  pageSchema,
  presetSchema,
  ruleSchema,
  searchSchema,
  siteSchema,
  sourceSchema,
  type Glossary,
  type Lang,
  type Rule,
  type Site,
} from '../schemas/index.ts';
import { crisisPhones } from './crisis.ts';
import { fill } from './format.ts';
import { fleschReadingEase, lix, words } from './readability.ts';

/** One content file as read from disk. */
export interface ContentFile {
  /** Path relative to the project, such as `content/rules/absence-notice.yaml`. */
  file: string;
  /** The parsed YAML or frontmatter; `undefined` when the file could not be parsed. */
  data: unknown;
  /** The MDX body of a guide, without frontmatter. */
  body?: string;
  /** The line of the file the body starts on, counting from 1, so problems can name the file's line. */
  bodyStart?: number;
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
  /** `content/glossary.yaml`, if present. */
  glossary?: ContentFile;
  /** The interface strings, `src/i18n/<lang>.json`, each a flat object of strings. */
  strings?: ContentFile[];
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

/** What the checks need to know about a source: whether it is a study, and the places it declares. */
interface SourceInfo {
  /** The source is a research study, so citing it needs a place. */
  study: boolean;
  /** The ids of the places it declares. */
  places: ReadonlySet<string>;
}

/** Checks every content file and the references between them; returns every problem found. */
export function checkContent(bundle: ContentBundle, languages: readonly string[] = LANGUAGES): Problem[] {
  const problems: Problem[] = [];

  const sources = new Map<string, SourceInfo>();
  for (const entry of bundle.sources) {
    const id = checkId(entry, problems);
    const source = validate(sourceSchema, entry, problems);
    sources.set(id, {
      study: source?.kind === 'study',
      places: new Set(Object.keys(source?.places ?? {})),
    });
  }
  const sourceIds = new Set(sources.keys());

  const glossary = bundle.glossary ? validate(glossarySchema, bundle.glossary, problems) : undefined;
  if (!bundle.glossary) {
    problems.push({
      file: 'content/glossary.yaml',
      field: '(file)',
      message: 'The glossary file is missing',
    });
  }
  const avoid = glossary ? avoidMatchers(glossary) : undefined;
  const attribution = glossary ? attributionMatchers(glossary) : undefined;

  const ruleIds = new Set<string>();
  for (const entry of bundle.rules) {
    ruleIds.add(checkId(entry, problems));
    const rule = validate(ruleSchema, entry, problems);
    if (!rule) continue;
    checkRefs(entry, 'sources', rule.sources, sourceIds, 'source', problems);
    checkRulePlaces(entry, rule.sources, rule.at, sources, problems);
    checkEasyRead(entry, rule, problems);
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
    if (avoid) checkLocalizedWords(entry, rule, avoid, problems);
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
    if (avoid)
      checkLocalizedWords(entry, { name: preset.name, description: preset.description }, avoid, problems);
  }

  if (avoid) {
    for (const entry of bundle.sources) {
      const data = entry.data as { summary?: unknown; places?: unknown } | undefined;
      if (data) checkLocalizedWords(entry, { summary: data.summary, places: data.places }, avoid, problems);
    }
  }

  let site: Site | undefined;
  if (!bundle.site) {
    problems.push({
      file: 'content/site.yaml',
      field: '(file)',
      message: 'The site settings file is missing',
    });
  } else {
    site = validate(siteSchema, bundle.site, problems);
    if (site && avoid) checkLocalizedWords(bundle.site, site, avoid, problems);
  }
  const phones = site ? phoneMatchers(crisisPhones(site)) : [];

  for (const entry of bundle.strings ?? []) {
    const lang = /([a-z]{2})\.json$/.exec(entry.file)?.[1];
    if (!avoid || !isLang(lang) || !entry.data || typeof entry.data !== 'object') continue;
    for (const [key, value] of Object.entries(entry.data as Record<string, unknown>)) {
      if (typeof value === 'string') checkWords(entry.file, key, value, avoid[lang], problems);
    }
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
    checkCitePlaces(entry, body, sources, problems);
    if (isLang(lang)) {
      if (attribution) checkAttribution(entry, guide, body, attribution[lang], sources, problems);
      if (avoid) {
        for (const field of ['title', 'description', 'inShort'] as const)
          checkWords(entry.file, field, guide[field], avoid[lang], problems);
        for (const { text, line } of bodyLines(body))
          checkWords(entry.file, `(body, line ${fileLine(entry, line)})`, text, avoid[lang], problems);
      }
    }
    checkPhones(entry, body, phones, problems);
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

/** A line of a guide's body as a line of its file, for problems an editor can find. */
function fileLine(entry: ContentFile, bodyLine: number): number {
  return bodyLine + (entry.bodyStart ?? 1) - 1;
}

function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

// ── Citing the study: the place it rests on ─────────────────────────────────

function placeList(info: SourceInfo): string {
  return [...info.places].join(', ');
}

/** A rule that cites a study names the places it rests on (`at`), and only places the study declares. */
function checkRulePlaces(
  entry: ContentFile,
  cited: readonly string[],
  at: readonly string[] | undefined,
  sources: ReadonlyMap<string, SourceInfo>,
  problems: Problem[],
): void {
  const studies = cited.filter((id) => sources.get(id)?.study);
  if (studies.length === 0) {
    if (at !== undefined) {
      problems.push({
        file: entry.file,
        field: 'at',
        message:
          '"at" names places in a study, but this rule cites no study: add the study to sources, or remove at',
      });
    }
    return;
  }
  if (at === undefined) {
    const first = sources.get(studies[0] ?? '');
    problems.push({
      file: entry.file,
      field: 'at',
      message: `This rule cites the study "${studies.join('", "')}": name the places it rests on, such as at: [${[...(first?.places ?? [])][0] ?? '…'}]`,
    });
    return;
  }
  at.forEach((place, index) => {
    if (!studies.some((id) => sources.get(id)?.places.has(place))) {
      const info = sources.get(studies[0] ?? '');
      problems.push({
        file: entry.file,
        field: `at.${index}`,
        message: `"${place}" is not a place in ${studies.join(', ')}: use one of ${info ? placeList(info) : '(none)'}`,
      });
    }
  });
}

/** One `<Cite … />` tag in an MDX body. */
export interface CiteTag {
  /** The source id. */
  id: string;
  /** The place, if the tag names one. */
  at?: string;
  /** The line of the body the tag is on, counting from 1. */
  line: number;
}

/** Every `<Cite … />` tag in an MDX body, with its `id`, `at` and line. */
export function citeTags(body: string): CiteTag[] {
  return [...body.matchAll(/<Cite\b([^>]*?)\/?>/g)].map((m) => {
    const attributes = Object.fromEntries(
      [...(m[1] ?? '').matchAll(/(\w+)=["']([^"']*)["']/g)].map((a) => [a[1] ?? '', a[2] ?? '']),
    );
    return {
      id: attributes.id ?? '',
      ...(attributes.at !== undefined ? { at: attributes.at } : {}),
      line: body.slice(0, m.index).split('\n').length,
    };
  });
}

/** A citation of a study names a place (`at`), and every `at` is a place its source declares. */
function checkCitePlaces(
  entry: ContentFile,
  body: string,
  sources: ReadonlyMap<string, SourceInfo>,
  problems: Problem[],
): void {
  for (const cite of citeTags(body)) {
    const info = sources.get(cite.id);
    if (!info) continue;
    const field = `<Cite id="${cite.id}"> (body, line ${fileLine(entry, cite.line)})`;
    if (cite.at === undefined) {
      if (info.study) {
        problems.push({
          file: entry.file,
          field,
          message: `Citing the study needs the place it rests on: <Cite id="${cite.id}" at="…" />, one of ${placeList(info)}`,
        });
      }
    } else if (!info.places.has(cite.at)) {
      problems.push({
        file: entry.file,
        field,
        message:
          info.places.size > 0
            ? `"${cite.at}" is not a place in ${cite.id}: use one of ${placeList(info)}`
            : `${cite.id} declares no places: cite it without at`,
      });
    }
  }
}

// ── Easy read: every rule said simply ───────────────────────────────────────

/**
 * The stricter readability gate for a rule's easy-read wording, per language: English Flesch reading
 * ease at least 80, Norwegian LIX at most 25 (the guides need 60 and 40), and no sentence longer
 * than 15 words.
 */
export const EASY_READ = {
  /** The most words one sentence may have. */
  maxSentenceWords: 15,
  /** English: Flesch reading ease, higher is easier. */
  en: { index: 'Flesch reading ease', pass: (score: number) => score >= 80, target: 'at least 80' },
  /** Norwegian: LIX, lower is easier. */
  nb: { index: 'LIX', pass: (score: number) => score <= 25, target: 'at most 25' },
} as const;

/** An easy-read text's problems with the gate, in plain words (none when it passes). */
export function easyReadProblems(text: string, lang: Lang): string[] {
  const gate = EASY_READ[lang];
  const result = lang === 'en' ? fleschReadingEase(text) : lix(text);
  const found: string[] = [];
  if (!gate.pass(result.score)) {
    found.push(
      `${gate.index} is ${result.score}; easy read needs ${gate.target}: use shorter sentences and shorter, common words`,
    );
  }
  const longest = Math.max(0, ...text.split(/(?<=[.!?:])\s+/).map((sentence) => words(sentence).length));
  if (longest > EASY_READ.maxSentenceWords) {
    found.push(`A sentence has ${longest} words; easy read allows ${EASY_READ.maxSentenceWords}: split it`);
  }
  return found;
}

/** Every easy-read wording of a rule (its own and each wording variant's) passes the gate. */
function checkEasyRead(entry: ContentFile, rule: Rule, problems: Problem[]): void {
  const value = rule.variants?.kind === 'parameter' ? { [rule.variants.name]: rule.variants.default } : {};
  const texts: { field: string; text: Record<Lang, string> }[] = [{ field: 'easyRead', text: rule.easyRead }];
  if (rule.variants?.kind === 'wordings') {
    rule.variants.options.forEach((option, index) =>
      texts.push({ field: `variants.options.${index}.easyRead`, text: option.easyRead }),
    );
  }
  for (const { field, text } of texts) {
    for (const lang of LANGUAGES) {
      for (const message of easyReadProblems(fill(text[lang], value), lang)) {
        problems.push({ file: entry.file, field: `${field}.${lang}`, message });
      }
    }
  }
}

// ── Paragraphs that attribute to the study ──────────────────────────────────

/** A paragraph of a guide's body: a block between blank lines, or one item of a list. */
export interface Paragraph {
  /** The paragraph's source text, as written. */
  text: string;
  /** The line of the body it starts on, counting from 1. */
  line: number;
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

/**
 * Splits an MDX body into paragraphs: blocks between blank lines, with each list item (and the lines
 * that continue it) as a paragraph of its own.
 */
export function paragraphs(body: string): Paragraph[] {
  const result: Paragraph[] = [];
  let current: { lines: string[]; line: number } | undefined;
  const flush = () => {
    if (current && current.lines.some((l) => l.trim() !== '')) {
      result.push({ text: current.lines.join('\n'), line: current.line });
    }
    current = undefined;
  };
  body.split('\n').forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === '') return flush();
    if (LIST_ITEM.test(text) || !current) {
      flush();
      current = { lines: [text], line };
    } else {
      current.lines.push(text);
    }
  });
  flush();
  return result;
}

/**
 * The words of a paragraph that can make a claim: citations, internal links (navigation such as
 * "About the research"), headings, and components' markup and attributes (labels such as a key point's
 * title) are left out; an external link keeps its text.
 */
export function claimText(paragraph: string): string {
  return paragraph
    .replace(/^\s*#{1,6}\s.*$/gm, ' ')
    .replace(/<Cite\b[^>]*\/?>/g, ' ')
    .replace(/\[[^\]]*\]\(\/[^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/^\s*(?:import|export) .*$/gm, ' ');
}

/** A whole-word, whitespace-tolerant pattern for a word or phrase. */
function wordPattern(phrase: string, caseSensitive: boolean): RegExp {
  const escaped = phrase
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+')
    .replace(/['’]/g, "['’]");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu');
}

/** Finds the words that attribute to the study or research, in one language. */
interface AttributionMatcher {
  /** The attribution words, one pattern each. */
  words: { word: string; pattern: RegExp }[];
  /** Phrases that contain a word but attribute nothing, removed before matching. */
  except: RegExp[];
}

function attributionMatchers(glossary: Glossary): Record<Lang, AttributionMatcher> {
  const make = (lang: Lang): AttributionMatcher => ({
    words: glossary.attribution[lang].words.map((word) => ({ word, pattern: wordPattern(word, false) })),
    except: glossary.attribution[lang].except.map((phrase) => wordPattern(phrase, false)),
  });
  return { en: make('en'), nb: make('nb') };
}

/** The first attribution word in a text, if any. */
export function attributionIn(text: string, matcher: AttributionMatcher): string | undefined {
  const cleaned = matcher.except.reduce((t, pattern) => t.replace(pattern, ' '), text);
  for (const { word, pattern } of matcher.words) {
    pattern.lastIndex = 0;
    if (pattern.test(cleaned)) return word;
  }
  return undefined;
}

function citesStudyPlace(paragraph: string, sources: ReadonlyMap<string, SourceInfo>): boolean {
  return citeTags(paragraph).some((cite) => sources.get(cite.id)?.study && (cite.at ?? '').trim() !== '');
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 70 ? `${flat.slice(0, 67)}…` : flat;
}

/**
 * A guide paragraph that says what the study or research found carries a study citation with `at` in
 * that same paragraph; `inShort` and `description` cannot carry one, so they must not attribute at all.
 */
function checkAttribution(
  entry: ContentFile,
  guide: { inShort: string; description: string },
  body: string,
  matcher: AttributionMatcher,
  sources: ReadonlyMap<string, SourceInfo>,
  problems: Problem[],
): void {
  for (const field of ['inShort', 'description'] as const) {
    const word = attributionIn(guide[field], matcher);
    if (word) {
      problems.push({
        file: entry.file,
        field,
        message: `Says what the study or research found (“${word}”), but ${field} cannot carry a citation: say it in the body, with <Cite id="…" at="…" />`,
      });
    }
  }
  for (const paragraph of paragraphs(body)) {
    const word = attributionIn(claimText(paragraph.text), matcher);
    if (word && !citesStudyPlace(paragraph.text, sources)) {
      problems.push({
        file: entry.file,
        field: `(body, line ${fileLine(entry, paragraph.line)})`,
        message: `This paragraph says what the study or research found (“${word}”) but cites no place in the study: add <Cite id="landstad-2020" at="…" /> to it, or reword it. “${excerpt(paragraph.text)}”`,
      });
    }
  }
}

// ── Crisis numbers are never typed into a guide ─────────────────────────────

/** A pattern for a phone number as written in prose, with or without spaces between its digits. */
function phonePattern(phone: string): RegExp {
  const digits = phone.replace(/\D/g, '').split('');
  return new RegExp(`(?<![\\d])${digits.join('[ \\u00a0.-]?')}(?![\\d])`, 'g');
}

function phoneMatchers(phones: readonly string[]): { phone: string; pattern: RegExp }[] {
  return phones.map((phone) => ({ phone, pattern: phonePattern(phone) }));
}

/** The lines of a body, with web addresses taken out (a DOI or an address is not a phone number). */
function bodyLines(body: string): { text: string; line: number }[] {
  return body
    .split('\n')
    .map((text, index) => ({ text: text.replace(/https?:\/\/\S+/g, ' '), line: index + 1 }));
}

function checkPhones(
  entry: ContentFile,
  body: string,
  phones: readonly { phone: string; pattern: RegExp }[],
  problems: Problem[],
): void {
  for (const { text, line } of bodyLines(body)) {
    for (const { phone, pattern } of phones) {
      pattern.lastIndex = 0;
      if (pattern.test(text)) {
        problems.push({
          file: entry.file,
          field: `(body, line ${fileLine(entry, line)})`,
          message: `The crisis number ${phone} is typed into the guide: use <EmergencyNumber /> for the emergency number, or <CrisisBox /> or a link to the help-now page, so a copy for another country stays right`,
        });
      }
    }
  }
}

// ── The glossary's words to avoid ───────────────────────────────────────────

/** One avoided word and what to write instead. */
interface AvoidMatcher {
  /** The avoided word as the glossary writes it. */
  word: string;
  /** What to use instead. */
  use: string;
  /** A whole-word pattern for it. */
  pattern: RegExp;
}

function avoidMatchers(glossary: Glossary): Record<Lang, AvoidMatcher[]> {
  const make = (lang: Lang) =>
    glossary.terms[lang].flatMap((term) =>
      term.avoid.map((word) => ({ word, use: term.use, pattern: wordPattern(word, term.caseSensitive) })),
    );
  return { en: make('en'), nb: make('nb') };
}

/** The glossary's avoided words found in a text, in one language. */
export function avoidedIn(text: string, matchers: readonly AvoidMatcher[]): AvoidMatcher[] {
  return matchers.filter((m) => {
    m.pattern.lastIndex = 0;
    return m.pattern.test(text);
  });
}

function checkWords(
  file: string,
  field: string,
  text: string,
  matchers: readonly AvoidMatcher[],
  problems: Problem[],
): void {
  for (const m of avoidedIn(text.replace(/https?:\/\/\S+/g, ' '), matchers)) {
    problems.push({
      file,
      field,
      message: `“${m.word}” is a word the glossary says to avoid: write “${m.use}”`,
    });
  }
}

/** Walks a parsed file and checks every `{ en, nb }` text with its own language's glossary. */
function checkLocalizedWords(
  entry: ContentFile,
  data: unknown,
  matchers: Record<Lang, AvoidMatcher[]>,
  problems: Problem[],
  path: string[] = [],
): void {
  if (Array.isArray(data)) {
    data.forEach((item, index) =>
      checkLocalizedWords(entry, item, matchers, problems, [...path, String(index)]),
    );
    return;
  }
  if (!data || typeof data !== 'object') return;
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (isLang(key) && typeof value === 'string') {
      checkWords(entry.file, [...path, key].join('.'), value, matchers[key], problems);
    } else {
      checkLocalizedWords(entry, value, matchers, problems, [...path, key]);
    }
  }
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
