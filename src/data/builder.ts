/**
 * What the builder island needs, prepared on the server for one language: the
 * strings it shows, the charter's strings, the catalogue, the presets, source
 * labels and crisis contacts, all in that language only. The page renders its
 * first step from it, and the island fetches the same data as a file of its
 * own (`/<lang>/builder/data.json`, cached like any file and stored for
 * offline use), so the page's HTML stays small. A charter in the other
 * language fetches that language's file when it is needed.
 */
import { LANGUAGES, type Lang } from '../schemas/common.ts';
import { THEMES } from '../schemas/rule.ts';
import { STRINGS, translator } from '../lib/i18n.ts';
import type { UiString } from '../lib/translate.ts';
import { charterCrisis, type CrisisModel } from '../lib/crisis.ts';
import { pickLanguage } from '../lib/localized.ts';
import { getPresets, getRules, getSite, getSources } from './content.ts';
import { pageUrl } from './urls.ts';

// The review step links to the two meeting tools by their names; the preview can be read aloud.
const ISLAND_PREFIXES = [
  'builder.',
  'charter.',
  'theme.',
  'warning.',
  'rules.themes',
  'together.title',
  'meeting.link',
  'readAloud.',
];
const CHARTER_PREFIXES = ['charter.', 'theme.', 'kit.', 'cards.', 'builder.calendar.'];
/** Charter text the island's own screen never shows (the theme pictures' text alternatives): charter strings only. */
const ISLAND_LEAVE_OUT = ['charter.picture.'];

function pick(
  lang: Lang,
  prefixes: readonly string[],
  leaveOut: readonly string[] = [],
): Record<string, UiString> {
  const has = (key: string, list: readonly string[]) => list.some((prefix) => key.startsWith(prefix));
  return Object.fromEntries(
    Object.entries(STRINGS[lang]).filter(([key]) => has(key, prefixes) && !has(key, leaveOut)),
  );
}

/** Everything the builder island needs, for one language: the page's, and the charter's it can write. */
export async function builderData(lang: Lang) {
  const [rules, presets, sources, site] = await Promise.all([
    getRules(),
    getPresets(),
    getSources(),
    getSite(),
  ]);
  return {
    lang,
    strings: pick(lang, ISLAND_PREFIXES, ISLAND_LEAVE_OUT),
    charterStrings: { [lang]: pick(lang, CHARTER_PREFIXES) } as Partial<
      Record<Lang, Record<string, UiString>>
    >,
    rules: pickLanguage(
      rules.map((r) => ({ ...r.data, id: r.id })),
      lang,
      LANGUAGES,
    ),
    themes: [...THEMES],
    presets: pickLanguage(
      presets.map((p) => ({ ...p.data, id: p.id })),
      lang,
      LANGUAGES,
    ),
    sources: Object.fromEntries([...sources].map(([id, s]) => [id, s.short])),
    crisis: { [lang]: charterCrisis(site, lang, translator(lang)('crisis.chat')) } as Partial<
      Record<Lang, CrisisModel>
    >,
    worksheetUrl: pageUrl(lang, 'builder/worksheet/'),
  };
}

/**
 * The builder's data file of a language as it is sent: its JSON text and its address. The address
 * stays the same from build to build; like the pages, hosts send it with `no-cache` and the offline
 * worker fetches it from the network first, so a page and its data always come from the same build.
 */
export async function builderDataFile(lang: Lang): Promise<{ text: string; href: string }> {
  return { text: JSON.stringify(await builderData(lang)), href: pageUrl(lang, 'builder/data.json') };
}

/** The addresses of every language's data file, for the island to fetch the charter's language. */
export function builderDataHrefs(): Record<Lang, string> {
  return Object.fromEntries(LANGUAGES.map((l) => [l, pageUrl(l, 'builder/data.json')])) as Record<
    Lang,
    string
  >;
}
