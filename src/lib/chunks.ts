/**
 * How the build groups the browser's code into files (Rolldown's `codeSplitting.groups`, used in
 * `astro.config.mjs`). Left to itself, the bundler makes one file for every set of pages that shares
 * a module, so the builder started with a dozen small files, each a request and a round trip on a slow
 * phone before the first step worked. These groups put what the builder's first step shares with
 * meeting mode and Agree it together into one file, and the text helpers the centre pages and search
 * also use into another. Meeting mode then loads a little of the builder's session code it does not
 * use (about 3 KB gzip); `npm run bench` holds every page to its budget and counts the builder's
 * requests. A group takes the modules its `test` matches and, by default, what they import that no
 * higher group took: the higher `priority` chooses first.
 */

/** A group of modules that goes into one file, as Rolldown takes it. */
export interface ChunkGroup {
  name: string;
  priority: number;
  test: (id: string) => boolean;
}

/** The parts of `src/lib/charter/` the builder's first step, meeting mode and Agree it together all run. */
const SHARED_CHARTER = [
  'catalogue',
  'draft',
  'rota',
  'facts',
  'storage',
  'actions',
  'session',
  'share-fragment',
  'fields',
  'charter',
];

const path = (id: string): string => id.replaceAll('\\', '/');

/** Preact, and the draft's code the three Preact pages share. */
export const islandsGroup = (id: string): boolean => {
  const p = path(id);
  if (/\/node_modules\/preact\//.test(p)) return true;
  const charter = /\/src\/lib\/charter\/([\w-]+)\.ts$/.exec(p)?.[1];
  if (charter !== undefined) return SHARED_CHARTER.includes(charter);
  return /\/src\/(lib\/(rules|translate)|schemas\/themes)\.ts$/.test(p);
};

/** The text helpers every page with a script of its own uses (the builder, the centre pages, search). */
export const textGroup = (id: string): boolean => /\/src\/lib\/(charter\/text|format)\.ts$/.test(path(id));

/** Vite's helper for `import()`: the builder's pages and search use it, the centre pages do not. */
export const preloadHelperGroup = (id: string): boolean => /vite\/preload-helper/.test(path(id));

/** The groups, highest priority first. */
export const chunkGroups: ChunkGroup[] = [
  { name: 'preload-helper', priority: 30, test: preloadHelperGroup },
  { name: 'text', priority: 20, test: textGroup },
  { name: 'islands', priority: 10, test: islandsGroup },
];
