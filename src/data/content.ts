/**
 * Server-side access to the content collections, shared by pages and
 * components. The collections are validated by Astro and the content check
 * integration before any page is rendered.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Lang } from '../schemas/common.ts';
import type { Site } from '../schemas/site.ts';
import type { SearchSettings } from '../schemas/search.ts';
import { THEMES } from '../schemas/rule.ts';

/** The site settings and crisis contacts. */
export async function getSite(): Promise<Site> {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('content/site.yaml is missing');
  return entry.data;
}

/** What search knows beyond the pages: crisis words and situations (`content/search.yaml`). */
export async function getSearchSettings(): Promise<SearchSettings> {
  const entry = await getEntry('search', 'search');
  if (!entry) throw new Error('content/search.yaml is missing');
  return entry.data;
}

/** The guides of one language in reading order, drafts left out of production builds. */
export async function getGuides(lang: Lang) {
  const all = await getCollection(
    'guides',
    (g) => g.id.startsWith(`${lang}/`) && (import.meta.env.DEV || !g.data.draft),
  );
  return all.sort((a, b) => a.data.order - b.data.order);
}

/** The slug of a guide entry: `en/ground-rules` → `ground-rules`. */
export function guideSlug(id: string): string {
  return id.replace(/^[^/]+\//, '');
}

/** Every catalogue rule, sorted by theme and then by order within the theme. */
export async function getRules() {
  const all = await getCollection('rules');
  return all.sort(
    (a, b) => THEMES.indexOf(a.data.theme) - THEMES.indexOf(b.data.theme) || a.data.order - b.data.order,
  );
}

/** Every evidence entry, by id. */
export async function getSources() {
  const all = await getCollection('sources');
  return new Map(all.map((s) => [s.id, s.data]));
}

/** The presets in their display order. */
export async function getPresets() {
  const all = await getCollection('presets');
  return all.sort((a, b) => a.data.order - b.data.order);
}
