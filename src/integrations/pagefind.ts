import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { gunzipSync } from 'node:zlib';
import {
  COMPOUND_LANGUAGES,
  compoundSplitter,
  countWords,
  markCompounds,
  parseFragment,
  vocabularyFile,
} from '../lib/search-index.ts';

/**
 * Which built pages are searchable, inside a language's folder: every guide,
 * the rule catalogue and the help-now page. Other pages (home, the builder,
 * the statements) would only crowd the results with navigation text.
 */
export const SEARCHABLE_PAGES = ['guides/*', 'rules', 'help-now'] as const;

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

/** The searchable pages' files under `outDir`, as paths relative to it (`en/guides/x/index.html`). */
export function searchableFiles(outDir: string): string[] {
  const files: string[] = [];
  const folders = readdirSync(outDir, { withFileTypes: true }).filter(
    (d) => d.isDirectory() && /^[a-z]{2}$/.test(d.name),
  );
  for (const lang of folders) {
    for (const pattern of SEARCHABLE_PAGES) {
      const [folder, rest] = pattern.split('/');
      const base = join(outDir, lang.name, folder!);
      const dirs = rest === '*' && existsSync(base) ? readdirSync(base).map((d) => join(base, d)) : [base];
      for (const dir of dirs) {
        const file = join(dir, 'index.html');
        if (existsSync(file)) files.push(relative(outDir, file).split(sep).join('/'));
      }
    }
  }
  return files.sort();
}

/**
 * Builds the Pagefind search index after every build, with Pagefind's Node
 * API, into `<outDir>/pagefind/`, one index per language (from `<html lang>`),
 * of what is inside `data-pagefind-body`. It indexes twice: the first pass
 * gives the site's vocabulary (the text Pagefind read), from which Norwegian
 * compounds are split into known words; the second indexes the pages with a
 * soft hyphen at each join, which Pagefind indexes as the whole word and as
 * its parts, so "plikt" finds "taushetsplikt". The files on disk are not
 * changed, and excerpts only gain invisible soft hyphens. The vocabulary is
 * written beside the index for the search page's spelling suggestions.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'groundwork:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = searchableFiles(outDir);
        if (files.length === 0) throw new Error(`Pagefind found no pages to index in ${outDir}`);
        const pages = files.map((file) => ({
          url: `/${file.replace(/index\.html$/, '')}`,
          lang: file.slice(0, 2),
          html: readFileSync(join(outDir, file), 'utf8'),
        }));
        try {
          // First pass: what Pagefind reads from each page, for the vocabulary.
          const first = await indexPages(pages.map((p) => ({ url: p.url, content: p.html })));
          const { files: built } = await first.getFiles();
          const texts = new Map<string, string[]>();
          for (const file of built) {
            if (!file.path.startsWith('fragment/')) continue;
            const fragment = parseFragment(file.path, gunzipSync(file.content).toString('utf8'));
            if (!fragment) continue;
            texts.set(fragment.lang, [...(texts.get(fragment.lang) ?? []), fragment.content]);
          }
          if (texts.size === 0)
            throw new Error('Pagefind wrote no page fragments to read the vocabulary from');
          await first.deleteIndex();

          // Second pass: the pages with their compounds marked, and the vocabulary beside the index.
          const splitters = new Map<string, ReturnType<typeof compoundSplitter>>();
          const counts = new Map<string, Map<string, number>>();
          for (const [lang, list] of texts) {
            const words = countWords(list);
            counts.set(lang, words);
            if (COMPOUND_LANGUAGES.includes(lang)) splitters.set(lang, compoundSplitter(words, lang));
          }
          const second = await indexPages(
            pages.map((p) => {
              const splitter = splitters.get(p.lang);
              return { url: p.url, content: splitter ? markCompounds(p.html, splitter.split) : p.html };
            }),
          );
          const written = await second.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          mkdirSync(written.outputPath, { recursive: true });
          for (const [lang, words] of counts) {
            const file = vocabularyFile(lang);
            const parts = splitters.get(lang)?.parts ?? new Map<string, number>();
            writeFileSync(join(outDir, file), vocabularyJson(words, parts));
          }
          logger.info(
            `search index: ${pages.length} pages, ${[...counts].map(([l, w]) => `${l} ${w.size} words`).join(', ')}` +
              `, ${[...splitters].map(([l, s]) => `${l} ${s.compounds} compounds split`).join(', ')} → ${written.outputPath}`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** Makes one Pagefind index of the given pages; throws with Pagefind's message when a page fails. */
async function indexPages(pages: { url: string; content: string }[]) {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_SELECTORS });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const page of pages) {
    const added = await index.addHTMLFile(page);
    if (added.errors.length > 0)
      throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
  }
  return index;
}

/** The vocabulary file's text: the words, the most frequent first, then compound parts the text never has alone. */
function vocabularyJson(words: Map<string, number>, parts: Map<string, number>): string {
  const all = new Map(words);
  for (const [part, count] of parts) if (!all.has(part)) all.set(part, count);
  const sorted = [...all].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  return JSON.stringify({ words: sorted });
}
