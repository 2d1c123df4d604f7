/**
 * The builder island's props, prepared on the server in the page's language:
 * the strings it shows, the charter's strings in every language, the
 * catalogue, the presets, source labels and crisis contacts.
 */
import { LANGUAGES, type Lang } from '../schemas/common.ts';
import { THEMES } from '../schemas/rule.ts';
import { STRINGS, translator } from '../lib/i18n.ts';
import type { UiString } from '../lib/translate.ts';
import { charterCrisis, type CrisisModel } from '../lib/crisis.ts';
import { getPresets, getRules, getSite, getSources } from './content.ts';

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

/** Everything the builder island needs, for one page language. */
export async function builderProps(lang: Lang) {
  const [rules, presets, sources, site] = await Promise.all([
    getRules(),
    getPresets(),
    getSources(),
    getSite(),
  ]);
  const crisis = Object.fromEntries(
    LANGUAGES.map((l) => [l, charterCrisis(site, l, translator(l)('crisis.chat'))]),
  ) as Record<Lang, CrisisModel>;
  return {
    lang,
    strings: pick(lang, ISLAND_PREFIXES, ISLAND_LEAVE_OUT),
    charterStrings: Object.fromEntries(LANGUAGES.map((l) => [l, pick(l, CHARTER_PREFIXES)])) as Record<
      Lang,
      Record<string, UiString>
    >,
    rules: rules.map((r) => ({ ...r.data, id: r.id })),
    themes: [...THEMES],
    presets: presets.map((p) => ({ ...p.data, id: p.id })),
    sources: Object.fromEntries([...sources].map(([id, s]) => [id, s.short])),
    crisis,
  };
}
